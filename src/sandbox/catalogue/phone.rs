//! Fields of the `WhatsAppBusinessPhoneNumber` node (`GET /{phone-number-id}`
//! and the items of `GET /{waba-id}/phone_numbers`). Version rules for the
//! messaging limit are described in the `numbers` module.

use serde_json::{Map, Value, json};

use super::{health, opt_text, text, unix_seconds, value};
use crate::sandbox::fields::{self, Lookup};
use crate::sandbox::version::ApiVersion;
use crate::sandbox::world::{PhoneNumber, World};

pub(crate) const NODE_TYPE: &str = "WhatsAppBusinessPhoneNumber";

/// Default fields (doc §4.1; `id` is appended).
pub(crate) const DEFAULTS: &[&str] = &["display_phone_number", "verified_name", "quality_rating"];

pub(crate) struct View<'a> {
    pub world: &'a World,
    pub p: &'a PhoneNumber,
    pub version: ApiVersion,
}

type Getter = fn(&View<'_>) -> Lookup;

/// The catalogue. Sources: spec (`WhatsAppBusinessAccountPhoneNumber`,
/// `WhatsAppAccountNumber`, `PhoneNumberInfo`), doc (graph-api.md §4.1),
/// client (pywa `BusinessPhoneNumber`).
pub(crate) const FIELDS: &[(&str, Getter)] = &[
    ("id", |v| text(&v.p.id)),                                                            // spec
    ("display_phone_number", |v| text(&v.p.display_phone_number)),                        // spec
    ("verified_name", |v| text(&v.p.verified_name)),                                      // spec
    ("quality_rating", |v| text(&v.p.quality_rating)),                                    // spec
    ("status", |v| text(&v.p.status)),                                                    // spec, doc
    ("name_status", |v| text(&v.p.name_status)),                                          // spec, doc
    ("new_display_name", |v| opt_text(v.p.new_display_name.as_deref())),                  // doc, client
    ("new_name_status", |v| opt_text(v.p.new_name_status.as_deref())),                    // doc, client
    ("code_verification_status", |v| text(&v.p.code_verification_status)),                // spec
    ("messaging_limit_tier", |v| text(&v.p.messaging_limit_tier)), // spec (deprecated, still readable)
    ("whatsapp_business_manager_messaging_limit", messaging_limit), // doc (v24+), client
    ("throughput", |v| value(json!({ "level": v.p.throughput_level }))), // doc, client
    ("account_mode", |v| text(&v.p.account_mode)),                 // spec, client
    ("platform_type", |v| text(&v.p.platform_type)),               // doc (3p), client
    ("host_platform", |v| text(&v.p.platform_type)),               // spec
    ("is_official_business_account", |v| value(json!(v.p.is_official_business_account))), // spec, client
    ("last_onboarded_time", |v| text(&v.p.last_onboarded_time)),   // doc, client
    ("is_pin_enabled", |v| value(json!(v.p.is_pin_enabled))),      // doc, client
    ("is_on_biz_app", |_| value(json!(false))),                    // doc, client
    ("is_preverified_number", |_| value(json!(false))),            // client
    ("health_status", |v| value(health::of_phone(v.world, v.p))),  // doc, client
    ("country_code", |v| text(&v.p.country_code)),                 // spec, client
    ("country_dial_code", |v| text(&v.p.country_dial_code)),       // spec, client
    ("search_visibility", |v| text(&v.p.search_visibility)),       // spec (update), client
    ("eligibility_for_api_business_global_search", global_search), // doc (3p), client
    ("unified_cert_status", unified_cert_status),                  // spec
    ("certificate", certificate),                                  // spec, client
    ("new_certificate", |_| Lookup::Absent), // client (only while a new name is approved but unused)
    ("quality_score", quality_score),        // client
    ("conversational_automation", conversational_automation), // spec (edge), client
    ("webhook_configuration", webhook_configuration), // spec (update), client
    ("username", |_| Lookup::Absent),        // spec (nullable; none reserved)
    ("official_business_account", official_business_account), // doc (OBA guide)
];

/// `{"oba_status": …, "status_message": …}` (Meta's OBA guide reads it as this field).
fn official_business_account(v: &View<'_>) -> Lookup {
    let (status, message) = crate::sandbox::lifecycle::oba::status_of(v.p);
    value(json!({ "oba_status": status, "status_message": message }))
}

/// Looks `name` up in [`FIELDS`].
pub(crate) fn lookup(v: &View<'_>, name: &str) -> Lookup {
    fields::find(FIELDS, name).map_or(Lookup::Unknown, |get| get(v))
}

fn messaging_limit(v: &View<'_>) -> Lookup {
    if v.version.has_portfolio_messaging_limit() { text(&v.world.business.messaging_limit) } else { Lookup::Unknown }
}

/// Connected, visible numbers are eligible for business search [guess on the values].
fn global_search(v: &View<'_>) -> Lookup {
    match (v.p.status.as_str(), v.p.search_visibility.as_str()) {
        ("CONNECTED", "VISIBLE") => text("ELIGIBLE"),
        _ => text("NON_ELIGIBLE"),
    }
}

/// spec enum `APPROVED, NAME_PENDING_REVIEW, NAME_NOT_APPROVED, ACCOUNT_REVIEW_NOT_STARTED, LIMITED_ACCESS`.
fn unified_cert_status(v: &View<'_>) -> Lookup {
    text(match v.p.name_status.as_str() {
        "APPROVED" | "AVAILABLE_WITHOUT_REVIEW" => "APPROVED",
        "PENDING_REVIEW" => "NAME_PENDING_REVIEW",
        "DECLINED" | "EXPIRED" => "NAME_NOT_APPROVED",
        _ => "ACCOUNT_REVIEW_NOT_STARTED",
    })
}

/// The display-name certificate (base64) exists once the name is approved.
fn certificate(v: &View<'_>) -> Lookup {
    use base64::Engine as _;
    match v.p.name_status.as_str() {
        "APPROVED" | "AVAILABLE_WITHOUT_REVIEW" => {
            let raw = format!("sandbox-cert:{}:{}", v.p.id, v.p.verified_name);
            text(&base64::engine::general_purpose::STANDARD.encode(raw))
        }
        _ => Lookup::Absent,
    }
}

/// `{score, date}` like templates; the number's rating since onboarding.
fn quality_score(v: &View<'_>) -> Lookup {
    value(json!({ "score": v.p.quality_rating, "date": unix_seconds(&v.p.last_onboarded_time) }))
}

/// `{id, enable_welcome_message, prompts?, commands?}`.
fn conversational_automation(v: &View<'_>) -> Lookup {
    let mut out = Map::new();
    out.insert("enable_welcome_message".into(), json!(false));
    if let Some(Value::Object(set)) = &v.p.conversational_automation {
        out.extend(set.clone());
    }
    out.insert("id".into(), json!(v.p.id));
    value(Value::Object(out))
}

/// The override URLs that apply to the number: its own, and its WABA's.
fn webhook_configuration(v: &View<'_>) -> Lookup {
    let mut out = Map::new();
    if let Some(uri) = &v.p.webhook_override_uri {
        out.insert("phone_number".into(), json!(uri));
    }
    let waba_override = v
        .world
        .subscriptions
        .iter()
        .find(|s| s.waba_id == v.p.waba_id && s.app_id == v.world.app_id)
        .and_then(|s| s.override_callback_uri.as_deref());
    if let Some(uri) = waba_override {
        out.insert("whatsapp_business_account".into(), json!(uri));
    }
    value(Value::Object(out))
}
