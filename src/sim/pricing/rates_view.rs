//! `rates_on`: the card in force on a date.

use super::rates::{BillingUnit, Cell, RateBook};
use super::tools::SimError;
use crate::sim::market::MarketMap;
use jiff::civil::Date;
use serde::Serialize;

/// One market's row of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateRow {
    /// Market.
    pub market: String,
    /// ISO 3166 alpha-2 codes of its countries on the date (none for `Other`).
    pub iso2: Vec<String>,
    /// Marketing.
    pub marketing: Cell,
    /// Utility.
    pub utility: Cell,
    /// Authentication.
    pub authentication: Cell,
    /// Authentication-international.
    pub authentication_international: Cell,
    /// Service.
    pub service: Cell,
}

/// The card in force on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RatesOn {
    /// The date asked.
    pub date: Date,
    /// Card provenance key.
    pub provenance: String,
    /// Card start, if dated.
    pub effective_from: Option<Date>,
    /// Card end, if it ended.
    pub effective_to: Option<Date>,
    /// Billing unit (None for a user card).
    pub billing_unit: Option<BillingUnit>,
    /// Rows.
    pub rows: Vec<RateRow>,
}

/// The card in force on `date`, optionally one market only.
pub fn rates_on(book: &RateBook, date: Date, market: Option<&str>) -> Result<RatesOn, SimError> {
    let map = MarketMap::builtin();
    let (card, _) = book
        .card_for(date, None, false)
        .ok_or_else(|| SimError::Request(format!("no built-in rate card covers {date}; pass --rate-card")))?;
    let want = match market {
        Some(name) => Some(map.market_id(name).ok_or_else(|| SimError::unknown_market(name))?),
        None => None,
    };
    let rows: Vec<RateRow> = card
        .rows()
        .filter(|(id, _)| want.is_none_or(|w| w == *id))
        .map(|(id, c)| RateRow {
            market: map.name(id).to_owned(),
            iso2: map.market_iso2(id, date),
            marketing: c[0],
            utility: c[1],
            authentication: c[2],
            authentication_international: c[3],
            service: c[4],
        })
        .collect();
    if rows.is_empty() {
        return Err(SimError::Request(format!(
            "the card in force on {date} does not list {}",
            market.unwrap_or("any market")
        )));
    }
    Ok(RatesOn {
        date,
        provenance: card.provenance.clone(),
        effective_from: card.from,
        effective_to: card.to,
        billing_unit: card.unit,
        rows,
    })
}
