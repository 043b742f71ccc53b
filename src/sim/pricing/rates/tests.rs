use super::*;
use jiff::civil::date;

fn id(name: &str) -> MarketId {
    MarketMap::builtin().market_id(name).unwrap()
}

#[test]
fn builtin_cards_are_dated_and_complete() {
    let b = RateBook::builtin();
    let f = b.rate(date(2026, 7, 15), BillingUnit::PerMessage, id("India"), RateColumn::Marketing, false).unwrap();
    assert_eq!(f.rate, Money(11_800));
    assert_eq!(f.card.provenance, "META-CSV-2026-07-01-TRANSCRIBED");
    let f = b.rate(date(2026, 10, 1), BillingUnit::PerMessage, id("Brazil"), RateColumn::Service, false).unwrap();
    assert_eq!(f.rate, Money(6_800));
    assert_eq!(
        b.rate(date(2025, 8, 3), BillingUnit::PerMessage, id("Colombia"), RateColumn::Utility, false).unwrap_err(),
        Missing::Unknown
    );
    assert_eq!(
        b.rate(date(2026, 7, 1), BillingUnit::PerMessage, id("Brazil"), RateColumn::Service, false).unwrap_err(),
        Missing::NotApplicable
    );
    assert_eq!(
        b.rate(date(2023, 8, 1), BillingUnit::PerConversation, id("Brazil"), RateColumn::Marketing, false).unwrap_err(),
        Missing::NoCard
    );
    let f = b.rate(date(2023, 8, 1), BillingUnit::PerConversation, id("Brazil"), RateColumn::Marketing, true).unwrap();
    assert!(f.nearest && f.card.provenance == "CBP-2024-11-INFERRED");
    assert_eq!(RateBook::builtin_cards().len(), 7);
}

#[test]
fn meta_csv_with_preamble_and_na() {
    let text = "Cost per message in USD\n\"Effective July 1, 2026\"\n\nMarket,Currency,Marketing,Utility,Authentication,Authentication-International,Service\nIndia,$US,0.0118,0.0014,0.0014,0.0304,n/a\nAtlantis,$US,1,1,1,n/a,n/a\n\nNotes: n/a means not applicable\n";
    let card = parse_meta_rate_card(text).unwrap();
    assert_eq!(card.cell(id("India"), RateColumn::AuthenticationInternational), Some(Cell::Rate(Money(30_400))));
    assert_eq!(card.cell(id("India"), RateColumn::Service), Some(Cell::NotApplicable));
    assert_eq!(card.unmatched_markets, ["Atlantis"]);
    let e = parse_meta_rate_card("Market,Currency,Marketing,Utility,Authentication\nIndia,INR,1,2,3\n").unwrap_err();
    assert_eq!(e.line, 2);
    let e = parse_meta_rate_card("Market,Currency,Marketing,Utility,Authentication\nIndia,$US,abc,2,3\n").unwrap_err();
    assert!(e.to_string().contains("line 2"), "{e}");
}

#[test]
fn negative_rates_are_refused_with_line_and_column() {
    let text = "Market,Currency,Marketing,Utility,Authentication\nIndia,$US,0.0118,0.0014,0.0014\nBrazil,$US,0.0625,-0.0080,0.0315\n";
    let e = parse_meta_rate_card(text).unwrap_err();
    assert_eq!(e.line, 3);
    let msg = e.to_string();
    assert!(msg.contains("column 4 (utility)") && msg.contains("negative") && msg.contains("Brazil"), "{msg}");
    assert!(parse_meta_rate_card("Market,Currency,Marketing,Utility,Authentication\nIndia,$US,$-1,0,0\n").is_err());
    // Zero is a rate (free), not an error.
    assert!(parse_meta_rate_card("Market,Currency,Marketing,Utility,Authentication\nIndia,$US,0,0,0\n").is_ok());
    assert_eq!(cell("-0.01"), Err(BadCell::Negative));
    assert_eq!(cell("x"), Err(BadCell::NotARate));
}
