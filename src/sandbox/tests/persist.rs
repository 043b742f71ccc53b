//! Mutations, the world database, restart, reset, sharing, and start-up errors.

use serde_json::json;

use super::{PN1, TOKEN, get, sandbox, send};
use crate::sandbox::{SandboxError, SandboxOptions, SharedState, World, reset, start};

#[tokio::test]
async fn display_name_change_survives_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/world.db");

    let sb = sandbox(Some(path.clone())).await;
    let base = sb.base_url();
    assert!(path.exists());
    get(&base, &format!("/v24.0/{PN1}")).await;

    let c = super::client();
    let url = format!("{base}/v24.0/{PN1}");
    for bad in [
        json!({"new_display_name": "X"}),
        json!({"new_display_name": "x".repeat(76)}),
        json!({"new_display_name": 5}),
        json!({"search_visibility": "SOMETIMES"}),
        json!({"pin": "12"}),
        json!({}),
    ] {
        let r = send(c.post(&url).bearer_auth(TOKEN).json(&bad)).await;
        r.graph_error(400, 100);
    }
    let other = SharedState::open(&path, TOKEN).unwrap();
    assert_eq!(other.snapshot(), World::seed(), "failed mutations must not write");
    let r = send(c.post(&url).bearer_auth(TOKEN).json(&json!({"new_display_name": "Sandbox Help Desk"}))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body, json!({"success": true}));
    // Another connection sees the change at once.
    assert_eq!(other.snapshot().phone_numbers[0].new_display_name.as_deref(), Some("Sandbox Help Desk"));
    // Form body works too.
    let r = send(
        c.post(&url)
            .bearer_auth(TOKEN)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("search_visibility=HIDDEN"),
    )
    .await;
    assert_eq!(r.body, json!({"success": true}));
    sb.shutdown().await;

    let sb = sandbox(Some(path.clone())).await;
    let r = get(
        &sb.base_url(),
        &format!("/v24.0/{PN1}?fields=verified_name,new_display_name,new_name_status,name_status,search_visibility"),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"verified_name":"Sandbox Support","new_display_name":"Sandbox Help Desk","new_name_status":"PENDING_REVIEW","name_status":"APPROVED","search_visibility":"HIDDEN","id":PN1})
    );
    sb.shutdown().await;

    // Reset restores the seed, also under a running server.
    let sb = sandbox(Some(path.clone())).await;
    reset(&path, None).unwrap();
    assert_eq!(other.snapshot(), World::seed());
    let r = get(&sb.base_url(), &format!("/v24.0/{PN1}?fields=new_display_name")).await;
    assert_eq!(r.body, json!({"id": PN1}));
    sb.shutdown().await;
    // Every request was logged, without its query.
    let conn = crate::sandbox::store::connect(&path).unwrap();
    let (n, with_query): (i64, i64) = conn
        .query_row("SELECT count(*), sum(instr(path, '?') > 0) FROM request_log", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((n, with_query), (11, 0));
}

#[tokio::test]
async fn corrupt_or_newer_state_file_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let opts = || SandboxOptions {
        state_path: Some(path.clone()),
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: crate::sandbox::DEFAULT_REVIEW_DELAY,
        status_delay: crate::sandbox::messages::DEFAULT_STATUS_DELAY,
        unlimited_throughput: false,
        app_secret: None,
        webhooks: None,
        faults: None,
    };
    std::fs::write(&path, "{\"version\":1,\"business\":").unwrap();
    let e = start(opts()).await.unwrap_err();
    assert!(matches!(e, SandboxError::Db { .. }), "{e}");
    let msg = e.to_string();
    assert!(msg.contains(&path.display().to_string()) && msg.contains("waba sandbox reset"), "{msg}");

    reset(&path, None).unwrap();
    crate::sandbox::store::connect(&path).unwrap().pragma_update(None, "user_version", 7).unwrap();
    let e = start(opts()).await.unwrap_err();
    assert!(matches!(e, SandboxError::NewerVersion { found: 7, .. }), "{e}");
    assert!(e.to_string().contains("waba sandbox reset"));

    reset(&path, None).unwrap();
    start(opts()).await.unwrap().shutdown().await;
}

#[tokio::test]
async fn bind_failure_and_wait() {
    let sb = sandbox(None).await;
    let taken = sb.local_addr();
    let e = start(SandboxOptions {
        state_path: None,
        token: TOKEN.into(),
        addr: taken,
        review_delay: crate::sandbox::DEFAULT_REVIEW_DELAY,
        status_delay: crate::sandbox::messages::DEFAULT_STATUS_DELAY,
        unlimited_throughput: false,
        app_secret: None,
        webhooks: None,
        faults: None,
    })
    .await
    .unwrap_err();
    assert!(matches!(e, SandboxError::Bind { .. }), "{e}");
    assert!(e.to_string().contains(&taken.to_string()));

    // `wait` keeps serving until the future is dropped.
    let base = sb.base_url();
    let waiting = tokio::spawn(sb.wait());
    assert_eq!(get(&base, &format!("/v24.0/{PN1}")).await.status, 200);
    waiting.abort();
    let _ = waiting.await;
}

#[tokio::test]
async fn start_is_quick_and_shutdown_does_not_wait_for_idle_clients() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    reset(&path, None).unwrap();
    let c = super::client();
    let t0 = std::time::Instant::now();
    let sb = sandbox(Some(path)).await;
    let url = format!("{}/v24.0/1200000000000001/phone_numbers", sb.base_url());
    assert_eq!(send(c.get(&url).bearer_auth(TOKEN)).await.status, 200);
    // `c` still holds an idle keep-alive connection here.
    sb.shutdown().await;
    assert!(t0.elapsed() < std::time::Duration::from_secs(2), "{:?}", t0.elapsed());
    assert!(c.get(&url).send().await.is_err(), "server must be gone");
}
