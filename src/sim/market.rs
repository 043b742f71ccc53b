//! Dated calling-code → billing-market map, compiled in from `data/calling_code_markets.csv`.
//!
//! The longest listed prefix (up to 4 digits; NANP area codes are written `1xxx`) that is in effect
//! on the date wins; a number matching nothing maps to **Other**. Rows whose prefix is not published
//! (Kazakhstan, which shares +7 with Russia) cannot be matched, so +7 always bills as Russia.

use jiff::civil::Date;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/calling_code_markets.csv");

/// Index of a market name in [`MarketMap::markets`].
pub type MarketId = u16;

/// One dated row of the map.
#[derive(Debug, Clone)]
struct Entry {
    market: MarketId,
    country: String,
    iso2: String,
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
    /// ISO 3166 alpha-2 code(s), `/`-separated when a prefix is shared (e.g. `CA/US`); empty if unknown.
    pub iso2: &'a str,
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
                e.iso2 = format!("{}/{}", e.iso2, f(2));
                continue;
            }
            let idx = map.entries.len() as u16;
            map.entries.push(Entry {
                market,
                country: f(1).into(),
                iso2: f(2).into(),
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

    /// ISO2 code(s) of the matched row, empty when unknown.
    pub fn iso2(&self, r: Resolved) -> &str {
        r.entry.and_then(|i| self.entries.get(i as usize)).map_or("", |e| e.iso2.as_str())
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
                iso2: "",
                reason: format!("+{user} matches no listed calling code on {date}, so it bills as Other"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn longest_prefix_nanp_and_other() {
        let m = MarketMap::builtin();
        assert_eq!(m.lookup(14155550100, d("2025-07-01")).market, "North America");
        assert_eq!(m.lookup(18095550100, d("2025-07-01")).market, "Rest of Latin America");
        assert_eq!(m.lookup(17875550100, d("2025-07-01")).country, "Puerto Rico");
        assert_eq!(m.lookup(12425550100, d("2025-07-01")).market, "North America"); // Bahamas: not listed, +1
        assert_eq!(m.lookup(919876543210, d("2025-07-01")).market, "India");
        assert_eq!(m.lookup(9725551234, d("2025-07-01")).market, "Israel");
        assert_eq!(m.lookup(6775551234, d("2025-07-01")).market, "Other");
        assert_eq!(m.lookup(14155550100, d("2025-07-01")).iso2, "CA/US");
    }

    #[test]
    fn dated_moves() {
        let m = MarketMap::builtin();
        assert_eq!(m.lookup(48601234567, d("2026-06-30")).market, "Rest of Central & Eastern Europe");
        assert_eq!(m.lookup(48601234567, d("2026-07-01")).market, "Poland");
        assert_eq!(m.lookup(263771234567, d("2025-09-30")).market, "Other");
        assert_eq!(m.lookup(263771234567, d("2025-10-01")).market, "Rest of Africa");
        assert_eq!(m.lookup(8801712345678, d("2026-09-30")).market, "Rest of Asia Pacific");
        assert_eq!(m.lookup(8801712345678, d("2026-10-01")).market, "Bangladesh");
        assert_eq!(m.lookup(77011234567, d("2026-10-01")).market, "Russia");
    }
}
