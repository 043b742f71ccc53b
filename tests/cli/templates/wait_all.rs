//! `templates wait --all`, `apply --wait` and `create --wait`: one row per template submitted.

use serde_json::Value;

use super::*;

fn by_name<'a>(rows: &'a Value, name: &str) -> &'a Value {
    rows.as_array().unwrap().iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no {name} in {rows}"))
}

#[test]
fn apply_wait_reports_each_review_and_exits_8_on_a_rejection() {
    let env = sandbox_env();
    // The sandbox rejects a UTILITY template with promotional wording (INCORRECT_CATEGORY).
    let dir = template_dir(&env, &[("parcel.toml", NEW_UTILITY), ("promo.json", PROMOTIONAL_UTILITY)]);
    let d = dir.to_str().unwrap();
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "--wait", "--timeout", "20s", "-o", "json"]);
    run.expect_code(8);
    let doc = run.json();
    assert_eq!(doc["applied"].as_array().unwrap().len(), 2, "{doc}");
    let review = &doc["review"];
    assert_eq!(review.as_array().unwrap().len(), 2, "{doc}");
    let ok = by_name(review, "parcel_ready");
    assert_eq!((&ok["status"], &ok["language"], &ok["detail"]), (&"APPROVED".into(), &"en_GB".into(), &Value::Null));
    assert!(ok["id"].is_string() && ok["elapsed_seconds"].is_u64(), "{ok}");
    let bad = by_name(review, "order_shipped");
    assert_eq!(bad["status"], "REJECTED", "{doc}");
    assert!(bad["detail"].as_str().unwrap().contains("INCORRECT_CATEGORY"), "{doc}");
    assert!(run.stderr.contains("order_shipped (en_US)"), "the hint says which: {}", run.all());
    assert!(run.stderr.contains("is REJECTED: INCORRECT_CATEGORY"), "and why: {}", run.all());

    // `wait --all` waits for what the last apply submitted, decided or not: the same verdict.
    let run = env.run(&["--sandbox", "templates", "wait", "--all", "-o", "json"]);
    run.expect_code(8);
    let rows = run.json();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{rows}");
    assert_eq!(by_name(&rows, "order_shipped")["status"], "REJECTED");
    // The table: one row per template after the apply results.
    let run = env.run(&["--sandbox", "templates", "wait", "--all"]);
    run.expect_code(8);
    for word in ["parcel_ready", "APPROVED", "order_shipped", "REJECTED", "ELAPSED"] {
        assert!(run.stdout.contains(word), "{word}: {}", run.all());
    }
    // -o csv holds one table: refused before anything is changed.
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "--wait", "-o", "csv"]);
    run.expect_code(2);
    assert!(run.stderr.contains("-o csv"), "{}", run.all());
}

#[test]
fn create_wait_and_apply_wait_exit_0_when_all_are_approved() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("parcel.toml", NEW_UTILITY)]);
    let file = dir.join("parcel.toml");
    let run = env.run(&["--sandbox", "templates", "create", file.to_str().unwrap(), "--wait"]);
    run.expect_code(0);
    assert!(run.stdout.contains("created") && run.stdout.contains("APPROVED"), "{}", run.all());
    let run = env.run(&["--sandbox", "templates", "wait", "--all", "-o", "ndjson"]);
    run.expect_code(0);
    let rows: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1, "{}", run.all());
    assert_eq!(rows[0]["name"], "parcel_ready");
    // apply: nothing to change, nothing to wait for.
    let run = env.run(&["--sandbox", "templates", "apply", dir.to_str().unwrap(), "--yes", "--wait", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json(), serde_json::json!({"applied": [], "review": []}));
    // --timeout belongs to --wait
    env.run(&["--sandbox", "templates", "apply", dir.to_str().unwrap(), "--yes", "--timeout", "1m"]).expect_code(2);
}

#[test]
fn wait_all_times_out_with_exit_9_and_prints_the_last_state() {
    let env = TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "3600000");
    let dir = template_dir(&env, &[("parcel.toml", NEW_UTILITY)]);
    env.run(&["--sandbox", "templates", "apply", dir.to_str().unwrap(), "--yes"]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", "--all", "--timeout", "0s", "-o", "json"]);
    run.expect_code(9);
    let rows = run.json();
    let row = by_name(&rows, "parcel_ready");
    assert_eq!(row["status"], "PENDING", "{rows}");
    assert!(row["detail"].as_str().unwrap().contains("still in review"), "{rows}");
    assert!(run.stderr.contains("--timeout"), "{}", run.all());
    // a name and --all are one or the other
    env.run(&["--sandbox", "templates", "wait", "parcel_ready", "--all"]).expect_code(2);
    env.run(&["--sandbox", "templates", "wait"]).expect_code(2);
}
