//! Markets: `--market` by name, ISO code, country or number; `pricing market` and its `iso2` lists.

use super::*;
use crate::common::TestEnv;

fn estimate(env: &TestEnv, market: &str) -> crate::common::Run {
    env.run(&["pricing", "estimate", "--market", market, "--marketing", "3", "--date", "2026-10-05", "-o", "json"])
}

#[test]
fn market_by_name_code_or_number() {
    let env = TestEnv::new();
    for market in ["India", "india", "IN", "in", "+919876500003", "+91 98765 00003"] {
        let run = estimate(&env, market);
        run.expect_code(0);
        let v = run.json();
        assert_eq!(v["market"], "India", "{market}: {v}");
        assert_eq!(v["iso2"], json!(["IN"]), "{market}: {v}");
    }
    for (market, name) in
        [("North America", "North America"), ("US", "North America"), ("+14155550100", "North America")]
    {
        let v = estimate(&env, market).json();
        assert_eq!(v["market"], name, "{market}: {v}");
        assert_eq!(v["iso2"], json!(["CA", "US"]), "{v}");
    }
    let v = estimate(&env, "rest of africa").json();
    assert_eq!(v["market"], "Rest of Africa");
    assert!(v["iso2"].as_array().unwrap().len() > 10, "{v}");
    let run = env.run(&["pricing", "rates", "--market", "br", "--date", "2026-10-05", "-o", "json"]);
    run.expect_code(0);
    let rows = run.json()["rows"].clone();
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert_eq!(rows[0]["market"], "Brazil");
    assert_eq!(rows[0]["iso2"], json!(["BR"]));
}

#[test]
fn an_unknown_market_suggests_names_and_how_to_list_them() {
    let env = TestEnv::new();
    let run = env.run(&["pricing", "estimate", "--market", "Indai", "--marketing", "3", "--date", "2026-10-05"]);
    run.expect_code(2);
    assert!(run.stderr.contains("did you mean \"India\""), "{}", run.all());
    assert!(run.stderr.contains("waba pricing market"), "{}", run.all());
    assert!(run.stdout.is_empty());
    for bad in ["ZZ", "+12", "Atlantis"] {
        let run = env.run(&["pricing", "estimate", "--market", bad, "--marketing", "3", "-o", "json"]);
        run.expect_code(2);
        let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
        assert!(err["error"]["hint"].as_str().unwrap().contains("waba pricing market"), "{err}");
    }
}

#[test]
fn iso2_is_a_list_of_codes_in_every_format() {
    let env = TestEnv::new();
    let run = env.run(&["pricing", "market", "+14155550100", "--date", "2026-10-05", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["iso2"], json!(["CA", "US"]), "{v}");
    let csv = env.run(&["pricing", "market", "+14155550100", "--date", "2026-10-05", "-o", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(header, v.as_object().unwrap().keys().cloned().collect::<Vec<_>>());
    let record = reader.records().next().unwrap().unwrap();
    assert_eq!(&record[4], r#"["CA","US"]"#, "lists are JSON text in CSV");
    let table = env.run(&["pricing", "market", "+14155550100", "--date", "2026-10-05"]);
    assert!(table.stdout.contains("CA, US"), "{}", table.stdout);

    // Without a number: every market, each with its codes; none is ever "CA/US".
    let list = env.run(&["pricing", "market", "--date", "2026-10-05", "-o", "json"]).json();
    let markets = list.as_array().unwrap();
    assert!(markets.iter().any(|m| m["market"] == "North America" && m["iso2"] == json!(["CA", "US"])), "{list}");
    for m in markets {
        for code in m["iso2"].as_array().unwrap() {
            assert_eq!(code.as_str().unwrap().len(), 2, "{m}");
        }
    }
    // --explain rows carry the same field.
    let log = write(
        &env,
        "na.jsonl",
        &jsonl(&[ev("2026-10-05T00:00:00Z", "out", "+14155550100", "template", Some("marketing"))]),
    );
    let doc = env.run(&["pricing", "simulate", s(&log), "--explain", "-o", "json"]).json();
    assert_eq!(doc["events"][0]["iso2"], json!(["CA", "US"]), "{doc}");
}
