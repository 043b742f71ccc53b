//! The checks every outgoing body passes before it is sent, as data: each [`Rule`] names a
//! place in the body (a JSON pointer, `*` for every element of an array), the message types
//! it applies to, and Meta's limit there (graph-api.md §7.2, §7.3, §7.6). A few checks that
//! relate several places (one media source, unique ids, rows across sections) follow the table.

use serde_json::Value;

use super::CheckError;

/// What a rule requires of the value at its place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Limit {
    /// Present (an empty string counts as present).
    Required,
    /// A string of `min..=max` characters.
    Chars(usize, usize),
    /// An array of `min..=max` elements.
    Count(usize, usize),
    /// A number (or a decimal string) in `min..=max`.
    Range(f64, f64),
    /// A string starting with `https://`.
    Https,
}

/// One check of the table.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable name, reported in the error.
    pub name: &'static str,
    /// Message types it applies to: `text`, `image`, … `interactive` (every interactive type),
    /// `interactive:button` (one interactive type).
    pub types: &'static [&'static str],
    /// Where: a JSON pointer from the body's root, `*` for every array element.
    pub path: &'static str,
    /// The limit.
    pub limit: Limit,
    /// What the value is, for the message ("a text message's body").
    pub what: &'static str,
}

mod commerce;
mod flow;
mod rules;

use Limit::{Chars, Count, Https, Range, Required};
use rules::CAPTIONED;
pub use rules::RULES;

/// Message types this client builds and checks.
pub const TYPES: &[&str] = &[
    "text",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "template",
    "reaction",
];

/// Interactive types (`interactive.type`) Meta knows.
const INTERACTIVE: &[&str] = &[
    "button",
    "list",
    "cta_url",
    "location_request_message",
    "product",
    "product_list",
    "catalog_message",
    "flow",
    "call_permission_request",
    "order_details",
    "order_status",
];

/// Check a full body (envelope and type) against every rule; the first failure is returned.
pub fn check(body: &Value) -> Result<(), CheckError> {
    let Some(obj) = body.as_object() else {
        return Err(CheckError::new(
            "body-not-object",
            "",
            "the message body is not a JSON object",
            "see graph-api §7.1",
        ));
    };
    if obj.get("messaging_product").and_then(Value::as_str) != Some("whatsapp") {
        return Err(CheckError::new(
            "messaging-product",
            "/messaging_product",
            "must be \"whatsapp\"",
            "add \"messaging_product\": \"whatsapp\"",
        ));
    }
    if let Some(rt) = obj.get("recipient_type").and_then(Value::as_str).filter(|rt| *rt != "individual") {
        return Err(CheckError::new(
            "recipient-type",
            "/recipient_type",
            format!("'{rt}' is not supported"),
            "use \"individual\"",
        ));
    }
    let to = obj.get("to").and_then(Value::as_str).ok_or_else(|| {
        CheckError::new("recipient-required", "/to", "no recipient", "add \"to\": \"+<country code><number>\"")
    })?;
    super::recipient::check(to, "/to")?;
    let kind = obj.get("type").and_then(Value::as_str).unwrap_or("text");
    if !TYPES.contains(&kind) {
        return Err(CheckError::new(
            "unknown-type",
            "/type",
            format!("'{kind}' is not a message type"),
            format!("one of: {}", TYPES.join(", ")),
        ));
    }
    let Some(object) = obj.get(kind) else {
        return Err(CheckError::new(
            "type-object-missing",
            format!("/{kind}"),
            format!("a '{kind}' message needs a \"{kind}\" field"),
            "see graph-api §7.2",
        ));
    };
    if let Some(ctx) = obj.get("context") {
        let ok = ctx.get("message_id").and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty());
        if !ok {
            return Err(CheckError::new(
                "reply-to",
                "/context/message_id",
                "a reply needs the message id it replies to",
                "give a wamid.… id",
            ));
        }
    }
    let sub = if kind == "interactive" {
        let sub = object.get("type").and_then(Value::as_str).unwrap_or_default();
        if !INTERACTIVE.contains(&sub) {
            return Err(CheckError::new(
                "interactive-type",
                "/interactive/type",
                format!("'{sub}' is not an interactive type"),
                INTERACTIVE.join(", "),
            ));
        }
        format!("interactive:{sub}")
    } else {
        String::new()
    };
    for rule in RULES.iter().chain(commerce::RULES).filter(|r| r.types.iter().any(|t| *t == kind || *t == sub)) {
        apply(rule, body, kind)?;
    }
    relations(body, kind, &sub)?;
    commerce::relations(body, &sub)
}

fn apply(rule: &Rule, body: &Value, kind: &str) -> Result<(), CheckError> {
    let path = rule.path.replace("{type}", kind);
    let mut found = Vec::new();
    walk(body, path.trim_start_matches('/').split('/').collect::<Vec<_>>().as_slice(), String::new(), &mut found);
    for (place, value) in found {
        let fail = |message: String, hint: String| Err(CheckError::new(rule.name, place.clone(), message, hint));
        match (rule.limit, value) {
            (Required, None) => return fail(format!("{} is missing", rule.what), format!("add {place}")),
            (_, None) | (Required, Some(_)) => {}
            (Chars(min, max), Some(v)) => {
                let Some(s) = v.as_str() else {
                    return fail(format!("{} must be a string", rule.what), "quote it".into());
                };
                let n = s.chars().count();
                if n > max {
                    return fail(
                        format!("{} is {n} characters; Meta allows at most {max}", rule.what),
                        format!("shorten it by {}", n - max),
                    );
                }
                if n < min {
                    return fail(format!("{} is empty", rule.what), "give a value".into());
                }
            }
            (Count(min, max), Some(v)) => {
                let Some(a) = v.as_array() else {
                    return fail(format!("{} must be an array", rule.what), "use [ … ]".into());
                };
                if a.len() > max || a.len() < min {
                    let range = if min == max { format!("{min}") } else { format!("{min} to {max}") };
                    return fail(
                        format!("{} number {}; Meta allows {range}", rule.what, a.len()),
                        format!("give {range}"),
                    );
                }
            }
            (Range(min, max), Some(v)) => {
                let Some(x) = v.as_f64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok())) else {
                    return fail(format!("{} must be a number", rule.what), "e.g. 37.7749".into());
                };
                if !(min..=max).contains(&x) {
                    return fail(
                        format!("{} {x} is outside {min} to {max}", rule.what),
                        "check the order (latitude first) and the sign".into(),
                    );
                }
            }
            (Https, Some(v)) => {
                if !v.as_str().is_some_and(|s| s.starts_with("https://") && s.len() > 8) {
                    return fail(format!("{} must be an https:// URL", rule.what), "give a full https:// URL".into());
                }
            }
        }
    }
    Ok(())
}

/// Every place matching `segments` under `value`: `(pointer, value or None when the last step is missing)`.
fn walk<'a>(value: &'a Value, segments: &[&str], place: String, out: &mut Vec<(String, Option<&'a Value>)>) {
    let Some((first, rest)) = segments.split_first() else {
        out.push((place, Some(value)));
        return;
    };
    if *first == "*" {
        if let Some(items) = value.as_array() {
            for (i, item) in items.iter().enumerate() {
                walk(item, rest, format!("{place}/{i}"), out);
            }
        }
        return;
    }
    match value.get(*first) {
        Some(next) => walk(next, rest, format!("{place}/{first}"), out),
        None if value.is_object() && !rest.contains(&"*") => {
            out.push((format!("{place}/{first}{}", rest.iter().map(|s| format!("/{s}")).collect::<String>()), None))
        }
        None => {}
    }
}

/// Checks relating several places.
fn relations(body: &Value, kind: &str, sub: &str) -> Result<(), CheckError> {
    if super::media::MEDIA_TYPES.contains(&kind) {
        let m = &body[kind];
        let (id, link) = (m.get("id"), m.get("link"));
        if id.is_some() == link.is_some() {
            return Err(CheckError::new(
                "media-source",
                format!("/{kind}"),
                "give exactly one of \"id\" (an uploaded media id) and \"link\"",
                "an id from `waba media upload`, or an https:// link",
            ));
        }
        if let Some(link) = link
            && !link.as_str().is_some_and(|l| l.starts_with("https://"))
        {
            return Err(CheckError::new(
                "media-link-not-https",
                format!("/{kind}/link"),
                "media link is not https",
                "Meta downloads media only over https",
            ));
        }
        if m.get("caption").is_some() && !CAPTIONED.contains(&kind) {
            return Err(CheckError::new(
                "caption-not-allowed",
                format!("/{kind}/caption"),
                format!("a {kind} message has no caption"),
                "remove --caption",
            ));
        }
        if m.get("filename").is_some() && kind != "document" {
            return Err(CheckError::new(
                "filename-not-allowed",
                format!("/{kind}/filename"),
                "only a document has a filename",
                "remove --filename",
            ));
        }
    }
    match sub {
        "interactive:button" => {
            let ids = body
                .pointer("/interactive/action/buttons")
                .and_then(Value::as_array)
                .map(|b| b.iter().map(|b| &b["reply"]["id"]).collect::<Vec<_>>());
            unique(ids.unwrap_or_default(), "/interactive/action/buttons", "button-id-duplicate", "reply button")
        }
        "interactive:list" => {
            let sections =
                body.pointer("/interactive/action/sections").and_then(Value::as_array).cloned().unwrap_or_default();
            if sections.len() > 1
                && let Some(i) = sections.iter().position(|s| s.get("title").is_none())
            {
                return Err(CheckError::new(
                    "list-section-title",
                    format!("/interactive/action/sections/{i}/title"),
                    "a list of several sections needs a title on each",
                    "give every section a title",
                ));
            }
            let rows: Vec<&Value> = sections.iter().filter_map(|s| s["rows"].as_array()).flatten().collect();
            if rows.len() > 10 {
                return Err(CheckError::new(
                    "list-rows-total",
                    "/interactive/action/sections",
                    format!("the list has {} rows; Meta allows 10 across all sections", rows.len()),
                    "remove rows, or split the menu",
                ));
            }
            unique(
                rows.iter().map(|r| &r["id"]).collect(),
                "/interactive/action/sections",
                "list-row-id-duplicate",
                "list row",
            )
        }
        _ => Ok(()),
    }
}

fn unique(ids: Vec<&Value>, place: &str, rule: &'static str, what: &str) -> Result<(), CheckError> {
    let mut seen = std::collections::HashSet::new();
    for id in ids.into_iter().filter_map(Value::as_str) {
        if !seen.insert(id) {
            return Err(CheckError::new(
                rule,
                place,
                format!("two {what}s have the id '{id}'"),
                "give each a different id: the id tells which was chosen",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
