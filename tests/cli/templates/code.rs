//! Templates as code against the sandbox: pull, plan, apply, edit.

use serde_json::Value;

use super::*;

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
    // The seeded REJECTED template fails lint (that is why Meta rejected it): plan shows it as invalid, the rest
    // as unchanged, with their account status.
    let run = env.run(&["--sandbox", "templates", "plan", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(8);
    let plan = run.json();
    let invalid: Vec<&Value> =
        plan["actions"].as_array().unwrap().iter().filter(|a| a["action"] != "unchanged").collect();
    assert_eq!(invalid.len(), 1, "{plan}");
    assert_eq!((&invalid[0]["action"], &invalid[0]["status"]), (&"invalid".into(), &"REJECTED".into()));
    // Without that file the directory is a fixed point: the template left on the account is remote-only, not drift.
    std::fs::remove_dir_all(dir.join("seasonal_promotion")).unwrap();
    let run = env.run(&["--sandbox", "templates", "plan", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["counts"]["remote_only"], 1, "{}", run.all());
    assert_eq!(run.json()["in_sync"], true);
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
    // The seeded templates have no files: reported, but apply has nothing to do, so plan exits 0 …
    let run = env.run(&["--sandbox", "templates", "plan", d]);
    run.expect_code(0);
    assert!(run.stdout.contains("remote-only"), "{}", run.all());
    // … until it plans a prune.
    let run = env.run(&["--sandbox", "templates", "plan", d, "--prune"]);
    run.expect_code(8);
    assert!(run.stdout.contains("delete"), "{}", run.all());
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
        assert_eq!(action["action"], "blocked", "{action}");
        assert!(action["detail"].as_str().unwrap().starts_with("name-recently-deleted"), "{action}");
    }
}

#[test]
fn pull_writes_a_300_character_name_under_a_short_stable_path() {
    let env = sandbox_env();
    let name = format!("{}_end", "long_name".repeat(33));
    assert!(name.len() >= 300);
    let text = format!(
        "name = \"{name}\"\nlanguage = \"en_US\"\ncategory = \"UTILITY\"\n\n[[components]]\ntype = \"BODY\"\ntext = \"Your parcel {{{{1}}}} is ready for pickup at the front desk today.\"\nexample = {{ body_text = [[\"A-1\"]] }}\n"
    );
    let dir = template_dir(&env, &[("long.toml", &text)]);
    let file = dir.join("long.toml");
    env.run(&["--sandbox", "templates", "create", file.to_str().unwrap()]).expect_code(0);
    let out = env.data_dir().parent().unwrap().join("pulled");
    let run = env.run(&["--sandbox", "templates", "pull", out.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    let pulled = run.json();
    let row = pulled.as_array().unwrap().iter().find(|p| p["name"] == name.as_str()).expect("pulled the long name");
    let path = std::path::PathBuf::from(row["file"].as_str().unwrap());
    for part in path.strip_prefix(&out).unwrap().components() {
        assert!(part.as_os_str().len() < 200, "{}", path.display());
    }
    // The file keeps the full name, and a second pull finds the same path unchanged.
    assert!(std::fs::read_to_string(&path).unwrap().contains(&format!("name = \"{name}\"")));
    let again = env.run(&["--sandbox", "templates", "pull", out.to_str().unwrap(), "-o", "json"]).json();
    let row2 = again.as_array().unwrap().iter().find(|p| p["name"] == name.as_str()).unwrap();
    assert_eq!(row2["file"], row["file"]);
    assert_eq!(row2["written"], false);
}
