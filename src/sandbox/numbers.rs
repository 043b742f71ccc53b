//! Phone numbers: the `WhatsAppBusinessPhoneNumber` node
//! (`GET`/`POST /{phone-number-id}`) and the `GET /{waba-id}/phone_numbers` edge.
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

use serde_json::{Value, json};

use super::error::GraphError;
use super::fields::{self, Field, Lookup, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::state::SharedState;
use super::world::{PhoneNumber, Waba, World};

/// Graph's node type name for phone numbers.
pub(crate) const NODE_TYPE: &str = "WhatsAppBusinessPhoneNumber";

/// Fields returned when `fields` is absent (plus `id`).
const DEFAULTS: &[&str] = &["display_phone_number", "verified_name", "quality_rating"];

/// `GET /{phone-number-id}`
pub(crate) fn get(ctx: &Ctx, world: &World, p: &PhoneNumber) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let body = render(ctx, world, p, fields.as_deref())?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&p.waba_id)))
}

/// `GET /{waba-id}/phone_numbers`
pub(crate) fn list(ctx: &Ctx, world: &World, waba: &Waba) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let numbers = world.numbers_of(&waba.id);
    let body = paging::respond(ctx, &numbers, |p| p.id.as_str(), |p| render(ctx, world, p, fields.as_deref()))?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&waba.id)))
}

/// `POST /{phone-number-id}` with `new_display_name`, `search_visibility`
/// and/or `pin`; answers `{"success":true}`.
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
    let pin = match ctx.param_text("pin") {
        None if ctx.param("pin").is_none() => false,
        Some(p) if p.len() == 6 && p.bytes().all(|b| b.is_ascii_digit()) => true,
        _ => {
            return Err(GraphError::invalid_param("Param pin must be a 6-digit number"));
        }
    };
    if new_name.is_none() && visibility.is_none() && !pin {
        return Err(GraphError::invalid_param("The parameter new_display_name, search_visibility or pin is required"));
    }
    state.mutate(|w| {
        let p = w.phone_number_mut(id).ok_or_else(|| GraphError::unsupported_request("POST", id))?;
        if let Some(name) = new_name {
            p.new_display_name = Some(name);
            p.new_name_status = Some("PENDING_REVIEW".into());
        }
        if let Some(v) = visibility {
            p.search_visibility = v;
        }
        if pin {
            p.is_pin_enabled = true;
        }
        Ok(())
    })?;
    Ok(Reply::success())
}

/// One phone number as JSON with the requested (or default) fields.
fn render(ctx: &Ctx, world: &World, p: &PhoneNumber, requested: Option<&[Field]>) -> Result<Value, GraphError> {
    let lookup = |name: &str| field(ctx, world, p, name);
    let node = NodeType { name: NODE_TYPE, defaults: DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}

fn field(ctx: &Ctx, world: &World, p: &PhoneNumber, name: &str) -> Lookup {
    let s = |v: &str| Lookup::Value(json!(v));
    let opt = |v: &Option<String>| v.as_deref().map_or(Lookup::Absent, |v| Lookup::Value(json!(v)));
    match name {
        "id" => s(&p.id),
        "display_phone_number" => s(&p.display_phone_number),
        "verified_name" => s(&p.verified_name),
        "quality_rating" => s(&p.quality_rating),
        "status" => s(&p.status),
        "name_status" => s(&p.name_status),
        "new_display_name" => opt(&p.new_display_name),
        "new_name_status" => opt(&p.new_name_status),
        "code_verification_status" => s(&p.code_verification_status),
        "messaging_limit_tier" => s(&p.messaging_limit_tier),
        "whatsapp_business_manager_messaging_limit" => {
            if ctx.version().has_portfolio_messaging_limit() {
                s(&world.business.messaging_limit)
            } else {
                Lookup::Unknown
            }
        }
        "throughput" => Lookup::Value(json!({ "level": p.throughput_level })),
        "account_mode" => s(&p.account_mode),
        "platform_type" | "host_platform" => s(&p.platform_type),
        "is_official_business_account" => Lookup::Value(json!(p.is_official_business_account)),
        "last_onboarded_time" => s(&p.last_onboarded_time),
        "is_pin_enabled" => Lookup::Value(json!(p.is_pin_enabled)),
        "is_on_biz_app" => Lookup::Value(json!(false)),
        "health_status" => Lookup::Value(health_status(world, p)),
        "country_code" => s(&p.country_code),
        "country_dial_code" => s(&p.country_dial_code),
        "search_visibility" => s(&p.search_visibility),
        "username" => Lookup::Absent,
        _ => Lookup::Unknown,
    }
}

/// `health_status`, derived from the number's status and its WABA: connected
/// numbers are AVAILABLE, flagged/rate-limited/restricted ones LIMITED (with
/// `additional_info`), everything else (pending, offline, banned…) BLOCKED
/// (with `errors`). The overall value is the worst entity's.
fn health_status(world: &World, p: &PhoneNumber) -> Value {
    let (phone_status, detail) = match p.status.as_str() {
        "CONNECTED" => ("AVAILABLE", None),
        "FLAGGED" | "RATE_LIMITED" | "RESTRICTED" => (
            "LIMITED",
            Some((
                "additional_info",
                json!([format!(
                    "The phone number's quality rating is {}; messaging may be limited until quality improves.",
                    p.quality_rating
                )]),
            )),
        ),
        _ => (
            "BLOCKED",
            Some((
                "errors",
                json!([{
                    "error_code": 133010,
                    "error_description": "The phone number is not registered on the WhatsApp Business Platform.",
                    "possible_solution": "Complete verification and register the number with POST /{phone-number-id}/register."
                }]),
            )),
        ),
    };
    let mut phone = json!({ "entity_type": "PHONE_NUMBER", "id": p.id, "can_send_message": phone_status });
    if let (Some((key, value)), Some(obj)) = (detail, phone.as_object_mut()) {
        obj.insert(key.into(), value);
    }

    let waba = world.waba(&p.waba_id);
    let waba_status = match waba.map(|w| w.account_review_status.as_str()) {
        Some("APPROVED") => "AVAILABLE",
        Some("PENDING") => "LIMITED",
        _ => "BLOCKED",
    };
    let entities = vec![
        phone,
        json!({ "entity_type": "WABA", "id": p.waba_id, "can_send_message": waba_status }),
        json!({ "entity_type": "BUSINESS", "id": world.business.id, "can_send_message": "AVAILABLE" }),
        json!({ "entity_type": "APP", "id": world.app_id, "can_send_message": "AVAILABLE" }),
    ];
    let rank = |s: &str| match s {
        "BLOCKED" => 2,
        "LIMITED" => 1,
        _ => 0,
    };
    let overall = [phone_status, waba_status].into_iter().max_by_key(|s| rank(s)).unwrap_or("AVAILABLE");
    json!({ "can_send_message": overall, "entities": entities })
}
