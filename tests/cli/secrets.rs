//! Tokens never reach stdout, stderr or logs, not even at -vvv.

use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const CANARY: &str = "EAAGcanaryCANARYcanary0123456789zz";

fn assert_clean(run: &crate::common::Run) {
    assert!(!run.stdout.contains(CANARY) && !run.stderr.contains(CANARY), "token leaked:\n{}", run.all());
    assert!(!run.stderr.contains("canaryCANARY"), "token fragment leaked:\n{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn canary_token_never_printed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "1"}]})))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            json!({"error": {"message": "Invalid OAuth access token", "type": "OAuthException", "code": 190}}),
        ))
        .mount(&server)
        .await;
    let env = TestEnv::new().env("WABA_BASE_URL", &server.uri()).env("WABA_TOKEN", CANARY).env("WABA_ACCOUNT_ID", "1");
    let ok = env.run_async(&["-vvv", "numbers", "list"]).await;
    ok.expect_code(0);
    assert!(ok.stderr.contains("GET /v25.0/1/phone_numbers"), "-vvv logs requests:\n{}", ok.all());
    assert_clean(&ok);
    assert_clean(&env.run_async(&["-vvv", "numbers", "list", "-o", "json"]).await);
    let failed = env.run_async(&["-vvv", "numbers", "list", "-o", "json"]).await;
    failed.expect_code(4);
    assert_clean(&failed);
    let show = env.run_async(&["-vvv", "profile", "show"]).await;
    show.expect_code(0);
    assert!(show.stdout.contains("EAAG…89zz"), "{}", show.all());
    assert_clean(&show);
}

#[test]
fn stored_token_never_printed() {
    let env = TestEnv::new();
    env.run_with_stdin(
        &["profile", "add", "p", "--account-id", "1", "--base-url", "http://127.0.0.1:9", "--token-stdin"],
        CANARY,
    )
    .expect_code(0);
    for args in [
        vec!["-vvv", "profile", "show"],
        vec!["-vvv", "profile", "list", "-o", "json"],
        vec!["-vvv", "numbers", "list"],
        vec!["-vvv", "numbers", "show", "1"],
    ] {
        assert_clean(&env.run(&args));
    }
}
