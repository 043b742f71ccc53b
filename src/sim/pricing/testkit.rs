//! Helpers for the pricing tests.

use super::config::PricingConfig;
use super::pricer::Pricer;
use super::rates::{RateBook, parse_meta_rate_card};
use super::summary::{ExplainRow, Summary};
use crate::sim::events::{Category, Dir, EntryPoint, Event, Kind};
use jiff::{SignedDuration, Timestamp};

pub const INDIA: u64 = 919_876_543_210;
pub const INDONESIA: u64 = 6_281_234_567_890;

pub fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// `base + h hours`.
pub fn at(base: &str, h: i64) -> Timestamp {
    ts(base).checked_add(SignedDuration::from_hours(h)).unwrap()
}

pub fn out(t: Timestamp, user: u64, kind: Kind) -> Event {
    Event {
        line: 0,
        ts: t,
        dir: Dir::Out,
        user,
        kind,
        entry_point: None,
        phone_number_id: None,
        delivered: true,
        id: None,
    }
}

pub fn tpl(t: Timestamp, user: u64, c: Category) -> Event {
    out(t, user, Kind::Template(c))
}

pub fn text(t: Timestamp, user: u64) -> Event {
    out(t, user, Kind::Other)
}

pub fn inbound(t: Timestamp, user: u64) -> Event {
    Event { dir: Dir::In, ..out(t, user, Kind::Other) }
}

pub fn ctwa(t: Timestamp, user: u64) -> Event {
    Event { entry_point: Some(EntryPoint::CtwaAd), ..inbound(t, user) }
}

pub fn card(rows: &str) -> RateBook {
    let text = format!("Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service\n{rows}");
    RateBook::with_override(parse_meta_rate_card(&text).unwrap())
}

pub fn explain() -> PricingConfig {
    PricingConfig { explain: true, ..PricingConfig::default() }
}

/// Prices events (numbering lines 1..), returning rows and summary.
pub fn run(cfg: PricingConfig, events: Vec<Event>) -> (Vec<ExplainRow>, Summary) {
    let mut p = Pricer::new(PricingConfig { explain: true, ..cfg });
    let mut rows = Vec::new();
    for (i, mut e) in events.into_iter().enumerate() {
        e.line = i as u64 + 1;
        rows.push(p.push(&e).unwrap().unwrap());
    }
    let s = p.finish();
    let sum = rows.iter().fold(crate::sim::money::Money::ZERO, |a, r| a + r.cost);
    assert_eq!(sum, s.total, "total must equal the sum of per-event costs");
    (rows, s)
}

pub fn ptype(r: &ExplainRow) -> String {
    serde_json::to_value(r.pricing_type).unwrap().as_str().unwrap_or("-").to_owned()
}

pub fn pcat(r: &ExplainRow) -> String {
    serde_json::to_value(r.pricing_category).unwrap().as_str().unwrap_or("-").to_owned()
}

pub fn ids(s: &Summary) -> Vec<String> {
    s.assumptions.iter().map(|a| a.id.clone()).collect()
}
