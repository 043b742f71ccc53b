//! Unit tests for the linter: one or more failing payloads per rule (the rule must fire) and clean
//! payloads (nothing may fire). Failing cases live in the `cases_*` modules, grouped by rule family.

mod adversarial;
mod cases_buttons;
mod cases_header;
mod cases_shapes;
mod cases_structure;
mod cases_variables;
mod clean;
mod header_files;
mod meta_shapes;
mod support;

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::{RULES, Severity};
use clean::clean;
use support::*;

/// (rule that must fire, payload), in rule-family order.
fn failing() -> Vec<(&'static str, Value)> {
    [
        cases_structure::cases(),
        cases_header::cases(),
        cases_variables::cases(),
        cases_buttons::cases(),
        cases_shapes::cases(),
    ]
    .concat()
}

#[test]
fn every_failing_case_fires_its_rule() {
    for (i, (rule, payload)) in failing().into_iter().enumerate() {
        let diags = lint_value(&payload);
        assert!(
            diags.iter().any(|d| d.rule == rule),
            "case {i}: expected `{rule}`, got {:?}\n{}",
            rules_of(&diags),
            serde_json::to_string(&payload).unwrap()
        );
    }
}

#[test]
fn clean_cases_produce_nothing() {
    for (i, payload) in clean().into_iter().enumerate() {
        let diags = lint_value(&payload);
        assert!(diags.is_empty(), "clean case {i}: {diags:#?}");
    }
}

#[test]
fn body_too_long_limits_are_exact() {
    let count = |v: &Value| lint_value(v).iter().filter(|d| d.rule == "body-too-long").count();
    assert_eq!(count(&tpl("MARKETING", json!([body(&"x".repeat(1024), &[])]))), 0);
    assert_eq!(count(&tpl("MARKETING", json!([body(&"x".repeat(1025), &[])]))), 1);
    let card_body = |n: usize| json!({ "components": [image_header(), { "type": "BODY", "text": "y".repeat(n) }, buttons(json!([qr("A")]))] });
    assert_eq!(count(&carousel(vec![card_body(160), card_body(160)])), 0);
    assert_eq!(count(&carousel(vec![card_body(161), card_body(160)])), 1);
    let o = offer(json!({"text": "x", "has_expiration": false}));
    assert_eq!(count(&lto(json!([o.clone(), body(&"z".repeat(600), &[])]))), 0);
    assert_eq!(count(&lto(json!([o, body(&"z".repeat(601), &[])]))), 1);
}

/// Rules exercised elsewhere (file-level, or needing files on disk).
const TESTED_ELSEWHERE: &[&str] = &[
    "parse-error",
    "unreadable-file",
    "duplicate-identity",
    "duplicate-content",
    "header-file-missing",
    "header-file-type",
    "header-file-too-large",
];

#[test]
fn every_rule_has_a_failing_case_and_ids_are_unique() {
    let covered: BTreeSet<&str> = failing().iter().map(|(r, _)| *r).chain(TESTED_ELSEWHERE.iter().copied()).collect();
    let mut ids = BTreeSet::new();
    for r in RULES {
        assert!(ids.insert(r.id), "duplicate rule id {}", r.id);
        assert!(covered.contains(r.id), "rule {} has no failing test case", r.id);
        assert!(r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    }
    for id in &covered {
        assert!(ids.contains(id), "test names unknown rule {id}");
    }
}

#[test]
fn diagnostics_carry_rule_severity_and_fix() {
    for (_, payload) in failing() {
        for d in lint_value(&payload) {
            let rule = RULES.iter().find(|r| r.id == d.rule).expect("rule in RULES");
            assert_eq!(rule.severity, d.severity);
            assert!(!d.message.is_empty() && !d.fix.is_empty());
            assert!(d.pointer.is_empty() || d.pointer.starts_with('/'));
        }
    }
    let d = lint_value(&with(tpl("MARKETING", json!([ok_body()])), "language", json!("en-US")));
    assert_eq!(d[0].fix, "use `en_US`");
    let warn = lint_value(&tpl("UTILITY", json!([body("Huge sale today on all of the plants in our shop.", &[])])));
    assert_eq!(warn[0].severity, Severity::Warning);
}

#[test]
fn serialises_snake_case() {
    let d = &lint_value(&with(tpl("MARKETING", json!([ok_body()])), "name", json!("Bad Name")))[0];
    let v = serde_json::to_value(d).unwrap();
    assert_eq!(v["rule"], "name-format");
    assert_eq!(v["severity"], "error");
    assert_eq!(v["pointer"], "/name");
    assert!(v["line"].is_number());
    assert!(v.get("fix").is_some() && v.get("file").is_some());
}
