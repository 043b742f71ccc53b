//! One limit scope (a phone number under per-number, the portfolio under per-portfolio) and the
//! upgrade rules of §6 that apply to it. Times are Unix milliseconds.
use serde::Serialize;

use super::rolling::RollingSet;
use super::tier::{Quality, Regime, Tier};

pub(crate) const HOUR_MS: i64 = 3_600_000;
pub(crate) const DAY_MS: i64 = 24 * HOUR_MS;

/// Unique users needed in 30 days for the first step without verification.
pub const PER_NUMBER_30D_USERS: u64 = 1_000;
/// Unique delivered users outside a CSW needed in 30 days for 250 → 2,000 without verification.
pub const PER_PORTFOLIO_30D_USERS: u64 = 2_000;

/// What a limit applies to.
///
/// JSON: `{"kind":"number","phone_number_id":"1100…"}` or `{"kind":"portfolio"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeId {
    /// One phone number (`None`: events without a `phone_number_id`).
    Number(Option<u64>),
    /// The business portfolio shared by all numbers.
    Portfolio,
}

impl Serialize for ScopeId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match self {
            ScopeId::Number(id) => {
                let mut st = s.serialize_struct("ScopeId", 2)?;
                st.serialize_field("kind", "number")?;
                st.serialize_field("phone_number_id", &id.map(|id| id.to_string()))?;
                st.end()
            }
            ScopeId::Portfolio => {
                let mut st = s.serialize_struct("ScopeId", 1)?;
                st.serialize_field("kind", "portfolio")?;
                st.end()
            }
        }
    }
}

/// Why a tier changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ChangeCause {
    /// Unique users in the last 7 days reached half the limit.
    HalfLimitIn7Days { unique_7d: u64, needed: u64 },
    /// First step through unique users in a 30-day moving period.
    ThirtyDayPath { unique_30d: u64, needed: u64 },
    /// Business verification (per-portfolio 250 → 2,000).
    Verified,
    /// Quality Low (Flagged) for 7 days (per-number).
    Flagged7Days,
    /// Migration to the per-portfolio regime: highest limit among the numbers.
    Migration { numbers: u64, highest_number_tier: Tier },
}

/// An upgrade that has qualified and takes effect later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pending {
    pub to: Tier,
    pub triggered: i64,
    pub at: i64,
    pub line: Option<u64>,
    pub cause: ChangeCause,
}

/// Counting state and tier of one scope.
#[derive(Debug, Clone)]
pub(crate) struct ScopeState {
    pub regime: Regime,
    pub tier: Tier,
    pub w24: RollingSet,
    pub w7: RollingSet,
    /// Only kept while the 30-day first-step path can apply (tier 250, unverified).
    pub w30: Option<RollingSet>,
    pub pending: Option<Pending>,
    pub peak: u64,
    pub peak_at: i64,
    pub peak_tier: Tier,
}

impl ScopeState {
    pub(crate) fn new(regime: Regime, tier: Tier, verified: bool, now: i64) -> Self {
        let mut s = ScopeState {
            regime,
            tier,
            w24: RollingSet::new(DAY_MS),
            w7: RollingSet::new(7 * DAY_MS),
            w30: None,
            pending: None,
            peak: 0,
            peak_at: now,
            peak_tier: tier,
        };
        s.sync_w30(verified);
        s
    }

    /// Keep the 30-day set only while it matters.
    pub(crate) fn sync_w30(&mut self, verified: bool) {
        let needed = self.tier == Tier::T250 && !verified;
        match (needed, self.w30.is_some()) {
            (true, false) => self.w30 = Some(RollingSet::new(30 * DAY_MS)),
            (false, true) => self.w30 = None,
            _ => {}
        }
    }

    pub(crate) fn expire(&mut self, now: i64) {
        self.w24.expire(now);
        self.w7.expire(now);
        if let Some(w) = &mut self.w30 {
            w.expire(now);
        }
    }

    /// Record a counted user at `now` (the 24-h set must already be expired to `now`).
    pub(crate) fn count(&mut self, user: u64, now: i64, refresh24: bool) {
        self.w24.insert(user, now, refresh24);
        self.w7.insert(user, now, true);
        if let Some(w) = &mut self.w30 {
            w.insert(user, now, true);
        }
        let n = self.w24.len() as u64;
        if n > self.peak {
            self.peak = n;
            self.peak_at = now;
            self.peak_tier = self.tier;
        }
    }

    /// Whether a new user would exceed the limit now.
    pub(crate) fn full(&self) -> bool {
        self.tier.limit().is_some_and(|l| self.w24.len() as u64 >= l)
    }

    /// Apply the upgrade rules at `now`; schedules [`Pending`] when they are met.
    pub(crate) fn evaluate(&mut self, now: i64, quality: Quality, line: Option<u64>) {
        if self.pending.is_some() {
            return;
        }
        let Some(next) = self.regime.next(self.tier) else {
            return;
        };
        let quality_ok = match self.regime {
            Regime::PerNumber => quality >= Quality::Medium,
            Regime::PerPortfolio => quality == Quality::High,
        };
        if !quality_ok {
            return;
        }
        let cause = match (&self.w30, self.regime) {
            (Some(w30), regime) if self.tier == Tier::T250 => {
                let needed = match regime {
                    Regime::PerNumber => PER_NUMBER_30D_USERS,
                    Regime::PerPortfolio => PER_PORTFOLIO_30D_USERS,
                };
                let n = w30.len() as u64;
                (n >= needed).then_some(ChangeCause::ThirtyDayPath { unique_30d: n, needed })
            }
            _ => {
                // Per-portfolio 250 without the 30-day set means verified: handled at creation.
                let Some(limit) = self.tier.limit() else { return };
                let needed = limit / 2;
                let n = self.w7.len() as u64;
                (n >= needed).then_some(ChangeCause::HalfLimitIn7Days { unique_7d: n, needed })
            }
        };
        if let Some(cause) = cause {
            let at = now.saturating_add(self.regime.upgrade_delay_hours() * HOUR_MS);
            self.pending = Some(Pending { to: next, triggered: now, at, line, cause });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_limit_schedules_after_delay() {
        let mut s = ScopeState::new(Regime::PerNumber, Tier::T1K, true, 0);
        for u in 0..499 {
            s.count(u, 0, false);
        }
        s.evaluate(0, Quality::High, None);
        assert!(s.pending.is_none());
        s.count(499, 15 * HOUR_MS, false);
        s.evaluate(15 * HOUR_MS, Quality::Medium, Some(7));
        let p = s.pending.clone().unwrap();
        assert_eq!((p.to, p.at), (Tier::T10K, 39 * HOUR_MS));
    }

    #[test]
    fn low_quality_blocks_upgrade_and_portfolio_needs_high() {
        let mut s = ScopeState::new(Regime::PerNumber, Tier::T1K, true, 0);
        (0..600).for_each(|u| s.count(u, 0, false));
        s.evaluate(0, Quality::Low, None);
        assert!(s.pending.is_none());
        let mut p = ScopeState::new(Regime::PerPortfolio, Tier::T2K, true, 0);
        (0..1000).for_each(|u| p.count(u, 0, true));
        p.evaluate(0, Quality::Medium, None);
        assert!(p.pending.is_none());
        p.evaluate(0, Quality::High, None);
        assert_eq!(p.pending.unwrap().at, 6 * HOUR_MS);
    }

    #[test]
    fn thirty_day_paths() {
        let mut s = ScopeState::new(Regime::PerPortfolio, Tier::T250, false, 0);
        for d in 0..8 {
            s.expire(d * DAY_MS);
            (0..250).for_each(|u| s.count(d as u64 * 1000 + u, d * DAY_MS, true));
            s.evaluate(d * DAY_MS, Quality::High, None);
        }
        let p = s.pending.unwrap();
        assert_eq!(p.to, Tier::T2K);
        assert_eq!(p.at, 7 * DAY_MS + 6 * HOUR_MS);
    }
}
