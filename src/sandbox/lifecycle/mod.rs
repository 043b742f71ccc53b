//! A number's lifecycle on the emulated Graph API, with Meta's errors:
//!
//! * `POST /{waba-id}/phone_numbers` ([`add`]): `cc`, `phone_number`, `verified_name`; checked
//!   as waba's CLI checks it ([`crate::lifecycle::number`]), the portfolio's allowance enforced
//!   (2 numbers until business verification, then 20). The number starts `PENDING`,
//!   `NOT_VERIFIED`, its name `PENDING_REVIEW`.
//! * `POST /{phone-number-id}/request_code` and `verify_code` ([`codes`]): a six-digit code,
//!   valid 10 minutes, shown by `waba sandbox codes` and on `waba sandbox serve`'s log (nothing
//!   leaves the machine); one request a minute and 5 an hour, 5 wrong entries per code (136024,
//!   136025). Meta publishes no numbers for these limits (platform-rules.md §9.3): these are the
//!   sandbox's.
//! * `POST /{phone-number-id}/register` and `deregister` ([`register`]): registration needs a
//!   verified code (133006); the PIN becomes the two-step PIN, or must match it (133005); wrong
//!   PINs: 133009 within a second of the last, 133008 after 5 in 12 hours; 10 register or
//!   deregister calls per 72 hours (133016, platform-rules.md §9.4); registering again within 5
//!   minutes of a deregistration: 133015. Sending from an unregistered number: 133010.
//! * `GET`/`POST /{phone-number-id}/official_business_account` ([`oba`]).
//! * Reviews ([`review`]): display names and OBA requests are decided once the review delay has
//!   passed, by waba's own display-name rules and OBA criteria.

pub(crate) mod add;
pub(crate) mod codes;
pub(crate) mod oba;
pub(crate) mod register;
pub(crate) mod review;
#[cfg(test)]
mod tests;

use super::error::GraphError;
use super::world::{PhoneNumber, World};

/// A code the sandbox "sent": what `waba sandbox serve` prints and `waba sandbox codes` lists.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CodeNotice {
    pub phone_number_id: String,
    pub display_phone_number: String,
    pub code: String,
    /// `SMS` or `VOICE`.
    pub method: String,
    pub language: String,
    /// RFC 3339.
    pub expires: String,
}

/// Who hears about codes as they are issued (`waba sandbox serve` prints them).
pub type CodeSink = std::sync::Arc<dyn Fn(&CodeNotice) + Send + Sync>;

/// The codes outstanding in the world database at `db` (`waba sandbox codes`), with whether
/// each has expired at `now_ms`.
pub fn codes_in(db: &std::path::Path, now_ms: i64) -> Result<Vec<(CodeNotice, bool)>, super::SandboxError> {
    let (mut opened, _) = super::store::Db::open(db, None)?;
    Ok(outstanding(opened.world()?, now_ms))
}

/// The codes outstanding in `world` (not yet verified or replaced), expired ones included.
pub fn outstanding(world: &World, now_ms: i64) -> Vec<(CodeNotice, bool)> {
    world
        .phone_numbers
        .iter()
        .filter_map(|p| p.lifecycle.code.as_ref().map(|c| (notice(p, c), c.expires_ms <= now_ms)))
        .collect()
}

pub(crate) fn notice(p: &PhoneNumber, c: &super::world::IssuedCode) -> CodeNotice {
    CodeNotice {
        phone_number_id: p.id.clone(),
        display_phone_number: p.display_phone_number.clone(),
        code: c.code.clone(),
        method: c.method.clone(),
        language: c.language.clone(),
        expires: rfc3339(c.expires_ms),
    }
}

pub(crate) fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.to_string()).unwrap_or_default()
}

/// Graph's timestamp format (`2025-03-14T09:30:00+0000`), as `last_onboarded_time` carries it.
pub(crate) fn graph_time(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y-%m-%dT%H:%M:%S+0000").to_string()).unwrap_or_default()
}

pub(crate) use super::messages::errors::wa;

/// The number `id`, mutably, or Graph's unsupported-request error.
pub(crate) fn number_mut<'w>(w: &'w mut World, method: &str, id: &str) -> Result<&'w mut PhoneNumber, GraphError> {
    w.phone_number_mut(id).ok_or_else(|| GraphError::unsupported_request(method, id))
}

/// Keeps the timestamps of `list` newer than `window_ms` before `now`.
pub(crate) fn prune(list: &mut Vec<i64>, now: i64, window_ms: i64) {
    list.retain(|&t| now - t < window_ms);
}
