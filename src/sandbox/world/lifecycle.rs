//! A phone number's lifecycle state in the sandbox's world: the verification code it was sent,
//! its two-step PIN and the guesses against it, its register/deregister history, and the reviews
//! of its display name and Official Business Account request. Absent from older state files
//! (every member has a default).

use serde::{Deserialize, Serialize};

/// One number's lifecycle state.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lifecycle {
    /// The code last sent by `request_code`, until verified or replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<IssuedCode>,
    /// When codes were requested (ms), the last hour's only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub code_requests: Vec<i64>,
    /// The two-step verification PIN (the sandbox is a local emulator: it keeps it as given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<String>,
    /// When wrong PINs were given (ms), the lock-out window's only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pin_failures: Vec<i64>,
    /// When `register` or `deregister` was called (ms), the last 72 hours' only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub registrations: Vec<i64>,
    /// When the number was last deregistered (ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deregistered_ms: Option<i64>,
    /// `data_localization_region` given at registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_localization_region: Option<String>,
    /// When the display name under review (`verified_name` of a new number, or
    /// `new_display_name`) was submitted (ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_submitted_ms: Option<i64>,
    /// Why the last display name was declined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_rejection: Option<String>,
    /// The Official Business Account request, if one was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oba: Option<ObaRequest>,
}

/// A verification code sent by SMS or voice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuedCode {
    pub code: String,
    /// `SMS` or `VOICE`.
    pub method: String,
    pub language: String,
    pub issued_ms: i64,
    pub expires_ms: i64,
    /// Wrong codes entered against it.
    #[serde(default)]
    pub failures: u32,
}

/// An Official Business Account request and its review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObaRequest {
    /// `PENDING` until reviewed, then `APPROVED` or `REJECTED`; `CANCELLED` when withdrawn.
    pub status: String,
    pub submitted_ms: i64,
    /// The request's fields as sent.
    pub fields: serde_json::Value,
    /// The review's message (the unmet criteria when rejected).
    #[serde(default)]
    pub message: String,
}
