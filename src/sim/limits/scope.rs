//! One limit scope (a phone number under per-number, the portfolio under per-portfolio) and the
//! upgrade rules of §6 that apply to it. Times are Unix milliseconds.
use serde::Serialize;

use super::rolling::{DayWindow, IdMap, Last, OUT, SLOTS, Window};
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
    #[serde(rename = "half-limit-in-7-days")]
    HalfLimitIn7Days { unique_7d: u64, needed: u64 },
    /// First step through unique users in a 30-day moving period.
    ThirtyDayPath { unique_30d: u64, needed: u64 },
    /// Business verification (per-portfolio 250 → 2,000).
    Verified,
    /// Quality Low (Flagged) for 7 days (per-number).
    #[serde(rename = "flagged-7-days")]
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
    /// Last counted time per horizon of every user inside at least one of them.
    pub users: IdMap<u64, Last>,
    pub w24: DayWindow,
    pub w7: Window,
    /// Only kept while the 30-day first-step path can apply (tier 250, unverified).
    pub w30: Option<Window>,
    /// No window can drop anyone before this instant (a lower bound; see [`ScopeState::expire`]).
    pub next_expiry: i64,
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
            users: IdMap::default(),
            w24: DayWindow::new(DAY_MS),
            w7: Window::new(1, 7 * DAY_MS),
            w30: None,
            next_expiry: i64::MAX,
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
            (true, false) => self.w30 = Some(Window::new(2, 30 * DAY_MS)),
            (false, true) => {
                self.w30 = None;
                self.users.retain(|_, l| {
                    l[2] = OUT;
                    l[1] != OUT // slot 0 is never after slot 1
                });
            }
            _ => {}
        }
    }

    /// Drop users whose last count in a horizon is that horizon or more before `now`.
    pub(crate) fn expire(&mut self, now: i64) {
        if now < self.next_expiry {
            return; // Nothing can have left yet.
        }
        self.w24.expire(now);
        self.w7.expire(now, &mut self.users);
        let mut next = self.w24.next_expiry().min(self.w7.next_expiry());
        if let Some(w) = &mut self.w30 {
            w.expire(now, &mut self.users);
            next = next.min(w.next_expiry());
        }
        self.next_expiry = next;
    }

    /// Whether `user` is inside the 24-hour horizon at `now` (call [`expire`](Self::expire) first).
    pub(crate) fn contains24(&self, user: u64, now: i64) -> bool {
        self.users.get(&user).is_some_and(|l| self.w24.inside(l[0], now))
    }

    /// Record a counted user at `now` (the 24-h set must already be expired to `now`).
    pub(crate) fn count(&mut self, user: u64, now: i64, refresh24: bool) {
        let last = self.users.entry(user).or_insert([OUT; SLOTS]);
        self.w24.touch(last, now, refresh24);
        self.w7.touch(last, user, now, true);
        if let Some(w) = &mut self.w30 {
            w.touch(last, user, now, true);
        }
        self.after_insert(now);
        let n = self.w24.len() as u64;
        if n > self.peak {
            self.peak = n;
            self.peak_at = now;
            self.peak_tier = self.tier;
        }
    }

    /// Keep the expiry bound right after counting someone at `t`.
    fn after_insert(&mut self, t: i64) {
        self.next_expiry = self.next_expiry.min(t.saturating_add(DAY_MS));
    }

    /// Merge the users of the numbers' scopes into this (new) portfolio scope: each horizon takes the
    /// latest count of every user; the 30-day set takes the numbers' 30-day sets, or their 7-day sets
    /// where they have none. The sources must be expired to the migration instant.
    pub(crate) fn absorb<'a>(&mut self, at: i64, from: impl Iterator<Item = &'a ScopeState>) {
        let mut by_slot: [Vec<(i64, u64)>; SLOTS] = Default::default();
        let want30 = self.w30.is_some();
        for s in from {
            let src30 = if s.w30.is_some() { 2 } else { 1 };
            for (&u, l) in &s.users {
                for (slot, src) in [(0, 0), (1, 1), (2, src30)] {
                    let inside = if slot == 0 { s.w24.inside(l[0], at) } else { l[src] != OUT };
                    if inside && (slot < 2 || want30) {
                        by_slot[slot].push((l[src], u));
                    }
                }
            }
        }
        for (slot, mut v) in by_slot.into_iter().enumerate() {
            v.sort_unstable();
            if slot == 0 {
                for (t, u) in v {
                    let last = self.users.entry(u).or_insert([OUT; SLOTS]);
                    self.w24.touch(last, t, true);
                    self.next_expiry = self.next_expiry.min(t.saturating_add(DAY_MS));
                }
                continue;
            }
            let w = match slot {
                1 => &mut self.w7,
                _ => match &mut self.w30 {
                    Some(w) => w,
                    None => continue,
                },
            };
            for (t, u) in v {
                let last = self.users.entry(u).or_insert([OUT; SLOTS]);
                w.touch(last, u, t, true);
                self.next_expiry = self.next_expiry.min(t.saturating_add(DAY_MS));
            }
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
