//! Throughput levels (§7.1, E13) and what the next messaging limit needs (§6), for `limits throughput`
//! and `limits show`.
use serde::Serialize;

use super::assumptions::{self as a, Assumption};
use super::tier::{Regime, Tier};

/// Default Cloud API throughput (messages per second, inbound and outbound).
pub const STANDARD_MPS: u32 = 80;
/// Throughput after the automatic upgrade.
pub const HIGH_MPS: u32 = 1_000;
/// Numbers shared with the WhatsApp Business app (coexistence).
pub const COEXISTENCE_MPS: u32 = 20;

/// `throughput.level` of a phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ThroughputLevel {
    Standard,
    High,
    /// Meta's level for a number that cannot send: not registered on Cloud API (yet).
    #[serde(rename = "NOT_APPLICABLE")]
    NotApplicable,
}

/// What `NOT_APPLICABLE` means.
pub const NOT_APPLICABLE_MEANING: &str = "NOT_APPLICABLE: Meta reports this level for a number that is not \
    registered on Cloud API or cannot send yet (e.g. verification or display-name review pending); it has no \
    throughput until it is registered, and then starts at STANDARD (80 msg/s)";

impl ThroughputLevel {
    /// Parse the API value (`STANDARD`, `HIGH`, `NOT_APPLICABLE`).
    pub fn parse(s: &str) -> Option<ThroughputLevel> {
        match s.trim().to_ascii_uppercase().replace('-', "_").as_str() {
            "STANDARD" | "80" => Some(ThroughputLevel::Standard),
            "HIGH" | "1000" => Some(ThroughputLevel::High),
            "NOT_APPLICABLE" => Some(ThroughputLevel::NotApplicable),
            _ => None,
        }
    }

    /// Meta's name of the level.
    pub fn as_str(self) -> &'static str {
        match self {
            ThroughputLevel::Standard => "STANDARD",
            ThroughputLevel::High => "HIGH",
            ThroughputLevel::NotApplicable => "NOT_APPLICABLE",
        }
    }
}

/// What a throughput level means.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThroughputInfo {
    pub level: ThroughputLevel,
    pub shared_with_business_app: bool,
    pub messages_per_second: u32,
    pub reply_ratio: f64,
    /// Status webhooks per second (sent, delivered, read per outgoing message).
    pub status_webhooks_per_second: f64,
    /// Incoming-message webhooks per second.
    pub incoming_webhooks_per_second: f64,
    pub total_webhooks_per_second: f64,
    /// What 1,000 msg/s requires (§7.1), empty when already there or not possible.
    pub requirements_for_high: Vec<&'static str>,
    pub notes: Vec<&'static str>,
    pub assumptions: Vec<Assumption>,
}

/// Why throughput figures could not be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("reply ratio must be between 0 and 1 (e.g. 0.3 for 30 %), got {0}")]
pub struct ReplyRatioError(pub f64);

/// Requirements for 1,000 msg/s (§7.1, current rules).
pub const HIGH_THROUGHPUT_REQUIREMENTS: &[&str] = &[
    "the business portfolio has an unlimited messaging limit",
    "the number messages at least 100,000 unique users outside a customer-service window in a moving 24 hours",
    "the number's quality rating is Medium (YELLOW) or higher",
    "the number is registered on Cloud API and not shared with the WhatsApp Business app",
];

/// Throughput of a number and the webhook capacity a server needs at that rate.
pub fn throughput(
    level: ThroughputLevel,
    shared_with_business_app: bool,
    reply_ratio: f64,
) -> Result<ThroughputInfo, ReplyRatioError> {
    if !(0.0..=1.0).contains(&reply_ratio) {
        return Err(ReplyRatioError(reply_ratio));
    }
    let mps = match (shared_with_business_app, level) {
        (_, ThroughputLevel::NotApplicable) => 0,
        (true, _) => COEXISTENCE_MPS,
        (false, ThroughputLevel::Standard) => STANDARD_MPS,
        (false, ThroughputLevel::High) => HIGH_MPS,
    };
    let out = f64::from(mps);
    let status = 3.0 * out;
    let incoming = out * reply_ratio;
    let requirements_for_high = if level == ThroughputLevel::Standard && !shared_with_business_app {
        HIGH_THROUGHPUT_REQUIREMENTS.to_vec()
    } else {
        Vec::new()
    };
    let mut notes = if level == ThroughputLevel::NotApplicable { vec![NOT_APPLICABLE_MEANING] } else { Vec::new() };
    notes.extend([
        "throughput counts inbound and outbound messages of all types; above it the API returns 130429",
        "pair rate: 1 message per 6 s to the same user (bursts up to 45, repaid at 6 s each; 131056)",
        "webhook servers: median latency ≤ 250 ms, < 1 % over 1 s; failed webhooks are retried up to 7 days",
    ]);
    if shared_with_business_app {
        notes.push("coexistence numbers (also on the WhatsApp Business app) are fixed at 20 msg/s");
    } else if level == ThroughputLevel::Standard {
        notes.push("the first upgrade to 1,000 msg/s takes up to 1 minute, during which sends fail with 131057");
    }
    Ok(ThroughputInfo {
        level,
        shared_with_business_app,
        messages_per_second: mps,
        reply_ratio,
        status_webhooks_per_second: status,
        incoming_webhooks_per_second: incoming,
        total_webhooks_per_second: status + incoming,
        requirements_for_high,
        notes,
        assumptions: vec![a::THROUGHPUT_WEBHOOKS],
    })
}

/// Phone-number status as the API reports it (only what the rules look at).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum NumberStatus {
    Connected,
    Flagged,
    Restricted,
    /// Anything else (PENDING, BANNED, DISCONNECTED, …).
    Other,
}

impl NumberStatus {
    /// Parse the API `status` string.
    pub fn parse(s: &str) -> NumberStatus {
        match s.trim().to_ascii_uppercase().as_str() {
            "CONNECTED" => NumberStatus::Connected,
            "FLAGGED" => NumberStatus::Flagged,
            "RESTRICTED" | "RATE_LIMITED" => NumberStatus::Restricted,
            _ => NumberStatus::Other,
        }
    }
}

/// One condition for the next level, with whether the live data already meets it (`None` = unknown).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub text: String,
    pub met: Option<bool>,
}

/// What the rules say is needed for the next messaging limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextLevel {
    pub regime: Regime,
    pub current: Tier,
    /// `None` at unlimited.
    pub next: Option<Tier>,
    /// Any one of these paths is enough (usually one path with several conditions).
    pub paths: Vec<Vec<Requirement>>,
    /// Hours from meeting a path to the new limit.
    pub delay_hours: i64,
    pub warnings: Vec<String>,
    pub assumptions: Vec<Assumption>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_applicable_is_its_own_level_without_throughput() {
        assert_eq!(ThroughputLevel::parse("NOT_APPLICABLE"), Some(ThroughputLevel::NotApplicable));
        assert_eq!(ThroughputLevel::parse(" not-applicable "), Some(ThroughputLevel::NotApplicable));
        assert_eq!(ThroughputLevel::parse("standard"), Some(ThroughputLevel::Standard));
        assert_eq!(ThroughputLevel::parse("TURBO"), None);
        let t = throughput(ThroughputLevel::NotApplicable, false, 0.3).unwrap();
        assert_eq!((t.messages_per_second, t.total_webhooks_per_second), (0, 0.0));
        assert!(t.requirements_for_high.is_empty());
        assert_eq!(t.notes[0], NOT_APPLICABLE_MEANING);
        assert_eq!(serde_json::to_value(&t).unwrap()["level"], "NOT_APPLICABLE");
        assert_eq!(throughput(ThroughputLevel::NotApplicable, true, 0.3).unwrap().messages_per_second, 0);
    }
}
