//! Streaming replay of an event log against the messaging limits (`waba limits check`).
use crate::sim::events::{Dir, Event, Kind};
use crate::sim::window::ServiceWindows;

use super::pair::{PAIR_INTERVAL_MS, PairBucket};
use super::report::{BlockedSend, CheckReport, PairViolation, RegimeSpan, TierChange, ts};
use super::rolling::{IdMap, NumKey, PairKey};
use super::scope::{ChangeCause, ScopeId, ScopeState};
use super::tier::{Quality, Regime, Tier, TierError};

/// Settings for [`Checker`].
#[derive(Debug, Clone)]
pub struct CheckConfig {
    /// Tier of every scope when first seen (and of a fresh portfolio). Default 250.
    pub start_tier: Tier,
    /// Business verified (per-portfolio: 2,000 from the start; per-number: half-limit path from 250).
    pub verified: bool,
    /// Force one regime instead of choosing by date.
    pub regime: Option<Regime>,
    /// Zone in which 2025-10-07 00:00 is taken.
    pub time_zone: jiff::tz::TimeZone,
    /// Quality changes `(from, quality)`; quality is High before the first one.
    pub quality: Vec<(jiff::Timestamp, Quality)>,
    /// Cap on listed blocked sends and pair violations (totals are always exact).
    pub max_listed: usize,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            start_tier: Tier::T250,
            verified: false,
            regime: None,
            time_zone: jiff::tz::TimeZone::UTC,
            quality: Vec::new(),
            max_listed: 10_000,
        }
    }
}

/// Why an event could not be replayed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error("line {line}: timestamp {ts} is earlier than the previous event ({prev}); the log must be in time order")]
    OutOfOrder { line: u64, ts: jiff::Timestamp, prev: jiff::Timestamp },
    #[error("line {line}: --start-tier: {source}")]
    StartTier { line: u64, source: TierError },
    #[error("--start-tier: {0}")]
    Tier(#[from] TierError),
}

/// Replays events one by one; memory is bounded by the users inside the 7-day (30-day on the first-step
/// path) horizon and by open service windows, not by the length of the log.
pub struct Checker {
    pub(super) cfg: CheckConfig,
    pub(super) cutover: i64,
    pub(super) regime: Option<Regime>,
    pub(super) now: i64,
    pub(super) quality: Quality,
    pub(super) quality_idx: usize,
    pub(super) low_since: Option<i64>,
    pub(super) numbers: IdMap<Option<u64>, ScopeState>,
    pub(super) portfolio: Option<ScopeState>,
    pub(super) windows: IdMap<NumKey, ServiceWindows>,
    pub(super) pairs: IdMap<PairKey, PairBucket>,
    pub(super) next_due: i64,
    pub(super) next_prune: i64,
    pub(super) rep: CheckReport,
}

impl Checker {
    /// New replay; fails when a forced regime does not have `start_tier`.
    pub fn new(mut cfg: CheckConfig) -> Result<Checker, CheckError> {
        if let Some(r) = cfg.regime {
            r.check(cfg.start_tier)?;
        }
        cfg.quality.sort_by_key(|q| q.0);
        let cutover = Regime::cutover(&cfg.time_zone).as_millisecond();
        Ok(Checker {
            cfg,
            cutover,
            regime: None,
            now: i64::MIN,
            quality: Quality::High,
            quality_idx: 0,
            low_since: None,
            numbers: IdMap::default(),
            portfolio: None,
            windows: IdMap::default(),
            pairs: IdMap::default(),
            next_due: i64::MIN,
            next_prune: i64::MIN,
            rep: CheckReport::default(),
        })
    }

    /// Replay one event (events must be in non-decreasing time order).
    pub fn push(&mut self, ev: &Event) -> Result<(), CheckError> {
        let now = ev.ts.as_millisecond();
        if now < self.now {
            return Err(CheckError::OutOfOrder { line: ev.line, ts: ev.ts, prev: ts(self.now) });
        }
        if self.regime.is_none() {
            self.begin(now, ev.line)?;
        }
        if now >= self.next_due {
            self.advance(now);
        }
        self.now = now;
        if now >= self.next_prune {
            self.prune(now);
        }
        self.rep.events += 1;
        let num = ev.phone_number_id;
        if ev.dir == Dir::In {
            self.windows.entry(NumKey(num)).or_default().record_inbound(ev.user, ev.ts);
            return Ok(());
        }
        self.rep.outgoing += 1;
        let bucket = self.pairs.entry(PairKey(num, ev.user)).or_insert_with(|| PairBucket::new(now));
        if let Err(kind) = bucket.send(now) {
            self.rep.pair_violations_total += 1;
            let wait_secs = ((bucket.debt_ms(now) - 44 * PAIR_INTERVAL_MS).max(0) as u64).div_ceil(1000);
            let v = PairViolation { line: ev.line, at: ev.ts, user: ev.user, phone_number_id: num, kind, wait_secs };
            push_capped(&mut self.rep.pair_violations, &mut self.rep.pair_violations_truncated, self.cfg.max_listed, v);
        }
        if self.windows.get(&NumKey(num)).is_some_and(|w| w.is_open(ev.user, ev.ts)) {
            return Ok(()); // L-CSW: replies never count.
        }
        let regime = self.regime.unwrap_or(Regime::PerNumber);
        if regime == Regime::PerNumber && !matches!(ev.kind, Kind::Template(_)) {
            return Ok(()); // Not a business-initiated conversation.
        }
        let (quality, verified, start) = (self.quality, self.cfg.verified, self.cfg.start_tier);
        let scope = match regime {
            Regime::PerNumber => {
                self.numbers.entry(num).or_insert_with(|| ScopeState::new(regime, start, verified, now))
            }
            Regime::PerPortfolio => match &mut self.portfolio {
                Some(p) => p,
                None => return Ok(()), // unreachable: created in begin()/migrate()
            },
        };
        scope.expire(now);
        if scope.contains24(ev.user, now) {
            if ev.delivered {
                self.rep.counted += 1;
                if regime == Regime::PerPortfolio {
                    scope.count(ev.user, now, true);
                }
            }
            return Ok(());
        }
        if scope.full() {
            self.rep.blocked_total += 1;
            let id = scope_id(regime, num);
            let limit = scope.tier.limit().unwrap_or(u64::MAX);
            let b = BlockedSend {
                line: ev.line,
                at: ev.ts,
                user: ev.user,
                phone_number_id: num,
                scope: id,
                tier: scope.tier,
                limit,
            };
            push_capped(&mut self.rep.blocked, &mut self.rep.blocked_truncated, self.cfg.max_listed, b);
            return Ok(());
        }
        if !ev.delivered {
            return Ok(());
        }
        self.rep.counted += 1;
        scope.count(ev.user, now, regime == Regime::PerPortfolio);
        scope.evaluate(now, quality, Some(ev.line));
        if let Some(p) = &scope.pending {
            self.next_due = self.next_due.min(p.at);
        }
        Ok(())
    }

    pub(super) fn begin(&mut self, now: i64, line: u64) -> Result<(), CheckError> {
        let (regime, forced) = match self.cfg.regime {
            Some(r) => (r, true),
            None => (if now >= self.cutover { Regime::PerPortfolio } else { Regime::PerNumber }, false),
        };
        regime.check(self.cfg.start_tier).map_err(|source| CheckError::StartTier { line, source })?;
        self.regime = Some(regime);
        self.rep.regimes.push(RegimeSpan { regime, forced, from: ts(now), to: ts(now) });
        if regime == Regime::PerPortfolio {
            self.new_portfolio(self.cfg.start_tier, now, None);
        }
        self.next_due = self.compute_next_due();
        Ok(())
    }

    pub(super) fn new_portfolio(&mut self, tier: Tier, now: i64, migrated: Option<(u64, Tier)>) {
        let verified = self.cfg.verified;
        let mut p = ScopeState::new(Regime::PerPortfolio, tier, verified, now);
        if let Some((numbers, highest)) = migrated {
            let cause = ChangeCause::Migration { numbers, highest_number_tier: highest };
            self.rep.tier_changes.push(instant_change(Regime::PerNumber, highest, tier, now, cause));
        }
        if verified && p.tier == Tier::T250 {
            p.tier = Tier::T2K;
            p.peak_tier = Tier::T2K;
            p.sync_w30(verified);
            let c = instant_change(Regime::PerPortfolio, Tier::T250, Tier::T2K, now, ChangeCause::Verified);
            self.rep.tier_changes.push(c);
        }
        self.portfolio = Some(p);
    }

    /// Apply everything due at or before `now`, in time order.
    fn advance(&mut self, now: i64) {
        loop {
            let due = self.compute_next_due();
            if due > now {
                self.next_due = due;
                return;
            }
            self.apply_due(due);
        }
    }
}

/// Record, keeping at most `cap` entries.
fn push_capped<T>(v: &mut Vec<T>, truncated: &mut bool, cap: usize, item: T) {
    if v.len() < cap {
        v.push(item);
    } else {
        *truncated = true;
    }
}

pub(crate) fn scope_id(regime: Regime, num: Option<u64>) -> ScopeId {
    match regime {
        Regime::PerNumber => ScopeId::Number(num),
        Regime::PerPortfolio => ScopeId::Portfolio,
    }
}

/// A portfolio change that takes effect the moment it is triggered.
fn instant_change(regime: Regime, from: Tier, to: Tier, now: i64, cause: ChangeCause) -> TierChange {
    TierChange {
        scope: ScopeId::Portfolio,
        regime,
        from,
        to,
        triggered_at: ts(now),
        effective_at: ts(now),
        line: None,
        cause,
    }
}

pub(crate) fn change(id: ScopeId, regime: Regime, from: Tier, p: &super::scope::Pending) -> TierChange {
    TierChange {
        scope: id,
        regime,
        from,
        to: p.to,
        triggered_at: ts(p.triggered),
        effective_at: ts(p.at),
        line: p.line,
        cause: p.cause.clone(),
    }
}
