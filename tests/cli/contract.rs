//! One contract for machine output, for every list command: `-o json` parses, `-o ndjson`
//! is one object per line with the JSON items' keys, and the CSV header is those keys.

use serde_json::Value;

use crate::common::TestEnv;

fn examples() -> String {
    format!("{}/examples/templates", env!("CARGO_MANIFEST_DIR"))
}

/// Keys of a JSON object, flattened the way CSV writes them (`parent.child`).
fn flat_keys(prefix: &str, v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) if !map.is_empty() || prefix.is_empty() => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flat_keys(&key, v, out);
            }
        }
        _ => out.push(prefix.to_string()),
    }
}

/// Check the contract; `items` picks the list out of the JSON document.
fn check(env: &TestEnv, args: &[&str], items: fn(&Value) -> &Value) {
    let with = |format: &str| {
        let mut all = args.to_vec();
        all.extend(["-o", format]);
        env.run(&all)
    };
    let json = with("json");
    let doc = json.json();
    let items = items(&doc).as_array().unwrap_or_else(|| panic!("{args:?}: no list in {doc}")).clone();
    assert!(!items.is_empty(), "{args:?}: empty list");

    let ndjson = with("ndjson");
    assert_eq!(ndjson.code, json.code, "{args:?}: exit codes differ");
    let lines: Vec<Value> = ndjson
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{args:?}: line is not JSON ({e}): {l}")))
        .collect();
    assert_eq!(lines.len(), items.len(), "{args:?}: one line per item:\n{}", ndjson.stdout);
    for (line, item) in lines.iter().zip(&items) {
        assert!(line.is_object(), "{args:?}: {line}");
        assert_eq!(line, item, "{args:?}: NDJSON line and JSON item differ");
    }

    let csv = with("csv");
    assert_eq!(csv.code, json.code, "{args:?}: exit codes differ");
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let header: Vec<String> = reader.headers().expect("CSV header").iter().map(str::to_string).collect();
    let mut expected: Vec<String> = Vec::new();
    for item in &items {
        let mut keys = Vec::new();
        flat_keys("", item, &mut keys);
        for k in keys {
            if !expected.contains(&k) {
                expected.push(k);
            }
        }
    }
    assert_eq!(header, expected, "{args:?}: CSV header is not the JSON field names");
    assert_eq!(reader.records().count(), items.len(), "{args:?}: one CSV row per item");
}

fn whole(v: &Value) -> &Value {
    v
}

#[test]
fn every_list_command_keeps_the_contract() {
    let env = TestEnv::new();
    check(&env, &["--sandbox", "numbers", "list"], whole);
    check(&env, &["--sandbox", "templates", "list"], whole);
    check(&env, &["templates", "rules"], whole);
    check(&env, &["--sandbox", "limits", "show"], |v| &v["phone_numbers"]);
    check(&env, &["pricing", "rates"], |v| &v["rows"]);
    check(
        &env,
        &["pricing", "estimate", "--market", "Brazil", "--marketing", "3", "--date", "2026-10-05"],
        |v| &v["lines"],
    );
    check(&env, &["limits", "plan", "--target", "10k", "--from", "1k", "--regime", "per-number"], |v| &v["days"]);
    // `templates lint`: one finding per line.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.json"), r#"{"name": "Bad Name", "language": "en", "category": "UTILITY"}"#)
        .unwrap();
    check(&env, &["templates", "lint", dir.path().to_str().unwrap()], |v| &v["diagnostics"]);
}

#[test]
fn numbers_health_rows_and_summary() {
    let env = TestEnv::new();
    let json = env.run(&["--sandbox", "numbers", "health", "-o", "json"]);
    let doc = json.json();
    let s = &doc["summary"];
    let total = s["ok"].as_u64().unwrap() + s["warn"].as_u64().unwrap() + s["fail"].as_u64().unwrap();
    assert_eq!(s["checked"].as_u64(), Some(total), "{doc}");
    let ndjson = env.run(&["--sandbox", "numbers", "health", "-o", "ndjson"]);
    let lines: Vec<Value> = ndjson.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len() as u64, total, "{}", ndjson.all());
    let keys: Vec<&String> = lines[0].as_object().unwrap().keys().collect();
    let csv = env.run(&["--sandbox", "numbers", "health", "-o", "csv"]);
    let header = csv.stdout.lines().next().unwrap();
    assert_eq!(header, keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","));
    // One case for a verdict in every format.
    for line in &lines {
        let verdict = line["verdict"].as_str().unwrap();
        assert!(["ok", "warn", "fail"].contains(&verdict), "{line}");
    }
    assert!(csv.stdout.contains(",fail,"), "{}", csv.stdout);
    let table = env.run(&["--sandbox", "numbers", "health"]);
    let words = || table.stdout.split_whitespace();
    assert!(words().any(|w| w == "fail") && !words().any(|w| w == "FAIL"), "{}", table.stdout);
}

#[test]
fn health_fail_on_warn_tells_warn_from_ok() {
    let env = TestEnv::new();
    // The sandbox's numbers warn and fail: failures exit 8 either way, and the message says
    // which level counted.
    let run = env.run(&["--sandbox", "numbers", "health", "--fail-on", "warn", "-o", "json"]);
    run.expect_code(8);
    let doc = run.json();
    assert_eq!(doc["fail_on"], "warn", "{doc}");
    assert_eq!(doc["ok"], false);
    assert!(run.stderr.contains("warned or failed"), "{}", run.all());
    let run = env.run(&["--sandbox", "numbers", "health", "--fail-on", "bogus"]);
    run.expect_code(2);
}

#[test]
fn quiet_check_that_passes_prints_nothing() {
    let env = TestEnv::new();
    let run = env.run(&["-q", "templates", "lint", &examples()]);
    run.expect_code(0);
    assert_eq!(run.stdout, "", "{}", run.all());
    assert_eq!(run.stderr, "", "{}", run.all());
    // A failing check still speaks under -q.
    let run = env.run(&["-q", "--sandbox", "numbers", "health"]);
    run.expect_code(8);
    assert!(!run.stdout.is_empty() && !run.stderr.is_empty(), "{}", run.all());
}

#[test]
fn usage_errors_are_json_with_json_output() {
    let env = TestEnv::new();
    for args in [
        &["-o", "json", "numbers", "bogus"][..],
        &["numbers", "health", "--fail-on", "nope", "-o", "ndjson"][..],
        &["--output=json", "pricing", "market"][..],
    ] {
        let run = env.run(args);
        run.expect_code(2);
        assert_eq!(run.stdout, "", "{}", run.all());
        let lines: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one JSON object on stderr: {}", run.all());
        let v: Value = serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("{e}: {}", run.all()));
        assert_eq!(v["error"]["kind"], "usage", "{v}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty(), "{v}");
        assert!(v["error"]["hint"].is_string(), "{v}");
    }
    // Without -o json, clap's own text.
    let run = env.run(&["numbers", "bogus"]);
    run.expect_code(2);
    assert!(run.stderr.starts_with("error:"), "{}", run.all());
}

#[test]
fn no_assumptions_hides_the_section() {
    let env = TestEnv::new();
    let shown = env.run(&["--sandbox", "limits", "show"]);
    assert!(shown.stdout.contains("Assumptions"), "{}", shown.all());
    for flag in ["--no-assumptions", "-q"] {
        let hidden = env.run(&["--sandbox", "limits", "show", flag]);
        assert!(!hidden.stdout.contains("Assumptions"), "{flag}: {}", hidden.all());
    }
}
