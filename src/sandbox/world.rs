//! The emulated world: typed records for the business portfolio, its WhatsApp
//! Business Accounts and their phone numbers, plus the deterministic seed.
//!
//! These structs are also the on-disk state file format (see the `store` module).
//! Values Meta documents as open-ended strings (statuses, tiers, ratings) stay
//! `String`s here so that the emulator can represent anything Meta may return.

use serde::{Deserialize, Serialize};

pub use super::templates::store::TemplateStore;

/// Version of the state-file format written by this build.
pub const STATE_VERSION: u32 = 1;

/// Everything the sandbox knows. Serialized as the state file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct World {
    /// State-file format version ([`STATE_VERSION`]).
    pub version: u32,
    /// The (only) app the sandbox pretends the token belongs to.
    pub app_id: String,
    pub business: Business,
    pub wabas: Vec<Waba>,
    /// All phone numbers of all WABAs, in seed order (the first is the primary).
    pub phone_numbers: Vec<PhoneNumber>,
    /// Message templates, deletions, creation log and upload sessions
    /// (absent from state files written before templates existed).
    #[serde(default)]
    pub templates: TemplateStore,
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
}

impl World {
    /// The deterministic seeded world (see the module docs of [`super`]).
    pub fn seed() -> World {
        let business_id = "1300000000000001";
        let waba_id = "1200000000000001";
        World {
            version: STATE_VERSION,
            app_id: "1400000000000001".into(),
            business: Business {
                id: business_id.into(),
                name: "Sandbox Trading Ltd".into(),
                verification_status: "verified".into(),
                timezone_id: 1,
                created_time: "2023-01-10T08:00:00+0000".into(),
                messaging_limit: "TIER_10K".into(),
            },
            wabas: vec![Waba {
                id: waba_id.into(),
                name: "Sandbox Trading".into(),
                timezone_id: "1".into(),
                currency: "USD".into(),
                message_template_namespace: "5c4e0d1a_7b3f_4e2a_9d6c_8f1b2a3c4d5e".into(),
                account_review_status: "APPROVED".into(),
                business_verification_status: "VERIFIED".into(),
                country: "US".into(),
                ownership_type: "SELF_OWNED".into(),
                is_enabled_for_insights: false,
                owner_business_id: business_id.into(),
            }],
            phone_numbers: vec![
                number(Seed {
                    id: "1100000000000001",
                    display: "+1 555-010-0001",
                    name: "Sandbox Support",
                    quality: "GREEN",
                    status: "CONNECTED",
                    name_status: "APPROVED",
                    code: "VERIFIED",
                    tier: "TIER_10K",
                    throughput: "HIGH",
                    platform: "CLOUD_API",
                    official: true,
                    onboarded: "2025-03-14T09:30:00+0000",
                    pin: true,
                    country: ("US", "1"),
                    visibility: "VISIBLE",
                }),
                number(Seed {
                    id: "1100000000000002",
                    display: "+44 7700 900002",
                    name: "Sandbox UK",
                    quality: "YELLOW",
                    status: "CONNECTED",
                    name_status: "AVAILABLE_WITHOUT_REVIEW",
                    code: "VERIFIED",
                    tier: "TIER_1K",
                    throughput: "STANDARD",
                    platform: "CLOUD_API",
                    official: false,
                    onboarded: "2024-11-05T14:12:00+0000",
                    pin: true,
                    country: ("GB", "44"),
                    visibility: "VISIBLE",
                }),
                number(Seed {
                    id: "1100000000000003",
                    display: "+91 98765 00003",
                    name: "Sandbox India",
                    quality: "RED",
                    status: "FLAGGED",
                    name_status: "DECLINED",
                    code: "VERIFIED",
                    tier: "TIER_250",
                    throughput: "STANDARD",
                    platform: "CLOUD_API",
                    official: false,
                    onboarded: "2024-08-21T06:45:00+0000",
                    pin: false,
                    country: ("IN", "91"),
                    visibility: "HIDDEN",
                }),
                number(Seed {
                    id: "1100000000000004",
                    display: "+55 11 90000-0004",
                    name: "Sandbox Brasil",
                    quality: "UNKNOWN",
                    status: "PENDING",
                    name_status: "PENDING_REVIEW",
                    code: "NOT_VERIFIED",
                    tier: "TIER_250",
                    throughput: "NOT_APPLICABLE",
                    platform: "NOT_APPLICABLE",
                    official: false,
                    onboarded: "2024-05-02T11:00:00+0000",
                    pin: false,
                    country: ("BR", "55"),
                    visibility: "HIDDEN",
                }),
            ],
            templates: TemplateStore::seed(waba_id),
        }
    }

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

    /// WABAs owned by a business, in seed order.
    pub fn wabas_owned_by(&self, business_id: &str) -> Vec<&Waba> {
        self.wabas.iter().filter(|w| w.owner_business_id == business_id).collect()
    }
}

struct Seed {
    id: &'static str,
    display: &'static str,
    name: &'static str,
    quality: &'static str,
    status: &'static str,
    name_status: &'static str,
    code: &'static str,
    tier: &'static str,
    throughput: &'static str,
    platform: &'static str,
    official: bool,
    onboarded: &'static str,
    pin: bool,
    country: (&'static str, &'static str),
    visibility: &'static str,
}

fn number(s: Seed) -> PhoneNumber {
    PhoneNumber {
        id: s.id.into(),
        waba_id: "1200000000000001".into(),
        display_phone_number: s.display.into(),
        verified_name: s.name.into(),
        quality_rating: s.quality.into(),
        status: s.status.into(),
        name_status: s.name_status.into(),
        new_display_name: None,
        new_name_status: None,
        code_verification_status: s.code.into(),
        messaging_limit_tier: s.tier.into(),
        throughput_level: s.throughput.into(),
        account_mode: "LIVE".into(),
        platform_type: s.platform.into(),
        is_official_business_account: s.official,
        last_onboarded_time: s.onboarded.into(),
        is_pin_enabled: s.pin,
        country_code: s.country.0.into(),
        country_dial_code: s.country.1.into(),
        search_visibility: s.visibility.into(),
    }
}
