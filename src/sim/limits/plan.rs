//! `waba limits plan`: the fastest schedule the rules allow from one tier to another.
use serde::Serialize;

use super::assumptions::Assumption;
use super::days::{DaySim, SimChange};
use super::simulate::sim_assumptions;
use super::tier::{Quality, Regime, Tier, TierError};

/// Give up after this many days (only the 30-day paths take more than a few days).
pub const MAX_PLAN_DAYS: u32 = 400;

/// One day of the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanDay {
    pub day: u32,
    pub tier_at_start: Tier,
    pub limit_at_start: Option<u64>,
    /// Fewest new unique users to reach that day (all at 00:00) to keep the fastest pace.
    pub new_unique_users: u64,
    pub unique_7d: u64,
    pub changes: Vec<SimChange>,
}

/// When a tier is first in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TierReached {
    pub tier: Tier,
    pub day: u32,
    pub hour: u8,
}

/// Result of [`plan`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub regime: Regime,
    pub from: Tier,
    pub target: Tier,
    pub verified: bool,
    pub days: Vec<PlanDay>,
    /// Earliest day/hour each tier above `from` is in force.
    pub reached: Vec<TierReached>,
    pub total_new_users: u64,
    pub assumptions: Vec<Assumption>,
}

/// Why no schedule was produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Tier(#[from] TierError),
    #[error("target {target} is not above {from}")]
    NotAbove { from: Tier, target: Tier },
    #[error("target {target} not reachable from {from} within {MAX_PLAN_DAYS} days")]
    Unreachable { from: Tier, target: Tier },
}

/// Fastest schedule from `from` to `target` under `regime` (High quality, every user new; `verified`
/// matters only at 250). Each day sends the fewest users that still qualify for the next step as early as
/// the rules allow, capped by the limit in force.
pub fn plan(from: Tier, target: Tier, regime: Regime, verified: bool) -> Result<Schedule, PlanError> {
    regime.check(from)?;
    regime.check(target)?;
    if target <= from {
        return Err(PlanError::NotAbove { from, target });
    }
    let (mut sim, mut carry) = DaySim::new(regime, from, verified);
    let mut days = Vec::new();
    let mut reached = Vec::new();
    let mut total = 0u64;
    let note = |changes: &[SimChange], reached: &mut Vec<TierReached>| {
        for c in changes {
            if c.to > from && !reached.iter().any(|r: &TierReached| r.tier == c.to) {
                reached.push(TierReached { tier: c.to, day: c.day, hour: c.hour });
            }
        }
    };
    for day in 1..=MAX_PLAN_DAYS {
        let mut changes = std::mem::take(&mut carry);
        sim.start_day(day, Quality::High, &mut changes);
        if sim.tier >= target {
            note(&changes, &mut reached);
            days.push(PlanDay {
                day,
                tier_at_start: sim.tier,
                limit_at_start: sim.tier.limit(),
                new_unique_users: 0,
                unique_7d: sim.unique_7d(day),
                changes,
            });
            let assumptions = sim_assumptions(regime);
            return Ok(Schedule { regime, from, target, verified, days, reached, total_new_users: total, assumptions });
        }
        let tier_at_start = sim.tier;
        let users = sim.needed_today(day);
        total = total.saturating_add(users);
        sim.batch(day, users);
        sim.end_day(day, &mut changes);
        note(&changes, &mut reached);
        let done = sim.tier >= target;
        days.push(PlanDay {
            day,
            tier_at_start,
            limit_at_start: tier_at_start.limit(),
            new_unique_users: users,
            unique_7d: sim.unique_7d(day),
            changes,
        });
        if done {
            let assumptions = sim_assumptions(regime);
            return Ok(Schedule { regime, from, target, verified, days, reached, total_new_users: total, assumptions });
        }
    }
    Err(PlanError::Unreachable { from, target })
}
