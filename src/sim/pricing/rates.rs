//! Rate cards: the built-in dated USD cards (`data/whatsapp_rates_usd.csv`) and Meta's own CSV
//! (`parse_meta_rate_card`), which overrides the built-in cards for every date.
//!
//! A cell is a rate, `n/a` (not applicable) or `unknown` (no source). Needing a rate the card does not
//! have is an error, never a zero.

pub use super::meta_card::{CardError, parse_meta_rate_card};
use crate::sim::market::{MarketId, MarketMap};
use crate::sim::money::Money;
use jiff::civil::Date;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

const DATA: &str = include_str!("../../../data/whatsapp_rates_usd.csv");

/// A column of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateColumn {
    /// Marketing.
    Marketing,
    /// Utility.
    Utility,
    /// Authentication (domestic).
    Authentication,
    /// Authentication-international.
    AuthenticationInternational,
    /// Service.
    Service,
}

impl RateColumn {
    /// Human name used in messages.
    pub fn label(self) -> &'static str {
        match self {
            RateColumn::Marketing => "marketing",
            RateColumn::Utility => "utility",
            RateColumn::Authentication => "authentication",
            RateColumn::AuthenticationInternational => "authentication-international",
            RateColumn::Service => "service",
        }
    }
    fn idx(self) -> usize {
        self as usize
    }
}

/// One cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// A price in USD.
    Rate(Money),
    /// The card prints `n/a`.
    NotApplicable,
    /// No source knows it.
    Unknown,
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Rate(m) => m.serialize(s),
            Cell::NotApplicable => s.serialize_str("n/a"),
            Cell::Unknown => s.serialize_str("unknown"),
        }
    }
}

/// Why a cell is not a rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BadCell {
    /// Not an amount, `n/a` or `unknown`.
    NotARate,
    /// An amount below zero (no rate card charges a negative price).
    Negative,
}

/// Parses one cell: a USD amount of zero or more, `n/a`, or empty/`unknown`.
pub(crate) fn cell(s: &str) -> Result<Cell, BadCell> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("n/a") || t.eq_ignore_ascii_case("na") || t == "-" {
        Ok(Cell::NotApplicable)
    } else if t.is_empty() || t.eq_ignore_ascii_case("unknown") {
        Ok(Cell::Unknown)
    } else {
        match Money::parse(t) {
            Some(m) if m.0 < 0 => Err(BadCell::Negative),
            Some(m) => Ok(Cell::Rate(m)),
            None => Err(BadCell::NotARate),
        }
    }
}

/// Per conversation (CBP) or per delivered message (PMP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingUnit {
    /// Charged per conversation.
    PerConversation,
    /// Charged per delivered message.
    PerMessage,
}

/// A dated card.
#[derive(Debug, Clone)]
pub struct RateCard {
    /// First date (None for a user-supplied card, which applies to all dates).
    pub from: Option<Date>,
    /// Last date, if it ended.
    pub to: Option<Date>,
    /// Billing unit (None for a user-supplied card: used for every regime).
    pub unit: Option<BillingUnit>,
    /// Provenance key, e.g. `META-CSV-2026-07-01-TRANSCRIBED`, or `--rate-card`.
    pub provenance: String,
    /// Cells per market id: marketing, utility, authentication, auth-international, service.
    rows: Vec<Option<[Cell; 5]>>,
    /// Market names in the file that the market map does not know (ignored).
    pub unmatched_markets: Vec<String>,
    inferred: bool,
}

impl RateCard {
    pub(crate) fn empty(
        from: Option<Date>,
        to: Option<Date>,
        unit: Option<BillingUnit>,
        provenance: &str,
        n: usize,
    ) -> Self {
        let inferred = provenance.contains("DERIVED") || provenance.contains("INFERRED");
        RateCard {
            from,
            to,
            unit,
            provenance: provenance.into(),
            rows: vec![None; n],
            unmatched_markets: Vec::new(),
            inferred,
        }
    }

    pub(crate) fn rows_mut(&mut self) -> &mut Vec<Option<[Cell; 5]>> {
        &mut self.rows
    }

    /// The cell for a market and column; `None` when the market is not on the card.
    pub fn cell(&self, market: MarketId, col: RateColumn) -> Option<Cell> {
        self.rows.get(market as usize).copied().flatten().map(|r| r[col.idx()])
    }

    /// Markets on the card with their cells, in map order.
    pub fn rows(&self) -> impl Iterator<Item = (MarketId, [Cell; 5])> + '_ {
        self.rows.iter().enumerate().filter_map(|(i, r)| r.map(|r| (i as MarketId, r)))
    }

    /// Whether the provenance says the card was derived or its dates inferred.
    pub fn is_inferred(&self) -> bool {
        self.inferred
    }

    fn covers(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
}

fn builtin_cards() -> &'static [RateCard] {
    static CARDS: OnceLock<Vec<RateCard>> = OnceLock::new();
    CARDS.get_or_init(|| {
        let map = MarketMap::builtin();
        let mut cards: Vec<RateCard> = Vec::new();
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(DATA.as_bytes());
        for rec in rdr.records().flatten() {
            let f = |i: usize| rec.get(i).unwrap_or("").trim();
            let (Ok(from), to) = (f(0).parse::<Date>(), f(1).parse::<Date>().ok()) else {
                continue;
            };
            let unit = if f(2) == "per_conversation" { BillingUnit::PerConversation } else { BillingUnit::PerMessage };
            let Some(market) = map.market_id(f(3)) else { continue };
            let key = f(9);
            if cards.last().is_none_or(|c| c.provenance != key || c.from != Some(from)) {
                cards.push(RateCard::empty(Some(from), to, Some(unit), key, map.markets().len()));
            }
            let cells = [4, 5, 6, 7, 8].map(|i| cell(f(i)).unwrap_or(Cell::Unknown));
            if let Some(card) = cards.last_mut()
                && let Some(slot) = card.rows.get_mut(market as usize)
            {
                *slot = Some(cells);
            }
        }
        cards
    })
}

/// The cards in use: built-in dated cards, optionally overridden by a user's card for all dates.
#[derive(Debug, Clone, Default)]
pub struct RateBook {
    /// A `--rate-card` that replaces the built-in cards for every date and regime.
    pub override_card: Option<Arc<RateCard>>,
}

/// Where a rate came from.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    /// The rate.
    pub rate: Money,
    /// The card it is on.
    pub card: &'a RateCard,
    /// The card is not the one dated for this day (forced regime used the nearest card of its unit).
    pub nearest: bool,
    /// Index into [`RateBook::builtin_cards`], `None` for a user card.
    pub builtin_index: Option<usize>,
}

/// Why a rate is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// No card covers the date (for that billing unit).
    NoCard,
    /// The card does not list the market.
    NoMarket,
    /// The cell is `n/a`.
    NotApplicable,
    /// The cell is `unknown`.
    Unknown,
}

impl RateBook {
    /// Built-in cards only.
    pub fn builtin() -> Self {
        RateBook { override_card: None }
    }

    /// With a user's card that overrides every date.
    pub fn with_override(card: RateCard) -> Self {
        RateBook { override_card: Some(Arc::new(card)) }
    }

    /// All built-in cards, oldest first.
    pub fn builtin_cards() -> &'static [RateCard] {
        builtin_cards()
    }

    /// The card in force on `date`. With `unit`, only cards of that unit; with `nearest`, falls back
    /// to the closest card of that unit in time (used when a regime is forced).
    pub fn card_for(&self, date: Date, unit: Option<BillingUnit>, nearest: bool) -> Option<(&RateCard, bool)> {
        self.find(date, unit, nearest).map(|(c, n, _)| (c, n))
    }

    fn find(&self, date: Date, unit: Option<BillingUnit>, nearest: bool) -> Option<(&RateCard, bool, Option<usize>)> {
        if let Some(c) = &self.override_card {
            return Some((c, false, None));
        }
        let cards = builtin_cards();
        let fits = |c: &(usize, &RateCard)| unit.is_none_or(|u| c.1.unit == Some(u));
        if let Some((i, c)) = cards.iter().enumerate().filter(fits).find(|(_, c)| c.covers(date)) {
            return Some((c, false, Some(i)));
        }
        if !nearest {
            return None;
        }
        let dist = |c: &RateCard| {
            let from = c.from.unwrap_or(Date::MIN);
            let to = c.to.unwrap_or(Date::MAX);
            if date < from { (from - date).get_days() } else { (date - to).get_days() }
        };
        cards.iter().enumerate().filter(fits).min_by_key(|(_, c)| dist(c)).map(|(i, c)| (c, true, Some(i)))
    }

    /// The rate for a market/column on a date.
    pub fn rate(
        &self,
        date: Date,
        unit: BillingUnit,
        market: MarketId,
        col: RateColumn,
        nearest: bool,
    ) -> Result<Found<'_>, Missing> {
        let (card, near, builtin_index) = self.find(date, Some(unit), nearest).ok_or(Missing::NoCard)?;
        match card.cell(market, col) {
            None => Err(Missing::NoMarket),
            Some(Cell::Rate(rate)) => Ok(Found { rate, card, nearest: near, builtin_index }),
            Some(Cell::NotApplicable) => Err(Missing::NotApplicable),
            Some(Cell::Unknown) => Err(Missing::Unknown),
        }
    }
}

#[cfg(test)]
mod tests;
