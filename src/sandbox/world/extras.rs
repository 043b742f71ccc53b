//! Records added for the phone-number settings and the WABA's app subscriptions (the business
//! profile is [`crate::business_profile::BusinessProfile`], shared with the Graph client). Every member has a serde default so that older
//! state needs no migration.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use crate::business_profile::BusinessProfile;

/// The app's webhook subscription to a WABA (`/{waba-id}/subscribed_apps`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subscription {
    pub waba_id: String,
    pub app_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_callback_uri: Option<String>,
    /// Kept for the webhook verification of a later issue; never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_token: Option<String>,
}

/// Settings sections written by `POST /{phone-number-id}/settings`, stored as
/// validated JSON objects keyed by section (`calling`, `storage_configuration`,
/// `user_identity_change`); reads overlay them on the defaults.
pub type PhoneSettings = Map<String, Value>;

pub(crate) fn default_app_name() -> String {
    "Sandbox App".into()
}

pub(crate) fn default_waba_status() -> String {
    "ACTIVE".into()
}

pub(crate) fn default_mm_lite_status() -> String {
    "ELIGIBLE".into()
}

pub(crate) fn default_mm_onboarding_status() -> String {
    "ELIGIBLE".into()
}

pub(crate) fn default_location() -> String {
    "US".into()
}

/// 2023-01-10T08:00:00Z, the seeded portfolio's creation.
pub(crate) fn default_waba_creation_time() -> i64 {
    1_673_337_600
}

pub(crate) fn default_true() -> bool {
    true
}
