//! Shared helpers for the linter's unit tests: payload builders and a lint-from-JSON shortcut.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Value, json};

use crate::templates::file::{FileFormat, TemplateFile};
use crate::templates::lint::{Diagnostic, lint_file};

pub(super) fn lint_value(v: &Value) -> Vec<Diagnostic> {
    lint_in(Path::new("mem"), v)
}

pub(super) fn lint_in(dir: &Path, v: &Value) -> Vec<Diagnostic> {
    let src = serde_json::to_string_pretty(v).unwrap();
    let file = TemplateFile::parse(dir.join("t.json"), FileFormat::Json, src).unwrap();
    lint_file(&file)
}

pub(super) fn tpl(category: &str, components: Value) -> Value {
    json!({ "name": "test_template", "language": "en_US", "category": category, "components": components })
}

pub(super) fn body(text: &str, ex: &[&str]) -> Value {
    if ex.is_empty() {
        json!({ "type": "BODY", "text": text })
    } else {
        json!({ "type": "BODY", "text": text, "example": { "body_text": [ex] } })
    }
}

pub(super) fn ok_body() -> Value {
    body("Hello {{1}}, your order has shipped and will arrive tomorrow morning.", &["Pablo"])
}

pub(super) fn buttons(list: Value) -> Value {
    json!({ "type": "BUTTONS", "buttons": list })
}

pub(super) fn qr(text: &str) -> Value {
    json!({ "type": "QUICK_REPLY", "text": text })
}

pub(super) fn url() -> Value {
    json!({ "type": "URL", "text": "Open", "url": "https://example.com/a" })
}

pub(super) fn phone() -> Value {
    json!({ "type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051310" })
}

pub(super) fn image_header() -> Value {
    json!({ "type": "HEADER", "format": "IMAGE", "example": { "header_handle": ["4::aW..."] } })
}

pub(super) fn card(header: Value, with_body: bool, btns: Value) -> Value {
    let mut comps = vec![header];
    if with_body {
        comps.push(json!({ "type": "BODY", "text": "A lovely plant with blue-green leaves." }));
    }
    comps.push(buttons(btns));
    json!({ "components": comps })
}

pub(super) fn std_card() -> Value {
    card(image_header(), true, json!([qr("More"), url()]))
}

pub(super) fn carousel(cards: Vec<Value>) -> Value {
    tpl("MARKETING", json!([ok_body(), { "type": "CAROUSEL", "cards": cards }]))
}

pub(super) fn auth(components: Value) -> Value {
    tpl("AUTHENTICATION", components)
}

pub(super) fn auth_body() -> Value {
    json!({ "type": "BODY", "add_security_recommendation": true })
}

pub(super) fn otp(extra: Value) -> Value {
    let mut b = json!({ "type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code" });
    for (k, v) in extra.as_object().unwrap() {
        b[k] = v.clone();
    }
    buttons(json!([b]))
}

pub(super) fn lto(components: Value) -> Value {
    tpl("MARKETING", components)
}

pub(super) fn offer(o: Value) -> Value {
    json!({ "type": "LIMITED_TIME_OFFER", "limited_time_offer": o })
}

pub(super) fn with(mut v: Value, key: &str, val: Value) -> Value {
    v[key] = val;
    v
}

/// `n` times the letter `a`.
pub(super) fn long(n: usize) -> String {
    "a".repeat(n)
}

pub(super) fn rules_of(d: &[Diagnostic]) -> BTreeSet<&'static str> {
    d.iter().map(|d| d.rule).collect()
}
