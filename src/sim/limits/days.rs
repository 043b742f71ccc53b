//! Day-granular engine behind [`simulate`](super::simulate()) and [`plan`](super::plan()).
//!
//! Time is counted in hours from day 1 00:00; each day's sends happen at its 00:00 (L-SIM-FRONT) and
//! every day's users are new (L-SIM-USERS), so the 24-hour window at a day's start holds only that day's
//! batch and unique users in the last 7 / 30 days are sums of daily deliveries.
use serde::Serialize;

use super::scope::{ChangeCause, PER_NUMBER_30D_USERS, PER_PORTFOLIO_30D_USERS};
use super::tier::{FLAGGED_DOWNGRADE_DAYS, Quality, Regime, Tier};

/// A tier change in day/hour coordinates (day 1 = first simulated day, hour 0–23).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SimChange {
    pub from: Tier,
    pub to: Tier,
    /// Day and hour at which the new limit applies.
    pub day: u32,
    pub hour: u8,
    /// Day and hour at which the rule was met.
    pub triggered_day: u32,
    pub triggered_hour: u8,
    pub cause: ChangeCause,
}

#[derive(Debug, Clone)]
struct Pending {
    to: Tier,
    at: i64,
    triggered: i64,
    cause: ChangeCause,
}

/// Day-by-day state of one scope.
#[derive(Debug, Clone)]
pub(crate) struct DaySim {
    pub regime: Regime,
    pub tier: Tier,
    verified: bool,
    quality: Quality,
    low_since: Option<i64>,
    delivered: Vec<u64>,
    pending: Option<Pending>,
}

fn day_hour(h: i64) -> (u32, u8) {
    (u32::try_from(h / 24 + 1).unwrap_or(u32::MAX), u8::try_from(h % 24).unwrap_or(0))
}

impl DaySim {
    pub(crate) fn new(regime: Regime, tier: Tier, verified: bool) -> (DaySim, Vec<SimChange>) {
        let mut s = DaySim {
            regime,
            tier,
            verified,
            quality: Quality::High,
            low_since: None,
            delivered: Vec::new(),
            pending: None,
        };
        let mut changes = Vec::new();
        if regime == Regime::PerPortfolio && verified && tier == Tier::T250 {
            s.tier = Tier::T2K;
            changes.push(s.change(Tier::T250, Tier::T2K, 0, 0, ChangeCause::Verified));
        }
        (s, changes)
    }

    fn change(&self, from: Tier, to: Tier, at: i64, triggered: i64, cause: ChangeCause) -> SimChange {
        let (day, hour) = day_hour(at);
        let (triggered_day, triggered_hour) = day_hour(triggered);
        SimChange { from, to, day, hour, triggered_day, triggered_hour, cause }
    }

    /// Unique users delivered by batches inside `(at - window_h, at]`.
    pub(crate) fn unique_in(&self, window_h: i64, at: i64) -> u64 {
        let skip = self.delivered.len().saturating_sub(32);
        self.delivered
            .iter()
            .enumerate()
            .skip(skip)
            .filter(|&(k, _)| {
                let t = k as i64 * 24;
                t <= at && at - t < window_h
            })
            .fold(0u64, |acc, (_, &n)| acc.saturating_add(n))
    }

    /// The rule for the next level: (window in hours, unique users needed); `None` at the top.
    pub(crate) fn threshold(&self) -> Option<(i64, u64)> {
        self.regime.next(self.tier)?;
        Some(match (self.regime, self.tier, self.verified) {
            (Regime::PerNumber, Tier::T250, false) => (30 * 24, PER_NUMBER_30D_USERS),
            (Regime::PerPortfolio, Tier::T250, false) => (30 * 24, PER_PORTFOLIO_30D_USERS),
            (_, tier, _) => (7 * 24, tier.limit()? / 2),
        })
    }

    fn evaluate(&mut self, t: i64) {
        if self.pending.is_some() {
            return;
        }
        let ok = match self.regime {
            Regime::PerNumber => self.quality >= Quality::Medium,
            Regime::PerPortfolio => self.quality == Quality::High,
        };
        let (Some(next), Some((window, needed)), true) = (self.regime.next(self.tier), self.threshold(), ok) else {
            return;
        };
        let n = self.unique_in(window, t);
        if n < needed {
            return;
        }
        let cause = if window == 7 * 24 {
            ChangeCause::HalfLimitIn7Days { unique_7d: n, needed }
        } else {
            ChangeCause::ThirtyDayPath { unique_30d: n, needed }
        };
        let at = t + self.regime.upgrade_delay_hours();
        self.pending = Some(Pending { to: next, at, triggered: t, cause });
    }

    /// Apply downgrades and upgrades due at or before `until` (exclusive when `inclusive` is false).
    fn process(&mut self, until: i64, inclusive: bool, out: &mut Vec<SimChange>) {
        loop {
            let down = match (self.regime, self.low_since) {
                (Regime::PerNumber, Some(l)) => Some(l + FLAGGED_DOWNGRADE_DAYS * 24),
                _ => None,
            };
            let up = self.pending.as_ref().map(|p| p.at);
            let Some(t) = [down, up].into_iter().flatten().min() else {
                return;
            };
            if t > until || (t == until && !inclusive) {
                return;
            }
            if down == Some(t) {
                self.low_since = Some(t);
                self.pending = None;
                let to = self.regime.prev(self.tier);
                if to != self.tier {
                    out.push(self.change(self.tier, to, t, t, ChangeCause::Flagged7Days));
                    self.tier = to;
                }
            } else if let Some(p) = self.pending.take() {
                out.push(self.change(self.tier, p.to, p.at, p.triggered, p.cause));
                self.tier = p.to;
                if self.regime == Regime::PerPortfolio {
                    self.evaluate(t);
                }
            }
        }
    }

    /// Start day `day` (1-based) with `quality`: apply what is due at its 00:00.
    pub(crate) fn start_day(&mut self, day: u32, quality: Quality, out: &mut Vec<SimChange>) {
        let t0 = i64::from(day - 1) * 24;
        self.process(t0, true, out);
        self.quality = quality;
        if quality == Quality::Low {
            self.low_since.get_or_insert(t0);
            if self.regime == Regime::PerNumber {
                self.pending = None;
            }
        } else {
            self.low_since = None;
        }
    }

    /// The day's sends at 00:00; returns (delivered, blocked).
    pub(crate) fn batch(&mut self, day: u32, users: u64) -> (u64, u64) {
        let t0 = i64::from(day - 1) * 24;
        let delivered = self.tier.limit().map_or(users, |l| users.min(l));
        self.delivered.push(delivered);
        self.evaluate(t0);
        (delivered, users - delivered)
    }

    /// Apply what becomes due during the rest of the day.
    pub(crate) fn end_day(&mut self, day: u32, out: &mut Vec<SimChange>) {
        self.process(i64::from(day) * 24, false, out);
    }

    /// Fewest users to send today (after `start_day`) to qualify for the next step as early as possible.
    pub(crate) fn needed_today(&self, day: u32) -> u64 {
        let t0 = i64::from(day - 1) * 24;
        let (window, needed, tier) = match &self.pending {
            None => match self.threshold() {
                Some((w, n)) => (w, n, self.tier),
                None => return 0,
            },
            // Per-portfolio re-checks when the pending level applies later today.
            Some(p) if self.regime == Regime::PerPortfolio => match p.to.limit() {
                Some(l) => (7 * 24, l / 2, self.tier),
                None => return 0,
            },
            Some(_) => return 0,
        };
        let before = self.unique_in(window, t0);
        let want = needed.saturating_sub(before);
        match (tier.limit(), self.pending.is_some()) {
            (Some(l), true) if want > l => 0,
            (Some(l), _) => want.min(l),
            (None, _) => want,
        }
    }

    /// Upgrade still waiting at the end, as a change.
    pub(crate) fn pending_change(&self) -> Option<SimChange> {
        self.pending.as_ref().map(|p| self.change(self.tier, p.to, p.at, p.triggered, p.cause.clone()))
    }

    pub(crate) fn unique_7d(&self, day: u32) -> u64 {
        self.unique_in(7 * 24, i64::from(day - 1) * 24)
    }
}
