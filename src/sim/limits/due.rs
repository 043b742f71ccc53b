//! Time-driven parts of [`Checker`]: quality changes, Flagged downgrades, pending upgrades taking
//! effect, the 2025-10-07 migration and periodic pruning.
use super::check::{Checker, change};
use super::report::{PeakUsage, RegimeSpan, ts};
use super::scope::{DAY_MS, HOUR_MS, ScopeId, ScopeState};
use super::tier::{FLAGGED_DOWNGRADE_DAYS, Quality, Regime, portfolio_tier_from_number};

impl Checker {
    /// Earliest instant at which something changes by itself (`i64::MAX` if nothing is scheduled).
    pub(super) fn compute_next_due(&self) -> i64 {
        let mut due = i64::MAX;
        if self.cfg.regime.is_none() && self.regime == Some(Regime::PerNumber) {
            due = due.min(self.cutover);
        }
        if let Some(q) = self.cfg.quality.get(self.quality_idx) {
            due = due.min(q.0.as_millisecond());
        }
        if let (Some(Regime::PerNumber), Some(l)) = (self.regime, self.low_since) {
            due = due.min(l.saturating_add(FLAGGED_DOWNGRADE_DAYS * DAY_MS));
        }
        for s in self.numbers.values().chain(self.portfolio.as_ref()) {
            if let Some(p) = &s.pending {
                due = due.min(p.at);
            }
        }
        due
    }

    /// Apply what is due at `due`: quality, then downgrades, then upgrades, then the migration.
    pub(super) fn apply_due(&mut self, due: i64) {
        if let Some(&(_, q)) = self.cfg.quality.get(self.quality_idx).filter(|(t, _)| t.as_millisecond() == due) {
            self.quality_idx += 1;
            self.set_quality(q, due);
            return;
        }
        let per_number = self.regime == Some(Regime::PerNumber);
        if per_number && self.low_since.map(|l| l.saturating_add(FLAGGED_DOWNGRADE_DAYS * DAY_MS)) == Some(due) {
            self.low_since = Some(due);
            let verified = self.cfg.verified;
            for (&num, s) in self.numbers.iter_mut() {
                s.pending = None;
                let to = Regime::PerNumber.prev(s.tier);
                if to != s.tier {
                    let p = super::scope::Pending {
                        to,
                        triggered: due,
                        at: due,
                        line: None,
                        cause: super::scope::ChangeCause::Flagged7Days,
                    };
                    self.rep.tier_changes.push(change(ScopeId::Number(num), Regime::PerNumber, s.tier, &p));
                    s.tier = to;
                    s.sync_w30(verified);
                }
            }
            return;
        }
        let mut applied = false;
        let (verified, quality) = (self.cfg.verified, self.quality);
        let scopes = self.numbers.iter_mut().map(|(&n, s)| (ScopeId::Number(n), s));
        for (id, s) in scopes.chain(self.portfolio.as_mut().map(|p| (ScopeId::Portfolio, p))) {
            if let Some(p) = s.pending.take_if(|p| p.at == due) {
                self.rep.tier_changes.push(change(id, s.regime, s.tier, &p));
                s.tier = p.to;
                s.sync_w30(verified);
                applied = true;
                if s.regime == Regime::PerPortfolio {
                    s.expire(due);
                    s.evaluate(due, quality, None);
                }
            }
        }
        if applied {
            return;
        }
        if self.cfg.regime.is_none() && per_number && due == self.cutover {
            self.migrate(due);
            return;
        }
        // Nothing matched (cannot happen): drop whatever is due so the caller's loop always advances.
        self.cfg.quality.truncate(self.quality_idx);
        self.low_since = None;
        for s in self.numbers.values_mut().chain(self.portfolio.as_mut()) {
            s.pending.take_if(|p| p.at <= due);
        }
    }

    fn set_quality(&mut self, q: Quality, at: i64) {
        self.quality = q;
        if q == Quality::Low {
            self.low_since.get_or_insert(at);
            if self.regime == Some(Regime::PerNumber) {
                self.numbers.values_mut().for_each(|s| s.pending = None); // Flagged: no upgrade.
            }
        } else {
            self.low_since = None;
        }
        if let Some(p) = &mut self.portfolio {
            p.expire(at);
            p.evaluate(at, q, None);
        }
    }

    /// 2025-10-07: the numbers' limits become one portfolio limit (E11).
    fn migrate(&mut self, at: i64) {
        if let Some(span) = self.rep.regimes.last_mut() {
            span.to = ts(at);
        }
        self.rep.regimes.push(RegimeSpan { regime: Regime::PerPortfolio, forced: false, from: ts(at), to: ts(at) });
        self.regime = Some(Regime::PerPortfolio);
        let mut numbers: Vec<_> = std::mem::take(&mut self.numbers).into_iter().collect();
        numbers.sort_by_key(|(n, _)| *n);
        let highest = numbers.iter().map(|(_, s)| s.tier).max().unwrap_or(self.cfg.start_tier);
        let tier = portfolio_tier_from_number(highest);
        self.new_portfolio(tier, at, Some((numbers.len() as u64, highest)));
        for (n, s) in &numbers {
            self.close_scope(ScopeId::Number(*n), s);
        }
        if let Some(p) = &mut self.portfolio {
            for (_, s) in &mut numbers {
                s.expire(at);
            }
            p.absorb(at, numbers.iter().map(|(_, s)| s));
            p.peak = p.w24.len() as u64;
            p.peak_at = at;
            p.evaluate(at, self.quality, None);
        }
    }

    /// Record a scope's peak when it ends (end of log or migration).
    pub(super) fn close_scope(&mut self, id: ScopeId, s: &ScopeState) {
        self.rep.peaks.push(PeakUsage {
            scope: id,
            regime: s.regime,
            peak_unique_users: s.peak,
            at: ts(s.peak_at),
            tier: s.peak_tier,
            limit: s.peak_tier.limit(),
        });
        self.rep.final_tiers.push(super::report::FinalTier { scope: id, regime: s.regime, tier: s.tier });
    }

    /// Forget closed windows, idle pairs and expired users (once per hour of log time).
    pub(super) fn prune(&mut self, now: i64) {
        let cut = ts(now.saturating_sub(DAY_MS));
        self.windows.values_mut().for_each(|w| w.prune_before(cut));
        self.pairs.retain(|_, b| !b.idle(now));
        for s in self.numbers.values_mut().chain(self.portfolio.as_mut()) {
            s.expire(now);
        }
        self.next_prune = now.saturating_add(HOUR_MS);
    }
}
