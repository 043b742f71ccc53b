//! Records added for the business profile, the phone-number settings and the
//! WABA's app subscriptions. Every member has a serde default so that older
//! state needs no migration.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The `whatsapp_business_profile` of a phone number. `None`/empty members
/// are unset (Graph omits them; `vertical` reads `UNDEFINED` until set).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BusinessProfile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vertical: Option<String>,
    /// Set from a `profile_picture_handle` of a finished upload session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_picture_url: Option<String>,
}

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
