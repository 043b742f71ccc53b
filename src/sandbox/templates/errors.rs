//! The Graph errors of the template endpoints.
//!
//! Sources: graph-api.md §3.2 (codes 100, 80008) and §6.3–6.5 (the rules);
//! the subcodes 2388024 (name+language exists) and 2388023 (name of a deleted
//! template still blocked) are the ones third-party clients match on for
//! those cases (graph-api.md does not list template subcodes). Where no Meta
//! wording is known the message states the rule, so a client can show it.

use axum::http::StatusCode;

use crate::sandbox::error::GraphError;

/// Subcode for "content in this language already exists".
pub const SUBCODE_DUPLICATE: u32 = 2_388_024;
/// Subcode for "the name of a deleted template cannot be reused yet".
pub const SUBCODE_NAME_BLOCKED: u32 = 2_388_023;
/// Code for "too many calls to this WABA" (graph-api.md §3.2).
pub const CODE_WABA_RATE_LIMIT: u32 = 80_008;

/// `(#100) The parameter {name} is required`
pub fn required(name: &str) -> GraphError {
    GraphError::invalid_param(format!("The parameter {name} is required"))
}

pub fn duplicate(name: &str, language: &str) -> GraphError {
    GraphError::invalid_param("Invalid parameter").with_subcode(SUBCODE_DUPLICATE).with_user(
        "Content in this language already exists",
        format!(
            "There is already {language} content for the message template {name}. Edit the existing template, or create a new template with a different name or language."
        ),
    )
}

pub fn name_blocked(name: &str, language: &str, until_ms: i64) -> GraphError {
    GraphError::invalid_param("Invalid parameter").with_subcode(SUBCODE_NAME_BLOCKED).with_user(
        "Message template name is being deleted",
        format!(
            "The approved message template {name} ({language}) was deleted less than 30 days ago, so its name cannot be reused until {}. Create the template with a new name.",
            iso(until_ms)
        ),
    )
}

pub fn template_cap(cap: usize, verified: bool) -> GraphError {
    let why = if verified {
        "the limit for a verified business"
    } else {
        "the limit while the business portfolio is not verified (6,000 once verified)"
    };
    GraphError::invalid_param(format!(
        "You reached the maximum number of message templates ({cap}) for this WhatsApp Business Account, {why}"
    ))
    .with_user("Message template limit reached", format!("Delete unused templates before creating new ones ({why})."))
}

pub fn hourly_cap() -> GraphError {
    GraphError::new(
        StatusCode::BAD_REQUEST,
        "OAuthException",
        CODE_WABA_RATE_LIMIT,
        format!(
            "(#{CODE_WABA_RATE_LIMIT}) There have been too many calls to this WhatsApp Business Account: at most {} message templates can be created per hour",
            super::store::HOURLY_CREATIONS
        ),
    )
}

pub fn edit_status(status: &str) -> GraphError {
    GraphError::invalid_param(format!(
        "Only templates with status APPROVED, REJECTED or PAUSED can be edited; this template is {status}"
    ))
    .with_user("Template can't be edited", format!("A template with status {status} can't be edited."))
}

pub fn edit_category(from: &str, to: &str) -> GraphError {
    GraphError::invalid_param(format!("The category of an approved template cannot be changed (from {from} to {to})"))
        .with_user("Category can't be changed", "You cannot change the category of an approved template.")
}

pub fn edit_daily(next_ms: i64) -> GraphError {
    GraphError::invalid_param(format!(
        "An approved template can be edited only once in 24 hours; the next edit is allowed from {}",
        iso(next_ms)
    ))
    .with_user("Edit limit reached", "You can only edit an approved template once in 24 hours.")
}

pub fn edit_monthly() -> GraphError {
    GraphError::invalid_param(format!(
        "An approved template can be edited at most {} times in 30 days",
        super::store::EDITS_PER_30_DAYS
    ))
    .with_user("Edit limit reached", "You can only edit an approved template 10 times in 30 days.")
}

pub fn delete_disabled(name: &str, language: &str) -> GraphError {
    GraphError::invalid_param(format!(
        "The message template {name} ({language}) is DISABLED; disabled templates cannot be deleted"
    ))
    .with_user("Template can't be deleted", "Disabled message templates cannot be deleted.")
}

pub fn not_found_name(name: &str) -> GraphError {
    GraphError::invalid_param(format!("Message template {name} not found in this WhatsApp Business Account"))
        .with_user("Message template not found", format!("There is no message template named {name}."))
}

pub fn not_found_hsm(name: &str, hsm_id: &str) -> GraphError {
    GraphError::invalid_param(format!(
        "Message template {hsm_id} with the name {name} not found in this WhatsApp Business Account"
    ))
    .with_user("Message template not found", format!("There is no message template {hsm_id} named {name}."))
}

pub fn not_found_id(id: &str) -> GraphError {
    GraphError::unsupported_request("post", id)
}

/// `YYYY-MM-DDTHH:MM:SS+0000` (Graph's time format) for a millisecond time.
pub fn iso(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+0000", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_dates() {
        assert_eq!(super::iso(0), "1970-01-01T00:00:00+0000");
        assert_eq!(super::iso(1_735_725_600_000), "2025-01-01T10:00:00+0000");
        assert_eq!(super::iso(951_782_400_000), "2000-02-29T00:00:00+0000");
    }
}
