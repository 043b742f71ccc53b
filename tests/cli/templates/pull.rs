//! `templates pull` never overwrites local edits, and reports files the account no longer has.

use super::*;

#[test]
fn pull_refuses_to_clobber_local_edits_unless_forced() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(0);
    let file = dir.join("order_update").join("en_US.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let edited = original.replace("Thank you", "Thanks");
    assert_ne!(edited, original);
    std::fs::write(&file, &edited).unwrap();
    // the sibling file is removed, so a refused pull must not write it either
    let sibling = dir.join("order_update").join("es_ES.toml");
    std::fs::remove_file(&sibling).unwrap();

    let run = env.run(&["--sandbox", "templates", "pull", d]);
    run.expect_code(2);
    assert!(run.stderr.contains("order_update/en_US.toml"), "names the file: {}", run.all());
    assert!(run.stderr.contains("--force"), "{}", run.all());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), edited, "the local edit survives");
    assert!(!sibling.exists(), "nothing was written");

    let run = env.run(&["--sandbox", "templates", "pull", d, "--force", "-o", "json"]);
    run.expect_code(0);
    let rows = run.json();
    let result_of = |name: &str, lang: &str| {
        rows.as_array().unwrap().iter().find(|r| r["name"] == name && r["language"] == lang).unwrap()["result"].clone()
    };
    assert_eq!(result_of("order_update", "en_US"), "overwritten");
    assert_eq!(result_of("order_update", "es_ES"), "written");
    assert_eq!(result_of("delivery_reminder", "en_US"), "unchanged");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
}

#[test]
fn pull_reports_stale_files_and_prune_removes_them() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(0);
    let stale = dir.join("parcel_ready.toml");
    std::fs::write(&stale, NEW_UTILITY).unwrap();

    let run = env.run(&["--sandbox", "templates", "pull", d, "-o", "json"]);
    run.expect_code(0);
    let row = run.json().as_array().unwrap().iter().find(|r| r["name"] == "parcel_ready").cloned().unwrap();
    assert_eq!(row["result"], "stale", "{row}");
    assert!(run.stderr.contains("--prune"), "{}", run.all());
    assert!(stale.exists());

    // not on a terminal: removing needs --yes
    env.run(&["--sandbox", "templates", "pull", d, "--prune"]).expect_code(2);
    assert!(stale.exists());
    let run = env.run(&["--sandbox", "templates", "pull", d, "--prune", "--yes"]);
    run.expect_code(0);
    assert!(run.stdout.contains("removed"), "{}", run.all());
    assert!(!stale.exists());
    assert!(dir.join("order_update").join("en_US.toml").exists(), "live templates' files stay");
}

#[test]
fn pull_finds_a_template_under_another_path_by_name_and_language() {
    let env = sandbox_env();
    let dir = env.data_dir().parent().unwrap().join("pulled");
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(0);
    // order_update (en_US) moves to a path of its own choosing; es_ES becomes JSON, written differently
    let default = dir.join("order_update").join("en_US.toml");
    let moved = dir.join("mine.toml");
    std::fs::rename(&default, &moved).unwrap();
    let es = dir.join("order_update").join("es_ES.toml");
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "es_ES", "--as-file", "json"]);
    run.expect_code(0);
    let es_json = dir.join("spanish.json");
    std::fs::write(&es_json, run.stdout.replace("\n", "\n\n")).unwrap();
    std::fs::remove_file(&es).unwrap();

    let run = env.run(&["--sandbox", "templates", "pull", d, "-o", "json"]);
    run.expect_code(0);
    let rows = run.json();
    let row = |lang: &str| {
        rows.as_array().unwrap().iter().find(|r| r["name"] == "order_update" && r["language"] == lang).unwrap().clone()
    };
    assert_eq!(row("en_US")["file"], moved.to_str().unwrap(), "{rows}");
    assert_eq!(row("en_US")["result"], "unchanged", "{rows}");
    assert_eq!(row("es_ES")["file"], es_json.to_str().unwrap(), "{rows}");
    assert_eq!(row("es_ES")["result"], "unchanged", "same content written differently: {rows}");
    assert!(!default.exists() && !es.exists(), "no second file for the same template");
    assert!(rows.as_array().unwrap().iter().all(|r| r["result"] != "stale"), "{rows}");
    run_plan_in_sync(&env, &dir);

    // A local edit there is protected like anywhere else, and --force rewrites it in place, in its format.
    let edited = std::fs::read_to_string(&moved).unwrap().replace("Thank you", "Thanks");
    std::fs::write(&moved, &edited).unwrap();
    let run = env.run(&["--sandbox", "templates", "pull", d]);
    run.expect_code(2);
    assert!(run.stderr.contains("mine.toml"), "{}", run.all());
    env.run(&["--sandbox", "templates", "pull", d, "--force"]).expect_code(0);
    assert!(std::fs::read_to_string(&moved).unwrap().contains("Thank you"));
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&es_json).unwrap()).unwrap();
    assert_eq!(json["language"], "es_ES", "still JSON");
    assert!(!default.exists() && !es.exists());
}

/// `plan` finds no drift (the seeded REJECTED template's file aside, which fails lint) and no duplicate.
fn run_plan_in_sync(env: &crate::common::TestEnv, dir: &std::path::Path) {
    std::fs::remove_dir_all(dir.join("seasonal_promotion")).unwrap();
    let run = env.run(&["--sandbox", "templates", "plan", dir.to_str().unwrap()]);
    run.expect_code(0);
    assert!(!run.stdout.contains("duplicate"), "{}", run.all());
}
