//! CAROUSEL components: category, card count, card shape and card uniformity.

use super::Ctx;
use super::body::{CARD_BODY_MAX, body};
use super::buttons::buttons;
use super::header::media_header;
use crate::templates::view::{Component, TemplateView};

const CARDS_MIN: usize = 2;
const CARDS_MAX: usize = 10;

pub(super) fn carousel(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>) {
    let ptr = format!("{}/cards", c.pointer);
    if v.category_upper().as_deref().is_some_and(|c| c != "MARKETING") {
        cx.emit("carousel-shape", &c.pointer, "carousel templates must be MARKETING", "set category = \"MARKETING\"");
    }
    let n = c.cards.len();
    if !(CARDS_MIN..=CARDS_MAX).contains(&n) {
        cx.emit(
            "carousel-card-count",
            &ptr,
            format!("the carousel has {n} card(s); it needs {CARDS_MIN} to {CARDS_MAX}"),
            "add or remove cards",
        );
    }
    let mut signatures = Vec::new();
    for card in &c.cards {
        let header = card.components.iter().find(|k| k.kind == "HEADER");
        match header.and_then(|h| h.format.as_deref()) {
            Some("IMAGE" | "VIDEO" | "PRODUCT") => {}
            Some(f) => cx.emit(
                "carousel-shape",
                &format!("{}/components", card.pointer),
                format!("card header format `{f}` is not allowed"),
                "give every card an IMAGE or VIDEO header",
            ),
            None => cx.emit(
                "carousel-shape",
                &format!("{}/components", card.pointer),
                "the card has no media header",
                "give every card an IMAGE or VIDEO header",
            ),
        }
        for k in &card.components {
            match k.kind.as_str() {
                "HEADER" => {
                    if let Some(f) = k.format.as_deref() {
                        media_header(cx, k, f);
                    }
                }
                "BODY" => body(cx, v, k, CARD_BODY_MAX, "card body"),
                "BUTTONS" => buttons(cx, v, k, true),
                other => cx.emit(
                    "carousel-shape",
                    &k.pointer,
                    format!("`{other}` components are not allowed on carousel cards"),
                    "cards hold a HEADER, an optional BODY and BUTTONS",
                ),
            }
        }
        let sig: Vec<String> = card
            .components
            .iter()
            .map(|k| {
                let buttons: Vec<&str> = k.buttons.iter().map(|b| b.kind.as_str()).collect();
                format!("{}:{}:{}", k.kind, k.format.as_deref().unwrap_or(""), buttons.join(","))
            })
            .collect();
        signatures.push(sig);
    }
    if let Some(first) = signatures.first() {
        for (i, sig) in signatures.iter().enumerate().skip(1) {
            if sig != first {
                cx.emit(
                    "carousel-cards-differ",
                    &c.cards[i].pointer,
                    format!("card {} has [{}] but card 1 has [{}]", i + 1, sig.join(" "), first.join(" ")),
                    "give all cards the same components, header format and button types in the same order",
                );
            }
        }
    }
}
