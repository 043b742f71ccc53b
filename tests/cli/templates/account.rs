//! `templates list|show|create|wait|delete` against the sandbox.

use serde_json::Value;

use super::*;
use crate::common::TestEnv;

#[test]
fn list_filters_and_shows_meta_fields() {
    let env = sandbox_env();
    let run = env.run(&["--sandbox", "templates", "list", "-o", "json"]);
    run.expect_code(0);
    let all = run.json();
    assert!(all.as_array().unwrap().len() >= 3, "{all}");
    assert!(all[0]["name"].is_string() && all[0]["status"].is_string() && all[0]["id"].is_string());
    let run = env.run(&["--sandbox", "templates", "list", "--status", "approved", "-o", "json"]);
    run.expect_code(0);
    for t in run.json().as_array().unwrap() {
        assert_eq!(t["status"], "APPROVED", "{t}");
    }
}

#[test]
fn show_as_file_lints_clean() {
    let env = sandbox_env();
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "--as-file", "toml"]);
    run.expect_code(0);
    assert!(run.stdout.contains("name = \"order_update\""), "{}", run.all());
    let dir = template_dir(&env, &[("order_update.toml", &run.stdout)]);
    env.run(&["templates", "lint", dir.to_str().unwrap()]).expect_code(0);
    // Several languages need --language; an unknown name is "not found".
    let run = env.run(&["--sandbox", "templates", "show", "order_update"]);
    if run.code != 0 {
        run.expect_code(2);
        assert!(run.stderr.contains("--language"), "{}", run.all());
    }
    env.run(&["--sandbox", "templates", "show", "no_such_template"]).expect_code(5);
}

#[test]
fn create_then_wait_until_approved() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("parcel_ready.toml", NEW_UTILITY)]);
    let file = dir.join("parcel_ready.toml");
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    let created = run.json();
    assert_eq!(created[0]["name"], "parcel_ready");
    assert!(created[0]["id"].is_string(), "{created}");
    let run = env.run(&[
        "--sandbox",
        "templates",
        "wait",
        "parcel_ready",
        "--language",
        "en_GB",
        "--timeout",
        "20s",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["status"], "APPROVED");
    // The same file again is reported as existing, not as an error.
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()[0]["result"], "exists", "{}", run.all());
}

#[test]
fn promotional_utility_is_rejected_and_wait_exits_8() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("order_shipped.json", PROMOTIONAL_UTILITY)]);
    let file = dir.join("order_shipped.json");
    env.run(&["--sandbox", "templates", "create", file.to_str().unwrap()]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", "order_shipped", "--language", "en_US", "--timeout", "20s"]);
    run.expect_code(8);
    assert!(run.stderr.contains("INCORRECT_CATEGORY"), "{}", run.all());
}

#[test]
fn create_lints_first_and_sends_nothing_on_errors() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let run = env.run(&["--sandbox", "templates", "create", dir.join("bad.toml").to_str().unwrap()]);
    run.expect_code(8);
    assert!(run.stderr.contains("nothing was sent"), "{}", run.all());
    let run = env.run(&["--sandbox", "templates", "list", "--name", "Order_Update", "-o", "json"]);
    run.expect_code(0);
    // The name filter may match loosely (as a substring); the bad file's exact name is absent.
    assert!(run.json().as_array().unwrap().iter().all(|t| t["name"] != "Order_Update"), "{}", run.all());
    // --dry-run prints the request and sends nothing.
    let dir = template_dir(&env, &[("parcel_ready.toml", NEW_UTILITY)]);
    let run =
        env.run(&["templates", "create", dir.join("parcel_ready.toml").to_str().unwrap(), "--dry-run", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()[0]["method"], "POST");
    assert_eq!(run.json()[0]["body"]["name"], "parcel_ready");
}

#[test]
fn wait_times_out_with_exit_9() {
    let env = TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "600000");
    let dir = template_dir(&env, &[("parcel_ready.toml", NEW_UTILITY)]);
    env.run(&["--sandbox", "templates", "create", dir.join("parcel_ready.toml").to_str().unwrap()]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", "parcel_ready", "--language", "en_GB", "--timeout", "1s"]);
    run.expect_code(9);
    assert!(run.stderr.contains("PENDING"), "{}", run.all());
    env.run(&["--sandbox", "templates", "wait", "x", "--language", "en_US", "--timeout", "soon"]).expect_code(2);
}

#[test]
fn delete_by_language_asks_and_refuses_disabled() {
    let env = sandbox_env();
    // Not on a terminal and no --yes: refused, nothing deleted.
    env.run(&["--sandbox", "templates", "delete", "order_update", "--language", "es_ES"]).expect_code(2);
    let run =
        env.run(&["--sandbox", "templates", "delete", "order_update", "--language", "es_ES", "--yes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["success"], true);
    let run = env.run(&["--sandbox", "templates", "list", "--name", "order_update", "-o", "json"]);
    let left: Vec<Value> = run.json().as_array().unwrap().clone();
    assert!(left.iter().all(|t| t["language"] != "es_ES"), "{left:?}");
    assert!(left.iter().any(|t| t["language"] == "en_US"), "{left:?}");
    // A DISABLED template cannot be deleted.
    let run = env.run(&["--sandbox", "templates", "delete", "legacy_coupon", "--yes"]);
    run.expect_code(2);
    assert!(run.stderr.contains("DISABLED"), "{}", run.all());
}

#[test]
fn create_reports_bad_files_with_their_place() {
    let env = sandbox_env();
    let broken = "name = \"x\"\nlanguage = \"en_US\"\ncategory = [\n";
    let unknown = NEW_UTILITY.replace("category = \"UTILITY\"", "category = \"NEWSLETTER\"");
    let dir = template_dir(&env, &[("broken.toml", broken), ("unknown.toml", &unknown)]);
    let run = env.run(&["--sandbox", "templates", "create", dir.join("broken.toml").to_str().unwrap()]);
    run.expect_code(8);
    assert!(run.stderr.contains("parse-error") && run.stderr.contains("broken.toml:"), "{}", run.all());
    let run = env.run(&["--sandbox", "templates", "create", dir.join("unknown.toml").to_str().unwrap()]);
    run.expect_code(8);
    assert!(run.stderr.contains("unknown-category"), "{}", run.all());
    let run = env.run(&["--sandbox", "templates", "create", dir.join("missing.toml").to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stderr.contains("no such file"), "{}", run.all());
}
