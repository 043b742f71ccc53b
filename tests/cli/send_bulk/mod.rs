//! `waba send bulk`, `send jobs`, `send status`: validation, estimate, pacing back-off, Ctrl-C,
//! resume after SIGKILL with the sandbox's message table as ground truth, webhook outcomes.

mod backoff;
mod crash;
mod resume;
mod status;
mod validation;

use std::path::PathBuf;

use crate::common::{Run, TestEnv};

/// A recipient file in the env's temp dir.
pub(crate) fn file(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let path = env.data_dir().parent().unwrap().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `n` distinct valid US recipients as CSV rows for order_update (named parameters).
pub(crate) fn csv_rows(n: usize) -> String {
    let mut out = String::from("to,first_name,order_number\n");
    for i in 0..n {
        out.push_str(&format!("+1650{:07},Ada,A-{i}\n", 2_000_000 + i));
    }
    out
}

/// The sandbox's outbound messages (ground truth): wa_id → count.
pub(crate) fn sandbox_table(env: &TestEnv) -> std::collections::HashMap<String, u64> {
    let run = env.run(&["sandbox", "messages", "--limit", "1000000", "-o", "json"]);
    run.expect_code(0);
    let mut out = std::collections::HashMap::new();
    for m in run.json().as_array().unwrap() {
        if m["direction"] == "out" {
            *out.entry(m["wa_id"].as_str().unwrap().to_string()).or_insert(0) += 1;
        }
    }
    out
}

/// `send status JOB -o json`.
pub(crate) fn status(env: &TestEnv, job: &str) -> serde_json::Value {
    let run: Run = env.run(&["send", "status", job, "-o", "json"]);
    run.expect_code(0);
    run.json()
}

/// `send status JOB -o csv` as (to, state, id) rows.
pub(crate) fn rows(env: &TestEnv, job: &str) -> Vec<(String, String, String)> {
    let run = env.run(&["send", "status", job, "-o", "csv"]);
    run.expect_code(0);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "line", "{}", run.all());
    reader.records().map(|r| r.unwrap()).map(|r| (r[1].to_string(), r[2].to_string(), r[3].to_string())).collect()
}
