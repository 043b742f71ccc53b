//! `waba sandbox serve --faults SPEC`: faults injected into sends, with 100 % specs so that
//! every outcome is certain; the sandbox's message table is the ground truth.

use std::io::{Read, Write};

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::sandbox::serve;

const TO: &str = "+12025550101";

fn env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_STATUS_DELAY_MS", "0")
}

/// The messages the sandbox stored.
fn stored(env: &TestEnv) -> Vec<Value> {
    let run = env.run(&["sandbox", "messages", "-o", "json"]);
    run.expect_code(0);
    run.json().as_array().cloned().unwrap_or_default()
}

fn status(env: &TestEnv) -> Value {
    let run = env.run(&["sandbox", "status", "-o", "json"]);
    run.expect_code(0);
    run.json()
}

fn send_text(env: &TestEnv) -> crate::common::Run {
    env.run(&["--sandbox", "send", "text", "--to", TO, "Your order shipped"])
}

#[test]
fn drop_after_stores_the_message_then_the_client_cannot_know() {
    let env = env();
    let _served = serve(&env, &["--faults", "drop-after=100%", "--faults-seed", "1"]);
    let run = send_text(&env);
    run.expect_code(10);
    assert!(run.stderr.contains("connection was lost before the answer"), "{}", run.stderr);
    let rows = stored(&env);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["wa_id"], "12025550101");
    let s = status(&env);
    assert_eq!(s["faults"], "drop-after=100%", "{s}");
    assert_eq!(s["faults_seed"], 1, "{s}");
    assert_eq!(s["faults_drop_after"], 1, "{s}");
}

#[test]
fn drop_after_sends_no_status_line() {
    let env = env();
    let served = serve(&env, &["--faults", "drop-after=100%"]);
    let base = served.info["base_url"].as_str().unwrap();
    let addr = base.strip_prefix("http://").unwrap();
    let body = json!({"messaging_product": "whatsapp", "to": TO, "type": "text", "text": {"body": "hi"}}).to_string();
    let request = format!(
        "POST /v23.0/{}/messages HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        served.info["phone_number_id"].as_str().unwrap(),
        served.info["token"].as_str().unwrap(),
        body.len()
    );
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = Vec::new();
    // The server closes the connection: EOF (or a reset), never an HTTP answer.
    let _ = stream.read_to_end(&mut answer);
    assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    assert_eq!(stored(&env).len(), 1, "the message was stored before the connection was dropped");
    // The served random seed is printed, so that the run can be repeated.
    assert!(served.info["faults_seed"].as_str().unwrap().parse::<u64>().is_ok(), "{}", served.info);
}

#[test]
fn error_500_after_is_stored_and_error_500_before_is_not() {
    let env = env();
    {
        let _served = serve(&env, &["--faults", "error-500-after=100%"]);
        let run = send_text(&env);
        run.expect_code(10);
        assert!(run.stderr.contains("131000"), "{}", run.stderr);
        assert_eq!(stored(&env).len(), 1);
        assert_eq!(status(&env)["faults_error_500_after"], 1);
    }
    let _served = serve(&env, &["--faults", "error-500-before=100%"]);
    let run = send_text(&env);
    run.expect_code(10);
    assert_eq!(stored(&env).len(), 1, "the second message was not stored");
    let s = status(&env);
    assert_eq!(
        (s["faults_error_500_before"].as_u64(), s["faults_error_500_after"].as_u64()),
        (Some(1), Some(0)),
        "{s}"
    );
}

#[test]
fn throttle_is_retried_then_rate_limited_and_never_stored() {
    let env = env();
    let _served = serve(&env, &["--faults", "throttle=100%"]);
    let run = send_text(&env);
    run.expect_code(6);
    assert!(run.stderr.contains("130429"), "{}", run.stderr);
    assert!(stored(&env).is_empty());
    // The first attempt and the client's retries were all throttled.
    assert!(status(&env)["faults_throttle"].as_u64().unwrap() > 1);
}

#[test]
fn slow_answers_late_and_stores() {
    let env = env();
    let _served = serve(&env, &["--faults", "slow=100%:300ms"]);
    let started = std::time::Instant::now();
    let run = send_text(&env);
    run.expect_code(0);
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    assert_eq!(stored(&env).len(), 1);
    let s = status(&env);
    assert_eq!((s["faults"].as_str(), s["faults_slow"].as_u64()), (Some("slow=100%:300ms"), Some(1)), "{s}");
}

/// HTTP statuses (0: connection dropped) of `n` sends in a row to a sandbox served with a mix
/// of every fault and `--faults-seed 7`; checks that exactly the sends the faults say were
/// stored are in the message table.
fn statuses(n: usize) -> Vec<u16> {
    let env = env();
    let spec = "drop-after=10%,error-500-after=10%,error-500-before=10%,throttle=10%,slow=10%:10ms";
    let served = serve(&env, &["--faults", spec, "--faults-seed", "7"]);
    let url = format!(
        "{}/v23.0/{}/messages",
        served.info["base_url"].as_str().unwrap(),
        served.info["phone_number_id"].as_str().unwrap()
    );
    let token = served.info["token"].as_str().unwrap().to_owned();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let codes = runtime.block_on(async {
        let client = reqwest::Client::new();
        let mut codes = Vec::new();
        for i in 0..n {
            let body = json!({"messaging_product": "whatsapp", "to": format!("+1202555{:04}", 1000 + i),
                "type": "text", "text": {"body": "hi"}});
            let sent = client.post(&url).bearer_auth(&token).json(&body).send().await;
            codes.push(sent.map_or(0, |r| r.status().as_u16()));
        }
        codes
    });
    let count = |code: u16| codes.iter().filter(|c| **c == code).count();
    let s = status(&env);
    let after_500 = usize::try_from(s["faults_error_500_after"].as_u64().unwrap()).unwrap();
    assert_eq!(count(500), after_500 + usize::try_from(s["faults_error_500_before"].as_u64().unwrap()).unwrap());
    assert_eq!(count(0), usize::try_from(s["faults_drop_after"].as_u64().unwrap()).unwrap(), "{s}");
    assert_eq!(count(400), usize::try_from(s["faults_throttle"].as_u64().unwrap()).unwrap(), "{s}");
    let rows = env.run(&["sandbox", "messages", "--limit", "1000", "-o", "json"]).json();
    assert_eq!(rows.as_array().unwrap().len(), count(200) + count(0) + after_500, "stored iff the fault says so: {s}");
    codes
}

#[test]
fn the_same_seed_gives_the_same_faults_and_the_table_agrees() {
    let first = statuses(40);
    assert_eq!(first, statuses(40));
    for code in [0, 200, 400, 500] {
        assert!(first.contains(&code), "{code}: {first:?}");
    }
}

#[test]
fn bad_specs_are_usage_errors_naming_the_item() {
    let env = env();
    let run = env.run(&["sandbox", "serve", "--faults", "drop-after=5%,explode=1%"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("'explode=1%'") && run.stderr.contains("drop-after, error-500-after"),
        "{}",
        run.stderr
    );
    let run = env.run(&["sandbox", "serve", "--faults", "drop-after=70%,throttle=40%"]);
    run.expect_code(2);
    assert!(run.stderr.contains("more than 100%"), "{}", run.stderr);
    env.run(&["sandbox", "serve", "--faults-seed", "3"]).expect_code(2);
}
