//! A webhook delivery's envelope (graph-api.md §10.3) split into events: one per
//! inbound message, per status and per user preference of a `messages` or
//! `user_preferences` change, one per change of every other field. Every event
//! keeps Meta's object as received (`value`); an unknown field or shape is kept
//! whole and still reported.

use serde::Serialize;
use serde_json::{Map, Value};

use super::summary;

/// Why a delivery's body is not a WhatsApp webhook envelope.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the body is not JSON: {0}")]
    NotJson(String),
    #[error("the body has no `entry` array (not a webhook envelope)")]
    NoEntries,
}

/// One event of a delivery, with Meta's field names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Unix seconds: the message's or status's `timestamp`, else the entry's `time`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<i64>,
    /// The change's `field` (`messages`, `message_template_status_update`, …).
    pub field: String,
    /// `message`, `status`, `user_preference`, or the field for other changes.
    pub kind: String,
    /// The message `type`, the status, or the change's `event` / decision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The entry's id: the WABA (or business) the event is about.
    pub waba_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_phone_number: Option<String>,
    /// The user: sender of an inbound message, recipient of a status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wa_id: Option<String>,
    /// The message id (`wamid.…`) or template id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// One line for people.
    pub summary: String,
    /// Meta's object: the message, the status, the preference, or the change's `value`.
    pub value: Value,
}

impl Event {
    /// The first error of a failed status or unsupported message: `(code, title)`.
    pub fn error(&self) -> Option<(i64, String)> {
        let e = self.value.get("errors")?.as_array()?.first()?;
        let code = e.get("code").and_then(int)?;
        let title = text(e, "title").or_else(|| text(e, "message")).unwrap_or_default();
        Some((code, title))
    }
}

/// A string or number field as text (Meta sends ids both ways).
pub(crate) fn text(v: &Value, key: &str) -> Option<String> {
    match v.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A number or numeric string.
pub(crate) fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Splits a delivery's raw body into events.
pub fn parse(body: &[u8]) -> Result<Vec<Event>, EnvelopeError> {
    let root: Value = serde_json::from_slice(body).map_err(|e| EnvelopeError::NotJson(e.to_string()))?;
    events(&root)
}

/// Splits a parsed envelope into events.
pub fn events(root: &Value) -> Result<Vec<Event>, EnvelopeError> {
    let entries = root.get("entry").and_then(Value::as_array).ok_or(EnvelopeError::NoEntries)?;
    let mut out = Vec::new();
    for entry in entries {
        let waba_id = text(entry, "id").unwrap_or_default();
        let time = entry.get("time").and_then(int);
        let changes = entry.get("changes").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        for change in changes {
            let field = text(change, "field").unwrap_or_default();
            let value = change.get("value").cloned().unwrap_or(Value::Null);
            split(&mut out, &waba_id, time, &field, &value);
        }
    }
    Ok(out)
}

fn base(waba_id: &str, time: Option<i64>, field: &str, kind: &str, value: Value) -> Event {
    Event {
        time,
        field: field.to_string(),
        kind: kind.to_string(),
        event: None,
        waba_id: waba_id.to_string(),
        phone_number_id: None,
        display_phone_number: None,
        wa_id: None,
        id: None,
        summary: String::new(),
        value,
    }
}

fn items<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

fn split(out: &mut Vec<Event>, waba_id: &str, time: Option<i64>, field: &str, value: &Value) {
    let metadata = value.get("metadata").cloned().unwrap_or(Value::Null);
    let per_item = [("messages", "message"), ("statuses", "status"), ("user_preferences", "user_preference")];
    let mut found = false;
    for (key, kind) in per_item {
        for item in items(value, key) {
            found = true;
            let mut e = base(waba_id, item.get("timestamp").and_then(int).or(time), field, kind, item.clone());
            e.phone_number_id = text(&metadata, "phone_number_id");
            e.display_phone_number = text(&metadata, "display_phone_number");
            match kind {
                "message" => {
                    e.event = text(item, "type");
                    e.wa_id = text(item, "from");
                    e.id = text(item, "id");
                }
                "status" => {
                    e.event = text(item, "status");
                    e.wa_id = text(item, "recipient_id");
                    e.id = text(item, "id");
                }
                _ => {
                    e.event = text(item, "value");
                    e.wa_id = text(item, "wa_id");
                }
            }
            e.summary = summary::of(&e);
            out.push(e);
        }
    }
    if found {
        return;
    }
    let mut e = base(waba_id, time, field, field, value.clone());
    e.event = ["event", "decision", "new_quality_score", "new_category"].iter().find_map(|k| text(value, k));
    e.id = text(value, "message_template_id");
    e.display_phone_number = text(value, "display_phone_number");
    e.phone_number_id = text(&metadata, "phone_number_id");
    if e.kind == "messages" && e.event.is_none() && value.as_object().is_some_and(Map::is_empty) {
        e.event = Some("empty".into());
    }
    e.summary = summary::of(&e);
    out.push(e);
}
