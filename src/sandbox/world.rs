//! The emulated world: typed records for the business portfolio, its WhatsApp
//! Business Accounts and their phone numbers, plus the deterministic seed.
//!
//! These structs are also the on-disk state file format (see the `store` module).
//! Values Meta documents as open-ended strings (statuses, tiers, ratings) stay
//! `String`s here so that the emulator can represent anything Meta may return.

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use super::templates::store::TemplateStore;

mod commerce;
mod extras;
mod lifecycle;
mod seed;
pub use commerce::{Catalog, Flow, Product};
pub use extras::{BusinessProfile, PhoneSettings, Subscription};
use extras::{
    default_app_name, default_location, default_mm_lite_status, default_mm_onboarding_status, default_true,
    default_waba_creation_time, default_waba_status,
};
pub use lifecycle::{IssuedCode, Lifecycle, ObaRequest};

/// Version of the state-file format written by this build.
pub const STATE_VERSION: u32 = 1;

/// Everything the sandbox knows. Serialized as the state file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct World {
    /// State-file format version ([`STATE_VERSION`]).
    pub version: u32,
    /// The (only) app the sandbox pretends the token belongs to.
    pub app_id: String,
    #[serde(default = "default_app_name")]
    pub app_name: String,
    pub business: Business,
    pub wabas: Vec<Waba>,
    /// All phone numbers of all WABAs, in seed order (the first is the primary).
    pub phone_numbers: Vec<PhoneNumber>,
    /// Message templates, deletions, creation log and upload sessions
    /// (absent from state files written before templates existed).
    #[serde(default)]
    pub templates: TemplateStore,
    /// Apps subscribed to WABA webhooks (`/{waba-id}/subscribed_apps`).
    #[serde(default)]
    pub subscriptions: Vec<Subscription>,
    /// Product catalogs connected to the WABAs (older state gets the seeded one).
    #[serde(default = "commerce::seed_catalogs")]
    pub catalogs: Vec<Catalog>,
    /// WhatsApp Flows of the WABAs (older state gets the seeded ones).
    #[serde(default = "commerce::seed_flows")]
    pub flows: Vec<Flow>,
}

/// A business portfolio (Graph node type `Business`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Business {
    pub id: String,
    pub name: String,
    /// Lower-case like Meta's Business node (`verified`, `not_verified`, …).
    pub verification_status: String,
    /// Graph returns this one as a JSON number on the Business node.
    pub timezone_id: u32,
    pub created_time: String,
    /// Portfolio-level messaging limit (v24+ semantics: shared by all numbers).
    pub messaging_limit: String,
}

/// A WhatsApp Business Account (Graph node type `WhatsAppBusinessAccount`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waba {
    pub id: String,
    pub name: String,
    pub timezone_id: String,
    pub currency: String,
    pub message_template_namespace: String,
    pub account_review_status: String,
    pub business_verification_status: String,
    pub country: String,
    pub ownership_type: String,
    pub is_enabled_for_insights: bool,
    /// Id of the owning [`Business`].
    pub owner_business_id: String,
    #[serde(default = "default_waba_status")]
    pub status: String,
    #[serde(default = "default_mm_lite_status")]
    pub marketing_messages_lite_api_status: String,
    #[serde(default = "default_mm_onboarding_status")]
    pub marketing_messages_onboarding_status: String,
    #[serde(default)]
    pub disable_marketing_messages_on_cloud_api: bool,
    #[serde(default = "default_location")]
    pub primary_business_location: String,
    /// Unix seconds.
    #[serde(default = "default_waba_creation_time")]
    pub creation_time: i64,
    #[serde(default = "default_true")]
    pub template_auto_archival_enabled: bool,
}

/// A business phone number (Graph node type `WhatsAppBusinessPhoneNumber`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneNumber {
    pub id: String,
    /// Id of the [`Waba`] the number belongs to.
    pub waba_id: String,
    pub display_phone_number: String,
    pub verified_name: String,
    pub quality_rating: String,
    pub status: String,
    pub name_status: String,
    /// Set by `POST /{phone-number-id}` with `new_display_name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_name_status: Option<String>,
    pub code_verification_status: String,
    /// Legacy per-number tier (`messaging_limit_tier`, ≤ v23.0).
    pub messaging_limit_tier: String,
    pub throughput_level: String,
    pub account_mode: String,
    pub platform_type: String,
    pub is_official_business_account: bool,
    pub last_onboarded_time: String,
    pub is_pin_enabled: bool,
    pub country_code: String,
    pub country_dial_code: String,
    pub search_visibility: String,
    /// When the number was added (`sort=creation_time.*`); older state falls
    /// back to `last_onboarded_time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// `{prompts, commands, enable_welcome_message}` of the conversational components.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversational_automation: Option<Value>,
    /// `webhook_configuration.override_callback_uri` set by `POST /{phone-number-id}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_override_uri: Option<String>,
    #[serde(default)]
    pub business_profile: BusinessProfile,
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub settings: PhoneSettings,
    /// A test number's (`account_mode` `SANDBOX`) recipients, as digits: Meta
    /// delivers to these only (131030 otherwise; at most [`ALLOWED_RECIPIENTS_MAX`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_recipients: Vec<String>,
    /// Codes, PIN, registrations and reviews ([`Lifecycle`]).
    #[serde(default, skip_serializing_if = "is_default")]
    pub lifecycle: Lifecycle,
}

fn is_default(l: &Lifecycle) -> bool {
    *l == Lifecycle::default()
}

/// How many recipients a test number's allow-list holds (Meta's App Dashboard limit).
pub const ALLOWED_RECIPIENTS_MAX: usize = 5;

impl PhoneNumber {
    /// Whether this is a test number, which sends only to its allow-list.
    pub fn is_test_number(&self) -> bool {
        self.account_mode.eq_ignore_ascii_case("SANDBOX")
    }

    /// Whether the number is registered on the Cloud API (it can send).
    pub fn is_registered(&self) -> bool {
        crate::lifecycle::is_registered_status(&self.status)
            && !self.code_verification_status.eq_ignore_ascii_case("NOT_VERIFIED")
    }
}

impl World {
    /// Its ids: the business, the first WABA, that WABA's first (primary) number, the app.
    pub fn identity(&self) -> super::SandboxIdentity {
        let waba_id = self.wabas.first().map(|w| w.id.clone()).unwrap_or_default();
        let phone_number_id =
            self.phone_numbers.iter().find(|p| p.waba_id == waba_id).map(|p| p.id.clone()).unwrap_or_default();
        super::SandboxIdentity {
            business_id: self.business.id.clone(),
            waba_id,
            phone_number_id,
            app_id: self.app_id.clone(),
        }
    }

    pub fn waba(&self, id: &str) -> Option<&Waba> {
        self.wabas.iter().find(|w| w.id == id)
    }

    pub fn phone_number(&self, id: &str) -> Option<&PhoneNumber> {
        self.phone_numbers.iter().find(|p| p.id == id)
    }

    pub fn phone_number_mut(&mut self, id: &str) -> Option<&mut PhoneNumber> {
        self.phone_numbers.iter_mut().find(|p| p.id == id)
    }

    /// The numbers of one WABA in Graph's default order: most recently
    /// onboarded first (ties keep seed order).
    pub fn numbers_of(&self, waba_id: &str) -> Vec<&PhoneNumber> {
        let mut v: Vec<&PhoneNumber> = self.phone_numbers.iter().filter(|p| p.waba_id == waba_id).collect();
        // The fixed `YYYY-MM-DDTHH:MM:SS+0000` format sorts lexicographically.
        v.sort_by(|a, b| b.last_onboarded_time.cmp(&a.last_onboarded_time));
        v
    }

    /// The catalog connected to a WABA.
    pub fn catalog_of(&self, waba_id: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.waba_id == waba_id)
    }

    /// WABAs owned by a business, in seed order.
    pub fn wabas_owned_by(&self, business_id: &str) -> Vec<&Waba> {
        self.wabas.iter().filter(|w| w.owner_business_id == business_id).collect()
    }
}
