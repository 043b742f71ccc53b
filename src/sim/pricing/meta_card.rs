//! Meta's own rate-card CSV (`--rate-card`), which overrides the built-in cards for every date.

use super::rates::{BadCell, Cell, RateCard, cell};
use crate::sim::market::MarketMap;

/// An error in a rate-card file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("rate card line {line}: {reason}")]
pub struct CardError {
    /// 1-based line.
    pub line: u64,
    /// What is wrong.
    pub reason: String,
}

/// Parses Meta's rate-card CSV (`Market,Currency,Marketing,Utility,Authentication,
/// Authentication-International,Service`). Lines before the header row are ignored, as are blank
/// lines and footnote lines with no rate cells. The currency must be USD (`$US`, `US$`, `USD`).
pub fn parse_meta_rate_card(text: &str) -> Result<RateCard, CardError> {
    let map = MarketMap::builtin();
    let mut card = RateCard::empty(None, None, None, "--rate-card", map.markets().len());
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut cols: Option<[Option<usize>; 7]> = None;
    const NAMES: [&str; 7] =
        ["market", "currency", "marketing", "utility", "authentication", "authentication-international", "service"];
    let mut rows = 0;
    for rec in rdr.records() {
        let rec = rec.map_err(|e| CardError { line: e.position().map_or(0, |p| p.line()), reason: e.to_string() })?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |i: Option<usize>| i.and_then(|i| rec.get(i)).unwrap_or("").trim();
        let Some(c) = cols else {
            let norm = |s: &str| s.trim().trim_start_matches('\u{feff}').to_ascii_lowercase().replace([' ', '_'], "-");
            if rec.get(0).is_some_and(|f| norm(f) == "market") {
                let mut found = [None; 7];
                for (i, h) in rec.iter().enumerate() {
                    if let Some(k) = NAMES.iter().position(|n| *n == norm(h)) {
                        found[k] = Some(i);
                    }
                }
                if found[2].is_none() || found[3].is_none() || found[4].is_none() {
                    return Err(CardError {
                        line,
                        reason: "header needs Marketing, Utility and Authentication".into(),
                    });
                }
                cols = Some(found);
            }
            continue;
        };
        let market = get(c[0]);
        let rates: Vec<&str> = (2..7).map(|k| get(c[k])).collect();
        if market.is_empty() || rates.iter().all(|r| r.is_empty()) {
            continue;
        }
        let cur = get(c[1]);
        if !(cur.is_empty() || ["$us", "us$", "usd", "$"].contains(&cur.to_ascii_lowercase().as_str())) {
            return Err(CardError { line, reason: format!("currency {cur:?} is not USD; use Meta's USD card") });
        }
        let mut cells = [Cell::NotApplicable; 5];
        for (k, r) in rates.iter().enumerate() {
            if c[k + 2].is_none() {
                continue;
            }
            let column = c[k + 2].map_or(0, |i| i + 1);
            cells[k] = cell(r).map_err(|e| CardError {
                line,
                reason: match e {
                    BadCell::NotARate => format!(
                        "{r:?} in column {column} ({}) is not a rate for {market}; write a USD amount, n/a or unknown",
                        NAMES[k + 2]
                    ),
                    BadCell::Negative => format!(
                        "{r:?} in column {column} ({}) for {market} is negative; rates are USD amounts of 0 or more: fix the amount or write n/a",
                        NAMES[k + 2]
                    ),
                },
            })?;
        }
        rows += 1;
        match map.market_id(market) {
            Some(id) => {
                if let Some(slot) = card.rows_mut().get_mut(id as usize) {
                    *slot = Some(cells);
                }
            }
            None => card.unmatched_markets.push(market.to_owned()),
        }
    }
    if cols.is_none() {
        return Err(CardError { line: 1, reason: "no header row starting with `Market` found".into() });
    }
    if rows == 0 {
        return Err(CardError { line: 1, reason: "no market rows after the header".into() });
    }
    Ok(card)
}
