//! `waba send … --wait`: the sandbox (in-process and served) delivers the message's statuses
//! to the waiting send; against "Meta" (wiremock) the status webhook arrives at `--listen`.

use std::process::Stdio;
use std::time::Duration;

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{Listener, SECRET, env, http};
use crate::common::{Run, TestEnv};

/// `send template order_update` to `to` with `extra` flags.
fn send(env: &TestEnv, to: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "--sandbox",
        "send",
        "template",
        "order_update",
        "--to",
        to,
        "--language",
        "en_US",
        "--param",
        "first_name=Ada",
        "--param",
        "order_number=4521",
        "-o",
        "json",
    ];
    args.extend_from_slice(extra);
    env.run(&args)
}

fn statuses(run: &Run) -> Vec<String> {
    let out: Value = run.json();
    out["statuses"].as_array().unwrap().iter().map(|s| s["status"].as_str().unwrap_or_default().to_string()).collect()
}

#[test]
fn an_in_process_sandbox_delivers_to_a_waiting_send() {
    let env = TestEnv::new();
    let run = send(&env, "+12025550105", &["--wait", "delivered", "--timeout", "30s"]);
    run.expect_code(0);
    let out = run.json();
    assert!(out["messages"][0]["id"].as_str().unwrap().starts_with("wamid."), "{}", run.all());
    let seen = statuses(&run);
    assert!(seen.iter().any(|s| s == "delivered" || s == "read"), "{seen:?}\n{}", run.all());
    let id = out["messages"][0]["id"].as_str().unwrap();
    assert!(out["statuses"].as_array().unwrap().iter().all(|s| s["id"] == id), "{}", run.all());
    // the watcher is gone once the wait is over
    let conn = rusqlite::Connection::open(env.data_dir().join("sandbox/world.db")).unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM webhook_watchers", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_failed_status_exits_8_with_meta_s_code() {
    let env = TestEnv::new();
    let run = send(&env, "+12025550145", &["--wait", "delivered", "--timeout", "30s"]);
    run.expect_code(8);
    assert!(run.stderr.contains("131026"), "{}", run.all());
    assert!(statuses(&run).contains(&"failed".to_string()), "{}", run.all());
}

#[test]
fn a_status_never_reached_exits_9_after_the_timeout() {
    let env = TestEnv::new();
    // 20–39: delivered, never read
    let run = send(&env, "+12025550125", &["--wait", "read", "--timeout", "2s"]);
    run.expect_code(9);
    assert!(run.stderr.contains("not read"), "{}", run.all());
    assert!(run.stderr.contains("delivered after 2s"), "{}", run.all());
}

#[test]
fn a_served_sandbox_delivers_to_the_waiting_send_and_to_the_app_s_callback() {
    let env = env().env("WABA_SANDBOX_APP_SECRET", SECRET);
    let app = Listener::start(&env, &["--until", "status:read", "-o", "ndjson"]);
    let _served = crate::sandbox::serve(&env, &["--webhook-url", &app.url]);
    let run = send(&env, "+12025550106", &["--wait", "read", "--timeout", "30s"]);
    run.expect_code(0);
    assert!(statuses(&run).contains(&"read".to_string()), "{}", run.all());
    // the app's own callback got its deliveries too: the watcher is beside it, not instead
    let app = app.finish();
    app.expect_code(0);
    let id = run.json()["messages"][0]["id"].as_str().unwrap().to_string();
    assert!(app.stdout.contains(&id), "{}", app.all());
}

#[test]
fn against_meta_the_wait_needs_a_listen_address() {
    let env = TestEnv::new()
        .env("WABA_TOKEN", "EAAtest")
        .env("WABA_PHONE_NUMBER_ID", "1100000000000001")
        .env("WABA_BASE_URL", "http://127.0.0.1:9");
    let run = env.run(&["send", "text", "--to", "+16505551234", "hi", "--wait", "sent"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--listen"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn against_meta_a_signed_status_at_the_listen_address_ends_the_wait() {
    let graph = MockServer::start().await;
    let wamid = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";
    Mock::given(method("POST"))
        .and(path("/v23.0/1100000000000001/messages"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "messaging_product": "whatsapp",
            "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
            "messages": [{"id": wamid}]
        })))
        .mount(&graph)
        .await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let env = env()
        .env("WABA_TOKEN", "EAAtest")
        .env("WABA_PHONE_NUMBER_ID", "1100000000000001")
        .env("WABA_API_VERSION", "v23.0")
        .env("WABA_BASE_URL", &graph.uri());
    let child = env
        .std_command(&["send", "text", "--to", "+16505551234", "hi", "--wait", "delivered", "--listen", &listen])
        .args(["--timeout", "30s", "-o", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = |s: &str| {
        format!(
            r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1200000000000001","changes":[{{"value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15550000001","phone_number_id":"1100000000000001"}},"statuses":[{{"id":"{wamid}","status":"{s}","timestamp":"1700000000","recipient_id":"16505551234"}}]}},"field":"messages"}}]}}]}}"#
        )
        .into_bytes()
    };
    let post = |body: &[u8], sig: &str| {
        let headers = [("content-type", "application/json"), ("x-hub-signature-256", sig)];
        std::net::TcpStream::connect(&listen).ok().map(|_| http(&listen, "POST", "/webhook", &headers, body).0)
    };
    // wait until the listener is up and the message sent (the mock saw the request)
    let sent = status("sent");
    let sig = waba::webhooks::signature::sign(SECRET.as_bytes(), &sent);
    let mut up = false;
    for _ in 0..300 {
        if !graph.received_requests().await.unwrap_or_default().is_empty() && post(&sent, &sig) == Some(200) {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(up, "the listener never answered");
    // a forged delivery is refused and does not end the wait
    let delivered = status("delivered");
    assert_eq!(post(&delivered, "sha256=00"), Some(403));
    let sig = waba::webhooks::signature::sign(SECRET.as_bytes(), &delivered);
    assert_eq!(post(&delivered, &sig), Some(200));
    let out = tokio::task::spawn_blocking(move || child.wait_with_output()).await.unwrap().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let out: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(out["messages"][0]["id"], wamid);
    assert_eq!(out["statuses"][1]["status"], "delivered");
}
