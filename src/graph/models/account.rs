//! The WhatsApp Business Account and the business portfolio that owns it.

use serde::{Deserialize, Serialize};

use super::id::Id;

/// A WhatsApp Business Account (`GET /{waba-id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Waba {
    /// WABA id.
    pub id: Id,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Time zone id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone_id: Option<String>,
    /// Template namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_template_namespace: Option<String>,
    /// Billing currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// `APPROVED`, `PENDING`, `REJECTED`, `RESTRICTED`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_review_status: Option<String>,
    /// Verification status of the owning business: `VERIFIED`, `UNVERIFIED`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_verification_status: Option<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `SELF_OWNED`, `CLIENT_OWNED`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_type: Option<String>,
}

/// A business portfolio (`GET /{business-id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Business {
    /// Business id.
    pub id: Id,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `verified`, `not_verified`, `pending`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<String>,
    /// Time zone id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone_id: Option<serde_json::Value>,
}
