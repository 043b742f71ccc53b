//! Inputs found by fuzzing (issue 9 §6): control characters, and inputs that used to take quadratic time. These
//! check the diagnostics, not the time (see `benches/lint.rs` for that).

use serde_json::{Value, json};

use super::support::*;
use crate::templates::file::{FileFormat, TemplateFile};
use crate::templates::lint::lint_file;

fn lint_src(src: &str) -> Vec<crate::templates::lint::Diagnostic> {
    lint_file(&TemplateFile::parse("t.json", FileFormat::Json, src.to_owned()).unwrap())
}

#[test]
fn an_escaped_nul_in_json_is_refused_with_its_place() {
    let src = r#"{"name":"nul_body","language":"en_US","category":"UTILITY","components":[{"type":"BODY","text":"Your code\u0000 is ready for pickup at the front desk."}]}"#;
    let d = lint_src(src);
    let c: Vec<_> = d.iter().filter(|d| d.rule == "control-character").collect();
    assert_eq!(c.len(), 1, "{d:#?}");
    assert_eq!(c[0].pointer, "/components/0/text");
    assert!(c[0].message.contains("U+0000") && c[0].message.contains("character 10"), "{}", c[0].message);
    assert_eq!(c[0].line, Some(1));
    // Newlines, carriage returns and tabs in a body are not control-character findings.
    let fine = tpl("UTILITY", json!([body("Your order\r\nhas\tshipped and arrives tomorrow, {{1}} thanks.", &["x"])]));
    assert!(lint_value(&fine).iter().all(|d| d.rule != "control-character"));
    // Anywhere in the payload: a button, a key with a slash in the pointer.
    let v = tpl("UTILITY", json!([ok_body(), buttons(json!([qr("Ok\u{7}")])), {"type": "X", "a/b": "\u{1}"}]));
    let ptrs: Vec<String> =
        lint_value(&v).into_iter().filter(|d| d.rule == "control-character").map(|d| d.pointer).collect();
    assert_eq!(ptrs, ["/components/1/buttons/0/text", "/components/2/a~1b"]);
}

fn braces_body(n: usize) -> Value {
    tpl("UTILITY", json!([{ "type": "BODY", "text": "{{".repeat(n / 2) }]))
}

#[test]
fn a_body_of_unmatched_braces_gives_bounded_right_diagnostics() {
    for n in [8, 254_000] {
        let d = lint_value(&braces_body(n));
        let malformed: Vec<_> = d.iter().filter(|d| d.rule == "malformed-variable").collect();
        assert!(!malformed.is_empty(), "{n}: {d:#?}");
        assert!(malformed[0].message.contains("at character 1 has no matching"), "{}", malformed[0].message);
        // Not one diagnostic per brace pair: the list stays readable and the rest are counted.
        assert!(malformed.len() <= 11, "{n}: {}", malformed.len());
        if n > 100 {
            assert!(malformed.iter().any(|d| d.message.contains("more")), "{malformed:#?}");
        }
        assert!(d.iter().any(|d| d.rule == "body-too-long") == (n / 2 * 2 > 1024));
    }
}

fn nested_cards(depth: usize) -> Value {
    let mut c = json!({ "type": "BODY", "text": "x" });
    for _ in 0..depth {
        c = json!({ "type": "CAROUSEL", "cards": [{ "components": [c, { "type": "BODY", "text": "{{1}" }] }] });
    }
    tpl("MARKETING", json!([c]))
}

#[test]
fn deeply_nested_cards_and_many_components_still_lint() {
    let d = lint_value(&nested_cards(30));
    assert!(d.iter().any(|d| d.rule == "malformed-variable"), "{d:#?}");
    assert!(d.iter().any(|d| d.rule == "carousel-shape" || d.rule == "carousel-card-count"), "{d:#?}");
    let comps: Vec<Value> = (0..3000).map(|i| json!({ "type": "BODY", "text": format!("{{{{{i}}} x") })).collect();
    let d = lint_value(&tpl("UTILITY", Value::Array(comps)));
    assert!(d.iter().any(|d| d.rule == "duplicate-component"), "{d:#?}");
    assert!(d.iter().all(|d| d.line.is_some()), "every diagnostic keeps its line");
}
