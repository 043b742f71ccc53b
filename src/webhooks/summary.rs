//! One line for people per event (the table's SUMMARY column).

use serde_json::Value;

use super::event::{Event, int, text};

fn quoted(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{one_line:?}")
}

fn field(v: &Value, path: &[&str]) -> Option<String> {
    let (last, parents) = path.split_last()?;
    let mut at = v;
    for p in parents {
        at = at.get(*p)?;
    }
    text(at, last)
}

fn join(parts: impl IntoIterator<Item = Option<String>>) -> String {
    parts.into_iter().flatten().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The event's summary.
pub(crate) fn of(e: &Event) -> String {
    let v = &e.value;
    match e.kind.as_str() {
        "message" => message(v, e.event.as_deref().unwrap_or_default()),
        "status" => status(e),
        "user_preference" => join([text(v, "category"), text(v, "value"), text(v, "detail").map(|d| quoted(&d))]),
        "message_template_status_update" => join([
            template(v),
            text(v, "event"),
            text(v, "reason").filter(|r| r != "NONE"),
            field(v, &["other_info", "title"]).filter(|t| text(v, "event").as_ref() != Some(t)),
        ]),
        "message_template_quality_update" => {
            join([template(v), text(v, "previous_quality_score"), Some("→".into()), text(v, "new_quality_score")])
        }
        "template_category_update" => join([
            template(v),
            text(v, "previous_category"),
            Some("→".into()),
            text(v, "new_category"),
            text(v, "correct_category").map(|c| format!("(correct: {c})")),
        ]),
        "phone_number_quality_update" => join([
            text(v, "display_phone_number"),
            text(v, "event"),
            text(v, "old_limit").map(|l| format!("{l} →")),
            text(v, "current_limit"),
        ]),
        "phone_number_name_update" => join([
            text(v, "display_phone_number"),
            text(v, "requested_verified_name").map(|n| quoted(&n)),
            text(v, "decision"),
            text(v, "rejection_reason").filter(|r| r != "NONE"),
        ]),
        "account_update" => account(v),
        "account_review_update" => join([Some("review".into()), text(v, "decision")]),
        "business_capability_update" => v
            .as_object()
            .map(|m| m.iter().map(|(k, x)| format!("{k}={}", scalar(x))).collect::<Vec<_>>().join(" "))
            .unwrap_or_default(),
        _ => text(v, "event").unwrap_or_else(|| truncate(&v.to_string(), 80)),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}

fn template(v: &Value) -> Option<String> {
    let name = text(v, "message_template_name")?;
    Some(match text(v, "message_template_language") {
        Some(l) => format!("{name} ({l})"),
        None => name,
    })
}

fn account(v: &Value) -> String {
    let restrictions = v
        .get("restriction_info")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(|x| text(x, "restriction_type")).collect::<Vec<_>>().join(","));
    join([
        text(v, "event"),
        field(v, &["violation_info", "violation_type"]),
        field(v, &["ban_info", "waba_ban_state"]),
        restrictions,
        field(v, &["disconnection_info", "reason"]),
    ])
}

fn status(e: &Event) -> String {
    let v = &e.value;
    let pricing = v.get("pricing").map(|p| join([text(p, "category"), text(p, "type")]));
    let error = e.error().map(|(code, title)| format!("{code} {title}"));
    join([e.event.clone(), pricing, error])
}

fn message(v: &Value, kind: &str) -> String {
    let body = v.get(kind).cloned().unwrap_or(Value::Null);
    let reply = field(v, &["context", "id"]).map(|id| format!("(reply to {id})"));
    let main = match kind {
        "text" => text(&body, "body").map(|b| quoted(&b)),
        "image" | "video" | "audio" | "document" | "sticker" => Some(join([
            text(&body, "mime_type"),
            text(&body, "filename").map(|f| quoted(&f)),
            text(&body, "caption").map(|c| quoted(&c)),
        ])),
        "location" => Some(join([
            match (body.get("latitude").and_then(Value::as_f64), body.get("longitude").and_then(Value::as_f64)) {
                (Some(lat), Some(lon)) => Some(format!("{lat},{lon}")),
                _ => None,
            },
            text(&body, "name").map(|n| quoted(&n)),
        ])),
        "contacts" => v.get("contacts").and_then(Value::as_array).map(|c| format!("{} contact(s)", c.len())),
        "reaction" => Some(join([
            text(&body, "emoji").filter(|e| !e.is_empty()).or(Some("(removed)".into())),
            text(&body, "message_id").map(|m| format!("on {m}")),
        ])),
        "button" => Some(join([
            text(&body, "text").map(|t| quoted(&t)),
            text(&body, "payload").map(|p| format!("payload={p}")),
        ])),
        "interactive" => {
            let sub = text(&body, "type").unwrap_or_default();
            let reply = body.get(&sub).cloned().unwrap_or(Value::Null);
            Some(join([Some(sub), text(&reply, "id"), text(&reply, "title").map(|t| quoted(&t)), text(&reply, "name")]))
        }
        "order" => Some(join([
            body.get("product_items").and_then(Value::as_array).map(|i| format!("{} item(s)", i.len())),
            text(&body, "catalog_id").map(|c| format!("catalog {c}")),
        ])),
        "system" => text(&body, "body").map(|b| quoted(&b)),
        "revoke" | "edit" => text(&body, "original_message_id").map(|id| format!("of {id}")),
        _ => v
            .get("errors")
            .and_then(Value::as_array)
            .and_then(|e| e.first())
            .map(|e| join([e.get("code").and_then(int).map(|c| c.to_string()), text(e, "title")])),
    };
    join([main, reply])
}
