//! Payload shapes as Meta documents them for the create request (authentication presets, every button
//! kind, media and product carousels, limited-time offers) lint without errors. Warnings are allowed:
//! these check that the linter accepts real shapes, not that the wording is ideal.

use serde_json::{Value, json};

use super::support::*;
use crate::templates::lint::Severity;

fn marketing(name: &str, components: Value) -> Value {
    with(tpl("MARKETING", components), "name", json!(name))
}

fn utility(name: &str, components: Value) -> Value {
    with(tpl("UTILITY", components), "name", json!(name))
}

fn authentication(name: &str, otp_button: Value) -> Value {
    let v = auth(json!([
        { "type": "BODY", "add_security_recommendation": true },
        { "type": "FOOTER", "code_expiration_minutes": 10 },
        { "type": "BUTTONS", "buttons": [otp_button] }
    ]));
    with(with(v, "name", json!(name)), "message_send_ttl_seconds", json!(120))
}

fn text_header(text: &str) -> Value {
    json!({ "type": "HEADER", "format": "TEXT", "text": text })
}

fn footer(text: &str) -> Value {
    json!({ "type": "FOOTER", "text": text })
}

fn media_card(n: usize) -> Value {
    json!({ "components": [
        { "type": "HEADER", "format": "IMAGE", "example": { "header_handle": [format!("4::card{n}")] } },
        { "type": "BODY", "text": format!("Room {n} has a sea view, a balcony and breakfast included.") },
        buttons(json!([qr("Book it"), { "type": "URL", "text": "Details", "url": "https://example.com/rooms" }]))
    ] })
}

fn product_card() -> Value {
    json!({ "components": [
        { "type": "HEADER", "format": "PRODUCT" },
        buttons(json!([{ "type": "SPM", "text": "View" }]))
    ] })
}

fn shapes() -> Vec<(&'static str, Value)> {
    let copy = json!({ "type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code" });
    let app = json!([{ "package_name": "com.example.shop", "signature_hash": "Xy12Ab34Cd5" }]);
    let one_tap = json!({ "type": "OTP", "otp_type": "ONE_TAP", "text": "Copy code",
                          "autofill_text": "Autofill", "supported_apps": app });
    let zero_tap = json!({ "type": "OTP", "otp_type": "ZERO_TAP", "text": "Copy code", "autofill_text": "Autofill",
                           "zero_tap_terms_accepted": true, "supported_apps": app });
    let greeting = body("Hi {{1}}, thanks for your order; we will keep you posted on every step.", &["Maria"]);
    vec![
        ("auth copy code", authentication("login_copy", copy)),
        ("auth one tap", authentication("login_one_tap", one_tap)),
        ("auth zero tap", authentication("login_zero_tap", zero_tap)),
        (
            "text header, footer, quick replies",
            marketing(
                "autumn_news",
                json!([
                    text_header("Our autumn news"),
                    greeting.clone(),
                    footer("Reply STOP to opt out"),
                    buttons(json!([qr("Tell me more"), qr("Not now")]))
                ]),
            ),
        ),
        (
            "document header, phone and URL with variable",
            utility(
                "invoice_ready",
                json!([
                    { "type": "HEADER", "format": "DOCUMENT", "example": { "header_handle": ["4::invoice"] } },
                    greeting.clone(),
                    buttons(json!([
                        { "type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550051310" },
                        { "type": "URL", "text": "See invoice", "url": "https://example.com/invoice/{{1}}",
                          "example": ["https://example.com/invoice/A17"] }
                    ]))
                ]),
            ),
        ),
        (
            "location header",
            utility(
                "parcel_location",
                json!([
                    { "type": "HEADER", "format": "LOCATION" },
                    greeting.clone(),
                    footer("Questions? Just reply"),
                    buttons(json!([qr("Change address")]))
                ]),
            ),
        ),
        (
            "product header with SPM button",
            marketing(
                "cart_reminder",
                json!([
                    { "type": "HEADER", "format": "PRODUCT" },
                    greeting.clone(),
                    footer("Tap below to see it"),
                    buttons(json!([{ "type": "SPM", "text": "View" }]))
                ]),
            ),
        ),
        (
            "catalog button",
            marketing(
                "catalog_intro",
                json!([
                    greeting.clone(),
                    footer("Browse at any time"),
                    buttons(json!([{ "type": "CATALOG", "text": "View catalog" }]))
                ]),
            ),
        ),
        (
            "MPM button",
            marketing(
                "cart_items",
                json!([
                    text_header("Still in your cart"),
                    greeting.clone(),
                    buttons(json!([{ "type": "MPM", "text": "View items" }]))
                ]),
            ),
        ),
        (
            "quick reply with copy code",
            marketing(
                "welcome_code",
                json!([
                    text_header("A code for you"),
                    greeting.clone(),
                    buttons(json!([qr("Unsubscribe"), { "type": "COPY_CODE", "example": "WELCOME10" }]))
                ]),
            ),
        ),
        (
            "media carousel",
            marketing(
                "room_carousel",
                json!([greeting.clone(), { "type": "CAROUSEL", "cards": [media_card(1), media_card(2), media_card(3)] }]),
            ),
        ),
        (
            "product carousel",
            marketing(
                "product_carousel",
                json!([greeting.clone(), { "type": "CAROUSEL", "cards": [product_card(), product_card()] }]),
            ),
        ),
        (
            "limited-time offer",
            marketing(
                "spring_getaway",
                json!([
                    { "type": "HEADER", "format": "IMAGE", "example": { "header_handle": ["4::beach"] } },
                    { "type": "LIMITED_TIME_OFFER", "limited_time_offer": { "text": "Offer ends soon", "has_expiration": true } },
                    greeting,
                    buttons(json!([
                        { "type": "COPY_CODE", "example": "SPRING25" },
                        { "type": "URL", "text": "Book now", "url": "https://example.com/book?code={{1}}",
                          "example": ["https://example.com/book?code=SPRING25"] }
                    ]))
                ]),
            ),
        ),
    ]
}

#[test]
fn meta_shapes_lint_without_errors() {
    let all = shapes();
    assert!(all.len() >= 10);
    for (what, payload) in &all {
        let diags = lint_value(payload);
        assert!(diags.iter().all(|d| d.severity == Severity::Warning), "{what}: {diags:#?}");
    }
}
