//! Failing cases: top-level fields, component list, body presence and length.

use serde_json::{Value, json};

use super::support::*;

/// (rule that must fire, payload).
pub(super) fn cases() -> Vec<(&'static str, Value)> {
    let base = tpl("MARKETING", json!([ok_body()]));
    vec![
        (
            "missing-example",
            tpl(
                "MARKETING",
                json!([{ "type": "BODY", "text": "Hi {{1}}, your order ships today to your home.", "example": { "body_text": ["Pablo"] } }]),
            ),
        ),
        ("invalid-structure", with(base.clone(), "components", json!("BODY"))),
        ("invalid-structure", json!(["not", "an", "object"])),
        ("invalid-structure", json!({ "name": "x" })),
        ("invalid-structure", tpl("MARKETING", json!([ok_body(), buttons(json!([{ "text": "no type" }]))]))),
        ("invalid-structure", with(base.clone(), "name", json!(42))),
        (
            "control-character",
            tpl("MARKETING", json!([body("Hello\u{0}{{1}}, your order has shipped today.", &["Pablo"])])),
        ),
        ("control-character", tpl("MARKETING", json!([ok_body(), { "type": "FOOTER", "text": "Bye\u{1b}[0m" }]))),
        ("name-format", with(base.clone(), "name", json!("Order-Update"))),
        ("name-format", with(base.clone(), "name", json!(long(513)))),
        ("name-format", with(base.clone(), "name", json!(""))),
        ("unknown-language", with(base.clone(), "language", json!("en-US"))),
        ("unknown-language", with(base.clone(), "language", json!("klingon"))),
        ("unknown-category", with(base.clone(), "category", json!("PROMOTION"))),
        ("unknown-parameter-format", with(base.clone(), "parameter_format", json!("numbered"))),
        ("unknown-component-type", tpl("MARKETING", json!([ok_body(), { "type": "STICKER" }]))),
        ("duplicate-component", tpl("MARKETING", json!([ok_body(), ok_body()]))),
        ("body-missing", tpl("MARKETING", json!([{ "type": "FOOTER", "text": "hi" }]))),
        ("body-missing", tpl("MARKETING", json!([{ "type": "BODY" }]))),
        ("body-too-long", tpl("MARKETING", json!([body(&format!("Hi {}", "word ".repeat(205)), &[])]))),
        (
            "body-too-long",
            lto(json!([offer(json!({"text": "Hurry", "has_expiration": true})), body(&"word ".repeat(121), &[])])),
        ),
        (
            "body-too-long",
            carousel(vec![
                json!({ "components": [image_header(), { "type": "BODY", "text": long(161) }, buttons(json!([qr("A")]))] });
                2
            ]),
        ),
    ]
}
