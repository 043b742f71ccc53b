//! A business phone number's lifecycle — added, verified by code, registered with a two-step
//! PIN, reviewed display name, Official Business Account — as rules shared by the CLI's checks
//! before sending and the sandbox's answers, so that the two always agree.
//!
//! - [`number`]: a new number's country code and national number (no short codes).
//! - [`secret`]: the six-digit verification code and two-step PIN formats.
//! - [`oba`]: Official Business Account criteria and request fields.
//! - [`allowance`]: how many numbers a business portfolio may hold.
//!
//! Sources: platform-rules.md §9 (business verification, OBA, phone numbers, registration),
//! graph-api.md §4.3–§4.5, the v23.0 spec (`POST /{waba-id}/phone_numbers`, `register`,
//! `request_code`, `verify_code`, `official_business_account`).

pub mod number;
pub mod oba;
pub mod secret;

/// Numbers a business portfolio may hold: 2 until its business verification is approved, then 20
/// (platform-rules.md §9.1: "2 → 20 registered numbers"; graph-api.md §4.4).
pub mod allowance {
    /// Numbers an unverified portfolio may hold.
    pub const UNVERIFIED: usize = 2;
    /// Numbers a verified portfolio may hold.
    pub const VERIFIED: usize = 20;

    /// The allowance for a portfolio whose `verification_status` is `status` (Meta spells it in
    /// lower case on the Business node, upper case on the WABA).
    pub fn for_status(status: &str) -> usize {
        if is_verified(status) { VERIFIED } else { UNVERIFIED }
    }

    /// Whether a business `verification_status` means verified.
    pub fn is_verified(status: &str) -> bool {
        status.eq_ignore_ascii_case("verified")
    }
}

/// Countries where Meta offers local storage of message data at rest (`register`'s
/// `data_localization_region`; spec v23.0 `WhatsAppDataLocalizationRegion`).
pub const DATA_LOCALIZATION_REGIONS: &[&str] =
    &["AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN", "JP", "KR", "SG", "ZA"];

/// A `request_code` `language`: a two-letter code (`en`, as Meta's page says) or a locale
/// (`en_US`, the spec's pattern `^[a-z]{2}_[A-Z]{2}$`).
pub fn is_code_language(l: &str) -> bool {
    let b = l.as_bytes();
    match b.len() {
        2 => b.iter().all(u8::is_ascii_lowercase),
        5 => b[..2].iter().all(u8::is_ascii_lowercase) && b[2] == b'_' && b[3..].iter().all(u8::is_ascii_uppercase),
        _ => false,
    }
}

/// A number's `status` values that mean it is registered on the Cloud API (it can send).
/// `PENDING` (added, not registered) and `DISCONNECTED` (deregistered) are not; the
/// others (`CONNECTED`, `FLAGGED`, `RESTRICTED`, `RATE_LIMITED`, …) are registered numbers in
/// some state of health.
pub fn is_registered_status(status: &str) -> bool {
    !["PENDING", "DISCONNECTED", "DELETED", "UNLINKED", "UNVERIFIED", "OFFLINE"]
        .iter()
        .any(|s| status.eq_ignore_ascii_case(s))
}

/// What a `name_status` (or `new_name_status`) value means (graph-api.md §4.1, Meta's
/// display-name docs).
pub fn name_status_meaning(status: &str) -> Option<&'static str> {
    Some(match status {
        "APPROVED" => "approved; customers see it, and the number may grow past 250 users a day",
        "AVAILABLE_WITHOUT_REVIEW" => "usable now; Meta reviews it when the number reaches a higher messaging limit",
        "PENDING_REVIEW" => "Meta is reviewing it; the decision comes on the phone_number_name_update webhook",
        "DECLINED" => "rejected by Meta's review; submit a name that follows the guidelines",
        "EXPIRED" => "the approval expired before the number was registered; submit it again",
        "NONE" => "no display name has been submitted",
        _ => return None,
    })
}
