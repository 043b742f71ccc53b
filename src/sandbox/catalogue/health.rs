//! `health_status` of phone numbers and WABAs: whether each entity on the
//! path of a message (number, WABA, business, app) can send, with Meta's
//! `errors` / `additional_info` details. The overall value is the worst.

use serde_json::{Value, json};

use crate::sandbox::world::{PhoneNumber, Waba, World};

/// The number's own entity: connected numbers are AVAILABLE,
/// flagged/rate-limited/restricted ones LIMITED, the rest BLOCKED.
fn phone_entity(p: &PhoneNumber) -> (Value, &'static str) {
    let (status, detail) = match p.status.as_str() {
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
    let mut e = json!({ "entity_type": "PHONE_NUMBER", "id": p.id, "can_send_message": status });
    if let (Some((key, value)), Some(obj)) = (detail, e.as_object_mut()) {
        obj.insert(key.into(), value);
    }
    (e, status)
}

fn waba_status(waba: Option<&Waba>) -> &'static str {
    match waba.map(|w| w.account_review_status.as_str()) {
        Some("APPROVED") => "AVAILABLE",
        Some("PENDING") => "LIMITED",
        _ => "BLOCKED",
    }
}

fn worst<'a>(statuses: impl IntoIterator<Item = &'a str>) -> &'a str {
    let rank = |s: &str| match s {
        "BLOCKED" => 2,
        "LIMITED" => 1,
        _ => 0,
    };
    statuses.into_iter().max_by_key(|s| rank(s)).unwrap_or("AVAILABLE")
}

fn tail(world: &World, waba_id: &str, waba: &'static str) -> Vec<Value> {
    vec![
        json!({ "entity_type": "WABA", "id": waba_id, "can_send_message": waba }),
        json!({ "entity_type": "BUSINESS", "id": world.business.id, "can_send_message": "AVAILABLE" }),
        json!({ "entity_type": "APP", "id": world.app_id, "can_send_message": "AVAILABLE" }),
    ]
}

/// `health_status` of a phone number.
pub(crate) fn of_phone(world: &World, p: &PhoneNumber) -> Value {
    let (phone, phone_status) = phone_entity(p);
    let waba = waba_status(world.waba(&p.waba_id));
    let mut entities = vec![phone];
    entities.extend(tail(world, &p.waba_id, waba));
    json!({ "can_send_message": worst([phone_status, waba]), "entities": entities })
}

/// `health_status` of a WABA: the WABA, business and app entities (Meta
/// lists the numbers on their own node).
pub(crate) fn of_waba(world: &World, w: &Waba) -> Value {
    let status = waba_status(Some(w));
    json!({ "can_send_message": worst([status]), "entities": tail(world, &w.id, status) })
}
