//! Failing cases: variable syntax, numbering, placement and examples.

use serde_json::{Value, json};

use super::support::*;

/// (rule that must fire, payload).
pub(super) fn cases() -> Vec<(&'static str, Value)> {
    vec![
        (
            "malformed-variable",
            tpl("MARKETING", json!([body("Hello {{ 1 }}, your order is on its way to you now.", &["x"])])),
        ),
        (
            "malformed-variable",
            tpl("MARKETING", json!([body("Hello {{1}, your order is on its way to you now.", &[])])),
        ),
        (
            "malformed-variable",
            tpl("MARKETING", json!([body("Hello {{#1}}, your order is on its way to you now.", &["x"])])),
        ),
        ("malformed-variable", tpl("MARKETING", json!([body("Hello {1}, your order is on its way to you now.", &[])]))),
        (
            "variable-not-sequential",
            tpl("MARKETING", json!([body("Hi {{1}}, order {{3}} ships today to your home address.", &["a", "b"])])),
        ),
        (
            "variable-not-sequential",
            tpl("MARKETING", json!([body("Hi {{2}}, order {{1}} ships today to your home address.", &["a", "b"])])),
        ),
        (
            "variable-not-sequential",
            tpl("MARKETING", json!([body("Hi {{0}}, your order ships today to your home address.", &["a"])])),
        ),
        (
            "named-variable-format",
            with(
                tpl(
                    "MARKETING",
                    json!([{ "type": "BODY", "text": "Hi {{FirstName}}, your order ships today to your home.",
                  "example": { "body_text_named_params": [{ "param_name": "FirstName", "example": "Pablo" }] } }]),
                ),
                "parameter_format",
                json!("named"),
            ),
        ),
        (
            "mixed-variable-formats",
            tpl("MARKETING", json!([body("Hi {{first_name}}, your order ships today to your home address.", &["a"])])),
        ),
        (
            "mixed-variable-formats",
            with(
                tpl(
                    "MARKETING",
                    json!([{ "type": "BODY", "text": "Hi {{1}}, your order ships today to your home address.",
                  "example": { "body_text_named_params": [{ "param_name": "first_name", "example": "Pablo" }] } }]),
                ),
                "parameter_format",
                json!("NAMED"),
            ),
        ),
        (
            "dangling-variable",
            tpl("MARKETING", json!([body("{{1}}, your order ships today to your home address.", &["a"])])),
        ),
        (
            "dangling-variable",
            tpl("MARKETING", json!([body("Your order ships today to your home address {{1}}  ", &["a"])])),
        ),
        (
            "adjacent-variables",
            tpl(
                "MARKETING",
                json!([body("Dear customer, {{1}} {{2}} is ready for pickup at the store.", &["a", "b"])]),
            ),
        ),
        (
            "missing-example",
            tpl("MARKETING", json!([body("Hi {{1}}, your order ships today to your home address.", &[])])),
        ),
        (
            "missing-example",
            tpl("MARKETING", json!([body("Hi {{1}}, order {{2}} ships today to your home address.", &["only one"])])),
        ),
        (
            "missing-example",
            tpl("MARKETING", json!([body("Hi {{1}}, your order ships today to your home address.", &[" "])])),
        ),
        ("missing-example", tpl("MARKETING", json!([body("No variables in this body text at all.", &["extra"])]))),
        (
            "missing-example",
            with(
                tpl(
                    "MARKETING",
                    json!([{ "type": "BODY", "text": "Hi {{first_name}}, order {{order_id}} ships today to you.",
                  "example": { "body_text_named_params": [{ "param_name": "first_name", "example": "Pablo" },
                                                          { "param_name": "unused", "example": "x" }] } }]),
                ),
                "parameter_format",
                json!("named"),
            ),
        ),
        ("missing-example", tpl("MARKETING", json!([{ "type": "HEADER", "format": "IMAGE" }, ok_body()]))),
        (
            "missing-example",
            tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT", "text": "Hi {{1}}" }, ok_body()])),
        ),
        (
            "missing-example",
            tpl(
                "MARKETING",
                json!([ok_body(), buttons(json!([{ "type": "URL", "text": "Go", "url": "https://x.com/{{1}}" }]))]),
            ),
        ),
        (
            "variable-ratio",
            tpl("MARKETING", json!([body("Hi {{1}}, {{2}} and {{3}} for {{4}} now.", &["a", "b", "c", "d"])])),
        ),
    ]
}
