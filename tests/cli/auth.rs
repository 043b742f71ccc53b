//! `waba auth status` and `profile add --check`: Meta's debug_token, against the sandbox
//! (served or in-process) and wiremock for token shapes the sandbox does not have.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const CANARY: &str = "EAAGcanaryCANARYcanary0123456789zz";
const WABA: &str = "1200000000000001";

/// `waba sandbox serve --token TOKEN` in the background; killed on drop.
struct Served {
    child: Child,
    base_url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(env: &TestEnv, token: &str) -> Served {
    let mut child = env
        .std_command(&["sandbox", "serve", "-o", "ndjson", "--token", token])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn sandbox serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("read the info line");
    let info: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    Served { child, base_url: info["base_url"].as_str().unwrap().to_string() }
}

fn assert_clean(run: &crate::common::Run) {
    assert!(!run.stdout.contains(CANARY) && !run.stderr.contains(CANARY), "token leaked:\n{}", run.all());
    assert!(!run.stderr.contains("canaryCANARY"), "token fragment leaked:\n{}", run.all());
}

#[test]
fn status_table_at_80_columns() {
    let run = TestEnv::new().env("COLUMNS", "80").run(&["--sandbox", "auth", "status"]);
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
}

#[test]
fn status_json_is_metas_data_plus_where_the_token_came_from() {
    let run = TestEnv::new().run(&["--sandbox", "auth", "status", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["is_valid"], true, "{v}");
    assert_eq!(v["type"], "SYSTEM_USER");
    assert_eq!(v["app_id"], "1400000000000001");
    assert_eq!(v["application"], "waba sandbox");
    assert_eq!((v["expires_at"].as_i64(), v["data_access_expires_at"].as_i64()), (Some(0), Some(0)));
    let scopes = v["scopes"].as_array().unwrap();
    for s in ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"] {
        assert!(scopes.contains(&json!(s)), "{s} in {v}");
    }
    assert_eq!(v["granular_scopes"][0], json!({"scope": "whatsapp_business_management", "target_ids": [WABA]}));
    assert_eq!((&v["profile"], &v["token_source"]), (&json!(null), &json!("sandbox")));
    assert!(v.get("token").is_none() && !run.stdout.contains("\"sandbox-"), "{v}");
    assert!(run.stderr.is_empty(), "{}", run.all());
}

#[test]
fn status_names_the_profile_and_never_prints_the_token() {
    let env = TestEnv::new();
    let served = serve(&env, CANARY);
    env.run_with_stdin(
        &["profile", "add", "ops", "--account-id", WABA, "--base-url", &served.base_url, "--token-stdin"],
        CANARY,
    )
    .expect_code(0);
    let run = env.run(&["-vvv", "auth", "status", "-o", "json"]);
    run.expect_code(0);
    assert_clean(&run);
    assert!(
        run.stderr.contains("GET /v25.0/debug_token?input_token=<redacted>"),
        "-vvv logs the request:\n{}",
        run.all()
    );
    let v = run.json();
    assert_eq!((&v["profile"], &v["token_source"]), (&json!("ops"), &json!("profile (ops)")));
    let table = env.run(&["-vvv", "auth", "status"]);
    table.expect_code(0);
    assert_clean(&table);
}

#[test]
fn an_invalid_token_exits_4_with_a_json_error() {
    let env = TestEnv::new();
    let served = serve(&env, "sandbox-right-token");
    let client = TestEnv::new().env("WABA_BASE_URL", &served.base_url).env("WABA_TOKEN", CANARY);
    let run = client.run(&["-vvv", "auth", "status", "-o", "json"]);
    run.expect_code(4);
    assert!(run.stdout.is_empty(), "{}", run.all());
    assert_clean(&run);
    let line = run.stderr.lines().last().unwrap();
    let e: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: {}", run.all()));
    assert_eq!((&e["error"]["kind"], &e["error"]["code"]), (&json!("auth"), &json!(190)), "{e}");
    assert!(e["error"]["hint"].as_str().unwrap().contains("system-user token"), "{e}");
    let run = client.run(&["auth", "status"]);
    run.expect_code(4);
    assert!(run.stderr.contains("hint: create a new system-user token"), "{}", run.all());
}

fn meta_env(server: &MockServer) -> TestEnv {
    TestEnv::new().env("WABA_BASE_URL", &server.uri()).env("WABA_TOKEN", CANARY)
}

async fn mock_debug_token(data: serde_json::Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/debug_token"))
        .and(query_param("input_token", CANARY))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "data": data })))
        .mount(&server)
        .await;
    server
}

fn now() -> i64 {
    i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_inside_data_exits_4_with_metas_code() {
    let server = mock_debug_token(json!({
        "app_id": "1400000000000001", "type": "USER", "application": "Acme Ops", "is_valid": false,
        "expires_at": 1_570_820_400, "scopes": ["whatsapp_business_management"], "user_id": "10215241773831025",
        "error": {"code": 190, "message": "Error validating access token: Session has expired", "subcode": 463}
    }))
    .await;
    let run = meta_env(&server).run_async(&["auth", "status", "-o", "json"]).await;
    run.expect_code(4);
    assert_clean(&run);
    let e: serde_json::Value =
        serde_json::from_str(run.stderr.trim()).unwrap_or_else(|err| panic!("{err}: {}", run.all()));
    assert_eq!((&e["error"]["code"], &e["error"]["subcode"]), (&json!(190), &json!(463)), "{e}");
    assert!(e["error"]["message"].as_str().unwrap().contains("Session has expired"), "{e}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn warns_when_expiring_within_7_days_or_lacking_a_scope() {
    let expires = now() + 3 * 86_400 + 3_600;
    let server = mock_debug_token(json!({
        "app_id": "1400000000000001", "type": "USER", "application": "Acme Ops", "is_valid": true,
        "expires_at": expires, "data_access_expires_at": expires + 86_400 * 80,
        "scopes": ["whatsapp_business_management"], "user_id": "10215241773831025"
    }))
    .await;
    let run = meta_env(&server).run_async(&["auth", "status"]).await;
    run.expect_code(0);
    assert!(run.stderr.contains("warning: the access token expires in 3 days"), "{}", run.all());
    assert!(run.stderr.contains("lacks whatsapp_business_messaging"), "{}", run.all());
    assert!(run.stdout.contains("(in 3 days)") && run.stdout.contains("(in 83 days)"), "{}", run.all());
    let quiet = meta_env(&server).run_async(&["-q", "auth", "status", "-o", "json"]).await;
    quiet.expect_code(0);
    assert!(quiet.stderr.is_empty(), "{}", quiet.all());
    assert_eq!(quiet.json()["token_source"], "env (WABA_TOKEN)");
}

#[test]
fn profile_add_check_against_the_sandbox() {
    let env = TestEnv::new();
    let served = serve(&env, CANARY);
    let add = |name: &str, token: &str| {
        env.run_with_stdin(
            &["profile", "add", name, "--account-id", WABA, "--base-url", &served.base_url, "--token-stdin", "--check"],
            token,
        )
    };
    let good = add("good", CANARY);
    good.expect_code(0);
    assert!(good.stderr.contains("checked the token with Meta: a valid SYSTEM_USER token"), "{}", good.all());
    assert_clean(&good);

    let bad = add("bad", "EAAGwrongwrongwrongwrong");
    bad.expect_code(4);
    assert!(bad.stderr.contains("profile 'bad' is saved anyway"), "{}", bad.all());
    let listed = env.run(&["profile", "list", "-o", "json"]);
    assert!(listed.stdout.contains("\"bad\"") && listed.stdout.contains("\"good\""), "{}", listed.all());

    // Without --check and off a terminal nothing is asked and nothing is checked.
    let unchecked = env.run_with_stdin(
        &["profile", "add", "later", "--account-id", WABA, "--base-url", &served.base_url, "--token-stdin"],
        "EAAGwrongwrongwrongwrong",
    );
    unchecked.expect_code(0);
    assert!(!unchecked.stderr.contains("checked") && !unchecked.stderr.contains("invalid"), "{}", unchecked.all());
}

#[test]
fn profile_add_check_needs_a_token() {
    let env = TestEnv::new();
    let run = env.run(&["profile", "add", "p", "--account-id", WABA, "--check"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--check needs a token"), "{}", run.all());
    let listed = env.run(&["profile", "list", "-o", "json"]);
    assert!(!listed.stdout.contains("\"p\""), "nothing saved: {}", listed.all());
}
