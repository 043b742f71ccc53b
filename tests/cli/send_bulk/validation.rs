//! The validation pass, duplicates, CSV and JSONL inputs, the dry-run estimate and the limit check.

use super::{csv_rows, file, sandbox_table, status};
use crate::common::TestEnv;

const TEMPLATE: &[&str] = &["--sandbox", "send", "bulk", "--template", "order_update", "--language", "en_US"];

fn bulk(env: &TestEnv, extra: &[&str]) -> crate::common::Run {
    env.run(&[TEMPLATE, extra].concat())
}

#[test]
fn bad_rows_are_listed_with_their_line_and_nothing_is_sent() {
    let env = TestEnv::new();
    let csv =
        "to,first_name,order_number\n+16505551234,Ada,A-1\n16505551299,Bo,B-2\n+447700900123,,C-3\n+1650555,Cy,D\n";
    let path = file(&env, "customers.csv", csv);
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--job", "bad", "--yes"]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 3: recipient '16505551299' has no leading '+'"), "{}", run.all());
    assert!(run.stderr.contains("line 4: BODY: parameter {{first_name}} has no value"), "{}", run.all());
    assert!(run.stderr.contains("line 5: recipient '+1650555' has 7 digits"), "{}", run.all());
    assert!(run.stderr.contains("3 of 4 rows are invalid"), "{}", run.all());
    assert!(!env.data_dir().join("jobs/bad.db").exists(), "no journal is kept for a refused job");
    assert!(sandbox_table(&env).is_empty(), "nothing was sent");

    // --skip-invalid sends the valid row only.
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--job", "skip", "--skip-invalid", "--yes"]);
    run.expect_code(0);
    assert_eq!(sandbox_table(&env).get("16505551234"), Some(&1));
    assert_eq!(status(&env, "skip")["counts"]["accepted"], 1);
}

#[test]
fn a_header_without_to_names_the_fix() {
    let env = TestEnv::new();
    let path = file(&env, "x.csv", "phone,first_name\n+16505551234,Ada\n");
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--dry-run"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no `to` column"), "{}", run.all());
}

#[test]
fn jsonl_duplicates_are_reported_and_sent_once() {
    let env = TestEnv::new();
    let jsonl = "{\"to\":\"+16505551234\",\"first_name\":\"Ada\",\"order_number\":\"A-1\"}\n\
                 {\"to\":\"+919876543210\",\"first_name\":\"Bo\",\"order_number\":42}\n\
                 {\"to\":\" +16505551234\",\"first_name\":\"Ada\",\"order_number\":\"A-2\"}\n";
    let path = file(&env, "list.jsonl", jsonl);
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--job", "dups", "--yes", "-o", "json"]);
    run.expect_code(0);
    assert!(run.stderr.contains("1 duplicate recipients: line 3 (+16505551234, first on line 1)"), "{}", run.all());
    let out = run.json();
    assert_eq!(out["job"], "dups");
    assert_eq!(out["validation"]["duplicates"], 1);
    assert_eq!(out["counts"]["accepted"], 2);
    let table = sandbox_table(&env);
    assert_eq!((table.get("16505551234"), table.get("919876543210")), (Some(&1), Some(&1)));
}

#[test]
fn csv_from_stdin_and_the_default_job_name() {
    let env = TestEnv::new();
    let run = env.run_with_stdin(&[TEMPLATE, &["--recipients", "-", "--yes", "-o", "json"]].concat(), &csv_rows(3));
    run.expect_code(0);
    let job = run.json()["job"].as_str().unwrap().to_string();
    assert!(job.starts_with("stdin-2"), "{job}");
    assert!(run.stderr.contains(&format!("job {job}: journal")), "{}", run.all());
    let jobs = env.run(&["send", "jobs", "-o", "json"]);
    jobs.expect_code(0);
    assert_eq!(jobs.json()[0]["job"], job);
    assert_eq!(jobs.json()[0]["counts"]["accepted"], 3);
}

fn total(v: &serde_json::Value) -> f64 {
    v.as_str().unwrap().parse::<f64>().unwrap()
}

#[test]
fn dry_run_cost_equals_pricing_estimate() {
    let env = TestEnv::new();
    let csv = "to,first_name,order_number\n+16505551234,A,1\n+16505551235,B,2\n+12025550145,C,3\n\
               +919876543210,D,4\n+919876543211,E,5\n+447700900123,F,6\n";
    let path = file(&env, "c.csv", csv);
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--dry-run", "-o", "json"]);
    run.expect_code(0);
    let out = run.json();
    assert_eq!(out["dry_run"], true);
    assert!(!env.data_dir().join("jobs").exists(), "a dry run keeps no journal");
    let cost = &out["estimate"]["cost"];
    assert_eq!(cost["category"], "utility");
    let mut sum = 0.0;
    for (market, n) in [("US", "3"), ("IN", "2"), ("GB", "1")] {
        let est = env.run(&["pricing", "estimate", "--market", market, "--utility", n, "-o", "json"]);
        est.expect_code(0);
        let line = cost["markets"].as_array().unwrap().iter().find(|l| l["market"] == est.json()["market"]);
        let line = line.unwrap_or_else(|| panic!("{market} missing: {cost}"));
        assert_eq!(line["cost"], est.json()["total"], "{market}");
        sum += total(&est.json()["total"]);
    }
    assert!((total(&cost["total"]) - sum).abs() < 1e-9, "{cost}");
    assert!(sandbox_table(&env).is_empty(), "a dry run sends nothing");
}

#[test]
fn the_messaging_limit_warning_counts_unique_recipients() {
    let env = TestEnv::new();
    // The sandbox portfolio's limit is TIER_10K.
    let path = file(&env, "big.csv", &csv_rows(10_003));
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--dry-run", "-o", "json"]);
    run.expect_code(0);
    let limit = &run.json()["estimate"]["messaging_limit"];
    assert_eq!(limit["limit"], 10_000, "{limit}");
    assert_eq!(limit["unique_recipients"], 10_003);
    assert_eq!(limit["blocked"], 3);
    assert!(run.stderr.contains("about 3 would be blocked"), "{}", run.all());
}

#[test]
fn max_cost_refuses_and_a_script_needs_yes() {
    let env = TestEnv::new();
    let path = file(&env, "c.csv", &csv_rows(5));
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--job", "dear", "--max-cost", "0.001", "--yes"]);
    run.expect_code(8);
    assert!(run.stderr.contains("above --max-cost 0.001"), "{}", run.all());
    let run = bulk(&env, &["--recipients", path.to_str().unwrap(), "--job", "ask"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--yes"), "{}", run.all());
    assert!(sandbox_table(&env).is_empty());
    assert!(!env.data_dir().join("jobs/dear.db").exists() && !env.data_dir().join("jobs/ask.db").exists());
}

#[test]
fn free_form_text_warns_about_the_window() {
    let env = TestEnv::new();
    let path = file(&env, "t.csv", "to\n+16505551234\n");
    let run =
        env.run(&["--sandbox", "send", "bulk", "--text", "Hello", "--recipients", path.to_str().unwrap(), "--dry-run"]);
    run.expect_code(0);
    assert!(run.stderr.contains("customer-service window"), "{}", run.all());
    assert!(run.stdout.contains("service"), "{}", run.all());
}
