//! The parts of a template send beyond header, body and buttons, as Meta answers them:
//! typed body parameters (currency, date_time), LOCATION headers, carousels (card count
//! 132000, each card checked like a template) and limited-time offers (expiry required, 131008;
//! not in the past, #100).

use serde_json::Value;

use super::errors::{invalid, missing, param_count, param_format};
use super::fields::{Obj, entry};
use super::template::{components, params_of};
use crate::sandbox::error::GraphError;

/// Body parameters are text, currency or date_time, and typed ones are complete.
pub fn body_types(params: &[&Obj]) -> Result<(), GraphError> {
    for (i, p) in params.iter().enumerate() {
        let place = format!("template['components']['body']['parameters'][{i}]");
        match p.get("type").and_then(Value::as_str).unwrap_or("text") {
            "text" => {}
            "currency" => {
                let c = p
                    .get("currency")
                    .and_then(Value::as_object)
                    .ok_or_else(|| missing(&format!("{place}['currency']")))?;
                let code = c.get("code").and_then(Value::as_str).unwrap_or_default();
                if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(invalid(&format!("{place}['currency']['code']"), "must be an ISO 4217 currency code"));
                }
                if !c.get("amount_1000").is_some_and(|a| a.is_i64() || a.is_u64()) {
                    return Err(invalid(&format!("{place}['currency']['amount_1000']"), "must be an integer"));
                }
                fallback(c, &format!("{place}['currency']"))?;
            }
            "date_time" => {
                let d = p
                    .get("date_time")
                    .and_then(Value::as_object)
                    .ok_or_else(|| missing(&format!("{place}['date_time']")))?;
                fallback(d, &format!("{place}['date_time']"))?;
            }
            other => {
                return Err(param_format(format!(
                    "body: parameter {i} is '{other}'; body parameters are text, currency or date_time"
                )));
            }
        }
    }
    Ok(())
}

fn fallback(o: &Obj, place: &str) -> Result<(), GraphError> {
    match o.get("fallback_value").and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => Ok(()),
        _ => Err(missing(&format!("{place}['fallback_value']"))),
    }
}

/// A location header parameter has coordinates in range.
pub fn location(p: &Obj) -> Result<(), GraphError> {
    let place = "template['components']['header']['parameters'][0]['location']";
    let l = p.get("location").and_then(Value::as_object).ok_or_else(|| missing(place))?;
    for (key, limit) in [("latitude", 90.0), ("longitude", 180.0)] {
        let v = l.get(key).ok_or_else(|| missing(&format!("{place}['{key}']")))?;
        let x = v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse::<f64>().ok()));
        if !x.is_some_and(|x| (-limit..=limit).contains(&x)) {
            return Err(invalid(&format!("{place}['{key}']"), &format!("must be a number from -{limit} to {limit}")));
        }
    }
    Ok(())
}

fn find<'a>(defs: &'a [Value], kind: &str) -> Option<&'a Value> {
    defs.iter().find(|d| d.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case(kind)))
}

fn sent_of<'a>(sent: &[&'a Obj], kind: &str) -> Option<&'a Obj> {
    sent.iter().copied().find(|c| c.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case(kind)))
}

/// A CAROUSEL template needs one card per defined card, each filled as its definition says.
pub fn carousel(defs: &[Value], sent: &[&Obj]) -> Result<(), GraphError> {
    let (def, given) = (find(defs, "CAROUSEL"), sent_of(sent, "carousel"));
    let def = match (def, given) {
        (None, None) => return Ok(()),
        (None, Some(_)) => return Err(invalid("template['components']['carousel']", "the template has no carousel")),
        (Some(_), None) => return Err(missing("template['components']['carousel']")),
        (Some(def), Some(_)) => def,
    };
    let given = given.and_then(|c| c.get("cards")).and_then(Value::as_array).cloned().unwrap_or_default();
    let cards = def.get("cards").and_then(Value::as_array).cloned().unwrap_or_default();
    if given.len() != cards.len() {
        return Err(param_count("carousel cards", cards.len(), given.len()));
    }
    for (i, card) in given.iter().enumerate() {
        let place = format!("template['components']['carousel']['cards'][{i}]");
        let card = entry(card, "template['components']['carousel']['cards']", i)?;
        let index = card.get("card_index").and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok())));
        let Some(index) = index.and_then(|n| usize::try_from(n).ok()).filter(|n| *n < cards.len()) else {
            return Err(invalid(&format!("{place}['card_index']"), &format!("must be 0 to {}", cards.len() - 1)));
        };
        let sent_card: Vec<&Obj> = card
            .get("components")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .collect();
        let card_defs = cards[index].get("components").and_then(Value::as_array).cloned().unwrap_or_default();
        components(&card_defs, &sent_card, false)?;
    }
    Ok(())
}

/// A LIMITED_TIME_OFFER with `has_expiration` needs `expiration_time_ms`, in the future.
pub fn offer(defs: &[Value], sent: &[&Obj], now_ms: i64) -> Result<(), GraphError> {
    let expires = find(defs, "LIMITED_TIME_OFFER")
        .and_then(|d| d.get("limited_time_offer"))
        .and_then(|o| o.get("has_expiration"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let given = sent_of(sent, "limited_time_offer");
    let place = "template['components']['limited_time_offer']";
    let Some(_) = given else {
        return if expires { Err(missing(&format!("{place}['parameters'][0]['expiration_time_ms']"))) } else { Ok(()) };
    };
    if !expires {
        return Err(invalid(place, "the template has no limited-time offer with an expiration"));
    }
    let params = params_of(sent, "limited_time_offer", None);
    let ms = params.first().and_then(|p| p.get("limited_time_offer")).and_then(|o| o.get("expiration_time_ms"));
    let Some(ms) = ms else {
        return Err(missing(&format!("{place}['parameters'][0]['limited_time_offer']['expiration_time_ms']")));
    };
    match ms.as_i64() {
        Some(ms) if ms > now_ms => Ok(()),
        Some(_) => Err(invalid(&format!("{place}['expiration_time_ms']"), "is in the past")),
        None => Err(invalid(&format!("{place}['expiration_time_ms']"), "must be an integer (ms since the epoch)")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn objs(v: &Value) -> Vec<&Obj> {
        v.as_array().unwrap().iter().filter_map(Value::as_object).collect()
    }

    fn code(r: Result<(), GraphError>) -> u32 {
        r.map(|()| 0).unwrap_or_else(|e| e.code)
    }

    #[test]
    fn body_parameter_types() {
        let ok = json!([{"type": "text", "text": "a"},
            {"type": "currency", "currency": {"fallback_value": "$1", "code": "USD", "amount_1000": 1000}},
            {"type": "date_time", "date_time": {"fallback_value": "May 1"}}]);
        assert_eq!(code(body_types(&objs(&ok))), 0);
        let cases = [
            (json!([{"type": "image", "image": {"id": "1"}}]), 132012),
            (json!([{"type": "currency", "currency": {"fallback_value": "$1", "code": "usd", "amount_1000": 1}}]), 100),
            (
                json!([{"type": "currency", "currency": {"fallback_value": "$1", "code": "USD", "amount_1000": 1.5}}]),
                100,
            ),
            (json!([{"type": "currency", "currency": {"code": "USD", "amount_1000": 1}}]), 131008),
            (json!([{"type": "date_time", "date_time": {}}]), 131008),
        ];
        for (params, expected) in cases {
            assert_eq!(code(body_types(&objs(&params))), expected, "{params}");
        }
        let far = json!({"type": "location", "location": {"latitude": "91", "longitude": "0"}});
        assert_eq!(code(location(far.as_object().unwrap())), 100);
    }

    #[test]
    fn carousels_and_offers() {
        let card = json!({"components": [{"type": "BODY", "text": "Only {{1}}"}]});
        let defs =
            vec![json!({"type": "BODY", "text": "Hi"}), json!({"type": "CAROUSEL", "cards": [card.clone(), card]})];
        let filled =
            json!({"card_index": 0, "components": [{"type": "body", "parameters": [{"type": "text", "text": "$5"}]}]});
        let mut second = filled.clone();
        second["card_index"] = json!(1);
        let sent = json!([{"type": "carousel", "cards": [filled.clone(), second]}]);
        assert_eq!(code(carousel(&defs, &objs(&sent))), 0);
        assert_eq!(code(carousel(&defs, &objs(&json!([{"type": "carousel", "cards": [filled]}])))), 132000);
        assert_eq!(code(carousel(&defs, &[])), 131008);
        assert_eq!(code(carousel(&defs[..1], &objs(&sent))), 100);
        let empty = json!([{"type": "carousel", "cards": [{"card_index": 0}, {"card_index": 1}]}]);
        assert_eq!(code(carousel(&defs, &objs(&empty))), 132000);

        let lto =
            vec![json!({"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Sale", "has_expiration": true}})];
        let at = |ms: i64| {
            json!([{"type": "limited_time_offer", "parameters": [
            {"type": "limited_time_offer", "limited_time_offer": {"expiration_time_ms": ms}}]}])
        };
        assert_eq!(code(offer(&lto, &objs(&at(2000)), 1000)), 0);
        assert_eq!(code(offer(&lto, &objs(&at(500)), 1000)), 100);
        assert_eq!(code(offer(&lto, &[], 1000)), 131008);
        assert_eq!(code(offer(&[], &objs(&at(2000)), 1000)), 100);
    }
}
