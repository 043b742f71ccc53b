//! A typed client for Meta's Graph API, as far as the WhatsApp Business Platform uses it.
//!
//! It knows nothing of the command line: it takes a [`ClientConfig`], returns typed
//! models or a [`GraphError`] that keeps Meta's error envelope, and reports
//! operational notices (an auto-upgraded API version) through [`GraphClient::take_notices`].

mod auth;
mod client;
mod error;
mod lifecycle;
mod media;
mod messages;
pub mod models;
mod numbers;
mod paging;
mod retry;
mod subscriptions;
mod templates;
#[cfg(test)]
mod tests_templates;
mod upload;
mod write;

pub use client::{ClientConfig, GraphClient};
pub use error::{ApiError, ApiErrorBody, ErrorClass, GraphError, TransportKind};
pub use lifecycle::{LIFECYCLE_FIELDS, ObaAnswer, ObaStatus};
pub use media::{DownloadError, Downloaded, MediaInfo};
pub use messages::{SendError, SentContact, SentId, SentMessage, is_throttle_code, sha256_hex};
pub use numbers::{PHONE_NUMBER_FIELDS, WABA_FIELDS};
pub use paging::{Cursors, Listing, Page, PageRequest, Paging};
pub use retry::RetryPolicy;
pub use subscriptions::{CallbackOverride, SubscribedApp};
pub use templates::{TEMPLATE_FIELDS, TemplateFilter};

/// The Graph API version used unless a profile, flag or environment variable says otherwise.
///
/// The newest version whose field names this project has checked: the phone-number,
/// WABA and messaging-limit fields were read from Meta's developer documentation
/// (revisions 2025-10 to 2026-05, whose examples call v25.0); see
/// `reference/graph-api.md` §1.1 and §4 in the project's research notes.
pub const DEFAULT_API_VERSION: &str = "v25.0";

/// Meta's Graph API endpoint.
pub const DEFAULT_BASE_URL: &str = "https://graph.facebook.com";

/// Whether `version` has Graph's form `vMAJOR.MINOR`.
pub fn is_valid_version(version: &str) -> bool {
    parse_version(version).is_some()
}

/// `(major, minor)` of a version string like `v24.0`.
pub fn parse_version(version: &str) -> Option<(u32, u32)> {
    let rest = version.strip_prefix('v')?;
    let (major, minor) = rest.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.chars().all(|c| c.is_ascii_digit());
    if !digits(major) || !digits(minor) {
        return None;
    }
    Some((major.parse().ok()?, minor.parse().ok()?))
}

/// The phone-number field that carries the messaging limit in this version:
/// `whatsapp_business_manager_messaging_limit` from v24.0, `messaging_limit_tier` before.
pub fn messaging_limit_field(version: &str) -> &'static str {
    match parse_version(version) {
        Some((major, _)) if major < 24 => "messaging_limit_tier",
        _ => "whatsapp_business_manager_messaging_limit",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert_eq!(parse_version("v24.0"), Some((24, 0)));
        assert!(!is_valid_version("24.0"));
        assert!(!is_valid_version("v24"));
        assert!(!is_valid_version("v24.0.1"));
        assert!(!is_valid_version("v.1"));
        assert_eq!(messaging_limit_field("v23.0"), "messaging_limit_tier");
        assert_eq!(messaging_limit_field("v24.0"), "whatsapp_business_manager_messaging_limit");
    }
}
