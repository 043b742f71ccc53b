//! Limited-time offers: `--offer-expires` becomes `limited_time_offer.expiration_time_ms`.

use serde_json::json;

use super::{create, env, received, refused, sandbox_refuses, send};

fn spring_getaway(has_expiration: bool) -> serde_json::Value {
    let name = if has_expiration { "spring_getaway" } else { "spring_teaser" };
    json!({"name": name, "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::YmVhY2g="]}},
        {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Offer ends soon", "has_expiration": has_expiration}},
        {"type": "BODY", "text": "Hi {{1}}, book your spring getaway now.", "example": {"body_text": [["Ada"]]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "COPY_CODE", "example": "SPRING25"},
            {"type": "URL", "text": "Book now", "url": "https://example.com/book?code={{1}}",
             "example": ["https://example.com/book?code=SPRING25"]}]}]})
}

const SEND: &[&str] = &[
    "--header-image",
    "https://example.com/beach.jpg",
    "--param",
    "Ada",
    "--code",
    "SPRING25",
    "--button-url-suffix",
    "SPRING25",
];

#[test]
fn offers_that_expire_need_a_future_expiry() {
    let env = env();
    create(&env, &spring_getaway(true));
    create(&env, &spring_getaway(false));
    let run = send(&env, "spring_getaway", &[SEND, &["--offer-expires", "2099-01-01T00:00:00Z", "--dry-run"]].concat());
    run.expect_code(0);
    insta::assert_snapshot!(run.stdout);
    let run = send(&env, "spring_getaway", &[SEND, &["--offer-expires", "+48h", "--dry-run", "-o", "json"]].concat());
    run.expect_code(0);
    let ms =
        run.json()["body"]["template"]["components"][1]["parameters"][0]["limited_time_offer"]["expiration_time_ms"]
            .as_i64()
            .unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    assert!(ms > now + 47 * 3_600_000 && ms <= now + 48 * 3_600_000, "{ms} vs {now}");
    send(&env, "spring_getaway", &[SEND, &["--offer-expires", "+2d"]].concat()).expect_code(0);
    send(&env, "spring_teaser", SEND).expect_code(0);
    assert_eq!(received(&env), 2);
    refused(
        &env,
        "spring_getaway",
        &[
            (SEND, "--offer-expires TIME"),
            (&[SEND, &["--offer-expires", "2020-01-01T00:00:00Z"]].concat(), "in the past"),
            (&[SEND, &["--offer-expires", "next week"]].concat(), "not an RFC 3339 time"),
        ],
    );
    refused(&env, "spring_teaser", &[(&[SEND, &["--offer-expires", "+1h"]].concat(), "has no expiration")]);
    sandbox_refuses(&env, "spring_getaway", SEND, "131008");
    sandbox_refuses(&env, "spring_teaser", &[SEND, &["--offer-expires", "+1h"]].concat(), "(#100)");
}
