//! Tables fit the terminal: at 80, 100 and 200 columns no stdout line is wider than
//! `COLUMNS`, and statuses, ratings, verdicts and reasons are shown whole.

use crate::common::TestEnv;

/// Every stdout line fits `columns` (display width, counted in characters).
fn assert_fits(stdout: &str, columns: usize) {
    for line in stdout.lines() {
        let w = line.chars().count();
        assert!(w <= columns, "line of {w} columns exceeds COLUMNS={columns}:\n{line}\n--- whole output ---\n{stdout}");
    }
}

fn at(columns: usize, args: &[&str]) -> String {
    let env = TestEnv::new().env("COLUMNS", &columns.to_string());
    let run = env.run(args);
    assert_fits(&run.stdout, columns);
    run.stdout
}

fn snapshots(name: &str, args: &[&str], whole: &[&str]) {
    for columns in [80, 100, 200] {
        let stdout = at(columns, args);
        for word in whole {
            assert!(stdout.contains(word), "{word:?} cut at {columns} columns:\n{stdout}");
        }
        insta::assert_snapshot!(format!("{name}_{columns}"), stdout);
    }
}

#[test]
fn numbers_list() {
    snapshots(
        "numbers_list",
        &["--sandbox", "numbers", "list"],
        &["QUALITY", "STATUS", "YELLOW", "CONNECTED", "FLAGGED", "AVAILABLE_WITHOUT_REVIEW"],
    );
}

#[test]
fn numbers_health() {
    snapshots(
        "numbers_health",
        &["--sandbox", "numbers", "health"],
        &["VERDICT", "REASON", "CONNECTED", "FLAGGED", "fail", "warn", "(medium)"],
    );
}

#[test]
fn templates_list() {
    snapshots(
        "templates_list",
        &["--sandbox", "templates", "list"],
        &["STATUS", "APPROVED", "DISABLED", "REJECTED", "INVALID_FORMAT", "QUALITY"],
    );
}

#[test]
fn templates_rules() {
    snapshots("templates_rules", &["--sandbox", "templates", "rules"], &["SEVERITY", "parse-error", "warning"]);
}

#[test]
fn no_width_when_piped_without_columns() {
    let env = TestEnv::new();
    let run = env.command(&["--sandbox", "templates", "rules"]).env_remove("COLUMNS").output().expect("run");
    let stdout = String::from_utf8_lossy(&run.stdout);
    // unfitted: each rule is one line
    assert!(stdout.lines().count() > 10 && stdout.lines().all(|l| !l.starts_with(' ')), "{stdout}");
}

#[test]
fn templates_plan() {
    // a pulled account with one edited file, planned with --prune from the directory above it,
    // so the FILE column holds the same relative paths on every machine
    let env = TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0");
    let base = env.data_dir().parent().unwrap().to_path_buf();
    let mut pull = env.std_command(&["--sandbox", "templates", "pull", "pulled"]);
    assert!(pull.current_dir(&base).output().unwrap().status.success());
    let file = base.join("pulled").join("order_update").join("en_US.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("Thank you", "Thanks")).unwrap();
    std::fs::remove_file(base.join("pulled").join("order_update").join("es_ES.toml")).unwrap();
    for columns in [80, 100, 200] {
        let mut cmd = env.std_command(&["--sandbox", "templates", "plan", "pulled", "--prune"]);
        let out = cmd.current_dir(&base).env("COLUMNS", columns.to_string()).output().unwrap();
        assert_eq!(out.status.code(), Some(8));
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_fits(&stdout, columns);
        for word in ["update", "delete", "invalid", "REJECTED", "PAUSED", "→", "1 to delete"] {
            assert!(stdout.contains(word), "{word:?} cut at {columns} columns:\n{stdout}");
        }
        insta::assert_snapshot!(format!("templates_plan_{columns}"), stdout);
    }
}
