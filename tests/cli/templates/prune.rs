//! `templates plan` / `apply --prune` never delete what their input does not name.

use serde_json::Value;

use super::*;

/// The names on the sandbox account, sorted.
fn names_on_account(env: &TestEnv) -> Vec<String> {
    let run = env.run(&["--sandbox", "templates", "list", "-o", "json"]);
    run.expect_code(0);
    let mut names: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] != "DELETED" && t["status"] != "PENDING_DELETION")
        .map(|t| format!("{}/{}", t["name"].as_str().unwrap(), t["language"].as_str().unwrap()))
        .collect();
    names.sort();
    names
}

#[test]
fn an_empty_or_mistyped_directory_deletes_nothing() {
    let env = sandbox_env();
    let before = names_on_account(&env);
    assert!(before.len() >= 5, "{before:?}");
    let empty = template_dir(&env, &[("README.md", "not a template")]);
    let e = empty.to_str().unwrap();
    for args in [
        vec!["templates", "apply", e, "--prune", "--yes", "--allow-mass-delete"],
        vec!["templates", "apply", e, "--yes"],
        vec!["templates", "plan", e, "--prune"],
        vec!["templates", "plan", e],
    ] {
        let mut full = vec!["--sandbox"];
        full.extend(args);
        let run = env.run(&full);
        run.expect_code(2);
        assert!(run.stderr.contains("no template files in this directory"), "{}", run.all());
        assert!(run.stderr.contains("*.toml or *.json"), "the message says what files were expected: {}", run.all());
    }
    let typo = format!("{e}-typo");
    let run = env.run(&["--sandbox", "templates", "apply", &typo, "--prune", "--yes"]);
    run.expect_code(2);
    assert!(run.stderr.contains("not a directory"), "{}", run.all());
    assert_eq!(names_on_account(&env), before, "nothing was deleted");
}

#[test]
fn lint_fails_when_it_checked_nothing() {
    let env = sandbox_env();
    let empty = template_dir(&env, &[]);
    let run = env.run(&["templates", "lint", empty.to_str().unwrap()]);
    assert_ne!(run.code, 0, "a wrong path must not pass a CI gate: {}", run.all());
    assert!(run.stderr.contains("no template files"), "{}", run.all());
}

#[test]
fn plan_prune_previews_exactly_what_apply_prune_does() {
    let env = sandbox_env();
    let dir = copy_examples(&env);
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "apply", d, "--yes"]).expect_code(0);
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);

    let run = env.run(&["--sandbox", "templates", "plan", d, "--prune", "-o", "json"]);
    run.expect_code(8);
    let plan = run.json();
    let pending: Vec<(String, String, String)> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] != "unchanged")
        .map(|a| {
            (
                a["action"].as_str().unwrap().into(),
                a["name"].as_str().unwrap().into(),
                a["language"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(plan["counts"]["delete"], 4, "{plan}");
    assert_eq!(plan["counts"]["blocked"], 1, "the DISABLED template cannot be deleted: {plan}");

    let table = env.run(&["--sandbox", "templates", "plan", d, "--prune"]);
    assert!(table.stdout.contains("4 to delete"), "{}", table.all());
    assert!(table.stdout.lines().filter(|l| l.starts_with("delete ")).count() == 4, "{}", table.all());

    let run = env.run(&["--sandbox", "templates", "apply", d, "--prune", "--yes", "-o", "json"]);
    run.expect_code(8);
    let done: Vec<(String, String, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["action"].as_str().unwrap().into(),
                o["name"].as_str().unwrap().into(),
                o["language"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(done, pending, "apply --prune did what plan --prune showed");
    let outcomes = run.json();
    let deleted: Vec<&Value> = outcomes.as_array().unwrap().iter().filter(|o| o["action"] == "delete").collect();
    assert!(deleted.iter().all(|o| o["result"] == "done"), "{outcomes}");
    assert!(run.stderr.contains("4 deleted"), "{}", run.all());
    // and now the plan is a fixed point again, pruning or not
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);
}

#[test]
fn mass_deletion_needs_its_own_flag() {
    let env = sandbox_env();
    let before = names_on_account(&env);
    // one of the seeded templates in a directory: pruning would delete the rest (more than half)
    let pulled = env.data_dir().parent().unwrap().join("pulled");
    env.run(&["--sandbox", "templates", "pull", pulled.to_str().unwrap()]).expect_code(0);
    let keep = pulled.join("order_update").join("en_US.toml");
    let dir = template_dir(&env, &[("order_update.toml", &std::fs::read_to_string(keep).unwrap())]);
    let d = dir.to_str().unwrap();

    let run = env.run(&["--sandbox", "templates", "apply", d, "--prune", "--yes"]);
    run.expect_code(2);
    assert!(run.stderr.contains("more than half"), "{}", run.all());
    assert!(run.stderr.contains("--allow-mass-delete"), "{}", run.all());
    assert_eq!(names_on_account(&env), before, "nothing was deleted");
    let plan = env.run(&["--sandbox", "templates", "plan", d, "--prune"]);
    assert!(plan.stderr.contains("--allow-mass-delete"), "plan warns too: {}", plan.all());

    let run = env.run(&["--sandbox", "templates", "apply", d, "--prune", "--yes", "--allow-mass-delete"]);
    run.expect_code(8); // the DISABLED template is blocked
    let after = names_on_account(&env);
    assert!(after.contains(&"order_update/en_US".to_string()), "{after:?}");
    assert!(after.len() < before.len());
    // the flag only means something with --prune
    env.run(&["--sandbox", "templates", "apply", d, "--yes", "--allow-mass-delete"]).expect_code(2);
}

#[test]
fn plan_shows_invalid_files_and_old_to_new_values() {
    let env = sandbox_env();
    let pulled = env.data_dir().parent().unwrap().join("pulled");
    env.run(&["--sandbox", "templates", "pull", pulled.to_str().unwrap()]).expect_code(0);
    std::fs::remove_dir_all(pulled.join("seasonal_promotion")).unwrap();
    let file = pulled.join("order_update").join("en_US.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, original.replace("Thank you", "Thanks")).unwrap();
    std::fs::write(pulled.join("bad.toml"), BAD).unwrap();
    let p = pulled.to_str().unwrap();

    let run = env.run(&["--sandbox", "templates", "plan", p, "-o", "json"]);
    run.expect_code(8);
    let plan = run.json();
    let find = |name: &str| plan["actions"].as_array().unwrap().iter().find(|a| a["name"] == name).cloned().unwrap();
    let update = find("order_update");
    assert_eq!(update["action"], "update", "{plan}");
    let change = &update["changes"][0];
    assert!(change["old"].as_str().unwrap().contains("Thank you"), "{change}");
    assert!(change["new"].as_str().unwrap().contains("Thanks"), "{change}");
    let bad = find("Order_Update");
    assert_eq!(bad["action"], "invalid", "a file apply would refuse is not a create: {bad}");

    let table = env.run(&["--sandbox", "templates", "plan", p]);
    assert!(table.stdout.contains("→"), "{}", table.all());
    assert!(table.stdout.contains("1 to update"), "{}", table.all());
    assert!(table.stdout.contains("1 invalid"), "{}", table.all());

    let ndjson = env.run(&["--sandbox", "templates", "plan", p, "-o", "ndjson"]);
    let rows: Vec<Value> = ndjson.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), plan["actions"].as_array().unwrap().len());
    assert!(rows.iter().all(|r| r.get("action").is_some()));
}

#[test]
fn apply_prints_lint_warnings_and_can_deny_them() {
    let env = sandbox_env();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let d = dir.to_str().unwrap();
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "--deny-warnings"]);
    run.expect_code(8);
    assert!(run.stderr.contains("nothing was sent"), "{}", run.all());
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(8); // still to create: nothing was sent
    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes"]);
    assert!(run.stderr.contains("warning"), "warnings are shown: {}", run.all());
}
