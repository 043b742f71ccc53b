//! `GET`/`POST /{phone-number-id}/settings` (spec `getPhoneNumberSettings`,
//! `updatePhoneNumberSettings`; Meta's calling, local-storage and
//! identity-change guides).
//!
//! Sections: `calling` (`status` ENABLED|DISABLED, `call_icon_visibility`
//! DEFAULT|DISABLE_ALL, `call_icons.restrict_to_user_countries`, `call_hours`,
//! `callback_permission_status`, `sip`, `srtp_key_exchange_protocol` DTLS|SDES,
//! `audio`, `video`), `storage_configuration` (`status` DEFAULT |
//! IN_COUNTRY_STORAGE_ENABLED with `data_localization_region` | NO_STORAGE_ENABLED
//! with `retention_minutes`; only while the number is not registered) and
//! `user_identity_change` (`enable_identity_key_check`). A POST merges the
//! given keys into the section (`call_hours` is replaced whole); unknown keys
//! are errors. GET returns `calling` and `storage_configuration` unless
//! `fields` names sections (also `user_identity_change`, `payload_encryption`).

mod calling;

use serde_json::{Map, Value, json};

use super::error::GraphError;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::world::PhoneNumber;

const DEFAULT_SECTIONS: &[&str] = &["calling", "storage_configuration"];
const SECTIONS: &[&str] = &["calling", "storage_configuration", "user_identity_change", "payload_encryption"];
/// spec `WhatsAppDataLocalizationRegion`.
const REGIONS: &[&str] = &["AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN", "JP", "KR", "SG", "ZA"];

fn defaults(section: &str) -> Value {
    match section {
        "calling" => json!({
            "status": "DISABLED",
            "call_icon_visibility": "DEFAULT",
            "callback_permission_status": "DISABLED",
            "sip": { "status": "DISABLED", "servers": [] }
        }),
        "storage_configuration" => json!({ "status": "DEFAULT" }),
        "user_identity_change" => json!({ "enable_identity_key_check": false }),
        _ => json!({ "status": "DISABLED" }),
    }
}

/// Errors on a key of `params` outside `allowed` (and the standard parameters).
pub(crate) fn reject_unknown(params: &Map<String, Value>, allowed: &[&str]) -> Result<(), GraphError> {
    match params.keys().find(|k| !allowed.contains(&k.as_str()) && !super::dispatch::STANDARD.contains(&k.as_str())) {
        Some(k) => Err(GraphError::invalid_param(format!(
            "Param {k} is not a field of this request; the accepted ones are {{{}}}",
            allowed.join(", ")
        ))),
        None => Ok(()),
    }
}

/// `GET /{phone-number-id}/settings`
pub(crate) fn get(ctx: &Ctx, p: &PhoneNumber) -> Result<Reply, GraphError> {
    let requested: Vec<String> = match ctx.fields()? {
        Some(f) if !f.is_empty() => f.into_iter().map(|f| f.name).collect(),
        _ => DEFAULT_SECTIONS.iter().map(|s| (*s).to_owned()).collect(),
    };
    let with_sip_credentials = matches!(ctx.param_text("include_sip_credentials").as_deref(), Some("true" | "1"));
    let mut out = Map::new();
    for name in requested {
        if !SECTIONS.contains(&name.as_str()) {
            return Err(GraphError::nonexisting_field(&name, "WhatsAppBusinessPhoneNumberSettings"));
        }
        let mut section = defaults(&name);
        if let (Some(Value::Object(stored)), Some(obj)) = (p.settings.get(&name), section.as_object_mut()) {
            obj.extend(stored.clone());
        }
        if with_sip_credentials && name == "calling" {
            add_sip_passwords(&mut section, &p.id);
        }
        out.insert(name, section);
    }
    Ok(Reply::json(Value::Object(out)))
}

fn add_sip_passwords(calling: &mut Value, phone_id: &str) {
    if let Some(servers) = calling.pointer_mut("/sip/servers").and_then(Value::as_array_mut) {
        for s in servers.iter_mut().filter_map(Value::as_object_mut) {
            s.insert("sip_user_password".into(), json!(format!("sbx-sip-{phone_id}")));
        }
    }
}

/// `POST /{phone-number-id}/settings`
pub(crate) fn update(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    reject_unknown(&ctx.params, &["calling", "storage_configuration", "user_identity_change"])?;
    let mut changes: Vec<(&str, Map<String, Value>)> = Vec::new();
    for section in ["calling", "storage_configuration", "user_identity_change"] {
        if let Some(v) = ctx.param(section) {
            let obj = object(section, v)?;
            match section {
                "calling" => calling::validate(&obj)?,
                "storage_configuration" => storage(&obj)?,
                _ => identity(&obj)?,
            }
            changes.push((section, obj));
        }
    }
    if changes.is_empty() {
        return Err(GraphError::invalid_param(
            "The parameter calling, storage_configuration or user_identity_change is required",
        ));
    }
    state.mutate(|w| {
        let p = w.phone_number_mut(id).ok_or_else(|| GraphError::unsupported_request("POST", id))?;
        for (section, obj) in changes {
            if section == "storage_configuration" && matches!(p.status.as_str(), "CONNECTED" | "FLAGGED" | "RATE_LIMITED" | "RESTRICTED") {
                return Err(GraphError::invalid_param(
                    "Local storage can only be enabled or disabled while the phone number is not registered; deregister it first",
                ));
            }
            let entry = p.settings.entry(section.to_owned()).or_insert_with(|| json!({}));
            match (entry.as_object_mut(), section) {
                (Some(stored), "calling") => stored.extend(obj),
                (Some(stored), _) => *stored = obj,
                (None, _) => *entry = Value::Object(obj),
            }
        }
        Ok(())
    })?;
    Ok(Reply::success())
}

/// A section: a JSON object, or (form bodies) a string holding one.
fn object(name: &str, v: &Value) -> Result<Map<String, Value>, GraphError> {
    let parsed = match v {
        Value::String(s) => serde_json::from_str::<Value>(s).ok(),
        other => Some(other.clone()),
    };
    match parsed {
        Some(Value::Object(m)) => Ok(m),
        _ => Err(GraphError::invalid_param(format!("Param {name} must be a JSON object"))),
    }
}

fn storage(m: &Map<String, Value>) -> Result<(), GraphError> {
    reject_unknown(m, &["status", "data_localization_region", "retention_minutes"])?;
    let region = m.get("data_localization_region").and_then(Value::as_str);
    match m.get("status").and_then(Value::as_str) {
        Some("DEFAULT") => Ok(()),
        Some("IN_COUNTRY_STORAGE_ENABLED") if region.is_some_and(|r| REGIONS.contains(&r)) => Ok(()),
        Some("IN_COUNTRY_STORAGE_ENABLED") => Err(GraphError::invalid_param(format!(
            "Param storage_configuration[data_localization_region] must be one of {{{}}}",
            REGIONS.join(", ")
        ))),
        Some("NO_STORAGE_ENABLED") if m.get("retention_minutes").and_then(Value::as_u64).is_some_and(|n| n > 0) => {
            Ok(())
        }
        Some("NO_STORAGE_ENABLED") => Err(GraphError::invalid_param(
            "Param storage_configuration[retention_minutes] must be a positive integer with NO_STORAGE_ENABLED",
        )),
        _ => Err(GraphError::invalid_param(
            "Param storage_configuration[status] must be one of {DEFAULT, IN_COUNTRY_STORAGE_ENABLED, NO_STORAGE_ENABLED}",
        )),
    }
}

fn identity(m: &Map<String, Value>) -> Result<(), GraphError> {
    reject_unknown(m, &["enable_identity_key_check"])?;
    match m.get("enable_identity_key_check") {
        Some(Value::Bool(_)) => Ok(()),
        _ => Err(GraphError::invalid_param("Param user_identity_change[enable_identity_key_check] must be a boolean")),
    }
}
