//! Finding a market by what a person types: the market's name, a country's name or ISO code, or a
//! phone number; and the list of markets in force on a date.

use jiff::civil::Date;
use serde::Serialize;

use super::{Entry, MarketId, MarketMap};
use crate::sim::events::fields;

/// One market as listed by `pricing market` without a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MarketInfo {
    /// The market's name, as on Meta's rate card.
    pub market: String,
    /// ISO 3166 alpha-2 codes of its countries, in the map's order; none for `Other`.
    pub iso2: Vec<String>,
    /// Calling codes and prefixes (digits, no `+`) that bill in it.
    pub prefixes: Vec<String>,
}

impl Entry {
    fn in_force(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.to.is_none_or(|t| date <= t)
    }
}

impl MarketMap {
    /// The market `query` names on `date`: a market name (any case), a country name or ISO 3166
    /// alpha-2 code, or a phone number in E.164 (`+919876500003`). `Err` holds close market names.
    pub fn find(&self, query: &str, date: Date) -> Result<MarketId, Vec<String>> {
        let q = query.trim();
        if q.starts_with('+') || (!q.is_empty() && q.bytes().all(|b| b.is_ascii_digit())) {
            let compact: String = q.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
            return fields::user(0, &compact).map(|user| self.resolve(user, date).market).map_err(|_| Vec::new());
        }
        if let Some(id) = self.market_id(q) {
            return Ok(id);
        }
        let live = || self.entries.iter().filter(|e| e.in_force(date));
        if q.len() == 2
            && let Some(e) = live().find(|e| e.iso2.iter().any(|i| i.eq_ignore_ascii_case(q)))
        {
            return Ok(e.market);
        }
        if let Some(e) = live().find(|e| e.country.split(" / ").any(|c| c.eq_ignore_ascii_case(q))) {
            return Ok(e.market);
        }
        Err(self.close_to(q, date))
    }

    /// Up to three market names close to `q` (by spelling, or by a country of theirs).
    fn close_to(&self, q: &str, date: Date) -> Vec<String> {
        let q = q.to_lowercase();
        let near = |name: &str| {
            let n = name.to_lowercase();
            let d = distance(&q, &n);
            (d <= (n.chars().count() / 3).max(2) || (q.len() >= 3 && n.contains(&q))).then_some(d)
        };
        let mut scored: Vec<(usize, String)> = Vec::new();
        let mut add = |d: usize, market: &str| match scored.iter_mut().find(|(_, m)| m == market) {
            Some(seen) => seen.0 = seen.0.min(d),
            None => scored.push((d, market.to_string())),
        };
        for name in &self.markets {
            if let Some(d) = near(name) {
                add(d, name);
            }
        }
        for e in self.entries.iter().filter(|e| e.in_force(date)) {
            if let Some(d) = e.country.split(" / ").filter_map(near).min() {
                add(d, self.name(e.market));
            }
        }
        scored.sort();
        scored.into_iter().take(3).map(|(_, m)| m).collect()
    }

    /// ISO codes of every country billed in market `id` on `date`, in the map's order.
    pub fn market_iso2(&self, id: MarketId, date: Date) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        for e in self.entries.iter().filter(|e| e.market == id && e.in_force(date)) {
            for code in &e.iso2 {
                if !code.is_empty() && !codes.contains(code) {
                    codes.push(code.clone());
                }
            }
        }
        codes
    }

    /// Every market in force on `date` (those with a calling code then, and `Other`), by name.
    pub fn list(&self, date: Date) -> Vec<MarketInfo> {
        let mut out: Vec<MarketInfo> = Vec::new();
        for (id, name) in self.markets.iter().enumerate() {
            let id = id as MarketId;
            let prefixes: Vec<String> =
                self.entries.iter().filter(|e| e.market == id && e.in_force(date)).map(|e| e.prefix.clone()).collect();
            if prefixes.is_empty() && id != self.other {
                continue;
            }
            out.push(MarketInfo { market: name.clone(), iso2: self.market_iso2(id, date), prefixes });
        }
        out.sort_by(|a, b| a.market.cmp(&b.market));
        out
    }
}

/// Levenshtein distance between two strings, by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}
