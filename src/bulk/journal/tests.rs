//! The journal's states across a crash.

use super::*;

fn outcome(line: u64, state: &'static str, code: Option<i64>) -> Outcome {
    Outcome { line, state, wamid: Some(format!("wamid.{line}")), error_code: code, error_message: None, attempts: 1 }
}

#[test]
fn claim_record_recover() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jobs/j.db");
    let mut j = Journal::create(&path).unwrap();
    assert!(Journal::create(&path).is_err(), "a job is never overwritten");
    j.begin().unwrap();
    for line in 2..12 {
        j.insert(line, "+16505551234", "16505551234", "{}").unwrap();
    }
    j.commit().unwrap();
    let first = j.claim(&[], 4).unwrap();
    assert_eq!(first.iter().map(|c| c.line).collect::<Vec<_>>(), [2, 3, 4, 5]);
    let second = j.claim(&[outcome(2, "accepted", None), outcome(3, "rejected", Some(130429))], 3).unwrap();
    assert_eq!(second[0].line, 6);
    j.record(&[outcome(4, "rejected", Some(131026)), outcome(5, "uncertain", Some(131000))]).unwrap();
    let c = j.counts().unwrap();
    assert_eq!((c["pending"], c["in_flight"], c["accepted"], c["rejected"], c["uncertain"]), (3, 3, 1, 2, 1));
    drop(j);
    // After a crash: in-flight rows are uncertain, the throttled one is retried, 131026 is not.
    let j = Journal::open(&path).unwrap();
    assert_eq!(j.recover(false).unwrap(), (3, 1, 0));
    let c = j.counts().unwrap();
    assert_eq!((c["pending"], c["in_flight"], c["uncertain"], c["rejected"]), (4, 0, 4, 1));
    assert_eq!(j.recover(true).unwrap(), (0, 0, 4));
    assert!(j.record_status("wamid.2", "delivered", Some(1), None, None).unwrap());
    assert!(!j.record_status("wamid.other", "read", None, None, None).unwrap());
    let (by, _) = j.outcomes().unwrap();
    assert_eq!(by.get("delivered"), Some(&1));
}
