//! Against wiremock standing in for Meta: 130429 slows the job down and is sent again; a 500 is
//! outcome unknown (`uncertain`), never resent unless `--resend-uncertain`.

use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{file, status};
use crate::common::TestEnv;

const SEND: &str = "/v25.0/1100000000000009/messages";

async fn meta() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/1200000000000001/phone_numbers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []})))
        .mount(&server)
        .await;
    server
}

fn env_for(server: &MockServer) -> TestEnv {
    TestEnv::meta(&server.uri(), "1100000000000009")
}

fn accepted() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"messaging_product": "whatsapp",
        "contacts": [{"input": "+16505551234", "wa_id": "16505551234"}], "messages": [{"id": "wamid.OK"}]}))
}

fn error(status: u16, code: i64) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(json!({"error": {"message": "m", "type": "OAuthException", "code": code, "fbtrace_id": "T"}}))
}

async fn sends(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().iter().filter(|r| r.url.path() == SEND).count()
}

/// Meta answering the first `times` sends with error `code` (HTTP `status`), then accepting.
async fn meta_failing(status: u16, code: i64, times: u64) -> MockServer {
    let server = meta().await;
    Mock::given(method("POST"))
        .and(path(SEND))
        .respond_with(error(status, code))
        .up_to_n_times(times)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(path(SEND)).respond_with(accepted()).mount(&server).await;
    server
}

/// `send bulk --text Hi` to [`RECIPIENTS`] as job `job`, with `rest`.
async fn bulk(env: &TestEnv, job: &str, rest: &[&str]) -> crate::common::Run {
    let list = file(env, "r.csv", RECIPIENTS);
    let mut args = vec!["send", "bulk", "--text", "Hi", "--recipients", list.to_str().unwrap(), "--job", job];
    args.extend_from_slice(rest);
    env.run_async(&args).await
}

const RECIPIENTS: &str = "to\n+16505551234\n+16505551235\n+16505551236\n+16505551237\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn throttled_sends_slow_the_job_and_are_sent_again() {
    let server = meta_failing(400, 130429, 3).await;
    let env = env_for(&server);
    let run = bulk(&env, "slow", &["--rate", "40", "--yes", "-o", "json"]).await;
    run.expect_code(0);
    let out = run.json();
    assert_eq!(out["counts"]["accepted"], 4, "{}", run.all());
    assert_eq!(out["throttled"], 3, "each 130429 halves the rate: {}", run.all());
    assert_eq!(sends(&server).await, 7, "4 accepted + 3 throttled attempts");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_500_is_uncertain_and_only_resent_when_asked() {
    let server = meta_failing(500, 1, 1).await;
    let env = env_for(&server);
    let run = bulk(&env, "unsure", &["--rate", "100", "--max-in-flight", "1", "--yes"]).await;
    run.expect_code(10);
    assert!(run.stderr.contains("1 rows have an unknown outcome"), "{}", run.all());
    assert_eq!(sends(&server).await, 4);
    // Resuming sends nothing: the uncertain row stays uncertain.
    let run = env.run_async(&["send", "bulk", "--resume", "unsure", "--yes"]).await;
    run.expect_code(10);
    assert_eq!(sends(&server).await, 4, "an uncertain row is not resent by --resume alone");
    // Asked explicitly: sent again, and the operator is told it may be a duplicate.
    let run = env.run_async(&["send", "bulk", "--resume", "unsure", "--resend-uncertain", "--yes", "-o", "json"]).await;
    run.expect_code(0);
    assert!(run.stderr.contains("up to 1 recipients may get a duplicate"), "{}", run.all());
    assert_eq!(run.json()["possible_duplicates"], 1);
    assert_eq!(sends(&server).await, 5);
    assert_eq!(status(&env, "unsure")["counts"]["accepted"], 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_is_rejected_with_metas_code() {
    let server = meta_failing(400, 131026, 1).await;
    let env = env_for(&server);
    let run = bulk(&env, "refused", &["--rate", "100", "--max-in-flight", "1", "--yes", "-o", "json"]).await;
    run.expect_code(1);
    assert_eq!(run.json()["rejected_by_code"]["131026"], 1, "{}", run.all());
    let rows = super::rows(&env, "refused");
    assert_eq!(rows.iter().filter(|r| r.1 == "rejected").count(), 1);
    // A refusal is final: resuming does not send it again.
    let run = env.run_async(&["send", "bulk", "--resume", "refused", "--yes"]).await;
    run.expect_code(1);
    assert_eq!(sends(&server).await, 4);
}
