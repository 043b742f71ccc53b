//! Statuses, evaluated lazily from stored timestamps (no timer): an accepted
//! message is `sent` at once, `delivered` one status delay later and `read`
//! one more later (or `failed`, or slower, by its recipient's behaviour).
//! Pricing comes from waba's own engine ([`crate::sim::pricing::Pricer`]),
//! replaying the number's messages as the event log [`event`] exports them,
//! so the sandbox and `waba pricing simulate` agree on every message.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::magic::{Behaviour, SLOW_FACTOR};
use crate::sandbox::store::messages::MessageRow;
use crate::sim::events::{Category, Dir, Event, Kind};
use crate::sim::pricing::{ExplainRow, Pricer, PricingConfig};

/// `(status, at_ms)` of an outbound message as of `now_ms`, oldest first.
pub fn timeline(m: &MessageRow, delay_ms: i64, now_ms: i64) -> Vec<(&'static str, i64)> {
    let t = m.at_ms;
    let steps: Vec<(&'static str, i64)> = if m.error_code.is_some() {
        vec![("sent", t), ("failed", t + delay_ms)]
    } else {
        match Behaviour::parse(&m.behaviour) {
            Behaviour::DeliveredOnly => vec![("sent", t), ("delivered", t + delay_ms)],
            Behaviour::Slow => {
                vec![("sent", t), ("delivered", t + SLOW_FACTOR * delay_ms), ("read", t + 2 * SLOW_FACTOR * delay_ms)]
            }
            _ => vec![("sent", t), ("delivered", t + delay_ms), ("read", t + 2 * delay_ms)],
        }
    };
    steps.into_iter().filter(|(_, at)| *at <= now_ms).collect()
}

/// The event of the pricing/limits event log for one message row.
pub fn event(m: &MessageRow, line: u64) -> Event {
    let kind = match (m.kind.as_str(), m.category.as_deref()) {
        ("template", Some("marketing")) => Kind::Template(Category::Marketing),
        ("template", Some("authentication")) => Kind::Template(Category::Authentication),
        ("template", _) => Kind::Template(Category::Utility),
        _ => Kind::Other,
    };
    Event {
        line,
        ts: jiff::Timestamp::from_millisecond(m.at_ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
        dir: if m.direction == "in" { Dir::In } else { Dir::Out },
        user: m.wa_id.parse().unwrap_or(0),
        kind,
        entry_point: None,
        phone_number_id: m.phone_number_id.parse().ok(),
        delivered: m.error_code.is_none(),
        id: Some(m.id.clone().into_boxed_str()),
    }
}

/// One line of the JSONL event log (README "event log").
pub fn event_line(m: &MessageRow) -> Value {
    let ts = jiff::Timestamp::from_millisecond(m.at_ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let mut o = json!({
        "ts": ts.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
        "dir": m.direction,
        "user": format!("+{}", m.wa_id),
        "type": m.kind,
        "phone_number_id": m.phone_number_id,
        "delivered": m.error_code.is_none(),
        "id": m.id,
    });
    if let Some(c) = &m.category {
        o["category"] = json!(c);
    }
    o
}

/// The pricing engine as the sandbox prices its messages (explain rows on).
pub fn pricer() -> Pricer {
    Pricer::new(PricingConfig { explain: true, ..PricingConfig::default() })
}

/// Explain rows of the pricing engine per message id, replaying `rows`
/// (all messages, in and out, in time order) as `pricing simulate --explain` would.
pub fn price(rows: &[MessageRow]) -> HashMap<String, ExplainRow> {
    let mut sorted: Vec<&MessageRow> = rows.iter().collect();
    sorted.sort_by_key(|m| (m.at_ms, m.seq));
    let mut pricer = pricer();
    let mut out = HashMap::new();
    for (i, m) in sorted.iter().enumerate() {
        match pricer.push(&event(m, i as u64 + 1)) {
            Ok(Some(row)) => {
                out.insert(m.id.clone(), row);
            }
            Ok(None) => {}
            Err(e) => tracing::debug!(error = %e, id = m.id, "sandbox: message not priced"),
        }
    }
    out
}

/// Meta's `pricing` object (and `conversation` under conversation-based
/// pricing) for a priced, delivered outbound message.
pub fn meta_pricing(row: &ExplainRow) -> (Value, Option<Value>) {
    let v = serde_json::to_value(row).unwrap_or(Value::Null);
    let model = v["pricing_model"].clone();
    let category = v["pricing_category"].clone();
    let mut pricing = json!({ "billable": row.billable, "pricing_model": model, "category": category });
    if model != "CBP" {
        pricing["type"] = v["pricing_type"].clone();
    }
    let conversation = row.conversation.as_ref().filter(|_| model == "CBP").map(|c| {
        let exp = c.expires.parse::<jiff::Timestamp>().map(|t| t.as_second().to_string()).unwrap_or_default();
        json!({ "id": c.id, "expiration_timestamp": exp, "origin": { "type": category } })
    });
    (pricing, conversation)
}
