//! `waba templates` through the real binary.

use std::path::PathBuf;

use serde_json::Value;

use crate::common::TestEnv;

fn examples() -> String {
    format!("{}/examples/templates", env!("CARGO_MANIFEST_DIR"))
}

/// A directory of template files inside the environment's temp dir.
fn template_dir(env: &TestEnv, files: &[(&str, &str)]) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("templates");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

const BAD: &str = r#"name = "Order_Update"
language = "en-US"
category = "UTILITY"

[[components]]
type = "BODY"
text = "{{1}} your order has shipped."
"#;

const PROMOTIONAL_UTILITY: &str = r#"{
  "name": "order_shipped",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {"type": "BODY", "text": "Your order {{1}} has shipped. Buy now and get 50% off with our exclusive sale offer!", "example": {"body_text": [["A-1001"]]}}
  ]
}
"#;

#[test]
fn the_examples_lint_clean() {
    let run = TestEnv::new().run(&["templates", "lint", &examples()]);
    run.expect_code(0);
    assert!(run.stdout.contains("0 errors") || run.stderr.contains("0 errors"), "{}", run.all());
    let run = TestEnv::new().run(&["templates", "lint", &examples(), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["errors"], 0, "{v}");
    assert!(v["files_checked"].as_u64().unwrap() >= 8, "{v}");
}

#[test]
fn a_bad_template_fails_with_one_diagnostic_per_rule() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let dir = dir.to_str().unwrap();
    let run = env.run(&["templates", "lint", dir]);
    run.expect_code(8);
    assert!(run.stdout.contains("error[name-format]"), "{}", run.all());

    let run = env.run(&["templates", "lint", dir, "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    let diags = v["diagnostics"].as_array().unwrap();
    let rules: Vec<_> = diags.iter().map(|d| d["rule"].as_str().unwrap()).collect();
    for rule in ["name-format", "unknown-language", "dangling-variable", "missing-example"] {
        assert!(rules.contains(&rule), "no {rule}: {rules:?}");
    }
    for d in diags {
        for key in ["file", "pointer", "line", "message", "fix"] {
            assert!(d.get(key).is_some_and(|x| !x.is_null()), "diagnostic without `{key}`: {d}");
        }
        assert!(d["file"].as_str().unwrap().ends_with("bad.toml"), "{d}");
        assert!(d["line"].as_u64().unwrap() >= 1, "{d}");
        assert!(!d["fix"].as_str().unwrap().is_empty(), "{d}");
    }
    let by_rule = |r: &str| diags.iter().find(|d| d["rule"] == r).unwrap();
    assert_eq!(by_rule("name-format")["pointer"], "/name");
    assert_eq!(by_rule("name-format")["line"], 1);
    assert_eq!(by_rule("unknown-language")["pointer"], "/language");
    assert_eq!(by_rule("unknown-language")["line"], 2);
    assert_eq!(v["errors"], diags.iter().filter(|d| d["severity"] == "error").count());
}

#[test]
fn warnings_pass_unless_denied() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let dir = dir.to_str().unwrap();
    let run = env.run(&["templates", "lint", dir, "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["errors"], 0, "{v}");
    assert_eq!(v["warnings"], 1, "{v}");
    assert_eq!(v["diagnostics"][0]["rule"], "promotional-utility");
    assert_eq!(v["diagnostics"][0]["severity"], "warning");

    let run = env.run(&["templates", "lint", dir, "--deny-warnings"]);
    run.expect_code(8);
    assert!(run.stderr.contains("warning"), "{}", run.all());
}

#[test]
fn deny_warnings_json_error_names_warnings() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let run = env.run(&["templates", "lint", dir.to_str().unwrap(), "--deny-warnings", "-o", "json"]);
    run.expect_code(8);
    let err: Value = serde_json::from_str(run.stderr.trim()).expect("one JSON object on stderr");
    assert!(err["error"]["message"].as_str().unwrap().contains("warning"), "{err}");
}

#[test]
fn malformed_toml_and_missing_paths() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("broken.toml", "name = \"x\"\nlanguage = \"en_US\ncategory = \"UTILITY\"\n")]);
    let run = env.run(&["templates", "lint", dir.join("broken.toml").to_str().unwrap(), "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "parse-error", "{v}");
    assert_eq!(d["line"], 2, "{v}");

    let missing = env.data_dir().join("no-such-templates");
    let run = env.run(&["templates", "lint", missing.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-templates"), "{}", run.all());
}

#[test]
fn rules_list_ids_and_severities() {
    let run = TestEnv::new().run(&["templates", "rules", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let rules = v.as_array().unwrap();
    let find = |id: &str| rules.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("no rule {id}: {v}"));
    assert_eq!(find("name-format")["severity"], "error");
    assert_eq!(find("body-too-long")["severity"], "error");
    assert_eq!(find("promotional-utility")["severity"], "warning");
    assert!(rules.iter().all(|r| r["severity"] == "error" || r["severity"] == "warning"), "{v}");
}

#[test]
fn lint_csv_output() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let run = env.run(&["templates", "lint", dir.to_str().unwrap(), "-o", "csv"]);
    run.expect_code(8);
    let mut lines = run.stdout.lines();
    assert_eq!(lines.next(), Some("file,line,pointer,severity,rule,message,fix"));
    let mut rdr = csv::Reader::from_reader(run.stdout.as_bytes());
    let rows: Vec<_> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 4, "{}", run.stdout);
    assert!(rows.iter().any(|r| &r[4] == "name-format" && &r[2] == "/name" && &r[1] == "1"), "{}", run.stdout);
}

// ---- against the sandbox: list, show, create, wait, delete ----

const NEW_UTILITY: &str = r#"name = "parcel_ready"
language = "en_GB"
category = "UTILITY"

[[components]]
type = "BODY"
text = "Hello, your parcel {{1}} is ready for collection at the front desk."
example = { body_text = [["P-4471"]] }
"#;

/// A sandbox whose review decides at once.
fn sandbox_env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0")
}

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
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "-o", "toml"]);
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
    // The same name and language again is refused by the API.
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap()]);
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("parcel_ready"), "{}", run.all());
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

// ---- templates as code: pull, plan, apply, edit ----

fn copy_examples(env: &TestEnv) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("mine");
    for entry in std::fs::read_dir(examples()).unwrap() {
        let entry = entry.unwrap();
        let to = dir.join(entry.file_name());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(entry.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
        }
    }
    // The seeded account already has an order_update; keep the examples' own names only.
    std::fs::remove_dir_all(dir.join("order_update")).unwrap();
    dir
}

#[test]
fn pull_twice_changes_nothing_and_plan_is_in_sync() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    let run = env.run(&["--sandbox", "templates", "pull", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    let first = run.json();
    assert!(first.as_array().unwrap().iter().all(|p| p["written"] == true), "{first}");
    assert!(dir.join("order_update").join("en_US.toml").is_file());
    let run = env.run(&["--sandbox", "templates", "pull", dir.to_str().unwrap(), "-o", "json"]);
    assert!(run.json().as_array().unwrap().iter().all(|p| p["written"] == false), "{}", run.all());
    let run = env.run(&["--sandbox", "templates", "plan", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    assert!(run.json()["actions"].as_array().unwrap().iter().all(|a| a["kind"] == "unchanged"), "{}", run.all());
}

#[test]
fn apply_twice_makes_no_change_the_second_time() {
    let env = sandbox_env();
    let dir = copy_examples(&env);
    let d = dir.to_str().unwrap();
    // Not on a terminal: --yes is required.
    env.run(&["--sandbox", "templates", "apply", d]).expect_code(2);
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "-o", "json"]);
    run.expect_code(0);
    let done = run.json();
    assert_eq!(done.as_array().unwrap().len(), 7, "{done}");
    assert!(done.as_array().unwrap().iter().all(|o| o["result"] == "done" && o["action"] == "create"), "{done}");
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json(), serde_json::json!([]));
    // The seeded templates have no files: drift, so plan exits 8 until --prune.
    let run = env.run(&["--sandbox", "templates", "plan", d]);
    run.expect_code(8);
    assert!(run.stdout.contains("remote-only"), "{}", run.all());
    // Pruning deletes what it can; the DISABLED template is blocked, not failed.
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "--prune", "-o", "json"]);
    run.expect_code(8);
    let outcomes = run.json();
    let blocked: Vec<&Value> = outcomes.as_array().unwrap().iter().filter(|o| o["result"] == "blocked").collect();
    assert_eq!(blocked.len(), 1, "{outcomes}");
    assert_eq!(blocked[0]["name"], "legacy_coupon");
}

#[test]
fn apply_lints_first() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let run = env.run(&["--sandbox", "templates", "apply", dir.to_str().unwrap(), "--yes"]);
    run.expect_code(8);
    assert!(run.stderr.contains("nothing was sent"), "{}", run.all());
    env.run(&["--sandbox", "templates", "plan", "/no/such/dir"]).expect_code(2);
}

#[test]
fn edit_follows_meta_rules() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    env.run(&["--sandbox", "templates", "pull", dir.to_str().unwrap()]).expect_code(0);
    let file = dir.join("order_update").join("en_US.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    // Unchanged: nothing to do.
    env.run(&["--sandbox", "templates", "edit", file.to_str().unwrap()]).expect_code(0);
    // A new category for an approved template is refused before anything is sent.
    std::fs::write(&file, original.replace("category = \"UTILITY\"", "category = \"MARKETING\"")).unwrap();
    let run = env.run(&["--sandbox", "templates", "edit", file.to_str().unwrap()]);
    run.expect_code(1);
    assert!(run.stderr.contains("category"), "{}", run.all());
    // A changed body is accepted once; a second edit within 24 hours is refused by the API.
    let changed = original.replace("Thank you", "Thanks");
    assert_ne!(changed, original, "the seeded body changed; update this test");
    std::fs::write(&file, &changed).unwrap();
    let run = env.run(&["--sandbox", "templates", "edit", file.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["success"], true);
    env.run(&["--sandbox", "templates", "wait", "order_update", "--language", "en_US", "--timeout", "20s"])
        .expect_code(0);
    std::fs::write(&file, changed.replace("Thanks", "Many thanks")).unwrap();
    let run = env.run(&["--sandbox", "templates", "edit", file.to_str().unwrap()]);
    run.expect_code(1);
    assert!(run.stderr.contains("24 hours"), "{}", run.all());
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

#[test]
fn plan_remembers_deleted_names_and_edits_made_through_waba() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    env.run(&["--sandbox", "templates", "pull", dir.to_str().unwrap()]).expect_code(0);
    // Delete an approved template: its name is blocked for 30 days, and plan says so.
    env.run(&["--sandbox", "templates", "delete", "order_update", "--yes"]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "plan", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(8);
    let plan = run.json();
    let blocked: Vec<&Value> =
        plan["actions"].as_array().unwrap().iter().filter(|a| a["name"] == "order_update").collect();
    assert!(!blocked.is_empty(), "{plan}");
    for action in blocked {
        assert_eq!(action["kind"], "blocked", "{action}");
        assert!(action["reason"].as_str().unwrap().starts_with("name-recently-deleted"), "{action}");
    }
}
