//! platform-rules §11 worked examples that concern pricing (E1–E8, E17), outcomes as published.

use super::config::PricingConfig;
use super::pricer::Pricer;
use super::testkit::*;
use super::tiers::{TierCategory, parse_tiers};
use crate::sim::events::Category::{Authentication, Marketing, Utility};
use crate::sim::events::{Event, Kind};
use crate::sim::market::MarketMap;
use crate::sim::money::Money;
use std::sync::Arc;

/// E1 (PMP, PR26a charge example): h0 marketing, h2 user message, h3 text, h4 utility in CSW, h30
/// utility → 4 messages, 2 charges: 1 marketing + 1 utility.
#[test]
fn e1_pmp_charge_example() {
    let b = "2025-08-05T00:00:00Z";
    let (rows, s) = run(
        explain(),
        vec![
            tpl(at(b, 0), INDIA, Marketing),
            inbound(at(b, 2), INDIA),
            text(at(b, 3), INDIA),
            tpl(at(b, 4), INDIA, Utility),
            tpl(at(b, 30), INDIA, Utility),
        ],
    );
    assert_eq!((s.charged_messages, s.free_messages), (2, 2));
    assert_eq!(s.by_category["marketing"].charged, 1);
    assert_eq!(s.by_category["utility"].charged, 1);
    assert_eq!((ptype(&rows[2]), pcat(&rows[2])), ("free_customer_service".into(), "service".into()));
    assert_eq!((ptype(&rows[3]), pcat(&rows[3])), ("free_customer_service".into(), "utility".into()));
    assert_eq!(ptype(&rows[4]), "regular");
    assert_eq!(s.total, Money(10_700 + 1_400)); // India 2025-07 card: marketing 0.0107, utility 0.0014
}

/// E2 (CBP example 1): h0 marketing → new; h4 utility → new; h10 utility → none.
#[test]
fn e2_cbp_new_conversation_per_category() {
    let b = "2024-12-02T00:00:00Z";
    let (rows, s) = run(
        explain(),
        vec![tpl(at(b, 0), INDIA, Marketing), tpl(at(b, 4), INDIA, Utility), tpl(at(b, 10), INDIA, Utility)],
    );
    assert_eq!(s.conversations, 2);
    let actions: Vec<_> = rows.iter().map(|r| r.conversation.as_ref().unwrap().action).collect();
    assert_eq!(actions, ["opened", "opened", "joined"]);
    assert_eq!(rows[1].conversation.as_ref().unwrap().id, rows[2].conversation.as_ref().unwrap().id);
    assert_eq!(s.total, Money(10_700 + 1_400)); // CBP card 2024-11: India marketing 0.0107, utility 0.0014
}

/// E3 (CBP example 2): h0 marketing; h4 user message; h5 list → none; h24 expiry; h25 text → new
/// service conversation; h26 → none.
#[test]
fn e3_cbp_service_conversation_after_expiry() {
    let b = "2024-12-02T00:00:00Z";
    let (rows, s) = run(
        explain(),
        vec![
            tpl(at(b, 0), INDIA, Marketing),
            inbound(at(b, 4), INDIA),
            text(at(b, 5), INDIA),
            text(at(b, 25), INDIA),
            text(at(b, 26), INDIA),
        ],
    );
    assert_eq!(s.conversations, 2);
    assert_eq!(rows[2].conversation.as_ref().unwrap().action, "joined");
    assert_eq!(rows[2].conversation.as_ref().unwrap().id, rows[0].conversation.as_ref().unwrap().id);
    assert_eq!(rows[3].conversation.as_ref().unwrap().action, "opened");
    assert_eq!(pcat(&rows[3]), "service");
    assert_eq!(rows[4].conversation.as_ref().unwrap().action, "joined");
    assert_eq!(s.total, Money(10_700)); // service free from 2024-11-01
}

/// E4 (CBP FEP): CTWA message 10am, template reply 10pm → FEP conversation 10pm + 72 h, templates
/// free for those 72 h.
#[test]
fn e4_cbp_free_entry_point() {
    let (rows, s) = run(
        explain(),
        vec![
            ctwa(ts("2024-12-02T10:00:00Z"), INDIA),
            tpl(ts("2024-12-02T22:00:00Z"), INDIA, Marketing),
            text(ts("2024-12-03T09:00:00Z"), INDIA),
            tpl(ts("2024-12-05T21:59:59Z"), INDIA, Marketing),
            tpl(ts("2024-12-05T22:00:00Z"), INDIA, Marketing),
        ],
    );
    let fep = rows[1].conversation.as_ref().unwrap();
    assert_eq!((ptype(&rows[1]), fep.action), ("free_entry_point".into(), "opened"));
    assert_eq!(fep.expires, "2024-12-05T22:00:00Z");
    for r in &rows[2..4] {
        assert_eq!(ptype(r), "free_entry_point");
        assert_eq!(r.cost, Money::ZERO);
    }
    assert_eq!((ptype(&rows[4]), rows[4].cost), ("regular".into(), Money(10_700)));
    assert_eq!(s.total, Money(10_700));
}

fn e5_run(events: Vec<Event>) -> Money {
    // Exhaust the 1,000 free conversations first, then price at a BSP-style card
    // (user-initiated 0.0320 ≙ IDR 320, business-initiated 0.0500 ≙ IDR 500).
    let cfg = PricingConfig { rates: card("Indonesia,$US,0.0500,0.0500,0.0500,n/a,0.0320\n"), ..explain() };
    let mut p = Pricer::new(cfg);
    for i in 0..1000 {
        p.push(&tpl(ts("2022-03-01T00:00:00Z"), 6_281_000_000_000 + i, Marketing)).unwrap();
    }
    let before = p.finish_total();
    for e in &events {
        p.push(e).unwrap();
    }
    let s = p.finish();
    assert_eq!(before, Money::ZERO);
    s.total
}

/// E5 (cbp-2022, Kata.ai reproduction): 1 UIC = 320; 1 UIC + 1 BIC = 820; two templates in one BIC =
/// 500; user replies < 24 h to a BIC = 500; user replies > 24 h then business replies = 820.
#[test]
fn e5_cbp2022_uic_bic() {
    let b = "2022-03-02T00:00:00Z";
    let u = INDONESIA;
    assert_eq!(e5_run(vec![inbound(at(b, 0), u), text(at(b, 1), u)]), Money(32_000));
    assert_eq!(e5_run(vec![inbound(at(b, 0), u), text(at(b, 1), u), tpl(at(b, 30), u, Marketing)]), Money(82_000));
    assert_eq!(e5_run(vec![tpl(at(b, 0), u, Marketing), tpl(at(b, 5), u, Utility)]), Money(50_000));
    assert_eq!(e5_run(vec![tpl(at(b, 0), u, Marketing), inbound(at(b, 3), u), text(at(b, 4), u)]), Money(50_000));
    assert_eq!(e5_run(vec![tpl(at(b, 0), u, Marketing), inbound(at(b, 26), u), text(at(b, 27), u)]), Money(82_000));
}

/// E6 (auth-international): A = India, B = Indonesia (both have the rate), C = United States (none).
/// start_time 1717225200 (A), exception B 1719817200. PBL C → A charged from 2024-06-01, B from
/// 2024-07-01. PBL B → A from 2024-06-01, B never (domestic). PBL Indonesia with no start → India
/// users pay authentication.
#[test]
fn e6_auth_international() {
    let rates =
        card("India,$US,0.0107,0.0014,0.0014,0.0280,0.0040\nIndonesia,$US,0.0411,0.0200,0.0300,0.1360,0.0190\n");
    let start = jiff::Timestamp::from_second(1_717_225_200).unwrap();
    let exc = jiff::Timestamp::from_second(1_719_817_200).unwrap();
    let cats = |pbl: &str, with_start: bool, user: u64| -> Vec<String> {
        let cfg = PricingConfig {
            rates: rates.clone(),
            business_country: Some(pbl.into()),
            auth_intl_start: with_start.then_some(start),
            auth_intl_exceptions: if with_start { vec![("ID".into(), exc)] } else { vec![] },
            ..explain()
        };
        let evs = ["2024-05-31T12:00:00Z", "2024-06-15T12:00:00Z", "2024-07-15T12:00:00Z"]
            .map(|t| tpl(ts(t), user, Authentication))
            .to_vec();
        run(cfg, evs).0.iter().map(pcat).collect()
    };
    let (a, ai) = ("authentication".to_string(), "authentication_international".to_string());
    assert_eq!(cats("US", true, INDIA), [a.clone(), ai.clone(), ai.clone()]);
    assert_eq!(cats("US", true, INDONESIA), [a.clone(), a.clone(), ai.clone()]);
    assert_eq!(cats("ID", true, INDIA), [a.clone(), ai.clone(), ai.clone()]);
    assert_eq!(cats("ID", true, INDONESIA), [a.clone(), a.clone(), a.clone()]);
    assert_eq!(cats("ID", false, INDIA), [a.clone(), a.clone(), a.clone()]);
}

fn india_tiers() -> Arc<super::tiers::TierTable> {
    let t = "Authentication\nMarket,Currency,From,To,Rate type,Rate,vs. List rate\nIndia,$US,1,3,List,0.0014,0%\nIndia,$US,4,6,Tier,0.0013,-5%\nIndia,$US,7,,Tier,0.0012,-10%\nAuthentication-International\nMarket,Currency,From,To,Rate type,Rate,vs. List rate\nIndia,$US,1,3,List,0.0280,0%\nIndia,$US,4,6,Tier,0.0270,-5%\nIndia,$US,7,,Tier,0.0260,-10%\n";
    Arc::new(parse_tiers(t).unwrap())
}

/// E7 (volume tiers, symbolic A=3 < B=6): (1) B messages → list for the first A, tier 1 for A+1..B;
/// (2) auth-intl starting mid-month continues the running count on the auth-intl table; (3) the month
/// resets at 12am in the WABA time zone; (4) a second provider (phone number) continues the portfolio's
/// count.
#[test]
fn e7_volume_tiers() {
    let cfg = || PricingConfig { tiers: Some(india_tiers()), ..explain() };
    let rates = |rows: &[super::summary::ExplainRow]| rows.iter().map(|r| r.rate.unwrap().micros()).collect::<Vec<_>>();
    // (1)
    let evs: Vec<Event> = (0..6).map(|i| tpl(at("2025-11-03T00:00:00Z", i), INDIA, Authentication)).collect();
    let (rows, s) = run(cfg(), evs);
    assert_eq!(rates(&rows), [1400, 1400, 1400, 1300, 1300, 1300]);
    assert_eq!(s.total, Money(3 * 1400 + 3 * 1300));
    // (2) auth-intl from day 15, business in the US
    let c2 = PricingConfig {
        business_country: Some("US".into()),
        auth_intl_start: Some(ts("2025-11-15T00:00:00Z")),
        ..cfg()
    };
    let mut evs: Vec<Event> = (0..4).map(|i| tpl(at("2025-11-02T00:00:00Z", 24 * i), INDIA, Authentication)).collect();
    evs.extend((0..3).map(|i| tpl(at("2025-11-16T00:00:00Z", i), INDIA, Authentication)));
    let (rows, _) = run(c2, evs);
    assert_eq!(rates(&rows), [1400, 1400, 1400, 1300, 27_000, 27_000, 26_000]);
    // (3) month boundary in America/Los_Angeles: 03:00Z on Aug 1 is still July 31 there
    let c3 = cfg().with_time_zone("America/Los_Angeles").unwrap();
    let mut evs: Vec<Event> = (0..4).map(|i| tpl(at("2025-07-31T10:00:00Z", i), INDIA, Authentication)).collect();
    evs.push(tpl(ts("2025-08-01T03:00:00Z"), INDIA, Authentication));
    evs.push(tpl(ts("2025-08-01T08:00:00Z"), INDIA, Authentication));
    let (rows, s) = run(c3, evs);
    assert_eq!(rates(&rows), [1400, 1400, 1400, 1300, 1300, 1400]);
    assert_eq!(s.by_month.keys().collect::<Vec<_>>(), ["2025-07", "2025-08"]);
    // (4) provider 2 (another phone number) starts when provider 1 already reached the third band
    let mut evs: Vec<Event> = (0..6)
        .map(|i| Event { phone_number_id: Some(1), ..tpl(at("2025-11-03T00:00:00Z", i), INDIA, Authentication) })
        .collect();
    evs.extend(
        (6..9).map(|i| Event { phone_number_id: Some(2), ..tpl(at("2025-11-03T00:00:00Z", i), INDIA, Authentication) }),
    );
    let (rows, _) = run(cfg(), evs);
    assert_eq!(rates(&rows[6..]), [1200, 1200, 1200]);
}

/// E8 (Groups): a marketing message to a group of 5, delivered to 4 → 4 marketing charges.
#[test]
fn e8_group_message_charged_per_delivered_member() {
    let t = ts("2025-08-05T12:00:00Z");
    let evs: Vec<Event> = (0..5).map(|i| Event { delivered: i != 4, ..tpl(t, INDIA + i, Marketing) }).collect();
    let (_, s) = run(explain(), evs);
    assert_eq!((s.charged_messages, s.undelivered_messages), (4, 1));
    assert_eq!(s.by_category["marketing"].charged, 4);
    assert_eq!(s.total, Money(4 * 10_700));
}

/// E17 (tier webhook): `tier: "25000001:50000000"`, UTILITY, India, `effective_month: "2025-11"`:
/// the 25,000,001st charged utility message of 2025-11 in India is the first at that band's rate.
#[test]
fn e17_tier_webhook_band() {
    let t = parse_tiers("Market,Category,Currency,From,To,Rate type,Rate\nIndia,Utility,$US,0,25000000,List,0.0014\nIndia,UTILITY,$US,25000001,50000000,Tier,0.0012\n").unwrap();
    let india = MarketMap::builtin().market_id("India").unwrap();
    assert_eq!(t.rate(india, TierCategory::Utility, 25_000_000), Some(Money(1_400)));
    assert_eq!(t.rate(india, TierCategory::Utility, 25_000_001), Some(Money(1_200)));
    assert_eq!(t.rate(india, TierCategory::Utility, 50_000_001), None);
    assert_eq!(t.cost_range(india, TierCategory::Utility, 24_999_999, 3, Money(1_400)), Money(1_400 * 2 + 1_200));
    let _ = Kind::Other;
}
