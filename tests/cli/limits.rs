//! `waba limits` through the real binary.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::TestEnv;

const PN1: &str = "1100000000000001";
const PN2: &str = "1100000000000002";

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

fn user(i: usize) -> String {
    format!("+4477009{i:05}")
}

/// The i-th timestamp from 2026-03-02T10:00:00Z, 6 s apart.
fn ts(i: usize) -> String {
    let secs = 10 * 3600 + i * 6;
    format!("2026-03-02T{:02}:{:02}:{:02}Z", secs / 3600, secs / 60 % 60, secs % 60)
}

fn template(ts: &str, user: &str, pn: &str) -> String {
    json!({"ts": ts, "dir": "out", "user": user, "type": "template", "category": "marketing", "phone_number_id": pn})
        .to_string()
}

fn inbound(ts: &str, user: &str, pn: &str) -> String {
    json!({"ts": ts, "dir": "in", "user": user, "type": "text", "phone_number_id": pn}).to_string()
}

fn jsonl(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn check(env: &TestEnv, log: &Path) -> (crate::common::Run, Value) {
    let run = env.run(&["limits", "check", s(log), "--start-tier", "250", "--regime", "per-portfolio", "-o", "json"]);
    let v = run.json();
    (run, v)
}

#[test]
fn show_reads_the_sandbox() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "limits", "show", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["messaging_limit"], "TIER_10K");
    assert_eq!(v["phone_numbers"].as_array().unwrap().len(), 5);
    assert!(v["next_level"].is_object(), "{v}");
    assert_eq!(v["next_level"]["next"], "TIER_100K");

    let run = env.run(&["--sandbox", "limits", "show"]);
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
}

#[test]
fn throughput_levels_and_webhook_capacity() {
    let env = TestEnv::new();
    let run = env.run(&["limits", "throughput", "--level", "high", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["messages_per_second"], 1000);
    assert_eq!(v["reply_ratio"], 0.3);
    assert_eq!(v["status_webhooks_per_second"].as_f64(), Some(3000.0));
    assert_eq!(v["incoming_webhooks_per_second"].as_f64(), Some(300.0));

    let v = env.run(&["limits", "throughput", "--level", "standard", "-o", "json"]).json();
    assert_eq!(v["messages_per_second"], 80);

    let run = env.run(&["limits", "throughput", "--level", "high", "--reply-ratio", "1.5"]);
    run.expect_code(2);
    assert!(run.stderr.contains("reply"), "{}", run.all());

    let run = env.run(&["--sandbox", "limits", "throughput", "--phone-number-id", PN1, "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["level"], "HIGH");
    assert_eq!(v["messages_per_second"], 1000);
    let run = env.run(&["--sandbox", "limits", "throughput", "--phone-number-id", PN2, "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["level"], "STANDARD");
}

#[test]
fn plan_per_number_from_1k_to_10k() {
    let env = TestEnv::new();
    let run = env.run(&["limits", "plan", "--target", "10k", "--from", "1k", "--regime", "per-number", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let reached = v["reached"].as_array().unwrap();
    let ten_k = reached.iter().find(|r| r["tier"] == "TIER_10K").unwrap_or_else(|| panic!("10K not reached: {v}"));
    assert_eq!(ten_k["day"], 2);

    let run = env.run(&["limits", "plan", "--target", "2k", "--regime", "per-number"]);
    run.expect_code(2);
    assert!(run.stderr.contains("2K"), "{}", run.all());
}

#[test]
fn simulate_meta_four_day_example() {
    let env = TestEnv::new();
    let plan = write(&env, "plan.csv", "day,new_unique_users\n1,100\n2,200\n3,200\n4,300\n");
    let run = env.run(&[
        "limits",
        "simulate",
        "--start-tier",
        "1k",
        "--regime",
        "per-number",
        "--plan",
        s(&plan),
        "-o",
        "json",
    ]);
    run.expect_code(0);
    let v = run.json();
    let limits: Vec<_> = v["days"].as_array().unwrap().iter().map(|r| r["limit_at_start"].as_u64().unwrap()).collect();
    assert_eq!(limits, [1000, 1000, 1000, 10000], "{v}");
}

#[test]
fn simulate_rejects_bad_plans_and_tiers() {
    let env = TestEnv::new();
    let negative = write(&env, "neg.csv", "day,new_unique_users\n1,100\n2,-200\n");
    let run = env.run(&["limits", "simulate", "--start-tier", "1k", "--regime", "per-number", "--plan", s(&negative)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 3") && run.stderr.contains("-200"), "{}", run.all());

    let gap = write(&env, "gap.csv", "day,new_unique_users\n1,100\n3,200\n");
    let run = env.run(&["limits", "simulate", "--start-tier", "1k", "--regime", "per-number", "--plan", s(&gap)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 3") && run.stderr.contains("day 2"), "{}", run.all());

    let run = env.run(&["limits", "simulate", "--start-tier", "5k", "--daily", "10"]);
    run.expect_code(2);
    assert!(run.stderr.contains("5k"), "{}", run.all());
}

#[test]
fn check_blocks_unique_users_beyond_the_limit() {
    let env = TestEnv::new();
    let lines: Vec<_> = (0..260).map(|i| template(&ts(i), &user(i), PN1)).collect();
    let log = write(&env, "over.jsonl", &jsonl(&lines));
    let (run, v) = check(&env, &log);
    run.expect_code(8);
    assert_eq!(v["blocked_total"], 10, "{v}");
    let blocked = v["blocked"].as_array().unwrap();
    assert_eq!(blocked.len(), 10);
    assert_eq!(blocked[0]["line"], 251);
    assert_eq!(v["peaks"][0]["peak_unique_users"], 250);
    let err: Value = serde_json::from_str(run.stderr.trim()).expect("one JSON object on stderr");
    assert!(err["error"]["message"].as_str().unwrap().contains("10 send"), "{err}");
}

#[test]
fn check_json_keeps_e164_users_and_string_ids() {
    let env = TestEnv::new();
    let lines: Vec<_> = (0..260).map(|i| template(&ts(i), &user(i), PN1)).collect();
    let log = write(&env, "over.jsonl", &jsonl(&lines));
    let (_, v) = check(&env, &log);
    let first = &v["blocked"][0];
    assert_eq!(first["user"], "+447700900250", "{first}");
    assert_eq!(first["phone_number_id"], PN1, "{first}");
}

#[test]
fn check_counts_the_same_user_once() {
    let env = TestEnv::new();
    // 200 users, each sent two templates: 400 sends but 200 unique users, under 250.
    let lines: Vec<_> = (0..400).map(|i| template(&ts(i), &user(i % 200), PN1)).collect();
    let log = write(&env, "twice.jsonl", &jsonl(&lines));
    let (run, v) = check(&env, &log);
    run.expect_code(0);
    assert_eq!(v["blocked_total"], 0, "{v}");
    assert_eq!(v["peaks"][0]["peak_unique_users"], 200);
}

#[test]
fn check_ignores_replies_inside_the_customer_service_window() {
    let env = TestEnv::new();
    // 260 users write first; the templates that follow are replies and never count.
    let mut lines: Vec<_> = (0..260).map(|i| inbound(&ts(i), &user(i), PN1)).collect();
    lines.extend((0..260).map(|i| template(&ts(300 + i), &user(i), PN1)));
    let log = write(&env, "csw.jsonl", &jsonl(&lines));
    let (run, v) = check(&env, &log);
    run.expect_code(0);
    assert_eq!(v["blocked_total"], 0, "{v}");
    assert_eq!(v["counted"], 0);

    // Without the inbound messages the same sends would be blocked.
    let lines: Vec<_> = (0..260).map(|i| template(&ts(300 + i), &user(i), PN1)).collect();
    let log = write(&env, "no-csw.jsonl", &jsonl(&lines));
    let (run, v) = check(&env, &log);
    run.expect_code(8);
    assert_eq!(v["blocked_total"], 10);
}

#[test]
fn check_two_numbers_share_the_portfolio_limit() {
    let env = TestEnv::new();
    let lines: Vec<_> = (0..260).map(|i| template(&ts(i), &user(i), if i % 2 == 0 { PN1 } else { PN2 })).collect();
    let log = write(&env, "two.jsonl", &jsonl(&lines));
    let (run, v) = check(&env, &log);
    run.expect_code(8);
    assert_eq!(v["blocked_total"], 10, "{v}");
    assert_eq!(v["peaks"].as_array().unwrap().len(), 1, "one portfolio scope: {v}");
    assert_eq!(v["peaks"][0]["scope"]["kind"], "portfolio");
}

#[test]
fn check_line_without_ts_exits_2() {
    let env = TestEnv::new();
    let log = write(
        &env,
        "nots.jsonl",
        &jsonl(&[
            template(&ts(0), &user(0), PN1),
            json!({"dir": "out", "user": user(1), "type": "template", "category": "marketing"}).to_string(),
        ]),
    );
    let run = env.run(&["limits", "check", s(&log)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 2") && run.stderr.contains("`ts`"), "{}", run.all());
}

#[test]
fn check_reports_pair_rate_violations() {
    let env = TestEnv::new();
    // 46 messages to one user within 5 seconds: the 46th exceeds the burst of 45.
    let lines: Vec<_> = (0..46).map(|i| template(&format!("2026-03-02T10:00:{:02}Z", i / 10), &user(1), PN1)).collect();
    let log = write(&env, "pair.jsonl", &jsonl(&lines));
    let run = env.run(&["limits", "check", s(&log), "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    assert_eq!(v["blocked_total"], 0, "{v}");
    assert_eq!(v["pair_violations_total"], 1, "{v}");
    assert_eq!(v["pair_violations"][0]["line"], 46);

    // 45 are fine.
    let log = write(&env, "pair45.jsonl", &jsonl(&lines[..45]));
    let run = env.run(&["limits", "check", s(&log), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["pair_violations_total"], 0);
}

#[test]
fn check_per_number_regime_limits_each_number_separately() {
    let env = TestEnv::new();
    // The same 260 users over two numbers, but in 2025-03 (per-number): 130 each, under 250.
    let lines: Vec<_> = (0..260)
        .map(|i| template(&ts(i).replace("2026-03-02", "2025-03-02"), &user(i), if i % 2 == 0 { PN1 } else { PN2 }))
        .collect();
    let log = write(&env, "two-2025.jsonl", &jsonl(&lines));
    let run = env.run(&["limits", "check", s(&log), "--start-tier", "250", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["blocked_total"], 0, "{v}");
    assert_eq!(v["regimes"][0]["regime"], "per-number");
    let peaks = v["peaks"].as_array().unwrap();
    assert_eq!(peaks.len(), 2, "{v}");
    assert!(peaks.iter().all(|p| p["scope"]["kind"] == "number" && p["peak_unique_users"] == 130), "{v}");
}

#[test]
fn check_quality_timeline_drops_a_flagged_number_one_level() {
    let env = TestEnv::new();
    // Per-number rules (2024): a number at 100K rated low for 7 days drops to 10K.
    let lines: Vec<_> =
        (0..10).map(|day| template(&format!("2024-03-{:02}T12:00:00Z", day + 1), &user(day), PN1)).collect();
    let log = write(&env, "days.jsonl", &jsonl(&lines));
    let quality = write(&env, "quality.csv", "ts,quality\n2024-03-01T00:00:00Z,low\n");
    let run = env.run(&["limits", "check", s(&log), "--start-tier", "100k", "--quality", s(&quality), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let change = &v["tier_changes"][0];
    assert_eq!((change["from"].as_str(), change["to"].as_str()), (Some("TIER_100K"), Some("TIER_10K")), "{v}");
    assert_eq!(change["cause"]["kind"], "flagged-7-days", "{v}");
    // A bad timeline names its line and field.
    let bad = write(&env, "bad.csv", "ts,quality\n2024-03-01T00:00:00Z,purple\n");
    let run = env.run(&["limits", "check", s(&log), "--quality", s(&bad)]);
    run.expect_code(2);
    assert!(run.stderr.contains("line 2, field `quality`"), "{}", run.all());
}

#[test]
fn sandbox_throughput_uses_its_default_number_and_explains_not_applicable() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "limits", "throughput", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!((&v["phone_number_id"], &v["level"]), (&json!(PN1), &json!("HIGH")), "{v}");

    let run = env.run(&["--sandbox", "limits", "throughput", "--phone-number-id", "1100000000000004", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!((&v["level"], &v["messages_per_second"]), (&json!("NOT_APPLICABLE"), &json!(0)), "{v}");
    assert!(v["notes"][0].as_str().unwrap().contains("not registered on Cloud API"), "{v}");
    assert_eq!(v["requirements_for_high"], json!([]));
    let table = env.run(&["--sandbox", "limits", "throughput", "--phone-number-id", "1100000000000004"]);
    table.expect_code(0);
    assert!(table.stdout.contains("level                      NOT_APPLICABLE"), "{}", table.all());
    assert!(
        !table.stdout.lines().any(|l| l.starts_with("level") && l.contains("STANDARD"))
            && table.stdout.contains("NOT_APPLICABLE: Meta reports"),
        "{}",
        table.all()
    );

    // --level explains the two levels a number can have; NOT_APPLICABLE is only ever read.
    env.run(&["limits", "throughput", "--level", "not_applicable"]).expect_code(2);
}
