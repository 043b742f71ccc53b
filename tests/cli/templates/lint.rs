//! `templates lint` and `templates rules`, offline.

use serde_json::Value;

use super::*;
use crate::common::TestEnv;

#[test]
fn the_examples_lint_clean() {
    let run = TestEnv::new().run(&["templates", "lint", &examples()]);
    run.expect_code(0);
    assert!(run.stdout.contains("0 errors") || run.stderr.contains("0 errors"), "{}", run.all());
    let run = TestEnv::new().run(&["templates", "lint", &examples(), "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["errors"], 0, "{v}");
    assert!(v["files_checked"].as_u64().unwrap() >= 8, "{v}");
}

#[test]
fn a_bad_template_fails_with_one_diagnostic_per_rule() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let dir = dir.to_str().unwrap();
    let run = env.run(&["templates", "lint", dir]);
    run.expect_code(8);
    assert!(run.stdout.contains("error[name-format]"), "{}", run.all());

    let run = env.run(&["templates", "lint", dir, "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    let diags = v["diagnostics"].as_array().unwrap();
    let rules: Vec<_> = diags.iter().map(|d| d["rule"].as_str().unwrap()).collect();
    for rule in ["name-format", "unknown-language", "dangling-variable", "missing-example"] {
        assert!(rules.contains(&rule), "no {rule}: {rules:?}");
    }
    for d in diags {
        for key in ["file", "pointer", "line", "message", "fix"] {
            assert!(d.get(key).is_some_and(|x| !x.is_null()), "diagnostic without `{key}`: {d}");
        }
        assert!(d["file"].as_str().unwrap().ends_with("bad.toml"), "{d}");
        assert!(d["line"].as_u64().unwrap() >= 1, "{d}");
        assert!(!d["fix"].as_str().unwrap().is_empty(), "{d}");
    }
    let by_rule = |r: &str| diags.iter().find(|d| d["rule"] == r).unwrap();
    assert_eq!(by_rule("name-format")["pointer"], "/name");
    assert_eq!(by_rule("name-format")["line"], 1);
    assert_eq!(by_rule("unknown-language")["pointer"], "/language");
    assert_eq!(by_rule("unknown-language")["line"], 2);
    assert_eq!(v["errors"], diags.iter().filter(|d| d["severity"] == "error").count());
}

#[test]
fn warnings_pass_unless_denied() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let dir = dir.to_str().unwrap();
    let run = env.run(&["templates", "lint", dir, "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    assert_eq!(v["errors"], 0, "{v}");
    assert_eq!(v["warnings"], 1, "{v}");
    assert_eq!(v["diagnostics"][0]["rule"], "promotional-utility");
    assert_eq!(v["diagnostics"][0]["severity"], "warning");

    let run = env.run(&["templates", "lint", dir, "--deny-warnings"]);
    run.expect_code(8);
    assert!(run.stderr.contains("warning"), "{}", run.all());
}

#[test]
fn deny_warnings_json_error_names_warnings() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("promo.json", PROMOTIONAL_UTILITY)]);
    let run = env.run(&["templates", "lint", dir.to_str().unwrap(), "--deny-warnings", "-o", "json"]);
    run.expect_code(8);
    let err: Value = serde_json::from_str(run.stderr.trim()).expect("one JSON object on stderr");
    assert!(err["error"]["message"].as_str().unwrap().contains("warning"), "{err}");
}

#[test]
fn malformed_toml_and_missing_paths() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("broken.toml", "name = \"x\"\nlanguage = \"en_US\ncategory = \"UTILITY\"\n")]);
    let run = env.run(&["templates", "lint", dir.join("broken.toml").to_str().unwrap(), "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "parse-error", "{v}");
    assert_eq!(d["line"], 2, "{v}");

    let missing = env.data_dir().join("no-such-templates");
    let run = env.run(&["templates", "lint", missing.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stderr.contains("no-such-templates"), "{}", run.all());
}

#[test]
fn rules_list_ids_and_severities() {
    let run = TestEnv::new().run(&["templates", "rules", "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let rules = v.as_array().unwrap();
    let find = |id: &str| rules.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("no rule {id}: {v}"));
    assert_eq!(find("name-format")["severity"], "error");
    assert_eq!(find("body-too-long")["severity"], "error");
    assert_eq!(find("promotional-utility")["severity"], "warning");
    assert_eq!(find("control-character")["severity"], "error");
    assert!(rules.iter().all(|r| r["severity"] == "error" || r["severity"] == "warning"), "{v}");
}

#[test]
fn lint_csv_output() {
    let env = TestEnv::new();
    let dir = template_dir(&env, &[("bad.toml", BAD)]);
    let run = env.run(&["templates", "lint", dir.to_str().unwrap(), "-o", "csv"]);
    run.expect_code(8);
    let mut lines = run.stdout.lines();
    assert_eq!(lines.next(), Some("rule,severity,file,pointer,line,message,fix"));
    let mut rdr = csv::Reader::from_reader(run.stdout.as_bytes());
    let rows: Vec<_> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 4, "{}", run.stdout);
    assert!(rows.iter().any(|r| &r[0] == "name-format" && &r[3] == "/name" && &r[4] == "1"), "{}", run.stdout);
}

#[test]
fn an_escaped_nul_fails_lint_with_its_line() {
    let env = TestEnv::new();
    let json = "{\n  \"name\": \"nul_text\",\n  \"language\": \"en_US\",\n  \"category\": \"UTILITY\",\n  \"components\": [\n    {\"type\": \"BODY\", \"text\": \"Your code\\u0000 is ready for pickup at the front desk.\"}\n  ]\n}\n";
    let dir = template_dir(&env, &[("nul.json", json)]);
    let run = env.run(&["templates", "lint", dir.to_str().unwrap(), "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    let found = v.to_string();
    assert!(found.contains("control-character") && found.contains("U+0000"), "{v}");
}
