//! Validation of a send body per type (graph-api.md §7.2), as Meta answers it.

use serde_json::Value;

use super::errors::{bad_value, invalid, unsupported_type};
use super::fields::{Obj, arr, entry, link, number, obj, one_of, only, opt_bool, opt_obj, opt_text, text};
use super::interactive;
use crate::sandbox::error::GraphError;

/// Longest text body.
pub const TEXT_MAX: usize = 4096;
/// Longest media caption.
pub const CAPTION_MAX: usize = 1024;

/// Members of the envelope besides the type's object.
const ENVELOPE: &[&str] = &[
    "messaging_product",
    "recipient_type",
    "to",
    "type",
    "context",
    "biz_opaque_callback_data",
    "recipient_identity_key_hash",
    "access_token",
    "appsecret_proof",
    "appsecret_time",
];

/// Message types the sandbox accepts.
pub const TYPES: &[&str] = &[
    "text",
    "template",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "reaction",
    "interactive",
];

/// Checks the envelope; returns the type.
pub fn envelope(body: &Obj) -> Result<&str, GraphError> {
    match body.get("messaging_product") {
        Some(Value::String(s)) if s == "whatsapp" => {}
        Some(_) => return Err(invalid("messaging_product", "must be 'whatsapp'")),
        None => return Err(GraphError::invalid_param("The parameter messaging_product is required.")),
    }
    if let Some(rt) = opt_text(body, "", "recipient_type", 32)?
        && rt != "individual"
    {
        return Err(bad_value("recipient_type", "only 'individual' is supported by the sandbox"));
    }
    let kind = opt_text(body, "", "type", 64)?.unwrap_or("text");
    if !TYPES.contains(&kind) {
        return Err(unsupported_type(kind));
    }
    if let Some(c) = opt_obj(body, "", "context")? {
        only(c, "context", &["message_id"])?;
        text(c, "context", "message_id", 512)?;
    }
    opt_text(body, "", "biz_opaque_callback_data", 512)?;
    opt_text(body, "", "recipient_identity_key_hash", 256)?;
    if let Some(k) = body.keys().find(|k| !ENVELOPE.contains(&k.as_str()) && k.as_str() != kind) {
        return Err(invalid(k, &format!("is not valid for a message of type '{kind}'")));
    }
    Ok(kind)
}

/// Checks the type's object (templates are checked against the store elsewhere).
pub fn payload(body: &Obj, kind: &str) -> Result<(), GraphError> {
    match kind {
        "text" => {
            let t = obj(body, "", "text")?;
            only(t, "text", &["body", "preview_url"])?;
            text(t, "text", "body", TEXT_MAX)?;
            opt_bool(t, "text", "preview_url")?;
        }
        "image" | "video" | "audio" | "document" | "sticker" => media(obj(body, "", kind)?, kind, kind)?,
        "location" => location(obj(body, "", "location")?, "location")?,
        "contacts" => contacts(body)?,
        "reaction" => {
            let r = obj(body, "", "reaction")?;
            only(r, "reaction", &["message_id", "emoji"])?;
            text(r, "reaction", "message_id", 512)?;
            match r.get("emoji") {
                None => return Err(super::errors::missing("reaction['emoji']")),
                Some(Value::String(e)) if e.chars().count() > 8 => {
                    return Err(bad_value("reaction['emoji']", "must be a single emoji"));
                }
                Some(Value::String(_)) => {}
                Some(_) => return Err(invalid("reaction['emoji']", "must be a string")),
            }
        }
        "interactive" => interactive::check(obj(body, "", "interactive")?)?,
        _ => {}
    }
    Ok(())
}

/// A media object: exactly one of `id` and `link`; captions where Meta allows them.
pub fn media(m: &Obj, path: &str, kind: &str) -> Result<(), GraphError> {
    let mut allowed = vec!["id", "link"];
    if matches!(kind, "image" | "video" | "document") {
        allowed.push("caption");
    }
    if kind == "document" {
        allowed.push("filename");
    }
    only(m, path, &allowed)?;
    match (m.contains_key("id"), m.contains_key("link")) {
        (true, true) => return Err(invalid(path, "must have either 'id' or 'link', not both")),
        (false, false) => return Err(super::errors::missing(&format!("{path}['id'] or {path}['link']"))),
        (true, false) => {
            let id = text(m, path, "id", 128)?;
            if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.') {
                return Err(bad_value(&format!("{path}['id']"), "is not a valid media id"));
            }
        }
        (false, true) => {
            link(m, path, "link")?;
        }
    }
    opt_text(m, path, "caption", CAPTION_MAX)?;
    opt_text(m, path, "filename", 240)?;
    Ok(())
}

/// `{latitude, longitude, name?, address?}`.
pub fn location(m: &Obj, path: &str) -> Result<(), GraphError> {
    only(m, path, &["latitude", "longitude", "name", "address"])?;
    number(m, path, "latitude", -90.0, 90.0)?;
    number(m, path, "longitude", -180.0, 180.0)?;
    opt_text(m, path, "name", 1024)?;
    opt_text(m, path, "address", 1024)?;
    Ok(())
}

fn contacts(body: &Obj) -> Result<(), GraphError> {
    let cards = arr(body, "", "contacts", 1, 5)?;
    for (i, card) in cards.iter().enumerate() {
        let path = format!("contacts[{i}]");
        let c = entry(card, "contacts", i)?;
        only(c, &path, &["name", "phones", "emails", "addresses", "org", "urls", "birthday"])?;
        let n = obj(c, &path, "name")?;
        text(n, &format!("{path}['name']"), "formatted_name", 1024)?;
        for list in ["phones", "emails", "addresses", "urls"] {
            if c.contains_key(list) {
                for (j, item) in arr(c, &path, list, 0, 20)?.iter().enumerate() {
                    entry(item, &format!("{path}['{list}']"), j)?;
                }
            }
        }
        if let Some(b) = opt_text(c, &path, "birthday", 10)?
            && jiff::civil::Date::strptime("%Y-%m-%d", b).is_err()
        {
            return Err(bad_value(&format!("{path}['birthday']"), "must be YYYY-MM-DD"));
        }
    }
    Ok(())
}

/// `interactive.header`: text ≤ 60 or a media object.
pub fn header(h: &Obj, path: &str) -> Result<(), GraphError> {
    let t = one_of(h, path, "type", &["text", "image", "video", "document"])?;
    only(h, path, &["type", t])?;
    if t == "text" {
        text(h, path, "text", 60)?;
    } else {
        media(obj(h, path, t)?, &format!("{path}['{t}']"), t)?;
    }
    Ok(())
}
