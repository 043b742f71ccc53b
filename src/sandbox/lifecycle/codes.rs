//! `POST /{phone-number-id}/request_code` (`code_method`, `language`) and `verify_code`
//! (`code`), both answering `{"success": true}`. Errors as Meta's: 136024 (request code error,
//! subcode 2388091) and 136025 (verify code error, subcode 2388093), shapes from public fixtures.

use rand::Rng;

use super::super::error::GraphError;
use super::super::request::{Ctx, Reply};
use super::super::state::SharedState;
use super::super::world::IssuedCode;
use super::{CodeNotice, notice, number_mut, prune, wa};

/// How long a code is valid.
pub const CODE_TTL_MS: i64 = 10 * 60 * 1000;
/// Least time between two code requests for one number.
pub const MIN_INTERVAL_MS: i64 = 60 * 1000;
/// Most code requests for one number in an hour.
pub const MAX_PER_HOUR: usize = 5;
/// Wrong entries that void a code.
pub const MAX_FAILURES: u32 = 5;
const HOUR_MS: i64 = 60 * 60 * 1000;

fn request_error(details: String) -> GraphError {
    wa(136024, "Request code error", details).with_subcode(2_388_091)
}

fn verify_error(details: impl Into<String>) -> GraphError {
    wa(136025, "Verify code error", details).with_subcode(2_388_093)
}

/// `POST /{phone-number-id}/request_code`
pub(crate) fn request(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let method = match ctx.param_text("code_method").map(|m| m.to_ascii_uppercase()).as_deref() {
        Some(m @ ("SMS" | "VOICE")) => m.to_owned(),
        Some(_) => return Err(GraphError::invalid_param("Param code_method must be one of {SMS, VOICE}")),
        None => return Err(GraphError::invalid_param("The parameter code_method is required")),
    };
    let language = match ctx.param_text("language") {
        Some(l) if crate::lifecycle::is_code_language(&l) => l,
        Some(_) => {
            return Err(GraphError::invalid_param("Param language must be a language code such as en or en_US"));
        }
        None => return Err(GraphError::invalid_param("The parameter language is required")),
    };
    let now = state.now_ms();
    let code = format!("{:06}", rand::rng().random_range(0..1_000_000u32));
    let issued: CodeNotice = state.mutate(|w| {
        let p = number_mut(w, "POST", id)?;
        let l = &mut p.lifecycle;
        prune(&mut l.code_requests, now, HOUR_MS);
        if let Some(last) = l.code_requests.last().copied().filter(|&t| now - t < MIN_INTERVAL_MS) {
            let wait = (MIN_INTERVAL_MS - (now - last) + 999) / 1000;
            return Err(request_error(format!(
                "A code was requested less than a minute ago. Wait {wait} seconds before requesting another."
            )));
        }
        if l.code_requests.len() >= MAX_PER_HOUR {
            let retry = l.code_requests.first().map_or(now, |t| t + HOUR_MS);
            return Err(request_error(format!(
                "Too many codes were requested for this number. Try again after {}.",
                super::rfc3339(retry)
            )));
        }
        l.code_requests.push(now);
        let c = IssuedCode {
            code: code.clone(),
            method: method.clone(),
            language: language.clone(),
            issued_ms: now,
            expires_ms: now + CODE_TTL_MS,
            failures: 0,
        };
        l.code = Some(c.clone());
        Ok(notice(p, &c))
    })?;
    state.announce_code(&issued);
    Ok(Reply::success())
}

/// `POST /{phone-number-id}/verify_code`
pub(crate) fn verify(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let Some(given) = ctx.param_text("code") else {
        return Err(GraphError::invalid_param("The parameter code is required"));
    };
    if crate::lifecycle::secret::six_digits("code", &given).is_err() {
        return Err(GraphError::invalid_param("Param code must be a 6-digit number"));
    }
    let now = state.now_ms();
    // A wrong code is counted: the mutation commits, then the error is answered.
    let outcome = state.mutate(|w| {
        let p = number_mut(w, "POST", id)?;
        let Some(c) = p.lifecycle.code.as_mut() else {
            return Ok(Err(verify_error("No code was requested for this number, or it was already used. Request a code first.")));
        };
        if c.expires_ms <= now {
            p.lifecycle.code = None;
            return Ok(Err(verify_error("The code has expired. Request a new code.")));
        }
        if c.code != given.trim() {
            c.failures += 1;
            if c.failures >= MAX_FAILURES {
                p.lifecycle.code = None;
                return Ok(Err(verify_error(
                    "The code you entered is incorrect. Too many wrong codes: this code no longer works, request a new one.",
                )));
            }
            let left = MAX_FAILURES - c.failures;
            return Ok(Err(verify_error(format!("The code you entered is incorrect. {left} attempts left."))));
        }
        p.lifecycle.code = None;
        p.code_verification_status = "VERIFIED".into();
        Ok(Ok(()))
    })?;
    outcome.map(|()| Reply::success())
}
