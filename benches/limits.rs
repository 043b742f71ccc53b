//! Checker throughput on 200k synthetic in-memory events, plus a many-users case (1M events,
//! ~490k distinct users over 60 days) that stresses the rolling unique-user sets.
//! Run: `cargo bench --bench limits` (release profile).
use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use waba::sim::events::{Category, Dir, Event, Kind};
use waba::sim::limits::{CheckConfig, Checker, Regime, Tier};

const N: usize = 200_000;

/// Deterministic log: 3 numbers, 60k users, ~20 % inbound, one event every 400 ms (≈ 22 h of traffic).
fn events(start: &str) -> Vec<Event> {
    let t0: jiff::Timestamp = start.parse().unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..N)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let user = 5_511_900_000_000 + x % 60_000;
            let dir = if x % 5 == 0 { Dir::In } else { Dir::Out };
            let kind = if dir == Dir::Out { Kind::Template(Category::Marketing) } else { Kind::Other };
            Event {
                line: i as u64 + 1,
                ts: t0 + jiff::SignedDuration::from_millis(i as i64 * 400),
                dir,
                user,
                kind,
                entry_point: None,
                phone_number_id: Some(100 + (x >> 20) % 3),
                delivered: (x >> 8) % 50 != 0,
                id: None,
            }
        })
        .collect()
}

const N_MANY: usize = 1_000_000;

/// Deterministic log: 3 numbers, ~490k distinct users (drawn from 600k), ~20 % inbound, one event every
/// 5.184 s (60 days), every outbound a delivered template.
fn many_users_events(start: &str) -> Vec<Event> {
    let t0: jiff::Timestamp = start.parse().unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let step_ms = 60 * 86_400_000 / N_MANY as i64;
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..N_MANY)
        .map(|i| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let user = 5_511_900_000_000 + x % 600_000;
            let dir = if (x >> 32) % 5 == 0 { Dir::In } else { Dir::Out };
            let kind = if dir == Dir::Out { Kind::Template(Category::Marketing) } else { Kind::Other };
            Event {
                line: i as u64 + 1,
                ts: t0 + jiff::SignedDuration::from_millis(i as i64 * step_ms),
                dir,
                user,
                kind,
                entry_point: None,
                phone_number_id: Some(100 + (x >> 20) % 3),
                delivered: true,
                id: None,
            }
        })
        .collect()
}

fn run(evs: &[Event], start_tier: Tier, regime: Option<Regime>) -> u64 {
    let cfg = CheckConfig { start_tier, regime, ..CheckConfig::default() };
    let Ok(mut c) = Checker::new(cfg) else { return 0 };
    for e in evs {
        if c.push(e).is_err() {
            return 0;
        }
    }
    let r = c.finish();
    r.counted + r.blocked_total
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("checker");
    g.throughput(Throughput::Elements(N as u64));
    let portfolio = events("2025-11-01T00:00:00Z");
    g.bench_function("per_portfolio_10k_200k_events", |b| b.iter(|| run(black_box(&portfolio), Tier::T10K, None)));
    let crossing = events("2025-10-06T12:00:00Z");
    g.bench_function("per_number_crossing_cutover_200k_events", |b| {
        b.iter(|| run(black_box(&crossing), Tier::T10K, None))
    });
    g.bench_function("per_portfolio_250_blocking_200k_events", |b| {
        b.iter(|| run(black_box(&portfolio), Tier::T250, Some(Regime::PerPortfolio)))
    });
    g.finish();
    let mut g = c.benchmark_group("checker_many_users");
    g.throughput(Throughput::Elements(N_MANY as u64));
    g.sample_size(10);
    let many = many_users_events("2025-11-01T00:00:00Z");
    g.bench_function("per_portfolio_unlimited_490k_users_60d_1m_events", |b| {
        b.iter(|| run(black_box(&many), Tier::Unlimited, None))
    });
    g.bench_function("per_portfolio_250_unverified_490k_users_60d_1m_events", |b| {
        b.iter(|| run(black_box(&many), Tier::T250, None))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
