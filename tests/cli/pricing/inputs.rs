//! Pricing inputs: bad lines, ordering, options, rate cards, CSV and stdin, CSV output.

use serde_json::Value;

use super::*;
use crate::common::TestEnv;

#[test]
fn a_bad_user_names_line_and_field_and_skip_invalid_skips_it() {
    let env = TestEnv::new();
    let log = write(
        &env,
        "bad.jsonl",
        &jsonl(&[
            ev("2025-10-01T00:00:00Z", "out", BR, "template", Some("marketing")),
            ev("2025-10-01T01:00:00Z", "out", "5511-bad", "template", Some("marketing")),
            ev("2025-10-01T02:00:00Z", "out", BR, "template", Some("marketing")),
        ]),
    );
    let run = env.run(&["pricing", "simulate", s(&log)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 2") && run.stderr.contains("`user`"), "{}", run.all());
    assert!(run.stdout.is_empty(), "{}", run.all());

    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    run.expect_code(2);
    let err: Value = serde_json::from_str(run.stderr.trim()).expect("one JSON object on stderr");
    assert_eq!(err["error"]["kind"], "usage");
    assert!(err["error"]["message"].as_str().unwrap().contains("line 2"), "{err}");

    let run = env.run(&["pricing", "simulate", s(&log), "--skip-invalid", "-o", "json"]);
    run.expect_code(0);
    assert!(run.stderr.contains("skipped 1 invalid line"), "{}", run.all());
    let v = run.json();
    assert_eq!(v["skipped_lines"], 1);
    assert_eq!(v["charged_messages"], 2);
}

#[test]
fn out_of_order_timestamps_name_both_lines_unless_sorted() {
    let env = TestEnv::new();
    let log = write(
        &env,
        "ooo.jsonl",
        &jsonl(&[
            ev("2025-10-01T00:00:00Z", "out", BR, "template", Some("marketing")),
            ev("2025-10-01T05:00:00Z", "out", BR, "template", Some("marketing")),
            ev("2025-10-01T02:00:00Z", "out", BR, "template", Some("marketing")),
        ]),
    );
    let run = env.run(&["pricing", "simulate", s(&log)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 3") && run.stderr.contains("line 2"), "{}", run.all());
    let run = env.run(&["pricing", "simulate", s(&log), "--sort", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["charged_messages"], 3);
}

#[test]
fn bad_options_and_missing_files_exit_2() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "simulate", s(&log), "--timezone", "Mars/Olympus"]);
    run.expect_code(2);
    assert!(run.stderr.contains("Mars/Olympus"), "{}", run.all());

    let missing = env.data_dir().join("nope.jsonl");
    let run = env.run(&["pricing", "simulate", s(&missing)]);
    run.expect_code(2);
    assert!(run.stderr.contains("nope.jsonl"), "{}", run.all());
}

#[test]
fn rate_card_files_are_validated_and_used() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let bad = write(&env, "bad-card.csv", "Market,Currency,Marketing,Utility,Authentication\nBrazil,$US,abc,2,3\n");
    let run = env.run(&["pricing", "simulate", s(&log), "--rate-card", s(&bad)]);
    run.expect_code(2);
    assert!(run.stderr.contains("bad-card.csv"), "{}", run.all());

    let negative =
        write(&env, "neg-card.csv", "Market,Currency,Marketing,Utility,Authentication\nBrazil,$US,-0.1,2,3\n");
    let run = env.run(&["pricing", "simulate", s(&log), "--rate-card", s(&negative)]);
    run.expect_code(2);
    assert!(run.stdout.is_empty(), "{}", run.all());
    for part in ["neg-card.csv", "line 2", "column 3 (marketing)", "negative"] {
        assert!(run.stderr.contains(part), "{part}: {}", run.all());
    }

    let card = write(
        &env,
        "card.csv",
        "Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\n\
         Brazil,$US,0.1000,0.0100,0.0100,n/a,n/a\n",
    );
    let run = env.run(&["pricing", "simulate", s(&log), "--rate-card", s(&card), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["total"], "0.1100", "{v}");
    assert_eq!(v["by_category"]["marketing"]["cost"], "0.1000");
}

#[test]
fn csv_input_and_stdin_give_the_same_total() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let csv = write(&env, "pmp.csv", PMP_EXAMPLE_CSV);
    let from_jsonl = env.run(&["pricing", "simulate", s(&log), "-o", "json"]).json();
    let run = env.run(&["pricing", "simulate", s(&csv), "--format", "csv", "-o", "json"]);
    run.expect_code(0);
    let from_csv = run.json();
    assert_eq!(from_csv["total"], from_jsonl["total"]);
    assert_eq!(from_csv["by_category"], from_jsonl["by_category"]);
    assert_eq!(from_csv["total"], "0.0693");

    let run = env.run_with_stdin(&["pricing", "simulate", "-", "-o", "json"], &pmp_example());
    run.expect_code(0);
    assert_eq!(run.json()["total"], "0.0693");
    let run = env.run_with_stdin(&["pricing", "simulate", "-", "--format", "csv", "-o", "json"], PMP_EXAMPLE_CSV);
    run.expect_code(0);
    assert_eq!(run.json()["total"], "0.0693");
}

#[test]
fn csv_output_summary_and_explain() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "simulate", s(&log), "-o", "csv"]);
    run.expect_code(0);
    let lines: Vec<_> = run.stdout.lines().collect();
    assert_eq!(lines[0], "dimension,key,messages,charged,free,cost");
    assert!(lines.contains(&"category,marketing,1,1,0,0.0625"), "{}", run.stdout);
    assert!(lines.contains(&"market,Brazil,4,2,2,0.0693"), "{}", run.stdout);
    assert!(lines.contains(&"month,2025-10,4,2,2,0.0693"), "{}", run.stdout);

    let run = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "csv"]);
    run.expect_code(0);
    let mut rdr = csv::Reader::from_reader(run.stdout.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    for h in
        ["line", "market", "pricing_model", "billable", "pricing_type", "pricing_category", "rate", "cost", "reason"]
    {
        assert!(headers.iter().any(|x| x == h), "no column {h}: {headers:?}");
    }
    let rows: Vec<_> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 5, "{}", run.stdout);
    let line = headers.iter().position(|h| h == "line").unwrap();
    let lines: Vec<_> = rows.iter().map(|r| r[line].to_string()).collect();
    assert_eq!(lines, ["1", "2", "3", "4", "5"]);
}

#[test]
fn a_log_starting_with_a_byte_order_mark_is_read_in_both_formats() {
    let env = TestEnv::new();
    let plain = env.run(&["pricing", "simulate", s(&write(&env, "pmp.jsonl", &pmp_example())), "-o", "json"]);
    plain.expect_code(0);
    let bom_jsonl = write(&env, "bom.jsonl", &format!("\u{feff}{}", pmp_example()));
    let run = env.run(&["pricing", "simulate", s(&bom_jsonl), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["total"], plain.json()["total"], "{}", run.all());
    let bom_csv = write(&env, "bom.csv", &format!("\u{feff}{PMP_EXAMPLE_CSV}"));
    let run = env.run(&["pricing", "simulate", s(&bom_csv), "--format", "csv", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["total"], plain.json()["total"], "{}", run.all());
}
