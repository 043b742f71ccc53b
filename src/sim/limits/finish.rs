//! End of a replay: closing scopes, pending upgrades and the assumptions used.
use super::assumptions::{self as a, Assumption};
use super::check::{Checker, change};
use super::report::{CheckReport, ts};
use super::scope::{ScopeId, ScopeState};
use super::tier::Regime;

impl Checker {
    /// Finish the replay and produce the report.
    pub fn finish(mut self) -> CheckReport {
        if let Some(span) = self.rep.regimes.last_mut() {
            span.to = ts(self.now);
        }
        let numbers = std::mem::take(&mut self.numbers);
        let mut all: Vec<(ScopeId, ScopeState)> = numbers.into_iter().map(|(k, s)| (ScopeId::Number(k), s)).collect();
        all.sort_by_key(|(id, _)| match id {
            ScopeId::Number(n) => n.map_or(0, |n| n.saturating_add(1)),
            ScopeId::Portfolio => u64::MAX,
        });
        if let Some(p) = self.portfolio.take() {
            all.push((ScopeId::Portfolio, p));
        }
        for (id, s) in all {
            self.close_scope(id, &s);
            if let Some(p) = &s.pending {
                let from = s.tier;
                self.rep.pending.push(change(id, s.regime, from, p));
            }
        }
        let mut used = vec![a::REGIME_DATE, a::CSW_NEVER_COUNTS, a::UNDELIVERED, a::BLOCKED_NOT_COUNTED];
        for span in &self.rep.regimes {
            match span.regime {
                Regime::PerNumber => used.extend([a::PN_COUNTS, a::PN_UPGRADE, a::PN_FIRST_STEP, a::PN_DOWNGRADE]),
                Regime::PerPortfolio => {
                    used.extend([a::PP_COUNTS, a::PP_FIRST_STEP, a::PP_UPGRADE, a::PP_NO_DOWNGRADE])
                }
            }
        }
        if self.rep.regimes.len() > 1 {
            used.push(a::MIGRATION);
        }
        used.extend([a::QUALITY_DEFAULT, a::PAIR_BUCKET]);
        dedup(&mut used);
        self.rep.assumptions = used;
        self.rep
    }
}

fn dedup(v: &mut Vec<Assumption>) {
    let mut seen = Vec::new();
    v.retain(|x| {
        let new = !seen.contains(&x.id);
        seen.push(x.id);
        new
    });
}
