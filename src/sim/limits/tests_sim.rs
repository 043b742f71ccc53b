//! Worked examples E9, E10 and E13 (platform rules §11) for simulate / plan / throughput, plus plan parsing.
use super::*;

fn run(regime: Regime, start: Tier, users: &[u64], quality: &[Quality]) -> SimReport {
    let plan = users
        .iter()
        .enumerate()
        .map(|(i, &n)| DayPlan {
            day: i as u32 + 1,
            new_unique_users: n,
            quality: quality.get(i).copied().unwrap_or_default(),
        })
        .collect();
    simulate(&SimConfig { start_tier: start, regime, days: 0, verified: true, plan }).unwrap()
}

fn limits(r: &SimReport) -> Vec<Option<u64>> {
    r.rows.iter().map(|d| d.limit_at_start).collect()
}

#[test]
fn e9_1k_to_10k_in_2_days() {
    let r = run(Regime::PerNumber, Tier::T1K, &[500, 500], &[]);
    // Meta: Day 1 new 500 (7-day 500), limit 1K; Day 2 new 500 (7-day 1,000), limit 10K.
    assert_eq!(limits(&r), [Some(1_000), Some(10_000)]);
    assert_eq!(r.rows.iter().map(|d| d.unique_7d).collect::<Vec<_>>(), [500, 1_000]);
    let c = &r.rows[1].changes[0];
    // Same hour next day as the 500th conversation (all day-1 sends at 00:00 → day 2 00:00).
    assert_eq!((c.from, c.to, c.day, c.hour, c.triggered_day, c.triggered_hour), (Tier::T1K, Tier::T10K, 2, 0, 1, 0));
    assert!(r.rows.iter().all(|d| d.blocked == 0));
}

#[test]
fn e9_1k_to_10k_in_4_days() {
    let r = run(Regime::PerNumber, Tier::T1K, &[100, 200, 200, 300], &[]);
    assert_eq!(r.rows.iter().map(|d| d.unique_7d).collect::<Vec<_>>(), [100, 300, 500, 800]);
    assert_eq!(limits(&r), [Some(1_000), Some(1_000), Some(1_000), Some(10_000)]);
    let c = &r.rows[3].changes[0];
    assert_eq!((c.day, c.hour, c.triggered_day), (4, 0, 3));
}

#[test]
fn e9_flagged_100k_drops_to_10k() {
    let low = [Quality::Low; 7];
    let r = run(Regime::PerNumber, Tier::T100K, &[10; 9], &low);
    // Low for 7 days (days 1–7) → at day 8 00:00 the limit is 10K.
    assert_eq!(r.rows[6].limit_at_start, Some(100_000));
    assert_eq!(r.rows[7].limit_at_start, Some(10_000));
    let c = &r.rows[7].changes[0];
    assert_eq!((c.from, c.to, c.day, c.hour, &c.cause), (Tier::T100K, Tier::T10K, 8, 0, &ChangeCause::Flagged7Days));
    // Six Low days are not enough; per-portfolio never downgrades.
    let r = run(Regime::PerNumber, Tier::T100K, &[10; 9], &low[..6]);
    assert!(r.rows.iter().all(|d| d.limit_at_start == Some(100_000)));
    let r = run(Regime::PerPortfolio, Tier::T100K, &[10; 9], &low);
    assert!(r.rows.iter().all(|d| d.limit_at_start == Some(100_000)));
}

#[test]
fn e10_100k_to_unlimited_needs_50000_in_7_days() {
    let r = run(Regime::PerNumber, Tier::T100K, &[49_999, 0, 0, 0, 0, 0, 0, 0], &[]);
    assert!(r.rows.iter().all(|d| d.limit_at_start == Some(100_000)) && r.pending.is_none());
    let r = run(Regime::PerNumber, Tier::T100K, &[10_000, 10_000, 10_000, 10_000, 9_999, 1, 0], &[]);
    assert_eq!(r.rows[6].limit_at_start, None, "50,000 across 7 days → unlimited 24 h after the 50,000th");
    let r = run(Regime::PerNumber, Tier::T100K, &[25_000, 0, 0, 0, 0, 0, 0, 25_000, 0], &[]);
    assert!(r.rows.iter().all(|d| d.limit_at_start.is_some()), "outside 7 days does not add up");
}

#[test]
fn e10_1k_to_unlimited_in_4_days() {
    let s = plan(Tier::T1K, Tier::Unlimited, Regime::PerNumber, true).unwrap();
    let last = s.reached.last().unwrap();
    assert_eq!((last.tier, last.day), (Tier::Unlimited, 4));
    assert_eq!(s.days.iter().map(|d| d.new_unique_users).collect::<Vec<_>>(), [500, 4_500, 45_000, 0]);
    let r = run(Regime::PerNumber, Tier::T1K, &[500, 4_500, 45_000, 0], &[]);
    assert_eq!(limits(&r), [Some(1_000), Some(10_000), Some(100_000), None]);
}

#[test]
fn plan_1k_to_10k_in_2_days() {
    let s = plan(Tier::T1K, Tier::T10K, Regime::PerNumber, false).unwrap();
    assert_eq!(s.days[0].new_unique_users, 500);
    assert_eq!(s.reached, [TierReached { tier: Tier::T10K, day: 2, hour: 0 }]);
    assert_eq!(s.total_new_users, 500);
}

#[test]
fn plan_per_portfolio_and_errors() {
    let s = plan(Tier::T2K, Tier::Unlimited, Regime::PerPortfolio, true).unwrap();
    let r: Vec<_> = s.reached.iter().map(|r| (r.tier, r.day, r.hour)).collect();
    assert_eq!(r, [(Tier::T10K, 1, 6), (Tier::T100K, 2, 6), (Tier::Unlimited, 3, 6)]);
    let s = plan(Tier::T250, Tier::T2K, Regime::PerPortfolio, false).unwrap();
    assert_eq!(s.reached[0], TierReached { tier: Tier::T2K, day: 8, hour: 6 }); // 8 × 250 = 2,000 in 30 days
    let s = plan(Tier::T250, Tier::T1K, Regime::PerNumber, false).unwrap();
    assert_eq!((s.reached[0].day, s.total_new_users), (5, 1_000));
    assert!(matches!(plan(Tier::T10K, Tier::T1K, Regime::PerNumber, true), Err(PlanError::NotAbove { .. })));
    assert!(matches!(plan(Tier::T1K, Tier::T2K, Regime::PerNumber, true), Err(PlanError::Tier(_))));
}

#[test]
fn blocked_when_limit_reached_in_simulation() {
    let r = run(Regime::PerNumber, Tier::T1K, &[1_500], &[]);
    assert_eq!((r.rows[0].attempted, r.rows[0].delivered, r.rows[0].blocked), (1_500, 1_000, 500));
    assert!(r.pending.is_some());
}

#[test]
fn verified_portfolio_starts_at_2000_and_scales_in_6_hours() {
    let r = run(Regime::PerPortfolio, Tier::T250, &[1_000, 0], &[]);
    assert_eq!(r.rows[0].limit_at_start, Some(2_000));
    let hours: Vec<_> = r.rows[0].changes.iter().map(|c| (c.to, c.hour)).collect();
    assert_eq!(hours, [(Tier::T2K, 0), (Tier::T10K, 6)]);
    let bad = SimConfig { start_tier: Tier::T1K, regime: Regime::PerPortfolio, days: 1, verified: false, plan: vec![] };
    assert!(simulate(&bad).unwrap_err().to_string().contains("per-portfolio"));
}

#[test]
fn e13_webhook_capacity() {
    let t = throughput(ThroughputLevel::High, false, 0.3).unwrap();
    assert_eq!(t.messages_per_second, 1_000);
    assert_eq!((t.status_webhooks_per_second, t.incoming_webhooks_per_second.round()), (3_000.0, 300.0));
    assert!(t.requirements_for_high.is_empty());
    let t = throughput(ThroughputLevel::Standard, false, 0.0).unwrap();
    assert_eq!((t.messages_per_second, t.requirements_for_high.len()), (80, 4));
    assert_eq!(throughput(ThroughputLevel::High, true, 0.5).unwrap().messages_per_second, 20);
    assert!(throughput(ThroughputLevel::High, false, 1.5).is_err());
    assert!(throughput(ThroughputLevel::High, false, f64::NAN).is_err());
}

#[test]
fn parse_plan_ok_and_errors() {
    let p = parse_plan("day,new_unique_users,quality\n1,500\n# c\n\n2, 500 ,LOW\n3,0,yellow\n").unwrap();
    assert_eq!(p.len(), 3);
    assert_eq!((p[1].new_unique_users, p[1].quality, p[2].quality), (500, Quality::Low, Quality::Medium));
    let e = |s: &str| parse_plan(s).unwrap_err();
    let x = e("1,10\n,20\n");
    assert_eq!((x.line, x.field), (2, "day"));
    assert!(x.to_string().contains("missing day"));
    let x = e("1,10\n3,20\n");
    assert_eq!((x.line, x.field), (2, "day"));
    assert!(x.message.contains("day 2 is missing"));
    let x = e("1,10\n2,-5\n");
    assert_eq!((x.line, x.field), (2, "new_unique_users"));
    assert!(x.message.contains("negative"));
    let x = e("1,10,purple\n");
    assert_eq!((x.line, x.field), (1, "quality"));
    let x = e("1,10\n2,1\n1,3\n");
    assert!(x.message.contains("out of order") && x.line == 3);
    assert_eq!(e("0,1\n").field, "day");
    assert_eq!(e("1\n").field, "new_unique_users");
    assert_eq!(e("1,2,high,x\n").field, "line");
    assert_eq!(e("x,2\n").field, "day");
    assert_eq!(e("1,99999999999999999999999\n").field, "new_unique_users");
    assert!(parse_plan("").unwrap().is_empty());
}

#[test]
fn no_panic_on_extremes() {
    let r = run(Regime::PerNumber, Tier::T250, &[u64::MAX, u64::MAX], &[Quality::Medium]);
    assert_eq!(r.rows[0].delivered, 250);
    let r = run(Regime::PerNumber, Tier::Unlimited, &[u64::MAX; 9], &[]);
    assert_eq!(r.rows[8].unique_7d, u64::MAX);
    let cfg = SimConfig {
        start_tier: Tier::T250,
        regime: Regime::PerPortfolio,
        days: u32::MAX,
        verified: false,
        plan: vec![],
    };
    assert_eq!(simulate(&cfg).unwrap().rows.len(), simulate::MAX_SIM_DAYS as usize);
    let d = |day| DayPlan { day, new_unique_users: 1, quality: Quality::High };
    let cfg = SimConfig {
        start_tier: Tier::T250,
        regime: Regime::PerNumber,
        days: 3,
        verified: false,
        plan: vec![d(1), d(1)],
    };
    assert!(simulate(&cfg).is_err());
    let cfg = SimConfig { plan: vec![d(0)], ..cfg };
    assert!(simulate(&cfg).is_err());
}
