//! The `template` object built from the parameters alone, without the template's definition
//! (`send template --no-check`): Meta decides whether they fit.

use serde_json::{Value, json};

use super::Params;

/// The `template` object from the parameters alone: body parameters in order (named ones carry
/// `parameter_name`), the header, URL suffixes and payloads on buttons in the order given, the
/// carousel's cards and the offer's expiry.
pub fn unchecked(name: &str, language: &str, params: &Params) -> Value {
    let mut components = Vec::new();
    if let Some(ms) = params.offer_expires_ms {
        components.push(json!({ "type": "limited_time_offer", "parameters": [
            { "type": "limited_time_offer", "limited_time_offer": { "expiration_time_ms": ms } }] }));
    }
    components.extend(parts(params));
    if !params.cards.is_empty() {
        let cards: Vec<Value> = params
            .cards
            .iter()
            .enumerate()
            .map(|(i, card)| json!({ "card_index": i, "components": parts(card) }))
            .collect();
        components.push(json!({ "type": "carousel", "cards": cards }));
    }
    json!({ "name": name, "language": { "policy": "deterministic", "code": language }, "components": components })
}

/// Header, body and button components of `params`.
fn parts(params: &Params) -> Vec<Value> {
    let mut components = Vec::new();
    let mut header = Vec::new();
    if let Some(m) = &params.header_media {
        let kind = m.format.to_lowercase();
        let mut p = json!({ "type": kind });
        p[&kind] = Value::Object(m.source.object());
        header.push(p);
    }
    if let Some(location) = &params.header_location {
        header.push(json!({ "type": "location", "location": location }));
    }
    if let Some(t) = &params.header_text {
        header.push(json!({ "type": "text", "text": t }));
    }
    if !header.is_empty() {
        components.push(json!({ "type": "header", "parameters": header }));
    }
    let mut body: Vec<Value> = params.positional.iter().map(|v| v.json(None)).collect();
    body.extend(params.named.iter().map(|(k, v)| v.json(Some(k))));
    if body.is_empty()
        && let Some(code) = &params.code
    {
        body.push(json!({ "type": "text", "text": code }));
    }
    if !body.is_empty() {
        components.push(json!({ "type": "body", "parameters": body }));
    }
    let mut index = 0;
    for s in params.url_suffixes.iter().chain(params.code.iter()) {
        components.push(json!({ "type": "button", "sub_type": "url", "index": index.to_string(), "parameters": [{ "type": "text", "text": s }] }));
        index += 1;
    }
    for p in &params.payloads {
        components.push(json!({ "type": "button", "sub_type": "quick_reply", "index": index.to_string(), "parameters": [{ "type": "payload", "payload": p }] }));
        index += 1;
    }
    components
}
