//! Tests of the calling-code map and of finding a market by name, code or number.

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
    assert_eq!(m.lookup(14155550100, d("2025-07-01")).iso2, ["CA", "US"]);
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

#[test]
fn find_by_name_code_country_or_number() {
    let m = MarketMap::builtin();
    let day = d("2026-10-05");
    let name = |q: &str| m.find(q, day).map(|id| m.name(id).to_string());
    assert_eq!(name("India").unwrap(), "India");
    assert_eq!(name("india").unwrap(), "India");
    assert_eq!(name("IN").unwrap(), "India");
    assert_eq!(name("in").unwrap(), "India");
    assert_eq!(name("+919876500003").unwrap(), "India");
    assert_eq!(name("north america").unwrap(), "North America");
    assert_eq!(name("US").unwrap(), "North America");
    assert_eq!(name("Kenya").unwrap(), "Rest of Africa");
    assert_eq!(name("Rest of Africa").unwrap(), "Rest of Africa");
    assert_eq!(name("PL").unwrap(), "Poland");
    assert_eq!(m.find("PL", d("2026-01-05")).map(|id| m.name(id)), Ok("Rest of Central & Eastern Europe"));
    assert_eq!(name("Indai").unwrap_err(), ["India"]);
    assert!(name("Rest of Afrca").unwrap_err().contains(&"Rest of Africa".to_string()));
    assert!(name("zz").is_err());
    assert_eq!(name("+12").unwrap_err(), Vec::<String>::new());
}

#[test]
fn markets_list_their_countries() {
    let m = MarketMap::builtin();
    let list = m.list(d("2026-10-05"));
    let na = list.iter().find(|i| i.market == "North America").unwrap();
    assert_eq!(na.iso2, ["CA", "US"]);
    assert_eq!(na.prefixes, ["1"]);
    assert!(list.iter().any(|i| i.market == "Other" && i.iso2.is_empty()));
    assert!(list.iter().all(|i| i.iso2.iter().all(|c| c.len() == 2)), "{list:?}");
}
