//! Ctrl-C and SIGKILL mid-job, then `--resume`: the sandbox's message table is the ground truth.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use super::{csv_rows, file, rows, sandbox_table, status};
use crate::common::TestEnv;
use crate::sandbox::serve;

pub(super) fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    env.std_command(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("spawn")
}

/// Wait until the job has at least `n` accepted rows (at most 60 s).
pub(super) fn wait_accepted(env: &TestEnv, job: &str, n: u64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let run = env.run(&["send", "status", job, "-o", "json"]);
        if run.code == 0 && run.json()["counts"]["accepted"].as_u64().unwrap_or(0) >= n {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("job {job} never reached {n} accepted rows");
}

/// Every accepted row is in the sandbox's table and no other row is, except uncertain ones, and
/// the table holds exactly the accepted rows plus the uncertain ones it stored (returned).
pub(super) fn journal_matches_table(
    journal: &[(String, String, String)],
    table: &std::collections::HashMap<String, u64>,
    counts: &serde_json::Value,
) -> u64 {
    let mut uncertain_sent = 0;
    for (to, state, _) in journal {
        let in_table = table.contains_key(to.trim_start_matches('+'));
        match state.as_str() {
            "accepted" => assert!(in_table, "{to} accepted but not in the sandbox"),
            "uncertain" => uncertain_sent += u64::from(in_table),
            other => assert!(!in_table, "{to} is {other} but was sent"),
        }
    }
    let accepted = counts["accepted"].as_u64().unwrap();
    assert_eq!(table.len() as u64, accepted + uncertain_sent, "the journal's counts equal the sandbox's");
    uncertain_sent
}

pub(super) fn signal(child: &Child, sig: &str) {
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args([sig, &pid]).status().unwrap().success());
}

#[test]
fn ctrl_c_finishes_in_flight_requests_and_exits_130() {
    let env = TestEnv::new();
    let list = file(&env, "c.csv", &csv_rows(60));
    let args = ["--sandbox", "send", "bulk", "--template", "order_update", "--language", "en_US", "--recipients"];
    let child = spawn(&env, &[&args[..], &[list.to_str().unwrap(), "--job", "intr", "--rate", "20", "--yes"]].concat());
    wait_accepted(&env, "intr", 5);
    signal(&child, "-INT");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("--resume intr"), "{stderr}");
    let counts = status(&env, "intr")["counts"].clone();
    assert_eq!(counts["in_flight"], 0, "a consistent journal: {counts}");
    assert_eq!(counts["uncertain"], 0, "in-flight requests were finished: {counts}");
    let accepted = counts["accepted"].as_u64().unwrap();
    assert!((5..60).contains(&accepted), "{counts}");
    assert_eq!(accepted + counts["pending"].as_u64().unwrap(), 60);
    assert_eq!(sandbox_table(&env).len() as u64, accepted, "the journal agrees with the sandbox");

    let run = env.run(&["--sandbox", "send", "bulk", "--resume", "intr", "--rate", "1000", "--yes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["counts"]["accepted"], 60);
    let table = sandbox_table(&env);
    assert_eq!(table.len(), 60);
    assert!(table.values().all(|n| *n == 1), "nobody got two messages");
}

#[test]
fn resume_after_sigkill_loses_nothing_and_doubles_nothing() {
    let server_env = TestEnv::new();
    let served = serve(&server_env, &[]);
    let info = &served.info;
    let env = TestEnv::served_by(info);
    let n = 1500;
    let list = file(&env, "c.csv", &csv_rows(n));
    let args = ["send", "bulk", "--template", "order_update", "--language", "en_US", "--recipients"];
    let child =
        spawn(&env, &[&args[..], &[list.to_str().unwrap(), "--job", "killed", "--rate", "500", "--yes"]].concat());
    wait_accepted(&env, "killed", 200);
    signal(&child, "-KILL");
    let _ = child.wait_with_output();
    let before = status(&env, "killed")["counts"].clone();
    assert!(before["pending"].as_u64().unwrap() > 0, "killed mid-run: {before}");

    let run = env.run(&["send", "bulk", "--resume", "killed", "--rate", "2000", "--yes", "-o", "json"]);
    assert!(run.code == 0 || run.code == 10, "{}", run.all());
    let in_flight = before["in_flight"].as_u64().unwrap();
    if in_flight > 0 {
        assert!(run.stderr.contains(&format!("{in_flight} rows were in flight")), "{}", run.all());
    }
    let counts = run.json()["counts"].clone();
    assert_eq!((counts["pending"].as_u64(), counts["in_flight"].as_u64()), (Some(0), Some(0)), "{counts}");
    assert_eq!(counts["uncertain"].as_u64(), Some(in_flight), "exactly the rows in flight at the kill: {counts}");

    // Ground truth: every recipient is in the sandbox's table at most once; accepted ones exactly
    // once; nothing is there that the journal does not account for.
    let table = sandbox_table(&server_env);
    assert!(table.values().all(|c| *c == 1), "a recipient got two messages");
    let journal = rows(&env, "killed");
    assert_eq!(journal.len(), n);
    journal_matches_table(&journal, &table, &counts);
    drop(served);
}
