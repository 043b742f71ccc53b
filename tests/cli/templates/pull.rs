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
