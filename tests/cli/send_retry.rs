//! `send` never sends twice: what is retried, what is outcome unknown (exit 10), against
//! wiremock and a raw TCP server standing in for Meta.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const SEND: &str = "/v25.0/1100000000000009/messages";

fn env_for(base: &str) -> TestEnv {
    TestEnv::new()
        .env("WABA_BASE_URL", base)
        .env("WABA_TOKEN", "EAAGtesttoken0000000000000000")
        .env("WABA_ACCOUNT_ID", "1200000000000001")
        .env("WABA_PHONE_NUMBER_ID", "1100000000000009")
}

const TEXT: &[&str] = &["send", "text", "--to", "+16505551234", "Hello"];

fn graph_error(code: i64, message: &str) -> serde_json::Value {
    json!({"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbCdEfTrace"}})
}

fn accepted() -> serde_json::Value {
    json!({"messaging_product": "whatsapp", "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}],
           "messages": [{"id": "wamid.TEST1"}]})
}

/// A server that reads each request whole and never answers: it closes the connection, or with
/// `hold` keeps it open until stopped. Returns its URL, the number of requests read, and a flag
/// that stops it.
fn silent_server(hold: bool) -> (String, Arc<AtomicUsize>, Arc<AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let (count, stop) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
    let (c, s) = (count.clone(), stop.clone());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        while !s.load(Ordering::SeqCst) && Instant::now() < deadline {
            let Ok((mut stream, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            };
            let _ = stream.set_nonblocking(false);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            // Read the head, then as many body bytes as Content-Length says.
            while let Ok(n) = stream.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&buf).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let len = text[..end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_string())
                        })
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(0);
                    if buf.len() >= end + 4 + len {
                        c.fetch_add(1, Ordering::SeqCst);
                        break;
                    }
                }
            }
            let _ = stream.flush();
            if hold {
                held.push(stream);
            }
        }
    });
    (url, count, stop)
}

#[test]
fn connection_dropped_after_the_request_was_read_is_outcome_unknown() {
    let (url, count, stop) = silent_server(false);
    let env = env_for(&url);
    let run = env.run(TEXT);
    stop.store(true, Ordering::SeqCst);
    run.expect_code(10);
    assert_eq!(count.load(Ordering::SeqCst), 1, "sent exactly once:\n{}", run.all());
    assert!(run.stderr.contains("may have been sent"), "{}", run.all());
    assert!(run.stderr.contains("sha256"), "{}", run.all());
    assert!(run.stderr.contains("status webhook"), "{}", run.all());

    let (url, count, stop) = silent_server(false);
    let run = env_for(&url).run(&[TEXT, &["-o", "json"]].concat());
    stop.store(true, Ordering::SeqCst);
    run.expect_code(10);
    assert_eq!(count.load(Ordering::SeqCst), 1);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).expect("one JSON error object");
    assert_eq!(err["error"]["kind"], "outcome_unknown");
    let digest = err["error"]["details"]["digest"].as_str().unwrap_or_default();
    assert_eq!(digest.len(), 64, "{err}");
}

#[test]
fn a_timeout_after_the_request_was_written_is_outcome_unknown() {
    let (url, count, stop) = silent_server(true);
    let run = env_for(&url).env("WABA_HTTP_TIMEOUT", "1").run(TEXT);
    stop.store(true, Ordering::SeqCst);
    run.expect_code(10);
    assert_eq!(count.load(Ordering::SeqCst), 1, "sent exactly once:\n{}", run.all());
    assert!(run.stderr.contains("may have been sent"), "{}", run.all());
}

#[test]
fn a_bad_http_timeout_is_a_configuration_error_before_anything_is_sent() {
    let (url, count, stop) = silent_server(false);
    for bad in ["soon", "0", "-1", "9000"] {
        let run = env_for(&url).env("WABA_HTTP_TIMEOUT", bad).run(TEXT);
        run.expect_code(3);
        assert!(run.stderr.contains("WABA_HTTP_TIMEOUT"), "{}", run.all());
    }
    stop.store(true, Ordering::SeqCst);
    assert_eq!(count.load(Ordering::SeqCst), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_are_not_retried() {
    for (status, code) in [(500, 1), (503, 2), (500, 131000), (400, 131016)] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(SEND))
            .respond_with(ResponseTemplate::new(status).set_body_json(graph_error(code, "Something went wrong")))
            .expect(1)
            .mount(&server)
            .await;
        let run = env_for(&server.uri()).run_async(TEXT).await;
        run.expect_code(10);
        assert!(run.stderr.contains("may have been sent"), "{}", run.all());
        server.verify().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_is_retried_honouring_retry_after() {
    for (status, code) in [(429, 4), (400, 130429)] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(SEND))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("Retry-After", "2")
                    .set_body_json(graph_error(code, "Rate limit hit")),
            )
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path(SEND))
            .respond_with(ResponseTemplate::new(200).set_body_json(accepted()))
            .expect(1)
            .mount(&server)
            .await;
        let started = Instant::now();
        let run = env_for(&server.uri()).run_async(&[TEXT, &["-o", "json"]].concat()).await;
        run.expect_code(0);
        assert!(started.elapsed() >= Duration::from_secs(2), "Retry-After was honoured: {:?}", started.elapsed());
        assert_eq!(run.json()["messages"][0]["id"], "wamid.TEST1");
        server.verify().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttling_retries_are_bounded_and_rejections_final() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(SEND))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("Retry-After", "0")
                .set_body_json(graph_error(131056, "Pair rate limit hit")),
        )
        .expect(4)
        .mount(&server)
        .await;
    env_for(&server.uri()).run_async(TEXT).await.expect_code(6);
    server.verify().await;

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(SEND))
        .respond_with(ResponseTemplate::new(400).set_body_json(graph_error(131026, "Message undeliverable")))
        .expect(1)
        .mount(&server)
        .await;
    env_for(&server.uri()).run_async(TEXT).await.expect_code(1);
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_send_shows_the_message_id_and_sends_the_exact_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(SEND))
        .and(wiremock::matchers::body_json(json!({"messaging_product": "whatsapp", "recipient_type": "individual",
            "to": "+16505551234", "type": "text", "context": {"message_id": "wamid.PREV"},
            "biz_opaque_callback_data": "job-7", "text": {"preview_url": false, "body": "Hello"}})))
        .respond_with(ResponseTemplate::new(200).set_body_json(accepted()))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server.uri())
        .run_async(&[TEXT, &["--reply-to", "wamid.PREV", "--callback-data", "job-7"]].concat())
        .await;
    run.expect_code(0);
    assert!(run.stdout.contains("wamid.TEST1"), "{}", run.all());
    server.verify().await;
}

#[test]
fn refused_sends_reach_no_server() {
    let (url, count, stop) = silent_server(false);
    let env = env_for(&url);
    env.run(&["send", "text", "--to", "16505551234", "Hi"]).expect_code(2);
    env.run(&["send", "text", "--to", "+16505551234", &"x".repeat(4097)]).expect_code(2);
    env.run(&["send", "location", "--to", "+16505551234", "--lat", "95", "--lon", "0"]).expect_code(2);
    stop.store(true, Ordering::SeqCst);
    assert_eq!(count.load(Ordering::SeqCst), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_local_file_is_uploaded_then_sent_by_id_from_the_number_given_with_from() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/1200000000000001/phone_numbers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [
            {"id": "1100000000000009", "display_phone_number": "+1 555-010-0009"},
            {"id": "1100000000000007", "display_phone_number": "+44 7700 900007"}]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v25.0/1100000000000007/media"))
        .and(wiremock::matchers::header_regex("content-type", "^multipart/form-data; boundary="))
        .and(|req: &wiremock::Request| {
            let part: &[u8] = b"name=\"messaging_product\"\r\n\r\nwhatsapp";
            req.body.windows(part.len()).any(|w| w == part)
        })
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "4490709327384033"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v25.0/1100000000000007/messages"))
        .and(wiremock::matchers::body_partial_json(
            json!({"type": "image", "image": {"id": "4490709327384033", "caption": "Receipt"}}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(accepted()))
        .expect(1)
        .mount(&server)
        .await;
    let env = env_for(&server.uri());
    std::fs::create_dir_all(env.data_dir()).unwrap();
    let png = env.data_dir().join("receipt.png");
    // A PNG signature: the bytes are checked against the type before anything is sent.
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nPNG-bytes").unwrap();
    let png = png.to_string_lossy().into_owned();
    let run = env
        .run_async(&["send", "image", "--to", "+16505551234", &png, "--caption", "Receipt", "--from", "+447700900007"])
        .await;
    run.expect_code(0);
    server.verify().await;
    let run = env.run_async(&["send", "text", "--to", "+16505551234", "Hi", "--from", "+15550000000"]).await;
    run.expect_code(2);
    assert!(run.stderr.contains("+1 555-010-0009"), "lists the account's numbers: {}", run.all());
}
