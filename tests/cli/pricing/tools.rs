//! `pricing market`, `rates`, `estimate` and `compare`.

use super::*;
use crate::common::TestEnv;

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
fn unknown_markets_and_bad_dates_exit_2() {
    let env = TestEnv::new();
    let run = env.run(&["pricing", "estimate", "--market", "Narnia", "--marketing", "3", "--date", "2026-10-05"]);
    run.expect_code(2);
    assert!(run.stderr.contains("Narnia") && run.stderr.contains("North America"), "{}", run.all());
    let run = env.run(&["pricing", "rates", "--market", "Narnia", "--date", "2026-10-05"]);
    run.expect_code(2);
    assert!(run.stderr.contains("Narnia"), "{}", run.all());
    let run = env.run(&["pricing", "rates", "--date", "05/10/2026"]);
    run.expect_code(2);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.all());
}
