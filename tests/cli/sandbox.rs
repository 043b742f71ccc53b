//! `waba sandbox serve|reset` and persistence of the sandbox state.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use crate::common::TestEnv;

pub(crate) struct Served {
    pub child: Child,
    pub info: serde_json::Value,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn serve(env: &TestEnv, extra: &[&str]) -> Served {
    let mut child = env
        .std_command(&[&["sandbox", "serve", "-o", "ndjson"], extra].concat())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn sandbox serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("read the info line");
    let info = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    Served { child, info }
}

fn client_env(info: &serde_json::Value) -> TestEnv {
    TestEnv::new()
        .env("WABA_BASE_URL", info["base_url"].as_str().unwrap())
        .env("WABA_TOKEN", info["token"].as_str().unwrap())
        .env("WABA_ACCOUNT_ID", info["account_id"].as_str().unwrap())
}

#[test]
fn serve_prints_what_clients_need() {
    let env = TestEnv::new();
    let served = serve(&env, &["--token", "sandbox-fixed-token"]);
    assert_eq!(served.info["token"], "sandbox-fixed-token");
    assert!(served.info["base_url"].as_str().unwrap().starts_with("http://127.0.0.1:"));
    let run = client_env(&served.info).run(&["numbers", "list", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json().as_array().unwrap().len(), 5);
    let wrong = client_env(&served.info).env("WABA_TOKEN", "wrong").run(&["numbers", "list"]);
    wrong.expect_code(4);
    // Ctrl-C is how a served sandbox is stopped: a clean exit.
    let mut served = served;
    let pid = served.child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert_eq!(served.child.wait().unwrap().code(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_persist_until_reset() {
    let env = TestEnv::new();
    {
        let served = serve(&env, &[]);
        let base = served.info["base_url"].as_str().unwrap();
        let token = served.info["token"].as_str().unwrap();
        let _ = rustls::crypto::ring::default_provider().install_default();
        let response = reqwest::Client::new()
            .post(format!("{base}/v25.0/1100000000000002"))
            .bearer_auth(token)
            .json(&serde_json::json!({"new_display_name": "Sandbox Britain"}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        // An unknown route answers with a Graph error, never HTML.
        let response = reqwest::Client::new()
            .get(format!("{base}/v25.0/1200000000000001/nope"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], 100);
    }
    let show = env.run_async(&["--sandbox", "numbers", "show", "1100000000000002", "-o", "json"]).await;
    show.expect_code(0);
    assert_eq!(show.json()["new_name_status"], "PENDING_REVIEW");
    env.run_async(&["sandbox", "reset"]).await.expect_code(0);
    let show = env.run_async(&["--sandbox", "numbers", "show", "1100000000000002", "-o", "json"]).await;
    assert!(show.json().get("new_name_status").is_none(), "{}", show.all());
}

#[test]
fn an_unreadable_old_state_file_names_the_fix() {
    let env = TestEnv::new();
    let state = env.data_dir().join("sandbox").join("state.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{not json").unwrap();
    let run = env.run(&["--sandbox", "numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("state.json") && run.stderr.contains("waba sandbox reset"), "{}", run.all());
    let reset = env.run(&["sandbox", "reset"]);
    reset.expect_code(0);
    assert!(reset.stderr.contains("state.json.discarded"), "{}", reset.all());
    env.run(&["--sandbox", "numbers", "list"]).expect_code(0);
    assert!(!state.exists() && state.with_file_name("state.json.discarded").exists());
}

#[test]
fn sandbox_profile_show() {
    let run = TestEnv::new().run(&["--sandbox", "profile", "show", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["account_id"]["value"], "1200000000000001");
    assert_eq!(v["account_id"]["source"], "sandbox");
    assert!(v["base_url"]["value"].as_str().unwrap().starts_with("http://127.0.0.1:"));
}

#[test]
fn reset_prints_json_with_json_output() {
    let env = TestEnv::new();
    let run = env.run(&["sandbox", "reset", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["reset"], true, "{v}");
    assert!(v["db"].as_str().unwrap().ends_with("world.db"), "{v}");
    assert_eq!(v["discarded"], serde_json::Value::Null, "{v}");
}

#[test]
fn an_unknown_template_status_is_a_usage_error_before_any_request() {
    // no --sandbox and no token: a request would fail with a config or auth error, not exit 2
    let env = TestEnv::new();
    let run = env.run(&["templates", "list", "--status", "BOGUS"]);
    run.expect_code(2);
    assert!(run.stderr.contains("not a template status"), "{}", run.all());
    env.run(&["--sandbox", "templates", "list", "--status", "approved"]).expect_code(0);
}
