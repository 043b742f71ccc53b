//! The parts of a template send beyond header, body and buttons: a CAROUSEL's cards (each
//! filled like a small template of its own: header media, body parameters, buttons) and a
//! LIMITED_TIME_OFFER's expiry. Send shapes as Meta's template-components guide documents them
//! (`{type: carousel, cards: [{card_index, components}]}`, `{type: limited_time_offer,
//! parameters: [{type: limited_time_offer, limited_time_offer: {expiration_time_ms}}]}`) — not
//! in the OpenAPI spec; verify against the live API.

use serde_json::{Value, json};

use super::{Fill, Params, buttons};
use crate::messages::CheckError;

/// Meta's card count for a carousel.
pub const CARDS: std::ops::RangeInclusive<usize> = 2..=10;

/// Add the `carousel` component: one card of `params.cards` per card of the definition.
pub(super) fn fill(state: &mut Fill<'_>, component: &Value) -> Result<(), CheckError> {
    let defined = component["cards"].as_array().cloned().unwrap_or_default();
    let given = &state.params().cards;
    if given.len() != defined.len() {
        return Err(CheckError::new(
            "template-card-count",
            "--card",
            format!("the carousel has {} card(s); {} given", defined.len(), given.len()),
            format!("give --card N:… for each card N from 1 to {}", defined.len()),
        ));
    }
    let given = given.clone();
    let mut cards = Vec::new();
    for (i, (card, params)) in defined.iter().zip(&given).enumerate() {
        let n = i + 1;
        let place = |e: CheckError| CheckError {
            place: format!("card {n} {}", e.place),
            hint: e
                .hint
                .replace("--header-", &format!("--card {n}:header-"))
                .replace("--param ", &format!("--card {n}:param="))
                .replace("--button-url-suffix ", &format!("--card {n}:button-url-suffix="))
                .replace("--button-payload", &format!("--card {n}:quick-reply")),
            ..e
        };
        let mut sub = Fill::new(false, params);
        for c in card["components"].as_array().into_iter().flatten() {
            match c["type"].as_str().unwrap_or_default().to_ascii_uppercase().as_str() {
                "HEADER" => sub.header(c).map_err(place)?,
                "BODY" => sub.body(c, false).map_err(place)?,
                "BUTTONS" => buttons::fill(&mut sub, c).map_err(place)?,
                _ => {}
            }
        }
        if card["components"]
            .as_array()
            .is_none_or(|c| !c.iter().any(|c| c["type"].as_str().is_some_and(|t| t.eq_ignore_ascii_case("HEADER"))))
            && params.header_media.is_some()
        {
            return Err(place(CheckError::new(
                "template-extra-header",
                "header",
                "the card has no header",
                "remove it",
            )));
        }
        sub.leftovers("card").map_err(place)?;
        cards.push(json!({ "card_index": i, "components": sub.components }));
        state.preview.push(format!("--- card {n} ---"));
        state.preview.extend(sub.preview);
    }
    state.components.push(json!({ "type": "carousel", "cards": cards }));
    Ok(())
}

/// Add the `limited_time_offer` component when the offer expires.
pub(super) fn offer(state: &mut Fill<'_>, component: &Value) -> Result<(), CheckError> {
    let offer = &component["limited_time_offer"];
    let text = offer["text"].as_str().unwrap_or_default();
    if !offer["has_expiration"].as_bool().unwrap_or(false) {
        if state.params().offer_expires_ms.is_some() {
            return Err(CheckError::new(
                "template-extra-param",
                "--offer-expires",
                "the template's limited-time offer has no expiration",
                "remove --offer-expires",
            ));
        }
        state.preview.push(format!("*{text}*"));
        return Ok(());
    }
    let Some(ms) = state.params().offer_expires_ms else {
        return Err(CheckError::new(
            "template-missing-param",
            "LIMITED_TIME_OFFER",
            format!("the offer '{text}' expires and needs its expiry time"),
            "give --offer-expires TIME (RFC 3339, e.g. 2026-12-31T23:59:00Z, or relative like +48h)",
        ));
    };
    state.components.push(json!({ "type": "limited_time_offer", "parameters": [
        { "type": "limited_time_offer", "limited_time_offer": { "expiration_time_ms": ms } }] }));
    let until = jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_else(|_| ms.to_string());
    state.preview.push(format!("*{text}* (offer ends {until})"));
    Ok(())
}

/// Refusals for parts given that the template does not have.
pub(super) fn unused(name: &str, params: &Params, carousel: bool, offer: bool) -> Result<(), CheckError> {
    if !carousel && !params.cards.is_empty() {
        return Err(CheckError::new(
            "template-extra-param",
            "--card",
            format!("template {name} is not a carousel"),
            "remove the --card options",
        ));
    }
    if !offer && params.offer_expires_ms.is_some() {
        return Err(CheckError::new(
            "template-extra-param",
            "--offer-expires",
            format!("template {name} has no limited-time offer"),
            "remove --offer-expires",
        ));
    }
    Ok(())
}
