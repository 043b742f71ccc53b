//! `estimate`: a planned month's cost from counts per category.

use super::PriceError;
use super::assumptions::{A, Set};
use super::config::PricingConfig;
use super::rates::{BillingUnit, RateBook, RateColumn};
use super::regime::Regime;
use super::summary::Assumption;
use super::tiers::TierCategory;
use super::tools::SimError;
use crate::sim::market::MarketMap;
use crate::sim::money::Money;
use jiff::civil::Date;
use serde::Serialize;

/// A planned month for [`estimate`]: counts per category in one market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Any date in the month (selects regime and card).
    pub date: Date,
    /// Market name as on the card, e.g. `India`.
    pub market: String,
    /// Marketing (messages under PMP, conversations under CBP).
    pub marketing: u64,
    /// Utility charged outside a CSW.
    pub utility: u64,
    /// Authentication (domestic).
    pub authentication: u64,
    /// Service (non-template) messages or conversations.
    pub service: u64,
}

/// One line of an estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EstimateLine {
    /// Category.
    pub category: &'static str,
    /// Planned count.
    pub count: u64,
    /// Of which free.
    pub free: u64,
    /// List rate.
    pub rate: Option<Money>,
    /// Cost (graduated when tiers are given).
    pub cost: Money,
}

/// An estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// `USD`.
    pub currency: &'static str,
    /// Regime used.
    pub regime: Regime,
    /// Market.
    pub market: String,
    /// ISO 3166 alpha-2 codes of its countries in the planned month (none for `Other`).
    pub iso2: Vec<String>,
    /// Per category.
    pub lines: Vec<EstimateLine>,
    /// Sum of lines.
    pub total: Money,
    /// Assumptions.
    pub assumptions: Vec<Assumption>,
}

fn rate_of(
    book: &RateBook,
    p: &Plan,
    unit: BillingUnit,
    m: u16,
    col: RateColumn,
    forced: bool,
) -> Result<Money, SimError> {
    book.rate(p.date, unit, m, col, forced).map(|f| f.rate).map_err(|why| {
        SimError::Price(PriceError::MissingRate {
            line: 0,
            column: col.label(),
            market: p.market.clone(),
            date: p.date,
            why,
        })
    })
}

/// Estimates a planned month (one business phone number; free tiers and volume tiers applied).
pub fn estimate(p: &Plan, cfg: &PricingConfig) -> Result<Estimate, SimError> {
    let map = MarketMap::builtin();
    let m = map.market_id(&p.market).ok_or_else(|| SimError::unknown_market(&p.market))?;
    let regime = cfg
        .regime
        .or_else(|| Regime::for_date(p.date))
        .ok_or_else(|| SimError::Request(format!("{} is before 2022-02-01", p.date)))?;
    let forced = cfg.regime.is_some();
    let mut set = Set::default();
    let mut lines = Vec::new();
    let unit = if regime.is_cbp() { BillingUnit::PerConversation } else { BillingUnit::PerMessage };
    if regime == Regime::Cbp2022 {
        return Err(SimError::Request(
            "estimate does not model cbp-2022 (user-/business-initiated); simulate a log instead".into(),
        ));
    }
    let mut line = |cat: &'static str, count: u64, free: u64, rate: Option<Money>, cost: Money| {
        lines.push(EstimateLine { category: cat, count, free, rate, cost });
    };
    for (cat, count, col, tc) in [
        ("marketing", p.marketing, RateColumn::Marketing, None),
        ("utility", p.utility, RateColumn::Utility, Some(TierCategory::Utility)),
        ("authentication", p.authentication, RateColumn::Authentication, Some(TierCategory::Authentication)),
    ] {
        if count == 0 {
            line(cat, 0, 0, None, Money::ZERO);
            continue;
        }
        let rate = rate_of(&cfg.rates, p, unit, m, col, forced)?;
        let cost = match (&cfg.tiers, tc, regime.is_cbp()) {
            (Some(t), Some(tc), false) => {
                if !t.has(m, tc) {
                    set.add(A::TiersMissingMarket);
                }
                t.cost_range(m, tc, 1, count, rate)
            }
            (None, Some(_), false) => {
                set.add(A::ListRatesNoTiers);
                rate.times(count)
            }
            _ => rate.times(count),
        };
        line(cat, count, 0, Some(rate), cost);
    }
    let (free, why) = match regime {
        Regime::Cbp2023 if p.date >= jiff::civil::date(2024, 11, 1) => (p.service, None),
        Regime::Cbp2023 => (p.service.min(1_000), None),
        Regime::Pmp2025 => (p.service, None),
        _ => (p.service.min(1_000), Some(A::ServiceFreeTier)),
    };
    if let Some(a) = why {
        set.add(a);
    }
    let paid = p.service - free;
    let rate = if paid > 0 {
        Some(match rate_of(&cfg.rates, p, unit, m, RateColumn::Service, forced) {
            Ok(r) => r,
            Err(_) if !regime.is_cbp() => {
                set.add(A::ServiceRateFromUtility);
                rate_of(&cfg.rates, p, unit, m, RateColumn::Utility, forced)?
            }
            Err(e) => return Err(e),
        })
    } else {
        None
    };
    line("service", p.service, free, rate, rate.map_or(Money::ZERO, |r| r.times(paid)));
    let total = lines.iter().fold(Money::ZERO, |a, l| a + l.cost);
    Ok(Estimate {
        currency: "USD",
        regime,
        market: map.name(m).to_owned(),
        iso2: map.market_iso2(m, p.date),
        lines,
        total,
        assumptions: set.rows(),
    })
}
