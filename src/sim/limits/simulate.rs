//! `waba limits simulate`: day-by-day what-if of the messaging limit.
use serde::Serialize;

use super::assumptions::{self as a, Assumption};
use super::days::{DaySim, SimChange};
use super::tier::{Quality, Regime, Tier, TierError};

/// Longest simulation accepted.
pub const MAX_SIM_DAYS: u32 = 3_650;

/// One day of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayPlan {
    /// 1-based.
    pub day: u32,
    /// New unique users the business tries to reach that day.
    pub new_unique_users: u64,
    pub quality: Quality,
}

/// Inputs of [`simulate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimConfig {
    pub start_tier: Tier,
    pub regime: Regime,
    /// Days to simulate; 0 = up to the last plan day. Plan days beyond are ignored.
    pub days: u32,
    pub verified: bool,
    /// Days not listed send nothing at High quality.
    pub plan: Vec<DayPlan>,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DayRow {
    pub day: u32,
    pub quality: Quality,
    /// Tier and limit in force at 00:00, after changes due at that instant (`None` = unlimited).
    pub tier_at_start: Tier,
    pub limit_at_start: Option<u64>,
    pub attempted: u64,
    pub delivered: u64,
    pub blocked: u64,
    /// Unique users delivered in the last 7 days, this day included.
    pub unique_7d: u64,
    /// Changes taking effect during this day (at 00:00 or later), with their hour.
    pub changes: Vec<SimChange>,
}

/// Result of [`simulate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SimReport {
    pub regime: Regime,
    /// One row per day (`days` in JSON, as in `limits plan`).
    #[serde(rename = "days")]
    pub rows: Vec<DayRow>,
    /// Upgrade qualified but effective after the last day.
    pub pending: Option<SimChange>,
    pub assumptions: Vec<Assumption>,
}

/// Why a simulation could not run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimError {
    #[error("--start-tier: {0}")]
    Tier(#[from] TierError),
    #[error("plan day {0} is outside 1..={MAX_SIM_DAYS}")]
    DayOutOfRange(u32),
    #[error("plan lists day {0} twice")]
    DuplicateDay(u32),
}

/// Run the simulation.
pub fn simulate(cfg: &SimConfig) -> Result<SimReport, SimError> {
    cfg.regime.check(cfg.start_tier)?;
    let mut by_day: Vec<Option<DayPlan>> = Vec::new();
    for p in &cfg.plan {
        if p.day == 0 || p.day > MAX_SIM_DAYS {
            return Err(SimError::DayOutOfRange(p.day));
        }
        let i = p.day as usize - 1;
        if by_day.len() <= i {
            by_day.resize(i + 1, None);
        }
        if by_day[i].replace(*p).is_some() {
            return Err(SimError::DuplicateDay(p.day));
        }
    }
    let days = if cfg.days == 0 { by_day.len() as u32 } else { cfg.days.min(MAX_SIM_DAYS) };
    let (mut sim, mut carry) = DaySim::new(cfg.regime, cfg.start_tier, cfg.verified);
    let mut rows = Vec::with_capacity(days as usize);
    for day in 1..=days {
        let p = by_day.get(day as usize - 1).copied().flatten();
        let (users, quality) = p.map_or((0, Quality::High), |p| (p.new_unique_users, p.quality));
        let mut changes = std::mem::take(&mut carry);
        sim.start_day(day, quality, &mut changes);
        let tier_at_start = sim.tier;
        let (delivered, blocked) = sim.batch(day, users);
        sim.end_day(day, &mut changes);
        rows.push(DayRow {
            day,
            quality,
            tier_at_start,
            limit_at_start: tier_at_start.limit(),
            attempted: users,
            delivered,
            blocked,
            unique_7d: sim.unique_7d(day),
            changes,
        });
    }
    Ok(SimReport { regime: cfg.regime, rows, pending: sim.pending_change(), assumptions: sim_assumptions(cfg.regime) })
}

pub(crate) fn sim_assumptions(regime: Regime) -> Vec<Assumption> {
    let mut v = vec![a::SIM_FRONT_LOADED, a::SIM_NEW_USERS];
    match regime {
        Regime::PerNumber => v.extend([a::PN_UPGRADE, a::PN_FIRST_STEP, a::PN_DOWNGRADE]),
        Regime::PerPortfolio => v.extend([a::PP_FIRST_STEP, a::PP_UPGRADE, a::PP_NO_DOWNGRADE]),
    }
    v
}

/// The same number of new users every day (`--daily N`).
pub fn daily_plan(days: u32, users: u64) -> Vec<DayPlan> {
    (1..=days.min(MAX_SIM_DAYS)).map(|day| DayPlan { day, new_unique_users: users, quality: Quality::High }).collect()
}

/// A plan line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("plan line {line}, field `{field}`: {message}")]
pub struct PlanParseError {
    pub line: usize,
    pub field: &'static str,
    pub message: String,
}

/// Parse CSV `day,new_unique_users[,quality]` (optional header, `#` comments, blank lines). Days must
/// start at 1 and be consecutive.
pub fn parse_plan(text: &str) -> Result<Vec<DayPlan>, PlanParseError> {
    let mut out: Vec<DayPlan> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |field, message: String| PlanParseError { line, field, message };
        let l = raw.trim().trim_start_matches('\u{feff}');
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split(',').map(str::trim).collect();
        if out.is_empty() && f[0].eq_ignore_ascii_case("day") {
            continue;
        }
        if f.len() > 3 {
            return Err(err("line", format!("expected `day,new_unique_users[,quality]`, found {} fields", f.len())));
        }
        let day = match f[0] {
            "" => return Err(err("day", "missing day".into())),
            s => s.parse::<u32>().map_err(|_| err("day", format!("`{s}` is not a day number (1, 2, …)")))?,
        };
        let expected = out.last().map_or(1, |p| p.day.saturating_add(1));
        if day == 0 {
            return Err(err("day", "days start at 1".into()));
        } else if day < expected {
            return Err(err("day", format!("day {day} is out of order (expected day {expected})")));
        } else if day > expected {
            return Err(err("day", format!("day {expected} is missing (found day {day})")));
        } else if day > MAX_SIM_DAYS {
            return Err(err("day", format!("day {day} is beyond {MAX_SIM_DAYS}")));
        }
        let users = match f.get(1).copied().unwrap_or("") {
            "" => return Err(err("new_unique_users", "missing count".into())),
            s if s.starts_with('-') => return Err(err("new_unique_users", format!("negative count `{s}`"))),
            s => s
                .replace('_', "")
                .parse::<u64>()
                .map_err(|_| err("new_unique_users", format!("`{s}` is not a whole number")))?,
        };
        let quality = match f.get(2).copied() {
            None | Some("") => Quality::High,
            Some(s) => Quality::parse(s)
                .ok_or_else(|| err("quality", format!("`{s}` is not a quality (high, medium, low)")))?,
        };
        out.push(DayPlan { day, new_unique_users: users, quality });
    }
    Ok(out)
}
