//! Payloads that must lint clean.

use serde_json::{Value, json};

use super::support::*;

/// Payloads that must produce no diagnostic at all (limits exactly at the boundary, valid variants).
pub(super) fn clean() -> Vec<Value> {
    let at = |n: usize| "a".repeat(n);
    vec![
        tpl("MARKETING", json!([ok_body()])),
        tpl("marketing", json!([{ "type": "body", "text": "Plain text with no variables at all." }])),
        with(tpl("UTILITY", json!([ok_body()])), "name", json!(format!("a{}", "_".repeat(511)))),
        tpl("MARKETING", json!([body(&format!("Hi {}", "b".repeat(1021)), &[])])),
        tpl(
            "MARKETING",
            json!([{ "type": "HEADER", "format": "TEXT", "text": at(60) }, ok_body(), { "type": "FOOTER", "text": at(60) }]),
        ),
        tpl(
            "MARKETING",
            json!([{ "type": "HEADER", "format": "TEXT", "text": "Order {{1}} update", "example": { "header_text": ["42"] } }, ok_body()]),
        ),
        tpl("UTILITY", json!([{ "type": "HEADER", "format": "LOCATION" }, ok_body()])),
        tpl(
            "UTILITY",
            json!([{ "type": "HEADER", "format": "DOCUMENT", "example": { "header_handle": ["4::d"] } }, ok_body()]),
        ),
        tpl(
            "MARKETING",
            json!([body("Hi {{1}}, order {{2}} ships today; {{1}}, thanks for shopping with us.", &["a", "b"])]),
        ),
        with(
            tpl(
                "MARKETING",
                json!([{ "type": "BODY", "text": "Hi {{first_name}}, order {{order_id}} ships today to you.",
              "example": { "body_text_named_params": [{ "param_name": "order_id", "example": "42" },
                                                      { "param_name": "first_name", "example": "Pablo" }] } }]),
            ),
            "parameter_format",
            json!("named"),
        ),
        tpl("MARKETING", json!([ok_body(), buttons(json!([qr("A"), qr("B"), url(), phone()]))])),
        tpl("MARKETING", json!([ok_body(), buttons(json!([url(), phone(), qr("A"), qr("B")]))])),
        tpl(
            "MARKETING",
            json!([ok_body(), buttons(Value::Array((0..10).map(|i| qr(&format!("Option {i}"))).collect()))]),
        ),
        tpl(
            "MARKETING",
            json!([
                ok_body(),
                buttons(
                    json!([qr(&at(25)), { "type": "URL", "text": "Go", "url": "https://x.com/t?id={{1}}", "example": ["https://x.com/t?id=7"] }, { "type": "PHONE_NUMBER", "text": "Call", "phone_number": "+15550051310" }])
                )
            ]),
        ),
        tpl("MARKETING", json!([ok_body(), buttons(json!([{ "type": "COPY_CODE", "example": "ABCDEFGHIJ12345" }]))])),
        auth(json!([auth_body(), { "type": "FOOTER", "code_expiration_minutes": 90 }, otp(json!({}))])),
        auth(
            json!([auth_body(), { "type": "FOOTER", "code_expiration_minutes": 1 }, otp(json!({ "otp_type": "one_tap", "autofill_text": "Autofill", "package_name": "a.b", "signature_hash": "K8a0AINcGX7" }))]),
        ),
        auth(json!([
            auth_body(),
            otp(
                json!({ "otp_type": "ZERO_TAP", "zero_tap_terms_accepted": true, "supported_apps": [{ "package_name": "a.b", "signature_hash": "K8a0AINcGX7" }] })
            )
        ])),
        lto(json!([
            image_header(),
            offer(json!({"text": "Expiring offer!", "has_expiration": true})),
            body(&format!("Hi {}", "c".repeat(597)), &[]),
            buttons(json!([{ "type": "COPY_CODE", "example": "SAVE25" }, url()]))
        ])),
        carousel(vec![std_card(), std_card()]),
        carousel(vec![card(image_header(), false, json!([qr("More")])); 10]),
        carousel(vec![card(image_header(), true, json!([qr("More"), url()])); 2]),
        tpl(
            "MARKETING",
            json!([ok_body(), { "type": "FOOTER", "text": "x" }, { "type": "BUTTONS", "buttons": [qr("Stop")] }]),
        ),
        with(tpl("MARKETING", json!([ok_body()])), "some_new_meta_field", json!({ "x": [1, null] })),
    ]
}
