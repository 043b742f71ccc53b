use serde_json::{Value, json};

use super::check;
use crate::messages::body::{self, Envelope, InteractiveText, ListRow, MediaRef};

fn env() -> Envelope {
    Envelope { to: "+16505551234".into(), ..Envelope::default() }
}

fn rule(body: &Value) -> &'static str {
    check(body).unwrap_err().rule
}

#[test]
fn text_limits() {
    assert!(check(&env().body("text", body::text("Hi", false))).is_ok());
    assert_eq!(rule(&env().body("text", body::text(&"x".repeat(4097), false))), "text-too-long");
    assert!(check(&env().body("text", body::text(&"é".repeat(4096), false))).is_ok(), "characters, not bytes");
    assert_eq!(rule(&env().body("text", body::text("", false))), "text-too-long");
    assert_eq!(rule(&env().body("text", json!({}))), "text-body-required");
    let mut no_plus = env().body("text", body::text("Hi", false));
    no_plus["to"] = json!("16505551234");
    assert_eq!(rule(&no_plus), "recipient-without-plus");
}

#[test]
fn media_rules() {
    let img = MediaRef::Id("1".into());
    assert!(check(&env().body("image", body::media(&img, Some("c"), None))).is_ok());
    assert_eq!(rule(&env().body("image", body::media(&img, Some(&"c".repeat(1025)), None))), "caption-too-long");
    assert_eq!(rule(&env().body("audio", body::media(&img, Some("c"), None))), "caption-not-allowed");
    assert_eq!(rule(&env().body("image", body::media(&img, None, Some("a.png")))), "filename-not-allowed");
    assert_eq!(rule(&env().body("image", json!({"id": "1", "link": "https://x"}))), "media-source");
    assert_eq!(rule(&env().body("video", json!({"link": "http://x/a.mp4"}))), "media-link-not-https");
}

#[test]
fn location_contacts_reaction() {
    assert!(check(&env().body("location", body::location(37.7, -122.4, None, None))).is_ok());
    assert_eq!(rule(&env().body("location", body::location(91.0, 0.0, None, None))), "location-latitude");
    assert_eq!(rule(&env().body("location", body::location(0.0, -181.0, None, None))), "location-longitude");
    let card = json!({"name": {"formatted_name": "Ada"}});
    assert!(check(&env().body("contacts", json!([card]))).is_ok());
    assert_eq!(rule(&env().body("contacts", json!([]))), "contacts-count");
    assert_eq!(rule(&env().body("contacts", json!([card, card, card, card, card, card]))), "contacts-count");
    assert_eq!(rule(&env().body("contacts", json!([{"name": {}}]))), "contact-name-required");
    assert!(check(&env().body("reaction", body::reaction("wamid.X", ""))).is_ok(), "empty emoji removes");
    assert_eq!(rule(&env().body("reaction", json!({"emoji": "👍"}))), "reaction-message-id");
}

#[test]
fn interactive_rules() {
    let t = InteractiveText { body: "Pick".into(), ..Default::default() };
    let b = |n: usize| (0..n).map(|i| (format!("id{i}"), format!("T{i}"))).collect::<Vec<_>>();
    assert!(check(&env().body("interactive", body::buttons(&t, &b(3)))).is_ok());
    assert_eq!(rule(&env().body("interactive", body::buttons(&t, &b(4)))), "buttons-count");
    assert_eq!(rule(&env().body("interactive", body::buttons(&t, &[("a".into(), "x".repeat(21))]))), "button-title");
    assert_eq!(
        rule(&env().body("interactive", body::buttons(&t, &[("a".into(), "A".into()), ("a".into(), "B".into())]))),
        "button-id-duplicate"
    );
    let long = InteractiveText { footer: Some("f".repeat(61)), ..t.clone() };
    assert_eq!(rule(&env().body("interactive", body::buttons(&long, &b(1)))), "interactive-footer-too-long");
    let row = |id: &str| ListRow { id: id.into(), title: "Row".into(), description: None };
    let ok = body::list(&t, "Menu", &[(None, vec![row("a"), row("b")])]);
    assert!(check(&env().body("interactive", ok)).is_ok());
    let eleven: Vec<ListRow> = (0..6).map(|i| row(&format!("r{i}"))).collect();
    let two = body::list(
        &t,
        "Menu",
        &[
            (Some("A".into()), eleven.clone()),
            (Some("B".into()), eleven.iter().map(|r| ListRow { id: format!("{}x", r.id), ..r.clone() }).collect()),
        ],
    );
    assert_eq!(rule(&env().body("interactive", two)), "list-rows-total");
    let untitled = body::list(&t, "Menu", &[(None, vec![row("a")]), (Some("B".into()), vec![row("b")])]);
    assert_eq!(rule(&env().body("interactive", untitled)), "list-section-title");
    assert_eq!(rule(&env().body("interactive", body::cta_url(&t, "Go", "http://x"))), "cta-url");
    assert!(check(&env().body("interactive", body::location_request("Where?"))).is_ok());
    assert_eq!(rule(&env().body("interactive", json!({"type": "nope"}))), "interactive-type");
}
