//! Business phone numbers (`GET /{waba-id}/phone_numbers`, `GET /{phone-number-id}`).

use serde::{Deserialize, Serialize};

use super::id::Id;
use super::open_enum::open_enum;

open_enum! {
    /// Quality rating of a phone number.
    QualityRating {
        /// High quality.
        Green => "GREEN",
        /// Medium quality.
        Yellow => "YELLOW",
        /// Low quality.
        Red => "RED",
        /// Not yet rated.
        Unknown => "UNKNOWN",
        /// Not applicable (older spelling of "not rated").
        Na => "NA",
    }
}

open_enum! {
    /// Status of a phone number. Meta's spec and docs disagree on the set, so it is open.
    PhoneStatus {
        /// Registered and able to send.
        Connected => "CONNECTED",
        /// Not yet registered or verified.
        Pending => "PENDING",
        /// Quality is low; the number may lose its messaging limit.
        Flagged => "FLAGGED",
        /// Reached its messaging limit or restricted by Meta.
        Restricted => "RESTRICTED",
        /// Banned.
        Banned => "BANNED",
        /// Disconnected from the platform.
        Disconnected => "DISCONNECTED",
        /// Deleted.
        Deleted => "DELETED",
        /// Migrated to another account.
        Migrated => "MIGRATED",
        /// Rate limited.
        RateLimited => "RATE_LIMITED",
        /// Offline.
        Offline => "OFFLINE",
        /// Linked (spec spelling).
        Linked => "LINKED",
        /// Unlinked (spec spelling).
        Unlinked => "UNLINKED",
    }
}

open_enum! {
    /// A messaging-limit tier: unique users reachable in a moving 24 hours.
    MessagingLimit {
        /// 50 users.
        Tier50 => "TIER_50",
        /// 250 users.
        Tier250 => "TIER_250",
        /// 1,000 users (per-number regime).
        Tier1K => "TIER_1K",
        /// 2,000 users (portfolio regime).
        Tier2K => "TIER_2K",
        /// 10,000 users.
        Tier10K => "TIER_10K",
        /// 100,000 users.
        Tier100K => "TIER_100K",
        /// No limit.
        Unlimited => "TIER_UNLIMITED",
        /// Not set.
        NotSet => "TIER_NOT_SET",
    }
}

impl MessagingLimit {
    /// Unique users per moving 24 hours, or `None` when unlimited or unknown.
    pub fn daily_users(&self) -> Option<u64> {
        match self {
            Self::Tier50 => Some(50),
            Self::Tier250 => Some(250),
            Self::Tier1K => Some(1_000),
            Self::Tier2K => Some(2_000),
            Self::Tier10K => Some(10_000),
            Self::Tier100K => Some(100_000),
            Self::Unlimited | Self::NotSet | Self::Other(_) => None,
        }
    }
}

open_enum! {
    /// Throughput level of a phone number.
    ThroughputLevel {
        /// The default level.
        Standard => "STANDARD",
        /// Upgraded throughput.
        High => "HIGH",
        /// Not applicable (e.g. not registered).
        NotApplicable => "NOT_APPLICABLE",
    }
}

impl ThroughputLevel {
    /// Messages per second the level allows: 80 by default, up to 1,000 when
    /// upgraded (Meta's throughput documentation, as recorded in the project's
    /// research notes, graph-api.md §1).
    pub fn messages_per_second(&self) -> Option<u32> {
        match self {
            Self::Standard => Some(80),
            Self::High => Some(1_000),
            Self::NotApplicable | Self::Other(_) => None,
        }
    }
}

/// `{"level": "STANDARD"}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Throughput {
    /// The level.
    pub level: ThroughputLevel,
}

/// Whether the number can send, and which entity blocks it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthStatus {
    /// `AVAILABLE`, `LIMITED` or `BLOCKED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_send_message: Option<String>,
    /// Per-entity detail (phone number, WABA, business, app).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<HealthEntity>,
}

/// One entity of a [`HealthStatus`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HealthEntity {
    /// `PHONE_NUMBER`, `WABA`, `BUSINESS`, `APP`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// The entity's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    /// `AVAILABLE`, `LIMITED` or `BLOCKED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_send_message: Option<String>,
    /// Meta's errors, kept raw.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<serde_json::Value>,
    /// Extra information, kept raw.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub additional_info: Vec<serde_json::Value>,
}

/// A business phone number. Only `id` is always present; the rest depends on `fields`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhoneNumber {
    /// Phone-number id.
    pub id: Id,
    /// Number as displayed, e.g. `+1 555-010-0001`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_phone_number: Option<String>,
    /// Approved display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_name: Option<String>,
    /// Quality rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality_rating: Option<QualityRating>,
    /// Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PhoneStatus>,
    /// Display-name review status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_status: Option<String>,
    /// Pending new display name, if one was requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_display_name: Option<String>,
    /// Review status of the pending display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_name_status: Option<String>,
    /// Code verification status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verification_status: Option<String>,
    /// Per-number limit (v23.0 and older; deprecated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messaging_limit_tier: Option<MessagingLimit>,
    /// The portfolio's limit (v24.0 and newer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub whatsapp_business_manager_messaging_limit: Option<MessagingLimit>,
    /// Throughput level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub throughput: Option<Throughput>,
    /// `LIVE` or `SANDBOX`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_mode: Option<String>,
    /// `CLOUD_API`, `ON_PREMISE`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_type: Option<String>,
    /// Whether the number has an Official Business Account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_official_business_account: Option<bool>,
    /// Whether two-step verification is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_pin_enabled: Option<bool>,
    /// When the number was last onboarded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_onboarded_time: Option<String>,
    /// Whether the number can send, per entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<HealthStatus>,
}

impl PhoneNumber {
    /// The messaging limit, whichever field the API version returned.
    pub fn messaging_limit(&self) -> Option<&MessagingLimit> {
        self.whatsapp_business_manager_messaging_limit.as_ref().or(self.messaging_limit_tier.as_ref())
    }

    /// The digits of the display number, for matching an E.164 number.
    pub fn digits(&self) -> String {
        self.display_phone_number.as_deref().unwrap_or_default().chars().filter(char::is_ascii_digit).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_of_drift() {
        let json = r#"{"id": 106540352242922, "quality_rating": "PURPLE", "status": "CONNECTED",
            "messaging_limit_tier": "TIER_1K", "brand_new_field": {"x": 1}, "throughput": {"level": "TURBO"}}"#;
        let p: PhoneNumber = serde_json::from_str(json).unwrap();
        assert_eq!(p.id.as_str(), "106540352242922");
        assert_eq!(p.quality_rating, Some(QualityRating::Other("PURPLE".into())));
        assert_eq!(p.messaging_limit(), Some(&MessagingLimit::Tier1K));
        assert_eq!(p.throughput.unwrap().level.as_str(), "TURBO");
    }

    #[test]
    fn newer_limit_field_wins() {
        let json =
            r#"{"id":"1","messaging_limit_tier":"TIER_1K","whatsapp_business_manager_messaging_limit":"TIER_2K"}"#;
        let p: PhoneNumber = serde_json::from_str(json).unwrap();
        assert_eq!(p.messaging_limit(), Some(&MessagingLimit::Tier2K));
        assert_eq!(MessagingLimit::Tier2K.daily_users(), Some(2_000));
    }
}
