//! Currency and date_time parameters, LOCATION headers, carousels and limited-time offers.

use serde_json::json;

use super::*;
use crate::graph::models::MessageTemplate;

fn template(format: &str, components: serde_json::Value) -> MessageTemplate {
    serde_json::from_value(json!({"id": "1", "name": "rich", "language": "en_US", "status": "APPROVED",
        "category": "MARKETING", "parameter_format": format, "components": components}))
    .unwrap()
}

fn image(id: &str) -> Option<HeaderMedia> {
    Some(HeaderMedia { format: "IMAGE".into(), source: MediaRef::Id(id.into()) })
}

#[test]
fn currency_and_date_time_fill_the_body_and_the_preview() {
    let t = template("POSITIONAL", json!([{"type": "BODY", "text": "Hi {{1}}, {{2}} is due on {{3}}."}]));
    let p = Params {
        positional: vec![
            "Ada".into(),
            Param::currency_spec("USD:12.505:$12.51").unwrap(),
            Param::DateTime("May 1".into()),
        ],
        ..Params::default()
    };
    let built = build(&t, &p).unwrap();
    assert_eq!(
        built.object["components"][0]["parameters"],
        json!([{"type": "text", "text": "Ada"},
            {"type": "currency", "currency": {"fallback_value": "$12.51", "code": "USD", "amount_1000": 12505}},
            {"type": "date_time", "date_time": {"fallback_value": "May 1"}}])
    );
    assert_eq!(built.preview, "Hi Ada, $12.51 is due on May 1.");
    let t = template("NAMED", json!([{"type": "BODY", "text": "Total {{total}}"}]));
    let p = Params { named: vec![("total".into(), Param::currency_spec("EUR:3").unwrap())], ..Params::default() };
    let built = build(&t, &p).unwrap();
    assert_eq!(built.object["components"][0]["parameters"][0]["parameter_name"], "total");
    assert_eq!(built.preview, "Total EUR 3");
}

#[test]
fn location_headers_are_required_and_refused_elsewhere() {
    let t =
        template("POSITIONAL", json!([{"type": "HEADER", "format": "LOCATION"}, {"type": "BODY", "text": "See you"}]));
    assert_eq!(build(&t, &Params::default()).unwrap_err().rule, "template-header-missing");
    let location = json!({"latitude": "1.5", "longitude": "2", "name": "HQ"});
    let p = Params { header_location: Some(location.clone()), ..Params::default() };
    let built = build(&t, &p).unwrap();
    assert_eq!(
        built.object["components"][0],
        json!({"type": "header", "parameters": [{"type": "location", "location": location}]})
    );
    assert_eq!(built.preview, "[location] HQ\nSee you");
    let t = template("POSITIONAL", json!([{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "x"}]));
    let p = Params { header_location: Some(location.clone()), header_media: image("9"), ..Params::default() };
    assert_eq!(build(&t, &p).unwrap_err().place, "--header-location");
    let t = template("POSITIONAL", json!([{"type": "BODY", "text": "x"}]));
    let p = Params { header_location: Some(location), ..Params::default() };
    assert_eq!(build(&t, &p).unwrap_err().rule, "template-extra-header");
}

fn carousel(n: usize) -> MessageTemplate {
    let card = json!({"components": [
        {"type": "HEADER", "format": "IMAGE"},
        {"type": "BODY", "text": "Only {{1}}"},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "More"},
            {"type": "URL", "text": "Buy", "url": "https://example.com/p/{{1}}"}]}]});
    template(
        "POSITIONAL",
        json!([{"type": "BODY", "text": "Picks for {{1}}"},
        {"type": "CAROUSEL", "cards": vec![card; n]}]),
    )
}

fn card(id: &str, price: &str) -> Params {
    Params {
        header_media: image(id),
        positional: vec![price.into()],
        payloads: vec![format!("more-{id}")],
        url_suffixes: vec![id.into()],
        ..Params::default()
    }
}

#[test]
fn carousel_cards_are_built_in_order() {
    let p =
        Params { positional: vec!["Ada".into()], cards: vec![card("1", "$5"), card("2", "$6")], ..Params::default() };
    let built = build(&carousel(2), &p).unwrap();
    let c = &built.object["components"];
    assert_eq!(c[0]["type"], "body");
    assert_eq!(c[1]["type"], "carousel");
    assert_eq!(
        c[1]["cards"][1],
        json!({"card_index": 1, "components": [
            {"type": "header", "parameters": [{"type": "image", "image": {"id": "2"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": "$6"}]},
            {"type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{"type": "payload", "payload": "more-2"}]},
            {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "2"}]}]})
    );
    assert!(built.preview.contains("--- card 2 ---\n[image]\nOnly $6"), "{}", built.preview);
}

#[test]
fn carousel_count_params_and_header_are_checked() {
    let base = Params { positional: vec!["Ada".into()], ..Params::default() };
    let p = Params { cards: vec![card("1", "$5")], ..base.clone() };
    assert_eq!(build(&carousel(2), &p).unwrap_err().rule, "template-card-count");
    let mut extra = card("2", "$6");
    extra.positional.push("x".into());
    let p = Params { cards: vec![card("1", "$5"), extra], ..base.clone() };
    let e = build(&carousel(2), &p).unwrap_err();
    assert_eq!(e.rule, "template-extra-param");
    assert!(e.place.starts_with("card 2"), "{e}");
    let mut video = card("2", "$6");
    video.header_media = Some(HeaderMedia { format: "VIDEO".into(), source: MediaRef::Id("v".into()) });
    let p = Params { cards: vec![card("1", "$5"), video], ..base.clone() };
    assert_eq!(build(&carousel(2), &p).unwrap_err().rule, "template-header-format");
    let p = Params { cards: vec![card("1", "$5")], ..base };
    let t = template("POSITIONAL", json!([{"type": "BODY", "text": "Picks for {{1}}"}]));
    assert_eq!(build(&t, &p).unwrap_err().place, "--card");
}

#[test]
fn limited_time_offers_need_the_expiry_when_they_expire() {
    let lto = |has: bool| {
        template(
            "POSITIONAL",
            json!([{"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Sale", "has_expiration": has}},
            {"type": "BODY", "text": "Hurry"}]),
        )
    };
    assert_eq!(build(&lto(true), &Params::default()).unwrap_err().rule, "template-missing-param");
    let p = Params { offer_expires_ms: Some(1_798_761_600_000), ..Params::default() };
    let built = build(&lto(true), &p).unwrap();
    assert_eq!(
        built.object["components"][0],
        json!({"type": "limited_time_offer", "parameters": [
            {"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": 1_798_761_600_000_i64}}]})
    );
    assert!(built.preview.starts_with("*Sale* (offer ends 2027-01-01T00:00:00Z)"), "{}", built.preview);
    assert_eq!(build(&lto(false), &p).unwrap_err().place, "--offer-expires");
    let plain = template("POSITIONAL", json!([{"type": "BODY", "text": "Hurry"}]));
    assert_eq!(build(&plain, &p).unwrap_err().place, "--offer-expires");
}

#[test]
fn unchecked_carries_every_part() {
    let p = Params {
        positional: vec![Param::currency_spec("USD:1.5").unwrap()],
        header_location: Some(json!({"latitude": "1", "longitude": "2"})),
        cards: vec![card("1", "$5")],
        offer_expires_ms: Some(5),
        ..Params::default()
    };
    let o = unchecked("rich", "en_US", &p);
    let kinds: Vec<&str> = o["components"].as_array().unwrap().iter().map(|c| c["type"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["limited_time_offer", "header", "body", "carousel"]);
    assert_eq!(o["components"][2]["parameters"][0]["currency"]["amount_1000"], 1500);
    assert_eq!(o["components"][3]["cards"][0]["card_index"], 0);
}
