//! Dated calling-code → billing-market map, compiled in from `data/calling_code_markets.csv`.
//!
//! The longest listed prefix (up to 4 digits; NANP area codes are written `1xxx`) that is in effect
//! on the date wins; a number matching nothing maps to **Other**. Rows whose prefix is not published
//! (Kazakhstan, which shares +7 with Russia) cannot be matched, so +7 always bills as Russia.

use jiff::civil::Date;
use std::sync::OnceLock;

mod find;

pub use find::MarketInfo;

const DATA: &str = include_str!("../../../data/calling_code_markets.csv");

/// Index of a market name in [`MarketMap::markets`].
pub type MarketId = u16;

/// One dated row of the map.
#[derive(Debug, Clone)]
struct Entry {
    market: MarketId,
    country: String,
    iso2: Vec<String>,
    prefix: String,
    from: Option<Date>,
    to: Option<Date>,
}

/// Result of a lookup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketMatch<'a> {
    /// Billing market name, e.g. `North America`, `Other`.
    pub market: &'a str,
    /// Its id.
    pub market_id: MarketId,
    /// The matched prefix, empty when nothing matched.
    pub prefix: &'a str,
    /// Country (or countries) of the matched row, empty when nothing matched.
    pub country: &'a str,
    /// ISO 3166 alpha-2 codes: one, or several when a prefix is shared (`+1`: `CA`, `US`); none if unknown.
    pub iso2: &'a [String],
    /// One-line explanation.
    pub reason: String,
}

/// Fast-path result: market id plus the matched row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// Market id.
    pub market: MarketId,
    entry: Option<u16>,
}

/// The dated map.
#[derive(Debug)]
pub struct MarketMap {
    markets: Vec<String>,
    entries: Vec<Entry>,
    /// Entry indexes per prefix slot, see [`slot`].
    slots: Vec<Vec<u16>>,
    other: MarketId,
}

const POW10: [u64; 20] = {
    let mut p = [1u64; 20];
    let mut i = 1;
    while i < 20 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// Slot of a prefix of `len` digits (1..=4) with value `v`.
fn slot(len: usize, v: u64) -> usize {
    let base = [0usize, 0, 10, 110, 1110];
    base[len] + v as usize
}

fn digits(n: u64) -> usize {
    POW10.iter().position(|&p| p > n).unwrap_or(20)
}

impl MarketMap {
    /// The compiled-in map.
    pub fn builtin() -> &'static MarketMap {
        static MAP: OnceLock<MarketMap> = OnceLock::new();
        MAP.get_or_init(|| MarketMap::parse(DATA))
    }

    /// Builds a map from CSV text in the shape of `data/calling_code_markets.csv`. Rows that cannot be
    /// used (non-numeric prefix, bad date) are skipped; their markets are still known by name.
    pub fn parse(text: &str) -> MarketMap {
        let mut map = MarketMap { markets: Vec::new(), entries: Vec::new(), slots: vec![Vec::new(); 11110], other: 0 };
        map.other = map.intern("Other");
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        for rec in rdr.records().flatten() {
            let f = |i: usize| rec.get(i).unwrap_or("").trim();
            let market = map.intern(f(0));
            let prefix = f(3);
            if prefix.is_empty() || prefix.len() > 4 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let date = |s: &str| {
                if s.is_empty() { Ok(None) } else { s.parse::<Date>().map(Some) }
            };
            let (Ok(from), Ok(to)) = (date(f(4)), date(f(5))) else {
                continue;
            };
            let v: u64 = prefix.parse().unwrap_or(0);
            let s = slot(prefix.len(), v);
            let dup = map.slots[s]
                .iter()
                .copied()
                .find(|&i| map.entries[i as usize].market == market && map.entries[i as usize].from == from);
            if let Some(i) = dup {
                let e = &mut map.entries[i as usize];
                e.country = format!("{} / {}", e.country, f(1));
                e.iso2.push(f(2).into());
                continue;
            }
            let idx = map.entries.len() as u16;
            map.entries.push(Entry {
                market,
                country: f(1).into(),
                iso2: vec![f(2).into()],
                prefix: prefix.into(),
                from,
                to,
            });
            map.slots[s].push(idx);
        }
        map
    }

    fn intern(&mut self, name: &str) -> MarketId {
        if let Some(i) = self.markets.iter().position(|m| m == name) {
            return i as MarketId;
        }
        self.markets.push(name.to_owned());
        (self.markets.len() - 1) as MarketId
    }

    /// All market names; a [`MarketId`] indexes this.
    pub fn markets(&self) -> &[String] {
        &self.markets
    }

    /// Name of a market id.
    pub fn name(&self, id: MarketId) -> &str {
        self.markets.get(id as usize).map_or("Other", String::as_str)
    }

    /// Id of a market name (exact, then case-insensitive).
    pub fn market_id(&self, name: &str) -> Option<MarketId> {
        let n = name.trim();
        self.markets
            .iter()
            .position(|m| m == n)
            .or_else(|| self.markets.iter().position(|m| m.eq_ignore_ascii_case(n)))
            .map(|i| i as MarketId)
    }

    /// Fast lookup without the explanation.
    pub fn resolve(&self, user: u64, date: Date) -> Resolved {
        let n = digits(user);
        for len in (1..=4.min(n)).rev() {
            let v = user / POW10[n - len];
            for &i in &self.slots[slot(len, v)] {
                let e = &self.entries[i as usize];
                if e.from.is_none_or(|f| f <= date) && e.to.is_none_or(|t| date <= t) {
                    return Resolved { market: e.market, entry: Some(i) };
                }
            }
        }
        Resolved { market: self.other, entry: None }
    }

    /// ISO2 codes of the matched row (several for a shared prefix), none when unknown.
    pub fn iso2(&self, r: Resolved) -> &[String] {
        r.entry.and_then(|i| self.entries.get(i as usize)).map_or(&[], |e| e.iso2.as_slice())
    }

    /// Which market `user` (E.164 digits) is billed in on `date`, and why.
    pub fn lookup(&self, user: u64, date: Date) -> MarketMatch<'_> {
        let r = self.resolve(user, date);
        let market = self.name(r.market);
        match r.entry.and_then(|i| self.entries.get(i as usize)) {
            Some(e) => {
                let span = match (e.from, e.to) {
                    (None, None) => String::new(),
                    (Some(f), None) => format!(" (from {f})"),
                    (None, Some(t)) => format!(" (until {t})"),
                    (Some(f), Some(t)) => format!(" ({f} to {t})"),
                };
                MarketMatch {
                    market,
                    market_id: r.market,
                    prefix: &e.prefix,
                    country: &e.country,
                    iso2: &e.iso2,
                    reason: format!("+{user} starts with +{} ({}), billed as {market}{span}", e.prefix, e.country),
                }
            }
            None => MarketMatch {
                market,
                market_id: r.market,
                prefix: "",
                country: "",
                iso2: &[],
                reason: format!("+{user} matches no listed calling code on {date}, so it bills as Other"),
            },
        }
    }
}

#[cfg(test)]
mod tests;
