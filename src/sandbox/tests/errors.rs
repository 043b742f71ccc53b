//! Auth, unknown objects/edges, versions, and garbage requests.

use super::{BUSINESS, PN1, TOKEN, WABA, get, sandbox, send, serve_state};
use crate::sandbox::SharedState;

#[tokio::test]
async fn auth_header_query_and_failures() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let c = super::client();
    let url = format!("{base}/v24.0/{PN1}");

    let r = send(c.get(&url)).await;
    let e = r.graph_error(401, 190);
    assert_eq!(e["type"], "OAuthException");
    assert!(r.header("www-authenticate").is_some());

    let r = send(c.get(&url).bearer_auth("wrong")).await;
    let e = r.graph_error(401, 190);
    assert_eq!(e["message"], "Invalid OAuth access token - Cannot parse access token");

    let r = send(c.get(format!("{url}?access_token={TOKEN}"))).await;
    assert_eq!(r.status, 200);
    let r = send(c.get(format!("{url}?access_token=nope"))).await;
    r.graph_error(401, 190);
    // Token in a form body of a POST.
    let r = send(
        c.post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("access_token={TOKEN}&search_visibility=HIDDEN")),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    sb.shutdown().await;
}

#[tokio::test]
async fn unknown_objects_edges_and_methods() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let c = super::client();

    let r = get(&base, "/v24.0/999").await;
    let e = r.graph_error(400, 100);
    assert_eq!(e["error_subcode"], 33);
    assert_eq!(e["type"], "GraphMethodException");
    assert_eq!(
        e["message"],
        "Unsupported get request. Object with ID '999' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api"
    );
    let r = send(
        c.post(format!("{base}/v24.0/999")).bearer_auth(TOKEN).json(&serde_json::json!({"new_display_name":"Xy"})),
    )
    .await;
    let e = r.graph_error(400, 100);
    assert!(e["message"].as_str().unwrap().starts_with("Unsupported post request. Object with ID '999'"));
    let r = send(c.delete(format!("{base}/v24.0/{WABA}")).bearer_auth(TOKEN)).await;
    assert_eq!(r.graph_error(400, 100)["error_subcode"], 33);

    let r = get(&base, &format!("/v24.0/{WABA}/bogus_edge")).await;
    assert_eq!(r.graph_error(400, 100)["message"], "(#100) Unknown path components: /bogus_edge");
    let r = get(&base, &format!("/v24.0/{PN1}/phone_numbers/x")).await;
    assert_eq!(r.graph_error(400, 100)["message"], "(#100) Unknown path components: /phone_numbers/x");
    let r = send(c.post(format!("{base}/v24.0/{BUSINESS}/owned_whatsapp_business_accounts")).bearer_auth(TOKEN)).await;
    r.graph_error(400, 100);
    sb.shutdown().await;
}

#[tokio::test]
async fn versions() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    for bad in ["v24", "v27.0", "v24.7", "V24.0", "v2x"] {
        let r = get(&base, &format!("/{bad}/{PN1}")).await;
        let msg = r.graph_error(400, 100)["message"].as_str().unwrap().to_owned();
        assert!(msg.contains("version"), "{bad}: {msg}");
    }
    // v19.0 expired in May 2026: served as the oldest available version.
    let r = get(&base, &format!("/v19.0/{PN1}?fields=messaging_limit_tier")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let served = r.header("facebook-api-version").unwrap().to_owned();
    assert_ne!(served, "v19.0");
    assert_eq!(
        r.header("x-ad-api-version-warning"),
        Some(format!("The call has been auto-upgraded to {served} as v19.0 has been deprecated.").as_str())
    );
    sb.shutdown().await;

    // Deterministic calendar: on 2026-06-01 v19 is gone and v20 is the oldest.
    let day = crate::sandbox::version::days_from_civil(2026, 6, 1);
    let base = serve_state(SharedState::seeded(TOKEN).with_today(day)).await;
    let r = get(&base, &format!("/v19.0/{PN1}")).await;
    assert_eq!(r.header("facebook-api-version"), Some("v20.0"));
    assert_eq!(
        r.header("x-ad-api-version-warning"),
        Some("The call has been auto-upgraded to v20.0 as v19.0 has been deprecated.")
    );
    let r = get(&base, &format!("/v20.0/{PN1}")).await;
    assert_eq!(r.header("facebook-api-version"), Some("v20.0"));
    assert!(r.header("x-ad-api-version-warning").is_none());
}

#[tokio::test]
async fn garbage_never_panics_or_returns_html() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let c = super::client();
    let paths = [
        "/",
        "/v24.0/",
        "/v24.0/%ff",
        "/v24.0//",
        "/%00",
        "/v24.0/%ff/%fe?fields=%ff",
        "/v24.0/1100000000000001?fields=%7B%7D%7D",
        "/v24.0/1100000000000001?fields=a.limit(",
        "/v24.0/1100000000000001?fields=throughput%7Blevel%7Bdeep%7D%7D",
        "/v99999999999999999999.0/1",
        "/v24.0/1200000000000001/phone_numbers?limit=99999999999999999999999",
        "/v24.0/1200000000000001/phone_numbers?after=",
        "/favicon.ico",
        "/v24.0/1100000000000001/",
    ];
    for p in paths {
        for req in [c.get(format!("{base}{p}")).bearer_auth(TOKEN), c.get(format!("{base}{p}"))] {
            let r = send(req).await;
            assert!(r.status == 200 || r.body["error"]["code"].is_number(), "{p}: {}", r.body);
        }
    }
    let bodies: [(&str, &[u8]); 4] = [
        ("application/json", b"{not json"),
        ("application/json", b"[1,2]"),
        ("multipart/form-data; boundary=x", b"--x--"),
        ("application/x-www-form-urlencoded", b"\xff\xfe=%ff&new_display_name"),
    ];
    for (ctype, body) in bodies {
        let r = send(
            c.post(format!("{base}/v24.0/{PN1}")).bearer_auth(TOKEN).header("content-type", ctype).body(body.to_vec()),
        )
        .await;
        r.graph_error(400, 100);
    }
    for m in ["PUT", "PATCH", "OPTIONS"] {
        let method = reqwest::Method::from_bytes(m.as_bytes()).unwrap();
        let r = send(c.request(method, format!("{base}/v24.0/{PN1}")).bearer_auth(TOKEN)).await;
        r.graph_error(400, 100);
    }
    // Still serving.
    assert_eq!(get(&base, &format!("/v24.0/{PN1}")).await.status, 200);
    sb.shutdown().await;
}
