//! Results of [`Checker`](super::Checker): everything `waba limits check` prints.
use serde::Serialize;

use super::assumptions::Assumption;
use super::pair::PairViolationKind;
use super::scope::{ChangeCause, ScopeId};
use super::tier::{Regime, Tier};

/// A stretch of the log replayed under one regime.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegimeSpan {
    pub regime: Regime,
    /// True when forced by configuration rather than chosen by date.
    pub forced: bool,
    pub from: jiff::Timestamp,
    pub to: jiff::Timestamp,
}

/// Highest unique-user count of any moving 24-hour window of one scope.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeakUsage {
    pub scope: ScopeId,
    pub regime: Regime,
    pub peak_unique_users: u64,
    pub at: jiff::Timestamp,
    /// Tier and limit in force at that moment (`None` = unlimited).
    pub tier: Tier,
    pub limit: Option<u64>,
}

/// A send the limit would have refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BlockedSend {
    pub line: u64,
    pub at: jiff::Timestamp,
    #[serde(serialize_with = "crate::sim::ids::e164")]
    pub user: u64,
    #[serde(serialize_with = "crate::sim::ids::opt_id")]
    pub phone_number_id: Option<u64>,
    pub scope: ScopeId,
    pub tier: Tier,
    pub limit: u64,
}

/// A tier change that took effect during the log (or is still pending at its end).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TierChange {
    pub scope: ScopeId,
    pub regime: Regime,
    pub from: Tier,
    pub to: Tier,
    /// When the rule was met (the qualifying conversation / delivery).
    pub triggered_at: jiff::Timestamp,
    /// When the new limit applies.
    pub effective_at: jiff::Timestamp,
    /// Log line of the qualifying event, when there is one.
    pub line: Option<u64>,
    pub cause: ChangeCause,
}

/// A message that broke the pair rate limit (error 131056).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairViolation {
    pub line: u64,
    pub at: jiff::Timestamp,
    #[serde(serialize_with = "crate::sim::ids::e164")]
    pub user: u64,
    #[serde(serialize_with = "crate::sim::ids::opt_id")]
    pub phone_number_id: Option<u64>,
    pub kind: PairViolationKind,
    /// Seconds until the next message to this user would be accepted.
    pub wait_secs: u64,
}

/// Final tier of each scope at the end of the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FinalTier {
    pub scope: ScopeId,
    pub regime: Regime,
    pub tier: Tier,
}

/// Outcome of replaying a log.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct CheckReport {
    pub events: u64,
    pub outgoing: u64,
    /// Outgoing messages that counted toward a limit.
    pub counted: u64,
    pub regimes: Vec<RegimeSpan>,
    pub peaks: Vec<PeakUsage>,
    pub blocked_total: u64,
    /// At most `max_listed` entries; see `blocked_truncated`.
    pub blocked: Vec<BlockedSend>,
    pub blocked_truncated: bool,
    pub tier_changes: Vec<TierChange>,
    /// Upgrades that qualified but take effect after the last event.
    pub pending: Vec<TierChange>,
    pub final_tiers: Vec<FinalTier>,
    pub pair_violations_total: u64,
    pub pair_violations: Vec<PairViolation>,
    pub pair_violations_truncated: bool,
    pub assumptions: Vec<Assumption>,
}

impl CheckReport {
    /// True when any send would have been blocked (`waba limits check` exits 8).
    pub fn any_blocked(&self) -> bool {
        self.blocked_total > 0
    }
}

/// Convert engine milliseconds back to a timestamp.
pub(crate) fn ts(ms: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_millisecond(ms).unwrap_or(if ms < 0 { jiff::Timestamp::MIN } else { jiff::Timestamp::MAX })
}
