//! Failing cases: authentication, limited-time offer and carousel shapes.

use serde_json::{Value, json};

use super::support::*;

/// (rule that must fire, payload).
pub(super) fn cases() -> Vec<(&'static str, Value)> {
    vec![
        (
            "auth-template-shape",
            auth(
                json!([{ "type": "BODY", "text": "Your code is {{1}}", "example": { "body_text": [["123"]] } }, otp(json!({}))]),
            ),
        ),
        ("auth-template-shape", auth(json!([auth_body()]))),
        ("auth-template-shape", auth(json!([auth_body(), buttons(json!([qr("Not me")]))]))),
        ("auth-template-shape", auth(json!([auth_body(), otp(json!({ "otp_type": "ONE_TAP" }))]))),
        (
            "auth-template-shape",
            auth(json!([
                auth_body(),
                otp(json!({ "otp_type": "ZERO_TAP", "supported_apps": [{ "package_name": "a.b" }] }))
            ])),
        ),
        ("auth-template-shape", auth(json!([auth_body(), otp(json!({ "otp_type": "TWO_TAP" }))]))),
        (
            "auth-template-shape",
            auth(json!([auth_body(), { "type": "FOOTER", "code_expiration_minutes": 91 }, otp(json!({}))])),
        ),
        (
            "auth-template-shape",
            auth(json!([auth_body(), { "type": "FOOTER", "code_expiration_minutes": 0 }, otp(json!({}))])),
        ),
        ("auth-template-shape", auth(json!([auth_body(), { "type": "FOOTER", "text": "Thanks" }, otp(json!({}))]))),
        ("auth-template-shape", auth(json!([image_header(), auth_body(), otp(json!({}))]))),
        (
            "auth-template-shape",
            auth(json!([{ "type": "BODY", "add_security_recommendation": "yes" }, otp(json!({}))])),
        ),
        ("lto-shape", tpl("UTILITY", json!([offer(json!({"text": "Hurry", "has_expiration": true})), ok_body()]))),
        (
            "lto-shape",
            lto(
                json!([offer(json!({"text": "Hurry", "has_expiration": true})), ok_body(), { "type": "FOOTER", "text": "x" }]),
            ),
        ),
        ("lto-shape", lto(json!([offer(json!({"text": "Expiring offer!!!", "has_expiration": true})), ok_body()]))),
        ("lto-shape", lto(json!([offer(json!({"text": "Hurry", "has_expiration": "yes"})), ok_body()]))),
        ("lto-shape", lto(json!([{ "type": "LIMITED_TIME_OFFER" }, ok_body()]))),
        ("lto-shape", lto(json!([offer(json!({"has_expiration": true})), ok_body()]))),
        ("carousel-shape", with(carousel(vec![std_card(), std_card()]), "category", json!("UTILITY"))),
        (
            "carousel-shape",
            carousel(vec![card(json!({ "type": "HEADER", "format": "TEXT", "text": "x" }), true, json!([qr("A")])); 2]),
        ),
        (
            "carousel-shape",
            carousel(vec![json!({ "components": [ { "type": "BODY", "text": "No header here." } ] }); 2]),
        ),
        (
            "carousel-shape",
            carousel(vec![card(image_header(), true, json!([{ "type": "COPY_CODE", "example": "A1" }])); 2]),
        ),
        (
            "carousel-shape",
            carousel(vec![json!({ "components": [ image_header(), { "type": "FOOTER", "text": "x" } ] }); 2]),
        ),
        ("carousel-card-count", carousel(vec![std_card()])),
        ("carousel-card-count", carousel(vec![std_card(); 11])),
        (
            "carousel-cards-differ",
            carousel(vec![
                std_card(),
                card(
                    json!({ "type": "HEADER", "format": "VIDEO", "example": { "header_handle": ["4::v"] } }),
                    true,
                    json!([qr("More"), url()]),
                ),
            ]),
        ),
        ("carousel-cards-differ", carousel(vec![std_card(), card(image_header(), false, json!([qr("More"), url()]))])),
        ("carousel-cards-differ", carousel(vec![std_card(), card(image_header(), true, json!([url(), qr("More")]))])),
        (
            "header-file-misplaced",
            tpl(
                "MARKETING",
                json!([{ "type": "HEADER", "format": "TEXT", "text": "Hi", "header_file": "a.png" }, ok_body()]),
            ),
        ),
    ]
}
