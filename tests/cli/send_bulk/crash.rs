//! The crash-safety case: 10,000 recipients, 10 % injected faults, the process SIGKILLed
//! mid-run, then `--resume`. The served sandbox's message table is the ground truth: nobody is in
//! it twice, every accepted row is in it once, every rejected or pending row is absent, and the
//! journal's counts equal the table's.

use super::resume::{journal_matches_table, signal, spawn, wait_accepted};
use super::{file, rows, sandbox_table, status};
use crate::common::TestEnv;
use crate::sandbox::serve;

/// Every kind of fault, 10 % in all (seeded: the same run every time).
const FAULTS: &str = "drop-after=3%,error-500-after=2%,error-500-before=2%,throttle=2%,slow=1%:20ms";

/// `n` distinct US recipients outside the magic block, one column (`to`), for a `--text` job.
fn text_rows(n: usize) -> String {
    let mut out = String::from("to\n");
    for i in 0..n {
        out.push_str(&format!("+1650{:07}\n", 3_000_000 + i));
    }
    out
}

#[test]
#[allow(clippy::print_stderr, reason = "the run's figures, shown with --nocapture")]
fn ten_thousand_recipients_ten_percent_faults_sigkill_then_resume() {
    let server_env = TestEnv::new();
    let served = serve(&server_env, &["--throughput", "unlimited", "--faults", FAULTS, "--faults-seed", "13"]);
    let info = &served.info;
    let env = TestEnv::served_by(info);
    let n = 10_000;
    let list = file(&env, "ten-k.csv", &text_rows(n));
    let list = list.to_str().unwrap();
    let child = spawn(
        &env,
        &["send", "bulk", "--text", "Crash test", "--recipients", list, "--job", "crash", "--rate", "3000", "--yes"],
    );
    wait_accepted(&env, "crash", 2_000);
    signal(&child, "-KILL");
    let _ = child.wait_with_output();
    let before = status(&env, "crash")["counts"].clone();
    assert!(before["pending"].as_u64().unwrap() > 0, "killed mid-run: {before}");

    let run = env.run(&["send", "bulk", "--resume", "crash", "--rate", "3000", "--yes", "-o", "json"]);
    assert!([0, 1, 10].contains(&run.code), "{}", run.all());
    let counts = run.json()["counts"].clone();
    assert_eq!((counts["pending"].as_u64(), counts["in_flight"].as_u64()), (Some(0), Some(0)), "{counts}");
    let uncertain = counts["uncertain"].as_u64().unwrap();
    assert!(uncertain >= before["in_flight"].as_u64().unwrap(), "the rows in flight at the kill: {counts}");
    assert!(uncertain > 0, "drop-after and 500s leave rows uncertain: {counts}");

    let table = sandbox_table(&server_env);
    assert!(table.values().all(|c| *c == 1), "a recipient got two messages");
    let journal = rows(&env, "crash");
    assert_eq!(journal.len(), n, "every recipient is accounted for");
    let uncertain_sent = journal_matches_table(&journal, &table, &counts);
    eprintln!(
        "crash-safety run: {n} recipients, killed at {before}; after --resume {counts}; sandbox table {} \
         ({uncertain_sent} of the uncertain rows were stored)",
        table.len()
    );
    drop(served);
}
