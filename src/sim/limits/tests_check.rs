//! Checker tests: E9/E11/E12 on timestamped logs, regime crossing, CSW replies, uniqueness, shared limits.
use super::*;
use crate::sim::events::{Category, Dir, Event, Kind};

fn t(s: &str) -> jiff::Timestamp {
    s.parse().unwrap()
}

fn ev(line: u64, ts: jiff::Timestamp, dir: Dir, user: u64, num: u64) -> Event {
    let kind = if dir == Dir::Out { Kind::Template(Category::Marketing) } else { Kind::Other };
    Event { line, ts, dir, user, kind, entry_point: None, phone_number_id: Some(num), delivered: true, id: None }
}

fn checker(start: Tier, verified: bool, regime: Option<Regime>) -> Checker {
    Checker::new(CheckConfig { start_tier: start, verified, regime, ..CheckConfig::default() }).unwrap()
}

/// Send one template per user in `users` from number `num` at `ts`.
fn send(c: &mut Checker, ts: jiff::Timestamp, num: u64, users: std::ops::Range<u64>) {
    for u in users {
        c.push(&ev(u, ts, Dir::Out, u, num)).unwrap();
    }
}

#[test]
fn e9_500th_at_3pm_upgrades_at_3pm_next_day() {
    let mut c = checker(Tier::T1K, true, None);
    send(&mut c, t("2024-03-01T09:00:00Z"), 1, 0..499);
    send(&mut c, t("2024-03-01T15:00:00Z"), 1, 499..500);
    // Day 2, 14:59:59: the 09:00 users have left; user 499 plus 999 new fill the 1K limit, one more is blocked.
    send(&mut c, t("2024-03-02T14:59:59Z"), 1, 1_000..2_000);
    send(&mut c, t("2024-03-02T15:00:00Z"), 1, 2_000..2_002); // user 499 left at 15:00: 999 + 2
    let r = c.finish();
    assert_eq!(r.tier_changes.len(), 1);
    let ch = &r.tier_changes[0];
    assert_eq!((ch.from, ch.to), (Tier::T1K, Tier::T10K));
    assert_eq!(
        (ch.triggered_at, ch.effective_at, ch.line),
        (t("2024-03-01T15:00:00Z"), t("2024-03-02T15:00:00Z"), Some(499))
    );
    assert_eq!(r.blocked_total, 1);
    assert_eq!((r.blocked[0].user, r.blocked[0].limit), (1_999, 1_000));
    // At 15:00 the 10K limit applies: the next new user fits.
    assert_eq!(r.peaks[0].peak_unique_users, 1_001);
    assert_eq!(r.regimes.len(), 1);
    assert_eq!(r.regimes[0].regime, Regime::PerNumber);
}

#[test]
fn blocked_when_limit_reached_and_room_frees_after_24h() {
    let mut c = checker(Tier::T250, false, None);
    send(&mut c, t("2024-05-01T00:00:00Z"), 7, 0..260);
    send(&mut c, t("2024-05-01T23:59:59Z"), 7, 300..301);
    send(&mut c, t("2024-05-02T00:00:00Z"), 7, 400..410);
    let r = c.finish();
    assert_eq!(r.blocked_total, 11);
    let b = &r.blocked[0];
    assert_eq!(
        (b.line, b.user, b.phone_number_id, b.limit, b.scope),
        (250, 250, Some(7), 250, ScopeId::Number(Some(7)))
    );
    assert!(r.any_blocked());
    assert_eq!(r.peaks[0].peak_unique_users, 250);
    assert_eq!(r.peaks[0].limit, Some(250));
}

#[test]
fn replies_inside_csw_never_count() {
    for regime in [Regime::PerNumber, Regime::PerPortfolio] {
        let mut c = checker(Tier::T250, false, Some(regime));
        c.push(&ev(1, t("2025-11-01T10:00:00Z"), Dir::In, 42, 1)).unwrap();
        c.push(&ev(2, t("2025-11-01T11:00:00Z"), Dir::Out, 42, 1)).unwrap();
        c.push(&ev(3, t("2025-11-02T09:59:59Z"), Dir::Out, 42, 1)).unwrap();
        let r = c.finish();
        assert_eq!((r.counted, r.outgoing), (0, 2), "{regime}");
        let mut c = checker(Tier::T250, false, Some(regime));
        c.push(&ev(1, t("2025-11-01T10:00:00Z"), Dir::In, 42, 1)).unwrap();
        c.push(&ev(2, t("2025-11-02T10:00:00Z"), Dir::Out, 42, 1)).unwrap(); // window closed
        c.push(&ev(3, t("2025-11-02T10:00:00Z"), Dir::Out, 42, 2)).unwrap(); // other number: no CSW
        assert_eq!(
            c.finish().peaks.iter().map(|p| p.peak_unique_users).sum::<u64>(),
            if regime == Regime::PerNumber { 2 } else { 1 }
        );
    }
}

#[test]
fn same_user_twice_counts_once() {
    let mut c = checker(Tier::T250, false, Some(Regime::PerPortfolio));
    for (i, h) in ["00", "05", "23"].iter().enumerate() {
        c.push(&ev(i as u64, t(&format!("2025-11-01T{h}:00:00Z")), Dir::Out, 5, 1)).unwrap();
        c.push(&ev(9, t(&format!("2025-11-01T{h}:00:00Z")), Dir::Out, 5, 2)).unwrap();
    }
    let r = c.finish();
    assert_eq!(r.counted, 6);
    assert_eq!(r.peaks[0].peak_unique_users, 1);
}

#[test]
fn several_numbers_share_one_portfolio_limit() {
    let mut c = checker(Tier::T250, false, None);
    let at = t("2025-12-01T08:00:00Z");
    send(&mut c, at, 1, 0..150);
    send(&mut c, at, 2, 150..300);
    let r = c.finish();
    assert_eq!(r.regimes[0].regime, Regime::PerPortfolio);
    assert_eq!(r.blocked_total, 50);
    assert!(r.blocked.iter().all(|b| b.phone_number_id == Some(2) && b.scope == ScopeId::Portfolio));
    assert_eq!(r.peaks.len(), 1);
    assert_eq!(r.peaks[0].peak_unique_users, 250);
}

#[test]
fn e11_migration_takes_highest_number_limit() {
    let mut c = checker(Tier::T10K, true, None);
    send(&mut c, t("2025-10-01T12:00:00Z"), 1, 0..5_000); // number 1: 10K → 100K on 10-02 12:00
    send(&mut c, t("2025-10-03T12:00:00Z"), 2, 10_000..10_010); // number 2 stays at 10K
    send(&mut c, t("2025-10-06T23:00:00Z"), 2, 20_000..20_001);
    send(&mut c, t("2025-10-07T01:00:00Z"), 2, 30_000..30_100);
    let r = c.finish();
    let regimes: Vec<_> = r.regimes.iter().map(|s| (s.regime, s.from, s.to)).collect();
    assert_eq!(regimes[0].0, Regime::PerNumber);
    assert_eq!((regimes[1].0, regimes[1].1), (Regime::PerPortfolio, t("2025-10-07T00:00:00Z")));
    let m = r.tier_changes.iter().find(|c| matches!(c.cause, ChangeCause::Migration { .. })).unwrap();
    assert_eq!((m.to, m.scope, m.effective_at), (Tier::T100K, ScopeId::Portfolio, t("2025-10-07T00:00:00Z")));
    assert_eq!(m.cause, ChangeCause::Migration { numbers: 2, highest_number_tier: Tier::T100K });
    let fin: Vec<_> = r.final_tiers.iter().map(|f| (f.scope, f.tier)).collect();
    assert!(fin.contains(&(ScopeId::Portfolio, Tier::T100K)));
    assert!(r.assumptions.iter().any(|a| a.id == "L-MIGRATE"));
    // 1K numbers migrate to the 2,000 step.
    let mut c = checker(Tier::T1K, false, None);
    send(&mut c, t("2025-10-06T12:00:00Z"), 1, 0..10);
    send(&mut c, t("2025-10-08T12:00:00Z"), 1, 10..20);
    assert_eq!(c.finish().final_tiers.last().unwrap().tier, Tier::T2K);
}

#[test]
fn per_portfolio_scales_within_6_hours_and_verified_starts_at_2000() {
    let mut c = checker(Tier::T250, true, None);
    send(&mut c, t("2025-11-01T00:00:00Z"), 1, 0..1_000);
    send(&mut c, t("2025-11-01T06:00:00Z"), 1, 1_000..1_001);
    let r = c.finish();
    let ch: Vec<_> = r.tier_changes.iter().map(|c| (c.to, c.effective_at)).collect();
    assert_eq!(ch, [(Tier::T2K, t("2025-11-01T00:00:00Z")), (Tier::T10K, t("2025-11-01T06:00:00Z"))]);
}

#[test]
fn quality_timeline_flags_and_downgrades_per_number() {
    let cfg = CheckConfig {
        start_tier: Tier::T100K,
        quality: vec![(t("2024-01-01T00:00:00Z"), Quality::Low)],
        ..CheckConfig::default()
    };
    let mut c = Checker::new(cfg).unwrap();
    for d in 1..=9 {
        send(&mut c, t(&format!("2024-01-0{d}T12:00:00Z")), 1, d * 100_000..d * 100_000 + 60_000);
    }
    let r = c.finish();
    let ch = &r.tier_changes[0];
    assert_eq!((ch.from, ch.to, ch.effective_at), (Tier::T100K, Tier::T10K, t("2024-01-08T00:00:00Z")));
    assert_eq!(ch.cause, ChangeCause::Flagged7Days);
    assert_eq!(r.tier_changes.len(), 1, "flagged: no upgrade despite 60,000 a day");
    assert_eq!(r.blocked_total, 2 * 50_000);
}

#[test]
fn undelivered_never_counts_but_is_blocked_when_full() {
    let mut c = checker(Tier::T250, false, Some(Regime::PerPortfolio));
    let at = t("2025-11-01T00:00:00Z");
    let mut e = ev(1, at, Dir::Out, 1, 1);
    e.delivered = false;
    c.push(&e).unwrap();
    send(&mut c, at, 1, 100..350);
    e.user = 2;
    c.push(&e).unwrap();
    let r = c.finish();
    assert_eq!((r.counted, r.blocked_total), (250, 1));
}

#[test]
fn pair_rate_burst_and_errors() {
    let mut c = checker(Tier::T250, false, None);
    let at = t("2025-11-01T00:00:00Z");
    for i in 0..47 {
        c.push(&ev(i, at, Dir::Out, 9, 1)).unwrap();
    }
    let r = c.finish();
    assert_eq!(r.pair_violations_total, 2);
    assert_eq!((r.pair_violations[0].line, r.pair_violations[0].kind), (45, PairViolationKind::Burst));
    assert_eq!(r.pair_violations[0].wait_secs, 6);
    let mut c = checker(Tier::T250, false, None);
    c.push(&ev(1, at, Dir::In, 9, 1)).unwrap();
    let err = c.push(&ev(2, t("2025-10-31T00:00:00Z"), Dir::In, 9, 1)).unwrap_err();
    assert!(matches!(err, CheckError::OutOfOrder { line: 2, .. }));
    let mut c = checker(Tier::T2K, false, None);
    assert!(c.push(&ev(1, t("2024-01-01T00:00:00Z"), Dir::In, 9, 1)).unwrap_err().to_string().contains("per-number"));
    assert!(
        Checker::new(CheckConfig { start_tier: Tier::T1K, regime: Some(Regime::PerPortfolio), ..Default::default() })
            .is_err()
    );
}

#[test]
fn cutover_follows_time_zone() {
    let tz = jiff::tz::TimeZone::get("America/Sao_Paulo").unwrap();
    let mut c = Checker::new(CheckConfig { time_zone: tz, ..Default::default() }).unwrap();
    c.push(&ev(1, t("2025-10-07T01:00:00Z"), Dir::Out, 1, 1)).unwrap(); // 22:00 on 10-06 local
    c.push(&ev(2, t("2025-10-07T03:00:00Z"), Dir::Out, 2, 1)).unwrap();
    let r = c.finish();
    assert_eq!(r.regimes.iter().map(|s| s.regime).collect::<Vec<_>>(), [Regime::PerNumber, Regime::PerPortfolio]);
    assert_eq!(r.regimes[1].from, t("2025-10-07T03:00:00Z"));
}

#[test]
fn memory_is_bounded_by_users_in_horizon() {
    // 60 days, 200 new users per hour per regime: state must hold ~7 days of users, not 60.
    for (regime, start) in [(Regime::PerNumber, Tier::Unlimited), (Regime::PerPortfolio, Tier::T250)] {
        let mut c = checker(start, false, Some(regime));
        let t0 = t("2025-01-01T00:00:00Z").as_millisecond();
        let mut line = 0;
        for h in 0..60 * 24 {
            let at = jiff::Timestamp::from_millisecond(t0 + h * 3_600_000).unwrap();
            c.push(&ev(line, at, Dir::In, 1_000_000 + (h as u64 % 50), 1)).unwrap();
            for u in 0..200 {
                line += 1;
                c.push(&ev(line, at, Dir::Out, h as u64 * 1_000 + u, 1)).unwrap();
            }
        }
        let users: usize = c.numbers.values().chain(c.portfolio.as_ref()).map(|s| s.w7.len()).sum();
        let w30: usize =
            c.numbers.values().chain(c.portfolio.as_ref()).filter_map(|s| s.w30.as_ref()).map(|w| w.len()).sum();
        assert!(users <= 7 * 24 * 200, "{regime}: {users}");
        assert!(w30 <= 30 * 24 * 200, "{regime}: {w30}");
        assert!(c.pairs.len() <= 200 * 2, "{regime}: {}", c.pairs.len());
        let r = c.finish();
        assert_eq!(r.events, 60 * 24 * 201);
    }
}

#[test]
fn per_number_first_step_paths() {
    // Unverified: 1,000 unique users in 30 days (250 a day) → 1K 24 h after the 1,000th.
    let mut c = checker(Tier::T250, false, None);
    for d in 1..=4u64 {
        send(&mut c, t(&format!("2024-02-0{d}T10:00:00Z")), 1, d * 1_000..d * 1_000 + 250);
    }
    let r = c.finish();
    assert_eq!(r.pending.len(), 1);
    assert_eq!((r.pending[0].to, r.pending[0].effective_at), (Tier::T1K, t("2024-02-05T10:00:00Z")));
    assert_eq!(r.pending[0].cause, ChangeCause::ThirtyDayPath { unique_30d: 1_000, needed: 1_000 });
    // Verified: half of 250 in 7 days.
    let mut c = checker(Tier::T250, true, None);
    send(&mut c, t("2024-02-01T10:00:00Z"), 1, 0..125);
    let r = c.finish();
    assert_eq!(r.pending[0].cause, ChangeCause::HalfLimitIn7Days { unique_7d: 125, needed: 125 });
}

#[test]
fn extreme_inputs_do_not_panic() {
    let mut c = checker(Tier::T250, false, None);
    let mut e = ev(0, jiff::Timestamp::MIN, Dir::Out, 0, 0);
    e.phone_number_id = None;
    c.push(&e).unwrap();
    e.dir = Dir::In;
    c.push(&e).unwrap();
    e.kind = Kind::Other;
    e.dir = Dir::Out;
    c.push(&e).unwrap();
    e.ts = jiff::Timestamp::MAX;
    e.user = u64::MAX;
    e.kind = Kind::Template(Category::Utility);
    c.push(&e).unwrap();
    let r = c.finish();
    assert_eq!(r.regimes.len(), 2);
    assert_eq!(r.events, 4);
}
