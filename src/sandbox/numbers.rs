//! Phone numbers: the `WhatsAppBusinessPhoneNumber` node
//! (`GET`/`POST /{phone-number-id}`) and the `GET /{waba-id}/phone_numbers` edge
//! (with `filtering` and `sort`, see [`query`]). Field list: `catalogue::phone`.
//!
//! # Messaging-limit fields and API versions
//!
//! Meta moved the messaging limit from the phone number to the business
//! portfolio in v24.0. The emulator follows the *served* version:
//!
//! * v23.0 and older: `messaging_limit_tier` is the number's own (legacy) tier;
//!   `whatsapp_business_manager_messaging_limit` is a nonexisting field (#100).
//! * v24.0 and newer: `whatsapp_business_manager_messaging_limit` is the
//!   portfolio's limit (the same value on every number of the portfolio).
//!   `messaging_limit_tier` is still accepted there, as Meta keeps it readable
//!   while deprecated, and still returns the legacy per-number value, so a
//!   client can tell whether it reads the old or the new semantics.

use serde_json::Value;

use super::catalogue::phone;
use super::error::GraphError;
use super::fields::{self, Field, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::state::SharedState;
use super::world::{PhoneNumber, Waba, World};

mod query;

/// `GET /{phone-number-id}`
pub(crate) fn get(ctx: &Ctx, world: &World, p: &PhoneNumber) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let body = render(ctx, world, p, fields.as_deref())?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&p.waba_id)))
}

/// `GET /{waba-id}/phone_numbers`
pub(crate) fn list(ctx: &Ctx, world: &World, waba: &Waba) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let conditions = query::filtering(ctx)?;
    let sort = query::sort(ctx)?;
    let mut numbers: Vec<&PhoneNumber> =
        world.numbers_of(&waba.id).into_iter().filter(|p| query::matches(&conditions, p)).collect();
    query::apply(&mut numbers, sort);
    let body = paging::respond(ctx, &numbers, |p| p.id.as_str(), |p| render(ctx, world, p, fields.as_deref()))?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&waba.id)))
}

/// `POST /{phone-number-id}` with `new_display_name`, `search_visibility`,
/// `pin` and/or `webhook_configuration`; answers `{"success":true}`.
pub(crate) fn update(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let new_name = match ctx.param("new_display_name") {
        None => None,
        Some(Value::String(s)) if (2..=75).contains(&s.trim().chars().count()) => Some(s.trim().to_owned()),
        Some(_) => {
            return Err(GraphError::invalid_param("Param new_display_name must be a string of 2 to 75 characters")
                .with_user("Display name not valid", "The display name must be between 2 and 75 characters long."));
        }
    };
    let visibility = match ctx.param_text("search_visibility").as_deref() {
        None if ctx.param("search_visibility").is_none() => None,
        Some(v @ ("VISIBLE" | "HIDDEN")) => Some(v.to_owned()),
        _ => {
            return Err(GraphError::invalid_param("Param search_visibility must be one of {VISIBLE, HIDDEN}"));
        }
    };
    let pin = super::lifecycle::register::pin_param(ctx)?;
    let webhook = webhook_override(ctx)?;
    if new_name.is_none() && visibility.is_none() && pin.is_none() && webhook.is_none() {
        return Err(GraphError::invalid_param(
            "The parameter new_display_name, search_visibility, pin or webhook_configuration is required",
        ));
    }
    let now = state.now_ms();
    state.mutate(|w| {
        let p = w.phone_number_mut(id).ok_or_else(|| GraphError::unsupported_request("POST", id))?;
        if let Some(pin) = &pin {
            super::lifecycle::register::set_pin(p, pin)?;
        }
        if let Some(name) = new_name {
            p.new_display_name = Some(name);
            p.new_name_status = Some("PENDING_REVIEW".into());
            p.lifecycle.name_submitted_ms = Some(now);
        }
        if let Some(v) = visibility {
            p.search_visibility = v;
        }
        if let Some(uri) = webhook {
            p.webhook_override_uri = uri;
        }
        Ok(())
    })?;
    Ok(Reply::success())
}

/// One phone number as JSON with the requested (or default) fields.
pub(crate) fn render(
    ctx: &Ctx,
    world: &World,
    p: &PhoneNumber,
    requested: Option<&[Field]>,
) -> Result<Value, GraphError> {
    let view = phone::View { world, p, version: ctx.version() };
    let lookup = |name: &str| phone::lookup(&view, name);
    let node = NodeType { name: phone::NODE_TYPE, defaults: phone::DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}

/// `webhook_configuration: {override_callback_uri, verify_token}`; an empty
/// URI removes the override. `Some(None)` = remove, `Some(Some(uri))` = set.
fn webhook_override(ctx: &Ctx) -> Result<Option<Option<String>>, GraphError> {
    let bad = || {
        GraphError::invalid_param(
            "Param webhook_configuration must be an object {override_callback_uri, verify_token}; an https URL needs a verify_token",
        )
    };
    let conf = match ctx.param("webhook_configuration") {
        None => return Ok(None),
        Some(Value::Object(m)) => m.clone(),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Object(m)) => m,
            _ => return Err(bad()),
        },
        Some(_) => return Err(bad()),
    };
    match conf.get("override_callback_uri").and_then(Value::as_str) {
        Some("") => Ok(Some(None)),
        Some(uri) if super::subscribed_apps::is_callback_url(uri) => {
            match conf.get("verify_token").and_then(Value::as_str) {
                Some(t) if !t.is_empty() => Ok(Some(Some(uri.to_owned()))),
                _ => Err(bad()),
            }
        }
        _ => Err(bad()),
    }
}
