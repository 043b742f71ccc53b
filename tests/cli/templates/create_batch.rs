//! `templates create FILE…` in batches, its lint warnings, `pull` safety, `wait` and `show` output.

use super::{NEW_UTILITY, PROMOTIONAL_UTILITY, sandbox_env, template_dir};

const CHANGED_ORDER_UPDATE: &str = r#"name = "order_update"
language = "en_US"
category = "UTILITY"

[[components]]
type = "BODY"
text = "Hello, your order {{1}} has a new delivery date."
example = { body_text = [["A-1001"]] }
"#;

#[test]
fn batch_create_continues_past_a_failure_and_reports_existing() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("changed.toml", CHANGED_ORDER_UPDATE), ("parcel_ready.toml", NEW_UTILITY)]);
    let same = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "--as-file", "toml"]);
    same.expect_code(0);
    std::fs::write(dir.join("same.toml"), &same.stdout).unwrap();
    let arg = |f: &str| dir.join(f).to_str().unwrap().to_string();
    let (a, b, c) = (arg("changed.toml"), arg("parcel_ready.toml"), arg("same.toml"));
    let run = env.run(&["--sandbox", "templates", "create", &a, &b, &c, "-o", "json"]);
    assert_ne!(run.code, 0, "{}", run.all());
    let rows = run.json();
    assert_eq!(rows[0]["result"], "failed", "{rows}");
    assert!(rows[0]["detail"].as_str().unwrap().contains("different"), "{rows}");
    assert_eq!(rows[1]["result"], "created", "{rows}");
    assert!(rows[1]["id"].is_string(), "{rows}");
    assert_eq!(rows[2]["result"], "exists", "{rows}");
    assert!(rows[2]["hint"].as_str().unwrap().contains("apply"), "{rows}");
    // The one created is on the account.
    env.run(&["--sandbox", "templates", "show", "parcel_ready"]).expect_code(0);
}

#[test]
fn create_prints_lint_warnings_and_deny_warnings_refuses() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let file = dir.join("promo.json");
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap(), "--deny-warnings"]);
    run.expect_code(8);
    assert!(run.stderr.contains("nothing was sent"), "{}", run.all());
    env.run(&["--sandbox", "templates", "show", "order_shipped"]).expect_code(5);
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap()]);
    run.expect_code(0);
    assert!(run.stderr.contains("warning"), "{}", run.all());
    assert!(run.stderr.contains("promo.json"), "{}", run.all());
}

#[test]
fn wait_infers_the_only_language() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("parcel_ready.toml", NEW_UTILITY)]);
    env.run(&["--sandbox", "templates", "create", dir.join("parcel_ready.toml").to_str().unwrap()]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", "parcel_ready", "--timeout", "20s", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["language"], "en_GB");
}

#[test]
fn wait_timeout_prints_last_state_as_json() {
    let env = crate::common::TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "600000");
    let dir = template_dir(&env, &[("parcel_ready.toml", NEW_UTILITY)]);
    env.run(&["--sandbox", "templates", "create", dir.join("parcel_ready.toml").to_str().unwrap()]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", "parcel_ready", "--timeout", "1s", "-o", "json"]);
    run.expect_code(9);
    assert_eq!(run.json()["status"], "PENDING");
}

#[test]
fn show_json_is_metas_object_and_as_file_is_the_payload() {
    let env = sandbox_env();
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "-o", "json"]);
    run.expect_code(0);
    let object = run.json();
    assert!(object["id"].is_string(), "{object}");
    assert!(object["status"].is_string(), "{object}");
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "--as-file", "json"]);
    run.expect_code(0);
    let payload = run.json();
    assert!(payload.get("id").is_none() && payload.get("status").is_none(), "{payload}");
    assert_eq!(payload["name"], "order_update");
    assert_eq!(payload["components"], object["components"]);
}
