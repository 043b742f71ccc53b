//! Messaging-limits engine for `waba limits` (platform rules §6–§7, issue 4).
//!
//! Pure library code: no I/O, no clock. [`Checker`] replays an event log, [`simulate()`] runs a
//! day-by-day what-if, [`plan()`] finds the fastest schedule between tiers, [`throughput()`] explains
//! throughput levels and [`next_level()`] says what the next messaging limit needs. Every result carries
//! the [`Assumption`]s it relies on.
pub mod assumptions;
mod check;
mod due;
mod finish;
pub mod pair;
mod quality;
mod report;
mod rolling;
mod scope;
pub mod tier;

pub use assumptions::Assumption;
pub use check::{CheckConfig, CheckError, Checker};
pub use pair::{PAIR_BURST, PAIR_INTERVAL_MS, PairViolationKind, recovery_after_burst_secs};
pub use quality::{QualityParseError, parse_quality_timeline};
pub use report::{BlockedSend, CheckReport, FinalTier, PairViolation, PeakUsage, RegimeSpan, TierChange};
pub use scope::{ChangeCause, PER_NUMBER_30D_USERS, PER_PORTFOLIO_30D_USERS, ScopeId};
pub use tier::{ACCEPTED_TIER_NAMES, Quality, Regime, Tier, TierError};

mod days;
mod next_level;
pub mod plan;
pub mod simulate;
#[cfg(test)]
mod tests_check;
#[cfg(test)]
mod tests_sim;
pub mod throughput;

pub use days::SimChange;
pub use next_level::next_level;
pub use plan::{PlanDay, PlanError, Schedule, TierReached, plan};
pub use simulate::{DayPlan, DayRow, PlanParseError, SimConfig, SimError, SimReport, daily_plan, parse_plan, simulate};
pub use throughput::{
    NextLevel, NumberStatus, ReplyRatioError, Requirement, ThroughputInfo, ThroughputLevel, throughput,
};
