//! Volume tiers (platform-rules §3.2): graduated rates per market and category, monthly.
//!
//! # Reading Meta's "Tier Pricing" CSV
//! Columns (any order, any case, found on a header row starting the table; earlier lines ignored):
//! `Market, Currency, From, To, Rate type, Rate, vs. List rate`, plus an optional `Category` column.
//! Which category a row is for comes from, in order: its `Category` cell; else the last *section
//! line* above it — a line whose only non-empty cell names `Utility`, `Authentication` or
//! `Authentication-International` (e.g. `Utility tier pricing`); a row with neither is an error.
//! `From`/`To` are message counts within the month (thousands separators allowed); `From` 0 is read
//! as 1; an empty `To`, `MAX`, `+` or `∞` means no upper bound. `Rate` is the USD price of each
//! message whose monthly number falls in the band (marginal pricing). `Rate type` and `vs. List
//! rate` are informational.

use crate::sim::market::{MarketId, MarketMap};
use crate::sim::money::Money;
use std::collections::HashMap;

/// The three tiered categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TierCategory {
    /// Utility.
    Utility,
    /// Authentication.
    Authentication,
    /// Authentication-international.
    AuthenticationInternational,
}

/// One band: messages numbered `from..=to` in the month cost `rate` each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    /// First message number (1-based).
    pub from: u64,
    /// Last message number, `None` = unbounded.
    pub to: Option<u64>,
    /// USD per message.
    pub rate: Money,
}

/// The tier table.
#[derive(Debug, Clone, Default)]
pub struct TierTable {
    bands: HashMap<(MarketId, TierCategory), Vec<Band>>,
    /// Market names not known to the market map (ignored).
    pub unmatched_markets: Vec<String>,
}

/// An error in a tier file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("tier file line {line}: {reason}")]
pub struct TierError {
    /// 1-based line.
    pub line: u64,
    /// What is wrong.
    pub reason: String,
}

fn category_of(s: &str) -> Option<TierCategory> {
    let l = s.to_ascii_lowercase().replace(['_', ' '], "-");
    if l.contains("authentication-international") || l.contains("auth-intl") {
        Some(TierCategory::AuthenticationInternational)
    } else if l.contains("authentication") {
        Some(TierCategory::Authentication)
    } else if l.contains("utility") {
        Some(TierCategory::Utility)
    } else {
        None
    }
}

fn count(s: &str) -> Option<u64> {
    let t: String = s.chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
    t.parse().ok()
}

impl TierTable {
    /// Adds a band (used by tests and by callers building tables in code).
    pub fn add(&mut self, market: MarketId, cat: TierCategory, band: Band) {
        let v = self.bands.entry((market, cat)).or_default();
        v.push(band);
        v.sort_by_key(|b| b.from);
    }

    /// Whether the table has bands for a market and category.
    pub fn has(&self, market: MarketId, cat: TierCategory) -> bool {
        self.bands.contains_key(&(market, cat))
    }

    /// The rate of the `n`-th (1-based) charged message of the month, if a band covers it.
    pub fn rate(&self, market: MarketId, cat: TierCategory, n: u64) -> Option<Money> {
        let bands = self.bands.get(&(market, cat))?;
        bands.iter().find(|b| b.from <= n && b.to.is_none_or(|t| n <= t)).map(|b| b.rate)
    }

    /// Total for messages numbered `first..first+count` (graduated), using `list` outside all bands.
    pub fn cost_range(&self, market: MarketId, cat: TierCategory, first: u64, count: u64, list: Money) -> Money {
        let mut total = Money::ZERO;
        let mut n = first;
        let end = first.saturating_add(count);
        let bands = self.bands.get(&(market, cat)).map_or(&[][..], Vec::as_slice);
        while n < end {
            match bands.iter().find(|b| b.from <= n && b.to.is_none_or(|t| n <= t)) {
                Some(b) => {
                    let stop = b.to.map_or(end, |t| t.saturating_add(1).min(end));
                    total += b.rate.times(stop - n);
                    n = stop;
                }
                None => {
                    let next = bands.iter().map(|b| b.from).filter(|&f| f > n).min().unwrap_or(end).min(end);
                    total += list.times(next - n);
                    n = next;
                }
            }
        }
        total
    }
}

/// Parses a "Tier Pricing" CSV (see the module docs for the accepted shape).
pub fn parse_tiers(text: &str) -> Result<TierTable, TierError> {
    let map = MarketMap::builtin();
    let mut table = TierTable::default();
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    // market, currency, from, to, rate, category
    let mut cols: Option<[Option<usize>; 6]> = None;
    let mut section: Option<TierCategory> = None;
    let mut rows = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| TierError { line: e.position().map_or(0, |p| p.line()), reason: e.to_string() })?;
        let line = rec.position().map_or(0, |p| p.line());
        let cells: Vec<&str> = rec.iter().map(str::trim).collect();
        let nonempty: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
        if nonempty.is_empty() {
            continue;
        }
        if nonempty.len() == 1 {
            if let Some(c) = category_of(nonempty[0]) {
                section = Some(c);
            }
            continue;
        }
        let norm = |s: &str| s.trim_start_matches('\u{feff}').to_ascii_lowercase();
        if cells.first().is_some_and(|c| norm(c) == "market") {
            let pos = |name: &str| cells.iter().position(|c| norm(c) == name);
            let found = [pos("market"), pos("currency"), pos("from"), pos("to"), pos("rate"), pos("category")];
            if found[2].is_none() || found[3].is_none() || found[4].is_none() {
                return Err(TierError { line, reason: "header needs From, To and Rate columns".into() });
            }
            cols = Some(found);
            continue;
        }
        let Some(c) = cols else { continue };
        let get = |i: Option<usize>| i.and_then(|i| cells.get(i).copied()).unwrap_or("");
        let market_name = get(c[0]);
        let cat = match get(c[5]) {
            "" => section,
            s => Some(category_of(s).ok_or_else(|| TierError { line, reason: format!("unknown category {s:?}") })?),
        }
        .ok_or_else(|| TierError {
            line,
            reason: "no category for this row; add a Category column or a section line such as `Utility`".into(),
        })?;
        let cur = get(c[1]).to_ascii_lowercase();
        if !(cur.is_empty() || ["$us", "us$", "usd", "$"].contains(&cur.as_str())) {
            return Err(TierError { line, reason: format!("currency {:?} is not USD", get(c[1])) });
        }
        let from = count(get(c[2]))
            .ok_or_else(|| TierError { line, reason: format!("From {:?} is not a count", get(c[2])) })?;
        let to_s = get(c[3]);
        let to = if to_s.is_empty() || to_s.eq_ignore_ascii_case("max") || to_s == "+" || to_s == "∞" {
            None
        } else {
            Some(count(to_s).ok_or_else(|| TierError { line, reason: format!("To {to_s:?} is not a count") })?)
        };
        let rate = Money::parse(get(c[4]))
            .ok_or_else(|| TierError { line, reason: format!("Rate {:?} is not a USD amount", get(c[4])) })?;
        let from = from.max(1);
        if to.is_some_and(|t| t < from) {
            return Err(TierError { line, reason: "To is below From".into() });
        }
        rows += 1;
        match map.market_id(market_name) {
            Some(m) => table.add(m, cat, Band { from, to, rate }),
            None => table.unmatched_markets.push(market_name.to_owned()),
        }
    }
    if rows == 0 {
        return Err(TierError {
            line: 1,
            reason: "no tier rows found (need a header row starting with Market)".into(),
        });
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_and_category_column() {
        let text = "Tier pricing\nUtility\nMarket,Currency,From,To,Rate type,Rate,vs. List rate\nIndia,$US,0,\"750,000\",List,0.0014,0%\nIndia,$US,750001,,Tier,0.0013,-5%\nAuthentication\nIndia,$US,1,100,List,0.0014,0%\n";
        let t = parse_tiers(text).unwrap();
        let india = MarketMap::builtin().market_id("India").unwrap();
        assert_eq!(t.rate(india, TierCategory::Utility, 1), Some(Money(1_400)));
        assert_eq!(t.rate(india, TierCategory::Utility, 750_001), Some(Money(1_300)));
        assert_eq!(t.rate(india, TierCategory::Authentication, 101), None);
        let t2 = parse_tiers("Market,Category,Currency,From,To,Rate\nIndia,Utility,USD,1,10,0.001\n").unwrap();
        assert!(t2.has(india, TierCategory::Utility));
        let e = parse_tiers("Market,Currency,From,To,Rate\nIndia,$US,1,10,0.001\n").unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn graduated_cost_range() {
        let mut t = TierTable::default();
        t.add(1, TierCategory::Utility, Band { from: 11, to: Some(20), rate: Money(5) });
        t.add(1, TierCategory::Utility, Band { from: 21, to: None, rate: Money(1) });
        // 10 at list 10, 10 at 5, 5 at 1
        assert_eq!(t.cost_range(1, TierCategory::Utility, 1, 25, Money(10)), Money(100 + 50 + 5));
    }
}
