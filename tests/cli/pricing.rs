//! `waba pricing` through the real binary.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::TestEnv;

const BR: &str = "+5511987654321";
const PN: &str = "1100000000000001";

/// One event-log line.
fn ev(ts: &str, dir: &str, user: &str, kind: &str, category: Option<&str>) -> String {
    let mut v = json!({"ts": ts, "dir": dir, "user": user, "type": kind, "phone_number_id": PN});
    if let Some(c) = category {
        v["category"] = json!(c);
    }
    v.to_string()
}

fn jsonl(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// Write a file into the environment's temp dir and return its path.
fn write(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("logs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Meta's per-message pricing example for a user in Brazil (h0 marketing; h2 user message; h3 text;
/// h4 utility inside the window; h30 utility outside it).
fn pmp_example() -> String {
    jsonl(&[
        ev("2025-10-01T00:00:00Z", "out", BR, "template", Some("marketing")),
        ev("2025-10-01T02:00:00Z", "in", BR, "text", None),
        ev("2025-10-01T03:00:00Z", "out", BR, "text", None),
        ev("2025-10-01T04:00:00Z", "out", BR, "template", Some("utility")),
        ev("2025-10-02T06:00:00Z", "out", BR, "template", Some("utility")),
    ])
}

const PMP_EXAMPLE_CSV: &str = "ts,dir,user,type,category,phone_number_id,id\n\
2025-10-01T00:00:00Z,out,+5511987654321,template,marketing,1100000000000001,m1\n\
2025-10-01T02:00:00Z,in,+5511987654321,text,,1100000000000001,m2\n\
2025-10-01T03:00:00Z,out,+5511987654321,text,,1100000000000001,m3\n\
2025-10-01T04:00:00Z,out,+5511987654321,template,utility,1100000000000001,m4\n\
2025-10-02T06:00:00Z,out,+5511987654321,template,utility,1100000000000001,m5\n";

/// Parse a decimal money string into micro-dollars.
fn micros(s: &str) -> i64 {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = format!("{frac:0<6}");
    int.parse::<i64>().unwrap() * 1_000_000 + frac[..6].parse::<i64>().unwrap()
}

fn money(v: &Value) -> i64 {
    micros(v.as_str().unwrap_or_else(|| panic!("not a money string: {v}")))
}

/// The one row of `pricing rates --date D --market M -o json`.
fn rate_row(env: &TestEnv, date: &str, market: &str) -> Value {
    let run = env.run(&["pricing", "rates", "--date", date, "--market", market, "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{v}");
    assert_eq!(rows[0]["market"], market);
    rows[0].clone()
}

#[test]
fn meta_pmp_example_brazil_charges_marketing_and_the_late_utility() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());

    let row = rate_row(&env, "2025-10-01", "Brazil");
    assert_eq!(row["marketing"], "0.0625");
    assert_eq!(row["utility"], "0.0068");
    let expected = money(&row["marketing"]) + money(&row["utility"]);

    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(money(&v["total"]), expected);
    assert_eq!(v["total"], "0.0693");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["charged_messages"], 2);
    assert_eq!(v["free_messages"], 2);
    assert_eq!(v["inbound_messages"], 1);
    assert_eq!(v["by_category"]["marketing"]["cost"], "0.0625");
    assert_eq!(v["by_category"]["utility"]["charged"], 1);
    assert_eq!(v["by_category"]["utility"]["free"], 1);
    assert_eq!(v["by_market"]["Brazil"]["cost"], "0.0693");
    assert_eq!(v["by_month"]["2025-10"]["charged"], 2);
    for key in [
        "currency",
        "total",
        "charged_messages",
        "free_messages",
        "conversations",
        "by_category",
        "by_market",
        "by_month",
        "regimes",
        "assumptions",
    ] {
        assert!(v.get(key).is_some(), "missing `{key}`: {v}");
    }
    assert!(v.get("events").is_none(), "events without --explain: {v}");
    let regimes: Vec<_> = v["regimes"].as_array().unwrap().iter().map(|r| r["name"].clone()).collect();
    assert_eq!(regimes, [json!("pmp-2025")]);
}

#[test]
fn explain_rows_carry_meta_pricing_fields() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let events = v["events"].as_array().expect("events with --explain");
    assert_eq!(events.len(), 5);
    for e in events {
        for key in ["market", "pricing_model", "billable", "pricing_type", "pricing_category", "rate", "cost", "reason"]
        {
            assert!(e.get(key).is_some(), "event row without `{key}`: {e}");
        }
        assert_eq!(e["market"], "Brazil");
        assert!(!e["reason"].as_str().unwrap().is_empty());
    }
    let billable: Vec<_> = events.iter().map(|e| e["billable"].as_bool().unwrap()).collect();
    assert_eq!(billable, [true, false, false, false, true]);
    assert_eq!(events[0]["pricing_model"], "PMP");
    assert_eq!(events[0]["pricing_type"], "regular");
    assert_eq!(events[0]["pricing_category"], "marketing");
    assert_eq!(events[0]["rate"], "0.0625");
    assert_eq!(events[3]["pricing_type"], "free_customer_service");
    assert_eq!(events[3]["pricing_category"], "utility");
    assert_eq!(events[3]["cost"], "0.0000");
    assert_eq!(events[4]["pricing_category"], "utility");
    assert_eq!(events[4]["cost"], "0.0068");
    // The totals equal the sum of the per-event costs.
    let sum: i64 = events.iter().map(|e| money(&e["cost"])).sum();
    assert_eq!(sum, money(&v["total"]));
}

#[test]
fn conversation_based_pricing_counts_conversations() {
    let env = TestEnv::new();
    let log = write(
        &env,
        "cbp.jsonl",
        &jsonl(&[
            ev("2024-12-02T00:00:00Z", "out", BR, "template", Some("marketing")),
            ev("2024-12-02T04:00:00Z", "out", BR, "template", Some("utility")),
            ev("2024-12-02T10:00:00Z", "out", BR, "template", Some("utility")),
        ]),
    );
    let row = rate_row(&env, "2024-12-02", "Brazil");
    let run = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["conversations"], 2, "{v}");
    assert_eq!(money(&v["total"]), money(&row["marketing"]) + money(&row["utility"]));
    assert_eq!(v["regimes"][0]["name"], "cbp-2023");
    let events = v["events"].as_array().unwrap();
    assert!(events.iter().all(|e| e["pricing_model"] == "CBP"), "{v}");
    assert_eq!(events[0]["conversation"]["action"], "opened");
    assert_eq!(events[1]["conversation"]["action"], "opened");
    assert_ne!(events[0]["conversation"]["id"], events[1]["conversation"]["id"]);
    assert_eq!(events[2]["conversation"]["action"], "joined");
    assert_eq!(events[2]["conversation"]["id"], events[1]["conversation"]["id"]);
    assert_eq!(events[2]["cost"], "0.0000");
}

#[test]
fn a_log_across_2026_10_01_lists_both_regimes() {
    let env = TestEnv::new();
    let log = write(
        &env,
        "span.jsonl",
        &jsonl(&[
            ev("2026-09-30T12:00:00Z", "out", BR, "template", Some("marketing")),
            ev("2026-10-01T12:00:00Z", "out", BR, "template", Some("marketing")),
        ]),
    );
    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let names: Vec<_> = v["regimes"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["pmp-2025", "pmp-2026-10"], "{v}");
    assert_eq!(v["regimes"][0]["events"], 1);
    assert_eq!(v["regimes"][1]["events"], 1);

    // --regime forces one regime for everything.
    let run = env.run(&["pricing", "simulate", s(&log), "--regime", "pmp-2025", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let regimes = v["regimes"].as_array().unwrap();
    assert_eq!(regimes.len(), 1, "{v}");
    assert_eq!(regimes[0]["name"], "pmp-2025");
    assert_eq!(regimes[0]["events"], 2);

    env.run(&["pricing", "simulate", s(&log), "--regime", "pmp-2099"]).expect_code(2);
}

/// 11 users, each writes once and then gets 91 text replies within the hour: 1,001 service messages.
fn service_log(numbers: &[&str]) -> String {
    let mut lines = Vec::new();
    let mut n = 0;
    for u in 0..11 {
        let user = format!("+91987654{u:04}");
        let pn = numbers[u % numbers.len()];
        let ev = |ts: String, dir: &str| {
            json!({"ts": ts, "dir": dir, "user": user, "type": "text", "phone_number_id": pn}).to_string()
        };
        lines.push(ev(format!("2026-10-05T{u:02}:00:00Z"), "in"));
        for k in 0..91 {
            lines.push(ev(format!("2026-10-05T{u:02}:{:02}:{:02}Z", 1 + k / 60, k % 60), "out"));
            n += 1;
        }
    }
    assert_eq!(n, 1001);
    jsonl(&lines)
}

#[test]
fn the_1001st_service_message_of_a_number_is_charged_from_2026_10() {
    let env = TestEnv::new();
    let service_rate = rate_row(&env, "2026-10-05", "India")["service"].clone();
    let log = write(&env, "svc.jsonl", &service_log(&[PN]));
    let run = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["charged_messages"], 1, "{}", v["by_category"]);
    assert_eq!(v["free_messages"], 1000);
    assert_eq!(v["by_category"]["service"]["messages"], 1001);
    assert_eq!(v["total"], service_rate);
    let events = v["events"].as_array().unwrap();
    let charged: Vec<_> = events.iter().filter(|e| e["billable"] == true).collect();
    assert_eq!(charged.len(), 1);
    assert_eq!(charged[0]["line"], 1012, "the last line is the 1,001st: {}", charged[0]);
    assert_eq!(charged[0]["pricing_category"], "service");
    let free_outs =
        events.iter().filter(|e| e["direction"] == "out" && e["billable"] == false && e["cost"] == "0.0000").count();
    assert_eq!(free_outs, 1000);

    // The free tier is per business number: split over two numbers, nothing is charged.
    let log = write(&env, "svc2.jsonl", &service_log(&[PN, "1100000000000002"]));
    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["charged_messages"], 0, "{v}");
    assert_eq!(v["total"], "0.0000");
}

#[test]
fn timezone_moves_month_boundaries() {
    let env = TestEnv::new();
    let log = write(&env, "tz.jsonl", &jsonl(&[ev("2026-11-01T01:00:00Z", "out", BR, "template", Some("marketing"))]));
    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    let months: Vec<_> = run.json()["by_month"].as_object().unwrap().keys().cloned().collect();
    assert_eq!(months, ["2026-11"]);
    let run = env.run(&["pricing", "simulate", s(&log), "--timezone", "America/Sao_Paulo", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let months: Vec<_> = v["by_month"].as_object().unwrap().keys().cloned().collect();
    assert_eq!(months, ["2026-10"], "{v}");
    assert_eq!(v["by_month"]["2026-10"]["charged"], 1);
}

#[test]
fn bsp_fee_applies_to_sent_and_received_messages() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "simulate", s(&log), "--bsp-fee", "0.002", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    // 4 sent + 1 received.
    assert_eq!(money(&v["bsp_fees"]), 5 * 2_000, "{v}");
    assert_eq!(v["total"], "0.0693", "the fee is its own line");
    assert_eq!(money(&v["total_with_bsp_fees"]), money(&v["total"]) + 10_000);

    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    assert_eq!(run.json()["bsp_fees"], "0.0000");
}

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
fn market_of_a_number() {
    let env = TestEnv::new();
    let run = env.run(&["pricing", "market", BR, "--date", "2026-01-01", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["market"], "Brazil");
    assert_eq!(v["prefix"], "55");

    let v = env.run(&["pricing", "market", "+18095550100", "--date", "2026-01-01", "-o", "json"]).json();
    assert_eq!(v["market"], "Rest of Latin America", "{v}");
    assert_eq!(v["country"], "Dominican Republic");

    let run = env.run(&["pricing", "market", "+99912345678", "--date", "2026-01-01", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["market"], "Other");

    for bad in ["12345", "+12", "+55abc987654321"] {
        let run = env.run(&["pricing", "market", bad, "--date", "2026-01-01"]);
        run.expect_code(2);
        assert!(run.stderr.contains("E.164"), "{bad}: {}", run.all());
    }
}

#[test]
fn rates_on_a_date() {
    let env = TestEnv::new();
    let row = rate_row(&env, "2026-10-02", "India");
    assert_ne!(row["service"], "n/a");
    assert_eq!(row["service"], row["utility"], "{row}");

    let run = env.run(&["pricing", "rates", "--date", "2021-01-01"]);
    run.expect_code(2);
    assert!(run.stderr.contains("2021-01-01"), "{}", run.all());
}

#[test]
fn estimate_applies_the_service_free_tier() {
    let env = TestEnv::new();
    let row = rate_row(&env, "2026-10-05", "India");
    let run = env.run(&[
        "pricing",
        "estimate",
        "--market",
        "India",
        "--marketing",
        "1000",
        "--service",
        "1500",
        "--date",
        "2026-10-05",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["regime"], "pmp-2026-10");
    let lines = v["lines"].as_array().unwrap();
    let service = lines.iter().find(|l| l["category"] == "service").expect("service line");
    assert_eq!(service["count"], 1500);
    assert_eq!(service["free"], 1000);
    assert_eq!(money(&service["cost"]), 500 * money(&row["service"]));
    let marketing = lines.iter().find(|l| l["category"] == "marketing").unwrap();
    assert_eq!(money(&marketing["cost"]), 1000 * money(&row["marketing"]));
    assert_eq!(money(&v["total"]), 1000 * money(&row["marketing"]) + 500 * money(&row["service"]));
    assert_eq!(v["total"], "12.5000");
}

#[test]
fn compare_prices_under_every_regime() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "compare", s(&log), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let entries = v.as_array().unwrap();
    let names: Vec<_> = entries.iter().map(|e| e["regime"].as_str().unwrap()).collect();
    assert_eq!(names, ["cbp-2022", "cbp-2023", "pmp-2025", "pmp-2026-10"]);
    let pmp = &entries[2];
    assert_eq!(pmp["total"], "0.0693");
    // From 2026-10 the utility template inside the window is charged too.
    assert_eq!(entries[3]["by_category"]["utility"]["charged"], 2, "{}", entries[3]);

    // A card without the market: the regime that must charge India service messages cannot price.
    let svc = write(&env, "svc.jsonl", &service_log(&[PN]));
    let card = write(
        &env,
        "brazil-only.csv",
        "Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\n\
         Brazil,$US,0.1000,0.0100,0.0100,n/a,n/a\n",
    );
    let run = env.run(&["pricing", "compare", s(&svc), "--rate-card", s(&card), "-o", "json"]);
    let v = run.json();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 4, "{v}");
    let last = &entries[3];
    assert_eq!(last["regime"], "pmp-2026-10");
    assert!(last["error"].as_str().is_some_and(|e| e.contains("India")), "{last}");
    assert!(entries[2].get("error").is_none() && entries[2]["total"] == "0.0000", "{}", entries[2]);
}

#[test]
fn simulate_table() {
    let env = TestEnv::new();
    let log = write(&env, "pmp.jsonl", &pmp_example());
    let run = env.run(&["pricing", "simulate", s(&log)]);
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
}

#[test]
fn regime_switch_follows_the_waba_time_zone() {
    let env = TestEnv::new();
    // 2026-09-30T20:00Z is 2026-10-01 01:30 in Kolkata.
    let log = write(
        &env,
        "switch.jsonl",
        &jsonl(&[ev("2026-09-30T20:00:00Z", "out", "+919876543210", "template", Some("marketing"))]),
    );
    let utc = env.run(&["pricing", "simulate", s(&log), "-o", "json"]).json();
    assert_eq!(utc["regimes"][0]["name"], "pmp-2025", "{utc}");
    let run = env.run(&["pricing", "simulate", s(&log), "--timezone", "Asia/Kolkata", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["regimes"][0]["name"], "pmp-2026-10", "{v}");
    assert!(v["by_month"].get("2026-10").is_some(), "{v}");
}

#[test]
fn free_entry_point_window_lasts_72_hours() {
    let env = TestEnv::new();
    let u = "+5511987654322";
    let mut inbound: Value = serde_json::from_str(&ev("2025-10-01T01:00:00Z", "in", u, "text", None)).unwrap();
    inbound["entry_point"] = json!("ctwa_ad");
    let log = write(
        &env,
        "fep.jsonl",
        &jsonl(&[
            inbound.to_string(),
            ev("2025-10-01T02:00:00Z", "out", u, "text", None),
            // Inside the 72 h opened at 2025-10-01T02:00: free even for marketing.
            ev("2025-10-03T12:00:00Z", "out", u, "template", Some("marketing")),
            // After it: charged.
            ev("2025-10-04T12:00:00Z", "out", u, "template", Some("marketing")),
        ]),
    );
    let run = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let types: Vec<_> = v["events"].as_array().unwrap().iter().map(|e| e["pricing_type"].clone()).collect();
    assert_eq!(types, [Value::Null, json!("free_entry_point"), json!("free_entry_point"), json!("regular")], "{v}");
    assert_eq!(v["charged_messages"], 1);
    assert_eq!(v["total"], "0.0625");
}

#[test]
fn undelivered_messages_are_never_charged() {
    let env = TestEnv::new();
    let mut undelivered: Value =
        serde_json::from_str(&ev("2025-10-01T00:00:00Z", "out", BR, "template", Some("marketing"))).unwrap();
    undelivered["delivered"] = json!(false);
    let log = write(
        &env,
        "undelivered.jsonl",
        &jsonl(&[undelivered.to_string(), ev("2025-10-01T00:00:01Z", "out", BR, "template", Some("marketing"))]),
    );
    let run = env.run(&["pricing", "simulate", s(&log), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["undelivered_messages"], 1, "{v}");
    assert_eq!(v["charged_messages"], 1);
    assert_eq!(v["total"], "0.0625");
}
