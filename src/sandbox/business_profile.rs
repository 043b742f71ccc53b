//! `GET`/`POST /{phone-number-id}/whatsapp_business_profile` (spec
//! `getWhatsAppBusinessProfile`, `updateWhatsAppBusinessProfileInformation`;
//! graph-api.md §4.6).
//!
//! GET answers `{"data":[{…fields…,"messaging_product":"whatsapp"}]}` — the
//! flat items of Meta's guide (the spec's `{"business_profile":{…}}` wrapper
//! is a spec defect). POST takes a JSON (or form) body with
//! `messaging_product: "whatsapp"` and any of the fields below, with Meta's
//! limits: `about` 1–139 characters, `address` ≤ 256, `description` ≤ 512,
//! `email` ≤ 128 (an address), `websites` ≤ 2 http(s) URLs of ≤ 256,
//! `vertical` from Meta's enum, and `profile_picture_handle` — the handle of
//! a finished Resumable Upload session of a JPEG/PNG, which becomes
//! `profile_picture_url` (a sandbox URL, not served).

use serde_json::{Value, json};

use super::error::GraphError;
use super::fields::{self, Lookup, NodeType};
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::world::{BusinessProfile, PhoneNumber};
use crate::business_profile::{self as rules, VERTICALS, is_email};

const NODE_TYPE: &str = "WhatsAppBusinessProfile";
/// Fields when `fields` is absent (spec: "default fields will be returned").
const DEFAULTS: &[&str] = &["about", "address", "description", "email", "profile_picture_url", "websites", "vertical"];
/// Body keys of the POST (spec `WhatsAppBusinessProfileUpdateRequest`).
pub(crate) const POST_KEYS: &[&str] = &[
    "messaging_product",
    "about",
    "address",
    "description",
    "email",
    "websites",
    "vertical",
    "profile_picture_handle",
];

/// `GET /{phone-number-id}/whatsapp_business_profile`
pub(crate) fn get(ctx: &Ctx, p: &PhoneNumber) -> Result<Reply, GraphError> {
    let requested = ctx.fields()?;
    let b = &p.business_profile;
    let lookup = |name: &str| field(b, name);
    let node = NodeType { name: NODE_TYPE, defaults: DEFAULTS, lookup: &lookup };
    let mut item = fields::select(&node, requested.as_deref())?;
    item.insert("messaging_product".into(), json!("whatsapp"));
    Ok(Reply::json(json!({ "data": [Value::Object(item)] })))
}

fn field(b: &BusinessProfile, name: &str) -> Lookup {
    let opt = |v: &Option<String>| v.as_deref().map_or(Lookup::Absent, |s| Lookup::Value(json!(s)));
    match name {
        "about" => opt(&b.about),
        "address" => opt(&b.address),
        "description" => opt(&b.description),
        "email" => opt(&b.email),
        "profile_picture_url" => opt(&b.profile_picture_url),
        "websites" if b.websites.is_empty() => Lookup::Absent,
        "websites" => Lookup::Value(json!(b.websites)),
        // Unset reads as UNDEFINED, as on Graph.
        "vertical" => Lookup::Value(json!(b.vertical.as_deref().unwrap_or("UNDEFINED"))),
        "messaging_product" => Lookup::Value(json!("whatsapp")),
        "id" => Lookup::Absent,
        _ => Lookup::Unknown,
    }
}

/// `POST /{phone-number-id}/whatsapp_business_profile`
pub(crate) fn update(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    super::settings::reject_unknown(&ctx.params, POST_KEYS)?;
    match ctx.param_text("messaging_product").as_deref() {
        Some("whatsapp") => {}
        None => return Err(GraphError::invalid_param("The parameter messaging_product is required")),
        Some(other) => {
            return Err(GraphError::invalid_param(format!(
                "Param messaging_product must be \"whatsapp\" - got \"{other}\"."
            )));
        }
    }
    let about = text(ctx, "about", rules::ABOUT)?;
    let address = text(ctx, "address", rules::ADDRESS)?;
    let description = text(ctx, "description", rules::DESCRIPTION)?;
    let email = text(ctx, "email", rules::EMAIL)?;
    if let Some(e) = email.as_deref().filter(|e| !e.is_empty() && !is_email(e)) {
        return Err(GraphError::invalid_param(format!("Param email must be a valid email address - got \"{e}\".")));
    }
    let websites = websites(ctx)?;
    let vertical = match ctx.param_text("vertical") {
        None => None,
        Some(v) if VERTICALS.contains(&v.as_str()) => Some(v),
        Some(v) => {
            return Err(GraphError::invalid_param(format!(
                "Param vertical must be one of {{{}}} - got \"{v}\".",
                VERTICALS.join(", ")
            )));
        }
    };
    let handle = ctx.param_text("profile_picture_handle");
    let host = ctx.host.clone();
    state.mutate(|w| {
        let picture = match &handle {
            None => None,
            Some(h) => Some(picture_url(w, &host, id, h)?),
        };
        let p = w.phone_number_mut(id).ok_or_else(|| GraphError::unsupported_request("POST", id))?;
        let b = &mut p.business_profile;
        let set = |slot: &mut Option<String>, v: Option<String>| {
            if let Some(v) = v {
                *slot = if v.is_empty() { None } else { Some(v) };
            }
        };
        set(&mut b.about, about);
        set(&mut b.address, address);
        set(&mut b.description, description);
        set(&mut b.email, email);
        if let Some(ws) = websites {
            b.websites = ws;
        }
        if vertical.is_some() {
            b.vertical = vertical;
        }
        if picture.is_some() {
            b.profile_picture_url = picture;
        }
        Ok(())
    })?;
    Ok(Reply::success())
}

/// An optional string of `min..=max` characters (`Some("")` clears when `min` is 0).
fn text(ctx: &Ctx, name: &str, (min, max): (usize, usize)) -> Result<Option<String>, GraphError> {
    match ctx.param(name) {
        None => Ok(None),
        Some(Value::String(s)) if rules::fits(s, (min, max)) => Ok(Some(s.clone())),
        Some(Value::String(s)) => Err(GraphError::invalid_param(format!(
            "Param {name} must be {min} to {max} characters long (got {})",
            s.chars().count()
        ))),
        Some(_) => Err(GraphError::invalid_param(format!("Param {name} must be a string"))),
    }
}

/// `websites`: an array (or, in form bodies, a JSON array string) of at most 2 http(s) URLs.
fn websites(ctx: &Ctx) -> Result<Option<Vec<String>>, GraphError> {
    let bad = |why: &str| GraphError::invalid_param(format!("Param websites {why}"));
    let list = match ctx.param("websites") {
        None => return Ok(None),
        Some(Value::Array(v)) => v.clone(),
        Some(Value::String(s)) => serde_json::from_str::<Vec<Value>>(s).map_err(|_| bad("must be an array of URLs"))?,
        Some(_) => return Err(bad("must be an array of URLs")),
    };
    if list.len() > rules::MAX_WEBSITES {
        return Err(bad(&format!("must have at most {} items (got {})", rules::MAX_WEBSITES, list.len())));
    }
    let mut out = Vec::new();
    for (i, v) in list.iter().enumerate() {
        let s = v.as_str().ok_or_else(|| bad(&format!("[{i}] must be a string")))?;
        if !rules::is_website(s) {
            return Err(bad(&format!(
                "[{i}] must be an http:// or https:// URL of at most 256 characters - got \"{s}\"."
            )));
        }
        out.push(s.to_owned());
    }
    Ok(Some(out))
}

/// The picture URL for a finished upload session's handle (JPEG or PNG).
fn picture_url(w: &super::World, host: &str, phone_id: &str, handle: &str) -> Result<String, GraphError> {
    let session = w.templates.uploads.iter().find(|u| u.handle.as_deref() == Some(handle)).ok_or_else(|| {
        GraphError::invalid_param(
            "Param profile_picture_handle must be the handle (\"h\") of a finished upload session (POST /{app-id}/uploads)",
        )
    })?;
    let ext = match session.file_type.as_str() {
        "image/jpeg" | "image/jpg" => "jpg",
        "image/png" => "png",
        other => {
            return Err(GraphError::invalid_param(format!(
                "Param profile_picture_handle must point to a JPEG or PNG image - the upload is {other}"
            )));
        }
    };
    let key: String =
        session.id.trim_start_matches("upload:").chars().filter(char::is_ascii_alphanumeric).take(24).collect();
    Ok(format!("http://{host}/sandbox/profile_pictures/{phone_id}/{key}.{ext}"))
}
