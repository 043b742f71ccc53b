//! The other correctness cases of issue 3: time zones, window reset, FEP closing conversations,
//! regime boundaries, the 1,001st service message, missing rates, undelivered, BSP fee, tools.

use super::config::PricingConfig;
use super::pricer::Pricer;
use super::testkit::*;
use super::{Plan, compare, estimate, rates_on};
use super::{PriceError, RateBook, Regime};
use crate::sim::events::Category::{Marketing, Utility};
use crate::sim::events::Event;
use crate::sim::money::Money;

#[test]
fn month_and_regime_boundaries_follow_the_waba_time_zone() {
    let cfg = explain().with_time_zone("America/Sao_Paulo").unwrap();
    // 2025-07-01T02:00Z is 2025-06-30 23:00 in São Paulo: still CBP (needs a CBP card → override).
    let cfg = PricingConfig { rates: card("India,$US,0.0107,0.0014,0.0014,0.0280,0.0040\n"), ..cfg };
    let (rows, s) = run(
        cfg,
        vec![tpl(ts("2025-07-01T02:00:00Z"), INDIA, Marketing), tpl(ts("2025-07-01T03:00:00Z"), INDIA + 1, Marketing)],
    );
    assert_eq!(rows[0].regime, Regime::Cbp2023);
    assert_eq!(rows[1].regime, Regime::Pmp2025);
    assert_eq!(s.by_month.keys().collect::<Vec<_>>(), ["2025-06", "2025-07"]);
    assert_eq!(s.regimes.len(), 2);
    assert_eq!((s.regimes[0].from.as_str(), s.regimes[1].from.as_str()), ("2025-06-30", "2025-07-01"));
}

#[test]
fn second_user_message_resets_the_window() {
    let b = "2025-08-05T00:00:00Z";
    let (rows, _) = run(
        explain(),
        vec![
            inbound(at(b, 0), INDIA),
            inbound(at(b, 20), INDIA),
            tpl(at(b, 30), INDIA, Utility),
            tpl(at(b, 44), INDIA, Utility),
        ],
    );
    assert_eq!(ptype(&rows[2]), "free_customer_service"); // CSW open until h44
    assert_eq!(ptype(&rows[3]), "regular");
}

#[test]
fn cbp_free_entry_point_closes_other_conversations() {
    let (rows, s) = run(
        explain(),
        vec![
            tpl(ts("2024-12-02T09:00:00Z"), INDIA, Marketing),
            ctwa(ts("2024-12-02T10:00:00Z"), INDIA),
            text(ts("2024-12-02T11:00:00Z"), INDIA),
            tpl(ts("2024-12-02T12:00:00Z"), INDIA, Marketing),
        ],
    );
    let fep = rows[2].conversation.clone().unwrap();
    assert_eq!((ptype(&rows[2]), fep.action), ("free_entry_point".into(), "opened"));
    // the marketing conversation opened at 09:00 was closed: the 12:00 template joins the FEP one
    assert_eq!(rows[3].conversation.as_ref().unwrap().id, fep.id);
    assert_eq!(s.total, Money(10_700));
    assert_eq!(s.conversations, 2);
}

#[test]
fn log_spanning_cbp_to_pmp_carries_open_conversation_over() {
    let rates = card("India,$US,0.0107,0.0014,0.0014,0.0280,0.0040\n");
    let evs = vec![
        tpl(ts("2025-06-30T20:00:00Z"), INDIA, Utility),
        tpl(ts("2025-07-01T10:00:00Z"), INDIA, Utility),
        tpl(ts("2025-07-01T21:00:00Z"), INDIA, Utility),
    ];
    // Without a card: no built-in CBP card covers June 2025.
    let mut p = Pricer::new(explain());
    let e = p.push(&Event { line: 7, ..evs[0].clone() }).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 7: no known utility rate for India on 2025-06-30 (no built-in card covers this date); pass --rate-card"
    );
    let (rows, s) = run(PricingConfig { rates, ..explain() }, evs);
    assert_eq!(rows[0].cost, Money(1_400));
    let m = |r: &super::summary::ExplainRow| serde_json::to_value(r.pricing_model).unwrap();
    assert_eq!((m(&rows[1]), rows[1].cost), (serde_json::json!("CBP"), Money::ZERO));
    assert_eq!((m(&rows[2]), rows[2].cost), (serde_json::json!("PMP"), Money(1_400)));
    assert!(ids(&s).contains(&"cbp-carryover".to_string()));
}

#[test]
fn log_spanning_2026_10_charges_service_and_utility_in_window() {
    let (rows, s) = run(
        explain(),
        vec![
            inbound(ts("2026-09-30T22:00:00Z"), INDIA),
            text(ts("2026-09-30T22:30:00Z"), INDIA),
            tpl(ts("2026-09-30T23:00:00Z"), INDIA, Utility),
            tpl(ts("2026-10-01T01:00:00Z"), INDIA, Utility),
            text(ts("2026-10-01T01:30:00Z"), INDIA),
        ],
    );
    assert_eq!((ptype(&rows[1]), rows[1].cost), ("free_customer_service".into(), Money::ZERO));
    assert_eq!((ptype(&rows[2]), rows[2].cost), ("free_customer_service".into(), Money::ZERO));
    assert_eq!((ptype(&rows[3]), rows[3].cost), ("regular".into(), Money(1_400)));
    assert_eq!((ptype(&rows[4]), rows[4].cost), ("free_customer_service".into(), Money::ZERO));
    assert!(rows[4].reason.contains("#1 this month"), "{}", rows[4].reason);
    let a = ids(&s);
    assert!(a.contains(&"utility-in-csw-charged-2026-10".into()) && a.contains(&"service-free-tier-2026-10".into()));
}

#[test]
fn the_1001st_service_message_of_a_number_is_charged() {
    let mut evs = vec![inbound(ts("2026-10-05T00:00:00Z"), INDIA)];
    evs.extend((0..1001).map(|_| Event { phone_number_id: Some(1), ..text(ts("2026-10-05T01:00:00Z"), INDIA) }));
    evs.push(Event { phone_number_id: Some(2), ..text(ts("2026-10-05T01:00:00Z"), INDIA) });
    evs.push(inbound(ts("2026-11-01T00:00:00Z"), INDIA));
    evs.push(Event { phone_number_id: Some(1), ..text(ts("2026-11-01T01:00:00Z"), INDIA) });
    let (rows, s) = run(explain(), evs);
    assert_eq!(rows[1000].cost, Money::ZERO);
    assert_eq!((ptype(&rows[1001]), rows[1001].cost), ("regular".into(), Money(1_400)));
    assert_eq!(rows[1002].cost, Money::ZERO); // another number has its own free tier
    assert_eq!(rows[1004].cost, Money::ZERO); // no roll-over; new month resets
    assert_eq!(s.total, Money(1_400));
    assert_eq!(s.by_category["service"].charged, 1);
}

#[test]
fn unknown_cell_is_an_error_not_zero() {
    let mut p = Pricer::new(PricingConfig::default());
    let e = p.push(&Event { line: 3, ..tpl(ts("2025-08-03T10:00:00Z"), 573_001_234_567, Utility) }).unwrap_err();
    assert!(matches!(e, PriceError::MissingRate { .. }));
    assert_eq!(e.to_string(), "line 3: no known utility rate for Colombia on 2025-08-03; pass --rate-card");
}

#[test]
fn undelivered_opens_nothing_and_bsp_fee_is_separate() {
    let b = "2024-12-02T00:00:00Z";
    let cfg = PricingConfig { bsp_fee: Money::parse("0.002"), ..explain() };
    let (rows, s) = run(
        cfg,
        vec![
            Event { delivered: false, ..tpl(at(b, 0), INDIA, Marketing) },
            tpl(at(b, 1), INDIA, Marketing),
            inbound(at(b, 2), INDIA),
        ],
    );
    assert_eq!(rows[0].cost, Money::ZERO);
    assert_eq!(rows[1].conversation.as_ref().unwrap().action, "opened");
    assert_eq!((s.total, s.bsp_fees, s.total_with_bsp_fees), (Money(10_700), Money(6_000), Money(16_700)));
    assert_eq!((s.undelivered_messages, s.inbound_messages, s.conversations), (1, 1, 1));
}

#[test]
fn out_of_order_and_before_regimes_are_errors() {
    let mut p = Pricer::new(PricingConfig::default());
    p.push(&Event { line: 1, ..text(ts("2025-08-03T10:00:00Z"), INDIA) }).unwrap();
    let e = p.push(&Event { line: 2, ..text(ts("2025-08-03T09:00:00Z"), INDIA) }).unwrap_err();
    assert_eq!(e, PriceError::OutOfOrder { line: 2, previous_line: 1 });
    let mut p = Pricer::new(PricingConfig::default());
    assert!(matches!(p.push(&text(ts("2021-08-03T09:00:00Z"), INDIA)), Err(PriceError::BeforeRegimes { .. })));
}

#[test]
fn compare_streams_every_regime() {
    let b = "2026-10-05T00:00:00Z";
    let evs = vec![
        inbound(at(b, 0), INDIA),
        text(at(b, 1), INDIA),
        tpl(at(b, 2), INDIA, Utility),
        tpl(at(b, 3), INDIA, Marketing),
    ];
    let out = compare(evs.into_iter().map(Ok), PricingConfig::default()).unwrap();
    let names: Vec<_> = out.iter().map(|(r, _)| r.name()).collect();
    assert_eq!(names, ["cbp-2022", "cbp-2023", "pmp-2025", "pmp-2026-10"]);
    let totals: Vec<_> = out.iter().map(|(_, s)| s.total.micros()).collect();
    // pmp-2025: marketing only (2026-10 card: 0.0118); pmp-2026-10: + utility in window; cbp-2023 (nearest
    // CBP card, 2024-11): service free
    // tier, utility + marketing conversations; cbp-2022: all within the free tier.
    assert_eq!(totals, [0, 1_400 + 10_700, 11_800, 1_400 + 11_800]);
    assert!(ids(&out[1].1).contains(&"forced-regime-card".into()));
}

#[test]
fn estimate_and_rates_on() {
    let plan = Plan {
        date: "2026-10-15".parse().unwrap(),
        market: "India".into(),
        marketing: 100,
        utility: 10,
        authentication: 0,
        service: 1_500,
    };
    let e = estimate(&plan, &PricingConfig::default()).unwrap();
    assert_eq!(e.total, Money(100 * 11_800 + 10 * 1_400 + 500 * 1_400));
    let r = rates_on(&RateBook::builtin(), "2026-10-01".parse().unwrap(), Some("india")).unwrap();
    assert_eq!(r.provenance, "META-XLSX-2026-10-01-TRANSCRIBED");
    assert_eq!(serde_json::to_value(&r.rows[0]).unwrap()["service"], "0.0014");
    assert!(rates_on(&RateBook::builtin(), "2023-08-01".parse().unwrap(), None).is_err());
}

#[test]
fn summary_serializes_with_exact_decimal_strings() {
    let (rows, s) = run(explain(), vec![tpl(ts("2025-08-05T00:00:00Z"), INDIA, Marketing)]);
    let v = serde_json::to_value(&s).unwrap();
    assert_eq!(v["total"], "0.0107");
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["by_market"]["India"]["charged"], 1);
    assert_eq!(v["regimes"][0]["name"], "pmp-2025");
    let r = serde_json::to_value(&rows[0]).unwrap();
    assert_eq!((r["pricing_model"].as_str(), r["pricing_type"].as_str()), (Some("PMP"), Some("regular")));
    assert!(ids(&s).iter().any(|a| a == "card-PMP-2025-07-DERIVED"));
}

#[test]
fn forced_regime_bills_in_the_market_of_its_card() {
    // Poland is a standalone market from 2026-07-01; the conversation-based card of 2024-11 has it
    // in Rest of Central & Eastern Europe (marketing 0.0860).
    const POLAND: u64 = 48_512_345_678;
    let cfg = PricingConfig { regime: Some(Regime::Cbp2023), ..explain() };
    let (rows, s) = run(cfg, vec![tpl(ts("2026-09-28T10:00:00Z"), POLAND, Marketing)]);
    assert_eq!(rows[0].cost, Money::from_micros(86_000));
    assert!(ids(&s).contains(&"forced-regime-card".to_string()), "{:?}", ids(&s));
}
