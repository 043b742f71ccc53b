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
