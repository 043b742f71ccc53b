//! Failing cases: promotional wording and buttons.

use serde_json::{Value, json};

use super::support::*;

/// (rule that must fire, payload).
pub(super) fn cases() -> Vec<(&'static str, Value)> {
    vec![
        (
            "promotional-utility",
            tpl("UTILITY", json!([body("Your order has shipped. Big sale: 50% off everything this week!", &[])])),
        ),
        ("promotional-utility", tpl("UTILITY", json!([ok_body(), buttons(json!([qr("Shop now")]))]))),
        (
            "unknown-button-type",
            tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "TELEPATHY", "text": "x" }]))])),
        ),
        (
            "too-many-buttons",
            tpl(
                "MARKETING",
                json!([ok_body(), buttons(Value::Array((0..11).map(|i| qr(&format!("Option {i}"))).collect()))]),
            ),
        ),
        ("too-many-buttons", tpl("MARKETING", json!([ok_body(), buttons(json!([url(), url(), url()]))]))),
        ("too-many-buttons", tpl("MARKETING", json!([ok_body(), buttons(json!([phone(), phone()]))]))),
        (
            "too-many-buttons",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(
                        json!([{ "type": "COPY_CODE", "example": "A1" }, { "type": "COPY_CODE", "example": "B2" }])
                    )
                ]),
            ),
        ),
        ("too-many-buttons", carousel(vec![card(image_header(), true, json!([qr("A"), qr("B"), url()])); 2])),
        ("button-order", tpl("MARKETING", json!([ok_body(), buttons(json!([qr("A"), url(), qr("B")]))]))),
        ("button-order", tpl("MARKETING", json!([ok_body(), buttons(json!([url(), qr("B"), phone()]))]))),
        ("button-text-missing", tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "QUICK_REPLY" }]))]))),
        ("button-text-missing", tpl("MARKETING", json!([ok_body(), buttons(json!([qr("  ")]))]))),
        ("button-text-too-long", tpl("MARKETING", json!([ok_body(), buttons(json!([qr(&long(26))]))]))),
        (
            "url-format",
            tpl(
                "MARKETING",
                json!([ok_body(), buttons(json!([{ "type": "URL", "text": "Go", "url": "www.example.com" }]))]),
            ),
        ),
        (
            "url-format",
            tpl(
                "MARKETING",
                json!([ok_body(), buttons(json!([{ "type": "URL", "text": "Go", "url": "https://exa mple.com" }]))]),
            ),
        ),
        ("url-format", tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "URL", "text": "Go" }]))]))),
        (
            "url-format",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(json!([{ "type": "URL", "text": "Go", "url": format!("https://x.com/{}", long(2000)) }]))
                ]),
            ),
        ),
        (
            "url-format",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(
                        json!([{ "type": "URL", "text": "Go", "url": "https://{{1}}", "example": ["https://a.com"] }])
                    )
                ]),
            ),
        ),
        (
            "url-variable-not-at-end",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(
                        json!([{ "type": "URL", "text": "Go", "url": "https://x.com/{{1}}/track", "example": ["https://x.com/1/track"] }])
                    )
                ]),
            ),
        ),
        (
            "url-variable-not-at-end",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(
                        json!([{ "type": "URL", "text": "Go", "url": "https://x.com/{{1}}/{{2}}", "example": ["https://x.com/1/2"] }])
                    )
                ]),
            ),
        ),
        (
            "phone-number-format",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(json!([{ "type": "PHONE_NUMBER", "text": "Call", "phone_number": "+1 (555) 005-1310" }]))
                ]),
            ),
        ),
        (
            "phone-number-format",
            tpl(
                "MARKETING",
                json!([
                    ok_body(),
                    buttons(json!([{ "type": "PHONE_NUMBER", "text": "Call", "phone_number": "1".repeat(21) }]))
                ]),
            ),
        ),
        (
            "phone-number-format",
            tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "PHONE_NUMBER", "text": "Call" }]))])),
        ),
        ("copy-code-example", tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "COPY_CODE" }]))]))),
        (
            "copy-code-example",
            tpl(
                "MARKETING",
                json!([ok_body(), buttons(json!([{ "type": "COPY_CODE", "example": "SUMMER-SALE-2025-X" }]))]),
            ),
        ),
        ("otp-outside-authentication", tpl("UTILITY", json!([ok_body(), otp(json!({}))]))),
    ]
}
