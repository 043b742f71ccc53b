//! Before the first message: what the job costs (waba's pricing engine, per recipient market,
//! as `waba pricing estimate` prices the same counts), whether the messaging limit lets every
//! recipient through, and how long it takes at the rate.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::sim::market::MarketMap;
use crate::sim::money::Money;
use crate::sim::pricing::{Plan, PricingConfig, SimError, estimate};

/// Messages per billing market.
#[derive(Debug, Default, Clone)]
pub struct Markets {
    counts: BTreeMap<String, u64>,
}

impl Markets {
    /// Count a message to `wa_id` (digits) on `date`.
    pub fn add(&mut self, wa_id: &str, date: Date) {
        let market = wa_id.parse::<u64>().map_or("Other", |n| MarketMap::builtin().lookup(n, date).market);
        *self.counts.entry(market.to_string()).or_default() += 1;
    }

    /// Messages counted.
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }
}

/// One market of the estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CostLine {
    /// The market, as on Meta's rate card.
    pub market: String,
    /// Messages to it.
    pub messages: u64,
    /// Its rate for the category.
    pub rate: Option<Money>,
    /// Their cost, USD.
    pub cost: Money,
}

/// The estimated cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cost {
    /// `USD`.
    pub currency: &'static str,
    /// The pricing category (`marketing`, `utility`, `authentication`, `service`).
    pub category: &'static str,
    /// Per market.
    pub markets: Vec<CostLine>,
    /// The sum.
    pub total: Money,
}

/// Price `markets` in `category` on `date`, one `pricing estimate` per market.
pub fn cost(category: &'static str, markets: &Markets, date: Date, cfg: &PricingConfig) -> Result<Cost, SimError> {
    let mut lines = Vec::new();
    let mut total = Money::ZERO;
    for (market, n) in &markets.counts {
        let mut plan = Plan { date, market: market.clone(), marketing: 0, utility: 0, authentication: 0, service: 0 };
        match category {
            "utility" => plan.utility = *n,
            "authentication" => plan.authentication = *n,
            "service" => plan.service = *n,
            _ => plan.marketing = *n,
        }
        let e = estimate(&plan, cfg)?;
        let line = e.lines.iter().find(|l| l.category == category);
        lines.push(CostLine { market: market.clone(), messages: *n, rate: line.and_then(|l| l.rate), cost: e.total });
        total += e.total;
    }
    Ok(Cost { currency: "USD", category, markets: lines, total })
}

/// The messaging-limit check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitCheck {
    /// Meta's name of the current limit (`TIER_1K` …), when the API gave one.
    pub messaging_limit: Option<String>,
    /// Unique users in a moving 24 hours; `None`: unlimited or unknown.
    pub limit: Option<u64>,
    /// Unique recipients of the job.
    pub unique_recipients: u64,
    /// Recipients beyond the limit: Meta would refuse them (131048/130497 family) today.
    pub blocked: u64,
}

/// Check `unique` recipients against `limit`.
pub fn limit_check(messaging_limit: Option<String>, limit: Option<u64>, unique: u64) -> LimitCheck {
    let blocked = limit.map_or(0, |l| unique.saturating_sub(l));
    LimitCheck { messaging_limit, limit, unique_recipients: unique, blocked }
}

/// Seconds to send `n` messages at `rate` per second.
pub fn duration_secs(n: u64, rate: f64) -> f64 {
    if rate <= 0.0 { 0.0 } else { n as f64 / rate }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cost_per_market_and_limit() {
        let date = jiff::civil::date(2026, 12, 1);
        let mut m = Markets::default();
        for n in ["16505551234", "16505551235", "919876543210"] {
            m.add(n, date);
        }
        assert_eq!(m.total(), 3);
        let c = cost("marketing", &m, date, &PricingConfig::default()).unwrap();
        assert_eq!(c.markets.len(), 2);
        assert_eq!(c.total, c.markets.iter().fold(Money::ZERO, |a, l| a + l.cost));
        assert!(c.total > Money::ZERO);
        assert_eq!(limit_check(None, Some(250), 300).blocked, 50);
        assert_eq!(limit_check(None, None, 300).blocked, 0);
        assert_eq!(duration_secs(800, 80.0), 10.0);
    }
}
