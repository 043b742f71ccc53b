//! `waba sandbox serve --webhook-url URL` delivers webhooks, through the real
//! binary, to a wiremock receiver that checks the signature with the printed app secret.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::time::Duration;

use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

/// `waba sandbox serve` in the background; killed on drop.
struct Served {
    child: Child,
    info: Value,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &TestEnv, extra: &[&str]) -> Served {
    let mut args = vec!["sandbox", "serve", "-o", "ndjson"];
    args.extend_from_slice(extra);
    let mut child =
        env.std_command(&args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let info = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    Served { child, info }
}

async fn receiver(failures: u64) -> MockServer {
    let server = MockServer::start().await;
    if failures > 0 {
        Mock::given(method("POST"))
            .and(path("/webhook"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(failures)
            .with_priority(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("POST")).and(path("/webhook")).respond_with(ResponseTemplate::new(200)).mount(&server).await;
    server
}

/// The requests received so far: (signature header, raw body).
async fn received(server: &MockServer) -> Vec<(String, Vec<u8>)> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .map(|r| {
            let sig = r.headers.get("x-hub-signature-256").and_then(|v| v.to_str().ok()).unwrap_or_default();
            (sig.to_owned(), r.body.clone())
        })
        .collect()
}

/// Waits (at most 20 s) until `done` holds of what arrived, and returns it.
async fn wait_for(server: &MockServer, done: impl Fn(&[(String, Vec<u8>)]) -> bool) -> Vec<(String, Vec<u8>)> {
    for _ in 0..400 {
        let got = received(server).await;
        if done(&got) {
            return got;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let got = received(server).await;
    let bodies: Vec<String> = got.iter().map(|(_, b)| String::from_utf8_lossy(b).into_owned()).collect();
    panic!("never arrived; got {bodies:#?}");
}

fn statuses(got: &[(String, Vec<u8>)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, body) in got {
        let v: Value = serde_json::from_slice(body).unwrap();
        let s = &v["entry"][0]["changes"][0]["value"]["statuses"][0];
        if let (Some(id), Some(status)) = (s["recipient_id"].as_str(), s["status"].as_str()) {
            out.push((id.to_owned(), status.to_owned()));
        }
    }
    out
}

fn send_template(env: &TestEnv, to: &str) {
    let run = env.run(&[
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
        "order_number=7",
    ]);
    run.expect_code(0);
}

#[tokio::test(flavor = "multi_thread")]
async fn statuses_of_each_magic_recipient_arrive_signed_with_the_printed_secret() {
    let rx = receiver(0).await;
    let env = TestEnv::new().env("WABA_SANDBOX_STATUS_DELAY_MS", "50");
    let url = format!("{}/webhook", rx.uri());
    let served = serve(&env, &["--webhook-url", &url]);
    let secret = served.info["app_secret"].as_str().unwrap().to_owned();
    assert_eq!(secret.len(), 32, "{}", served.info);
    for to in ["+16505550101", "+16505550121", "+16505550141"] {
        send_template(&env, to);
    }
    let got = wait_for(&rx, |g| statuses(g).len() == 7).await;
    let mut s = statuses(&got);
    s.sort();
    let want = [
        ("16505550101", "delivered"),
        ("16505550101", "read"),
        ("16505550101", "sent"),
        ("16505550121", "delivered"),
        ("16505550121", "sent"),
        ("16505550141", "failed"),
        ("16505550141", "sent"),
    ];
    assert_eq!(s, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    for (sig, body) in &got {
        assert_eq!(waba::webhooks::signature::verify(secret.as_bytes(), body, Some(sig.as_bytes())), Ok(()));
    }
    let failed = got
        .iter()
        .map(|(_, b)| serde_json::from_slice::<Value>(b).unwrap())
        .find(|v| v["entry"][0]["changes"][0]["value"]["statuses"][0]["status"] == "failed")
        .unwrap();
    assert_eq!(failed["entry"][0]["changes"][0]["value"]["statuses"][0]["errors"][0]["code"], 131026);

    let run = env.run(&["sandbox", "status", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!((v["webhooks_delivered"].as_u64(), v["webhooks_retrying"].as_u64()), (Some(7), Some(0)), "{v}");
    let table = env.run(&["sandbox", "status"]);
    assert!(table.stdout.contains("webhooks_delivered"), "{}", table.all());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_receiver_failing_twice_gets_the_event_on_the_third_attempt() {
    let rx = receiver(2).await;
    // Statuses far apart: only `sent` falls due during the test.
    let env =
        TestEnv::new().env("WABA_SANDBOX_STATUS_DELAY_MS", "600000").env("WABA_SANDBOX_APP_SECRET", "given-secret");
    let url = format!("{}/webhook", rx.uri());
    let served = serve(&env, &["--webhook-url", &url, "--webhook-retry-base", "100ms", "--webhook-attempts", "3"]);
    assert_eq!(served.info["app_secret"], "given-secret");
    send_template(&env, "+16505550121");
    let got = wait_for(&rx, |g| g.len() == 3).await;
    assert!(got.iter().all(|(_, b)| *b == got[0].1), "the same bytes every attempt");
    assert_eq!(waba::webhooks::signature::verify(b"given-secret", &got[0].1, Some(got[0].0.as_bytes())), Ok(()));
    let mut v = Value::Null;
    for _ in 0..100 {
        v = env.run(&["sandbox", "status", "-o", "json"]).json();
        if v["webhooks_delivered"] == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(v["webhooks_delivered"], 1, "{v}");
    assert_eq!(v["webhooks_pending"], 1, "delivered is not due yet: {v}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_inbound_message_is_delivered() {
    let rx = receiver(0).await;
    let env = TestEnv::new();
    let url = format!("{}/webhook", rx.uri());
    let _served = serve(&env, &["--webhook-url", &url]);
    env.run(&["sandbox", "inbound", "--from", "+16505550101", "--text", "Where is my order?"]).expect_code(0);
    let got = wait_for(&rx, |g| !g.is_empty()).await;
    let v: Value = serde_json::from_slice(&got[0].1).unwrap();
    let m = &v["entry"][0]["changes"][0]["value"]["messages"][0];
    assert_eq!((&m["from"], &m["text"]["body"]), (&Value::from("16505550101"), &Value::from("Where is my order?")));
}

#[test]
fn a_webhook_url_that_is_not_a_callback_is_a_usage_error() {
    let run = TestEnv::new().run(&["sandbox", "serve", "--webhook-url", "ftp://example.com/hook"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--webhook-url"), "{}", run.all());
}
