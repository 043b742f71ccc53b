//! Pricing rules through the binary: Meta's examples, regimes, windows, free tiers, fees.

use serde_json::{Value, json};

use super::*;
use crate::common::TestEnv;

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
