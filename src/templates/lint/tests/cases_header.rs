//! Failing cases: HEADER and FOOTER components.

use serde_json::{Value, json};

use super::support::*;

/// (rule that must fire, payload).
pub(super) fn cases() -> Vec<(&'static str, Value)> {
    vec![
        ("header-format", tpl("MARKETING", json!([{ "type": "HEADER", "text": "Hi" }, ok_body()]))),
        ("header-format", tpl("MARKETING", json!([{ "type": "HEADER", "format": "AUDIO" }, ok_body()]))),
        ("header-format", tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT" }, ok_body()]))),
        (
            "header-too-long",
            tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT", "text": long(61) }, ok_body()])),
        ),
        (
            "header-too-many-variables",
            tpl(
                "MARKETING",
                json!([{ "type": "HEADER", "format": "TEXT", "text": "{{1}} and {{2}} here",
                          "example": { "header_text": ["a", "b"] } }, ok_body()]),
            ),
        ),
        (
            "emoji-or-newline-in-header",
            tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT", "text": "Hello\nthere" }, ok_body()])),
        ),
        (
            "emoji-or-newline-in-header",
            tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT", "text": "Party time 🎉" }, ok_body()])),
        ),
        (
            "emoji-or-newline-in-header",
            tpl("MARKETING", json!([{ "type": "HEADER", "format": "TEXT", "text": "*Bold* news" }, ok_body()])),
        ),
        (
            "location-header-category",
            auth(json!([{ "type": "HEADER", "format": "LOCATION" }, auth_body(), otp(json!({}))])),
        ),
        (
            "gif-header",
            tpl(
                "MARKETING",
                json!([{ "type": "HEADER", "format": "GIF", "example": { "header_handle": ["4::x"] } }, ok_body()]),
            ),
        ),
        ("footer-too-long", tpl("MARKETING", json!([ok_body(), { "type": "FOOTER", "text": long(61) }]))),
        ("footer-has-variables", tpl("MARKETING", json!([ok_body(), { "type": "FOOTER", "text": "Bye {{1}}" }]))),
    ]
}
