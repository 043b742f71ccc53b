//! `POST /{waba-id}/phone_numbers`: adds a number to a WABA (`cc`, `phone_number`,
//! `verified_name`) → `{"id": …}`.

use serde_json::json;

use super::super::error::GraphError;
use super::super::request::{Ctx, Reply};
use super::super::state::SharedState;
use super::super::world::{BusinessProfile, Lifecycle, PhoneNumber, PhoneSettings, World};
use crate::lifecycle::{allowance, number};

/// `POST /{waba-id}/phone_numbers`
pub(crate) fn add(ctx: &Ctx, state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    let cc = ctx.param_text("cc").unwrap_or_default();
    let Some(phone) = ctx.param_text("phone_number") else {
        return Err(GraphError::invalid_param("The parameter phone_number is required"));
    };
    if cc.is_empty() {
        return Err(GraphError::invalid_param("The parameter cc is required"));
    }
    let name = match ctx.param_text("verified_name") {
        Some(n) if (2..=75).contains(&n.trim().chars().count()) => n.trim().to_owned(),
        Some(_) => {
            return Err(GraphError::invalid_param("Param verified_name must be a string of 2 to 75 characters"));
        }
        None => return Err(GraphError::invalid_param("The parameter verified_name is required")),
    };
    let checked = number::check_with_or_without_cc(&cc, &phone).map_err(|p| {
        GraphError::invalid_param(format!("Param phone_number is not valid: {}", p.message))
            .with_user("Phone number not valid", format!("{}. {}", p.message, p.hint))
    })?;
    let now = state.now_ms();
    let id = state.mutate(|w| {
        if w.phone_numbers.iter().any(|p| digits(&p.display_phone_number) == checked.digits()) {
            return Err(GraphError::invalid_param("This phone number is already added to a WhatsApp Business Account")
                .with_user(
                    "Phone number already in use",
                    "The phone number is already on a WhatsApp Business Account. Delete it there first.",
                ));
        }
        let held = numbers_of_business(w, waba_id);
        let limit = allowance::for_status(&w.business.verification_status);
        if held >= limit {
            return Err(GraphError::invalid_param(format!(
                "The business has reached its limit of {limit} phone numbers"
            ))
            .with_user(
                "Phone number limit reached",
                format!(
                    "This business portfolio holds {held} phone numbers, its limit. A portfolio may hold {} numbers \
                     until its business verification is approved, then {}.",
                    allowance::UNVERIFIED,
                    allowance::VERIFIED
                ),
            ));
        }
        let id = next_id(w);
        w.phone_numbers.push(new_number(&id, waba_id, &checked, &name, now));
        Ok(id)
    })?;
    Ok(Reply::json(json!({ "id": id })))
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Numbers held by the business that owns `waba_id` (over all its WABAs).
fn numbers_of_business(w: &World, waba_id: &str) -> usize {
    let owner = w.waba(waba_id).map(|a| a.owner_business_id.clone()).unwrap_or_default();
    let wabas: Vec<&str> = w.wabas_owned_by(&owner).into_iter().map(|a| a.id.as_str()).collect();
    w.phone_numbers.iter().filter(|p| wabas.contains(&p.waba_id.as_str())).count()
}

fn next_id(w: &World) -> String {
    let max = w.phone_numbers.iter().filter_map(|p| p.id.parse::<u64>().ok()).max().unwrap_or(1_100_000_000_000_000);
    (max + 1).to_string()
}

fn new_number(id: &str, waba_id: &str, n: &number::NewNumber, name: &str, now_ms: i64) -> PhoneNumber {
    let graph_time = super::graph_time(now_ms);
    PhoneNumber {
        id: id.to_owned(),
        waba_id: waba_id.to_owned(),
        display_phone_number: n.display(),
        verified_name: name.to_owned(),
        quality_rating: "UNKNOWN".into(),
        status: "PENDING".into(),
        name_status: "PENDING_REVIEW".into(),
        new_display_name: None,
        new_name_status: None,
        code_verification_status: "NOT_VERIFIED".into(),
        messaging_limit_tier: "TIER_250".into(),
        throughput_level: "NOT_APPLICABLE".into(),
        account_mode: "LIVE".into(),
        platform_type: "NOT_APPLICABLE".into(),
        is_official_business_account: false,
        last_onboarded_time: graph_time.clone(),
        is_pin_enabled: false,
        country_code: n.iso2.clone(),
        country_dial_code: n.cc.clone(),
        search_visibility: "HIDDEN".into(),
        creation_time: Some(graph_time),
        conversational_automation: None,
        webhook_override_uri: None,
        business_profile: BusinessProfile::default(),
        settings: PhoneSettings::new(),
        allowed_recipients: Vec::new(),
        lifecycle: Lifecycle { name_submitted_ms: Some(now_ms), ..Lifecycle::default() },
    }
}
