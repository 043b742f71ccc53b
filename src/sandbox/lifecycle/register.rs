//! `POST /{phone-number-id}/register` (`messaging_product`, `pin`, `data_localization_region`),
//! `POST /{phone-number-id}/deregister`, and the two-step PIN of `POST /{phone-number-id}`.

use super::super::error::GraphError;
use super::super::request::{Ctx, Reply};
use super::super::state::SharedState;
use super::super::world::PhoneNumber;
use super::{number_mut, prune, wa};

/// Register/deregister calls allowed per number in [`REGISTRATION_WINDOW_MS`] (platform-rules.md §9.4).
pub const MAX_REGISTRATIONS: usize = 10;
pub const REGISTRATION_WINDOW_MS: i64 = 72 * 60 * 60 * 1000;
/// Wrong PINs that lock registration for [`PIN_WINDOW_MS`].
pub const MAX_PIN_FAILURES: usize = 5;
pub const PIN_WINDOW_MS: i64 = 12 * 60 * 60 * 1000;
/// A wrong PIN this soon after the previous one is "too fast" (133009) and not counted.
pub const PIN_TOO_FAST_MS: i64 = 1000;
/// How long after a deregistration the number cannot register again (133015).
pub const REREGISTER_WAIT_MS: i64 = 5 * 60 * 1000;

/// `POST /{phone-number-id}/register`
pub(crate) fn register(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    if ctx.param_text("messaging_product").as_deref() != Some("whatsapp") {
        return Err(GraphError::invalid_param("Param messaging_product must be 'whatsapp'"));
    }
    let pin = pin_param(ctx)?.ok_or_else(|| GraphError::invalid_param("The parameter pin is required"))?;
    let region = match ctx.param_text("data_localization_region") {
        None => None,
        Some(r) if crate::lifecycle::DATA_LOCALIZATION_REGIONS.contains(&r.as_str()) => Some(r),
        Some(_) => {
            return Err(GraphError::invalid_param(format!(
                "Param data_localization_region must be one of {{{}}}",
                crate::lifecycle::DATA_LOCALIZATION_REGIONS.join(", ")
            )));
        }
    };
    let now = state.now_ms();
    let outcome = state.mutate(|w| {
        let p = number_mut(w, "POST", id)?;
        if let Err(e) = rate_limit(p, now) {
            return Ok(Err(e));
        }
        if let Some(at) = p.lifecycle.deregistered_ms.filter(|&t| now - t < REREGISTER_WAIT_MS) {
            let wait = (REREGISTER_WAIT_MS - (now - at) + 999) / 1000;
            return Ok(Err(wa(
                133015,
                "Please wait a few minutes before attempting to register this phone number",
                format!(
                    "The number was deregistered moments ago and deletion has not completed. Retry in {wait} seconds."
                ),
            )));
        }
        if p.code_verification_status != "VERIFIED" {
            return Ok(Err(wa(
                133006,
                "Phone number re-verification needed",
                "Verify the phone number with a code (request_code, then verify_code) before registering it.",
            )));
        }
        if let Err(e) = check_pin(p, &pin, now) {
            return Ok(Err(e));
        }
        p.lifecycle.registrations.push(now);
        p.lifecycle.pin = Some(pin.clone());
        p.lifecycle.pin_failures.clear();
        p.is_pin_enabled = true;
        if region.is_some() {
            p.lifecycle.data_localization_region = region.clone();
        }
        if !p.is_registered() {
            p.status = "CONNECTED".into();
            p.last_onboarded_time = super::graph_time(now);
        }
        p.platform_type = "CLOUD_API".into();
        if p.throughput_level == "NOT_APPLICABLE" {
            p.throughput_level = "STANDARD".into();
        }
        Ok(Ok(()))
    })?;
    outcome.map(|()| Reply::success())
}

/// `POST /{phone-number-id}/deregister`
pub(crate) fn deregister(state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let now = state.now_ms();
    let outcome = state.mutate(|w| {
        let p = number_mut(w, "POST", id)?;
        if !p.is_registered() {
            return Ok(Err(super::super::messages::errors::not_registered()));
        }
        if let Err(e) = rate_limit(p, now) {
            return Ok(Err(e));
        }
        p.lifecycle.registrations.push(now);
        p.lifecycle.deregistered_ms = Some(now);
        p.status = "DISCONNECTED".into();
        p.platform_type = "NOT_APPLICABLE".into();
        Ok(Ok(()))
    })?;
    outcome.map(|()| Reply::success())
}

/// Sets or changes the two-step PIN (`POST /{phone-number-id}` with `pin`) inside a mutation;
/// the number must be registered (133010).
pub(crate) fn set_pin(p: &mut PhoneNumber, pin: &str) -> Result<(), GraphError> {
    if !p.is_registered() {
        return Err(super::super::messages::errors::not_registered());
    }
    p.lifecycle.pin = Some(pin.to_owned());
    p.lifecycle.pin_failures.clear();
    p.is_pin_enabled = true;
    Ok(())
}

/// The `pin` parameter: absent, or six digits (#100 otherwise; the error never echoes it).
pub(crate) fn pin_param(ctx: &Ctx) -> Result<Option<String>, GraphError> {
    match ctx.param_text("pin") {
        None if ctx.param("pin").is_none() => Ok(None),
        Some(p) if crate::lifecycle::secret::six_digits("PIN", &p).is_ok() => Ok(Some(p.trim().to_owned())),
        _ => Err(GraphError::invalid_param("Param pin must be a 6-digit number")),
    }
}

fn rate_limit(p: &mut PhoneNumber, now: i64) -> Result<(), GraphError> {
    prune(&mut p.lifecycle.registrations, now, REGISTRATION_WINDOW_MS);
    if p.lifecycle.registrations.len() >= MAX_REGISTRATIONS {
        let retry = p.lifecycle.registrations.first().map_or(now, |t| t + REGISTRATION_WINDOW_MS);
        return Err(wa(
            133016,
            "Account register deregister rate limit exceeded",
            format!(
                "Registration or deregistration was attempted {MAX_REGISTRATIONS} times in 72 hours. Try again after {}.",
                super::rfc3339(retry)
            ),
        ));
    }
    Ok(())
}

/// A PIN against the number's two-step PIN, with the guess limits. A number with two-step
/// verification on but no PIN on record (older sandbox state) takes the PIN given.
fn check_pin(p: &mut PhoneNumber, pin: &str, now: i64) -> Result<(), GraphError> {
    let Some(expected) = p.lifecycle.pin.clone().filter(|_| p.is_pin_enabled) else { return Ok(()) };
    let failures = &mut p.lifecycle.pin_failures;
    prune(failures, now, PIN_WINDOW_MS);
    if failures.len() >= MAX_PIN_FAILURES {
        let retry = failures.first().map_or(now, |t| t + PIN_WINDOW_MS);
        return Err(wa(
            133008,
            "Too many two step verification PIN guesses for this phone number",
            format!("Too many wrong PINs. Try again after {}.", super::rfc3339(retry)),
        ));
    }
    if expected == pin {
        return Ok(());
    }
    if failures.last().is_some_and(|&t| now - t < PIN_TOO_FAST_MS) {
        return Err(wa(
            133009,
            "Two step verification PIN was entered too quickly",
            "PINs were entered too quickly. Wait a few seconds before trying again.",
        ));
    }
    failures.push(now);
    let left = MAX_PIN_FAILURES.saturating_sub(failures.len());
    Err(wa(
        133005,
        "Two step verification PIN Mismatch",
        format!("The PIN does not match the number's two-step verification PIN. {left} attempts left."),
    ))
}
