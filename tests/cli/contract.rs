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
    // A field that is null in some item and an object in others (e.g. `conversation`) is written
    // as the object's columns, empty for the null items: compare with those columns folded.
    let nullable: Vec<&String> = items
        .iter()
        .filter_map(Value::as_object)
        .flat_map(|o| o.iter())
        .filter(|(_, v)| v.is_null())
        .map(|(k, _)| k)
        .collect();
    let fold = |keys: &[String]| {
        let mut out: Vec<String> = Vec::new();
        for key in keys {
            let top = key.split('.').next().unwrap_or(key);
            let key = if nullable.iter().any(|n| n.as_str() == top) { top.to_string() } else { key.clone() };
            if !out.contains(&key) {
                out.push(key);
            }
        }
        out
    };
    assert_eq!(fold(&header), fold(&expected), "{args:?}: CSV header is not the JSON field names");
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
        &["--output=json", "pricing", "market", "--date", "soon"][..],
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

/// A log of `n` marketing templates to new users, one a second from 2026-10-05.
fn sends(n: usize) -> tempfile::NamedTempFile {
    use std::io::Write;
    let mut file = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    writeln!(file, "ts,dir,user,type,category,id").unwrap();
    for i in 0..n {
        writeln!(file, "2026-10-05T00:{:02}:{:02}Z,out,+1415555{i:04},template,marketing,m{i}", i / 60, i % 60)
            .unwrap();
    }
    file
}

#[test]
fn pricing_and_limits_rows_keep_the_contract() {
    let env = TestEnv::new();
    let log = sends(300);
    let log = log.path().to_str().unwrap();
    // --explain: the streamed JSON document's `events`, one NDJSON line and one CSV row each.
    check(&env, &["pricing", "simulate", log, "--explain"], |v| &v["events"]);
    check(&env, &["pricing", "market", "--date", "2026-10-05"], whole);
    check(&env, &["pricing", "rates", "--date", "2026-10-05"], |v| &v["rows"]);

    // The summary: NDJSON lines and CSV rows are the same (dimension, key) buckets.
    let summary_rows = |args: &[&str]| {
        let ndjson = env.run(&[args, &["-o", "ndjson"]].concat());
        let csv = env.run(&[args, &["-o", "csv"]].concat());
        let lines: Vec<Value> = ndjson.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert!(!lines.is_empty(), "{}", ndjson.all());
        let keys: Vec<String> = lines[0].as_object().unwrap().keys().cloned().collect();
        let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(header, keys, "{args:?}: CSV header is not the JSON field names");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), lines.len(), "{args:?}");
        for (row, line) in rows.iter().zip(&lines) {
            for (cell, key) in row.iter().zip(&keys) {
                let want = match &line[key] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                assert_eq!(cell, want, "{args:?}: {key}: numbers print the same in CSV as in JSON");
            }
        }
        (ndjson.code, lines)
    };
    let (code, lines) = summary_rows(&["pricing", "simulate", log]);
    assert_eq!(code, 0);
    assert_eq!(lines[0]["dimension"], "category");
    assert_eq!(lines[0]["messages"], 300, "raw numbers, no separators");

    // `limits check`: one line / row per blocked send or pair-rate violation, exit 8 in every format.
    let (code, lines) = summary_rows(&["limits", "check", log]);
    assert_eq!(code, 8);
    let doc = env.run(&["limits", "check", log, "-o", "json"]).json();
    let listed = doc["blocked"].as_array().unwrap().len() + doc["pair_violations"].as_array().unwrap().len();
    assert_eq!(lines.len(), listed, "{doc}");
    assert_eq!(lines[0]["problem"], "blocked");
    assert_eq!(lines[0]["limit"], 250);
    let table = env.run(&["limits", "check", log]);
    assert!(table.stdout.contains("250 (250 users/24h)"), "{}", table.stdout);
}

#[test]
fn streamed_explain_document_has_every_event_and_the_summary() {
    let env = TestEnv::new();
    let log = sends(120);
    let log = log.path().to_str().unwrap();
    let plain = env.run(&["pricing", "simulate", log, "-o", "json"]).json();
    let explained = env.run(&["pricing", "simulate", log, "--explain", "-o", "json"]);
    explained.expect_code(0);
    let mut doc = explained.json();
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(keys[0], "events", "the events come first, the summary after them");
    let events = doc.as_object_mut().unwrap().remove("events").unwrap();
    assert_eq!(events.as_array().unwrap().len(), 120);
    assert_eq!(doc, plain, "the fields after the events are the summary");
    // Pretty-printed like every other JSON document.
    assert_eq!(explained.stdout, format!("{}\n", serde_json::to_string_pretty(&explained.json()).unwrap()));
    // A table shows the first rows and says where the rest are.
    let table = env.run(&["pricing", "simulate", log, "--explain"]);
    assert!(table.stdout.contains("Events: first 50 of 120"), "{}", table.stdout);
}

#[test]
fn quiet_limits_check_that_passes_prints_nothing() {
    let env = TestEnv::new();
    let log = sends(3);
    let log = log.path().to_str().unwrap();
    for args in [&["-q", "limits", "check", log][..], &["limits", "check", log, "--quiet", "-o", "json"][..]] {
        let run = env.run(args);
        run.expect_code(0);
        assert_eq!(run.stdout, "", "{}", run.all());
        assert_eq!(run.stderr, "", "{}", run.all());
    }
    // Without -q it reports, assumptions included unless --no-assumptions.
    let run = env.run(&["limits", "check", log]);
    assert!(run.stdout.contains("Assumptions"), "{}", run.all());
    let run = env.run(&["limits", "check", log, "--no-assumptions"]);
    assert!(run.stdout.contains("Summary") && !run.stdout.contains("Assumptions"), "{}", run.all());
    // A failing check still speaks under -q.
    let log = sends(300);
    let run = env.run(&["-q", "limits", "check", log.path().to_str().unwrap()]);
    run.expect_code(8);
    assert!(!run.stdout.is_empty() && !run.stderr.is_empty(), "{}", run.all());
}
