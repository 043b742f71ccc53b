//! Carousel templates: cards from `--card N:KEY=VALUE` and from a params file.

use serde_json::json;

use super::{create, env, received, refused, sandbox_refuses, send};

fn plant_picks() -> serde_json::Value {
    let card = json!({"components": [
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
        {"type": "BODY", "text": "Only {{1}} this week.", "example": {"body_text": [["$5"]]}},
        {"type": "BUTTONS", "buttons": [
            {"type": "QUICK_REPLY", "text": "More like this"},
            {"type": "URL", "text": "Buy", "url": "https://example.com/p/{{1}}", "example": ["https://example.com/p/fern"]}]}]});
    json!({"name": "plant_picks", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "BODY", "text": "Hi {{1}}, our picks for you:", "example": {"body_text": [["Ada"]]}},
        {"type": "CAROUSEL", "cards": [card.clone(), card]}]})
}

const CARDS: &[&str] = &[
    "--param",
    "Ada",
    "--card",
    "1:header-image=https://example.com/fern.jpg",
    "--card",
    "1:param=$5",
    "--card",
    "1:quick-reply=more-fern",
    "--card",
    "1:button-url-suffix=fern",
    "--card",
    "2:header-image=1037543291543636",
    "--card",
    "2:param-currency=USD:6.50:$6.50",
    "--card",
    "2:quick-reply=more-ivy",
    "--card",
    "2:button-url-suffix=ivy",
];

#[test]
fn carousel_cards_from_flags_and_file() {
    let env = env();
    create(&env, &plant_picks());
    let run = send(&env, "plant_picks", &[CARDS, &["--dry-run"]].concat());
    run.expect_code(0);
    insta::assert_snapshot!(run.stdout);
    send(&env, "plant_picks", CARDS).expect_code(0);
    assert_eq!(received(&env), 1);
    // A local file is uploaded first (shown as a placeholder in a dry run).
    let png = env.data_dir().parent().unwrap().join("ivy.png");
    std::fs::write(&png, [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).unwrap();
    let file = env.data_dir().parent().unwrap().join("cards.json");
    let cards = json!({"params": ["Ada"], "cards": [
        {"header_image": "https://example.com/fern.jpg", "params": ["$5"], "buttons": [{"payload": "p1"}, {"url_suffix": "fern"}]},
        {"header_image": png.to_str().unwrap(), "params": [{"type": "currency", "code": "USD", "amount": "6.5"}],
         "buttons": [{"payload": "p2"}, {"url_suffix": "ivy"}]}]});
    std::fs::write(&file, cards.to_string()).unwrap();
    let run = send(&env, "plant_picks", &["--params", file.to_str().unwrap(), "--dry-run", "-o", "json"]);
    run.expect_code(0);
    let carousel = &run.json()["body"]["template"]["components"][1];
    assert_eq!(carousel["type"], "carousel", "{}", run.all());
    let header = &carousel["cards"][1]["components"][0]["parameters"][0]["image"]["id"];
    assert!(header.as_str().unwrap().contains("once uploaded"), "{header}");
    assert_eq!(carousel["cards"][1]["components"][1]["parameters"][0]["currency"]["amount_1000"], 6500);

    let one: Vec<&str> = CARDS[..10].to_vec();
    let mut extra = CARDS.to_vec();
    extra.extend(["--card", "2:param=x"]);
    let mut video = CARDS.to_vec();
    video[11] = "2:header-video=https://example.com/v.mp4";
    let mut no_header = CARDS.to_vec();
    no_header.drain(10..12);
    let mut bad_n = CARDS.to_vec();
    bad_n[11] = "11:param=x";
    refused(
        &env,
        "plant_picks",
        &[
            (&one, "the carousel has 2 card(s); 1 given"),
            (&extra, "card 2"),
            (&video, "the header is image, not video"),
            (&bad_n, "--card 11:param=x"),
            (&no_header, "--card 2:header-image"),
            (&["--param", "Ada", "--card", "1:colour=red"], "'colour' is not a card option"),
        ],
    );
    sandbox_refuses(&env, "plant_picks", &one, "132000");
}
