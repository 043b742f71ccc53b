//! Read+price throughput from in-memory JSONL and CSV logs (criterion).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;
use std::io::Cursor;
use std::sync::Arc;
use waba::sim::events::{Event, Format, LogError, read_events, read_events_threaded};
use waba::sim::pricing::{Pricer, PricingConfig};

const N: u64 = 200_000;

/// A deterministic log (same shape as `examples/gen_events.rs`, simplified).
fn log(csv: bool) -> String {
    let mut s = String::with_capacity(N as usize * 150);
    if csv {
        s.push_str("ts,dir,user,type,category,entry_point,phone_number_id,delivered,id\n");
    }
    let t0 = jiff::Timestamp::from_second(1_790_000_000).unwrap_or(jiff::Timestamp::UNIX_EPOCH).as_second();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let prefixes = [919_000_000_000u64, 5_511_900_000_000, 14_155_000_000, 447_700_000_000, 4_915_100_000_000];
    for i in 0..N {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let ts = jiff::Timestamp::from_second(t0 + (i as i64) * 10).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let user = prefixes[(x % 5) as usize] + (x >> 8) % 50_000;
        let (dir, kind, cat) = match (x >> 32) % 10 {
            0 | 1 => ("in", "text", ""),
            2 => ("out", "text", ""),
            3..=5 => ("out", "template", "marketing"),
            6..=8 => ("out", "template", "utility"),
            _ => ("out", "template", "authentication"),
        };
        if csv {
            let _ = writeln!(s, "{ts},{dir},+{user},{kind},{cat},,1234,true,m{i}");
        } else if cat.is_empty() {
            let _ = writeln!(
                s,
                r#"{{"ts":"{ts}","dir":"{dir}","user":"+{user}","type":"{kind}","phone_number_id":"1234","id":"m{i}"}}"#
            );
        } else {
            let _ = writeln!(
                s,
                r#"{{"ts":"{ts}","dir":"{dir}","user":"+{user}","type":"{kind}","category":"{cat}","phone_number_id":"1234","id":"m{i}"}}"#
            );
        }
    }
    s
}

fn run(data: &str, format: Format) -> u64 {
    price(read_events(data.as_bytes(), format))
}

/// Parse-ahead thread + cache warm-up per 64-event chunk (the fastest path).
fn run_threaded(data: &Arc<[u8]>, format: Format) -> u64 {
    let mut it = read_events_threaded(Cursor::new(Arc::clone(data)), format);
    let mut p = Pricer::new(PricingConfig::default());
    let mut n = 0;
    while let Some(batch) = it.next_batch() {
        for chunk in batch.chunks(64) {
            p.warm(chunk.iter().filter_map(|e| e.as_ref().ok()).map(|e| e.user));
            for ev in chunk.iter().flatten() {
                if p.push(ev).is_ok() {
                    n += 1;
                }
            }
        }
    }
    std::hint::black_box(p.finish());
    n
}

fn price(events: impl Iterator<Item = Result<Event, LogError>>) -> u64 {
    let mut p = Pricer::new(PricingConfig::default());
    let mut n = 0;
    for ev in events.flatten() {
        if p.push(&ev).is_ok() {
            n += 1;
        }
    }
    n
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("read_and_price");
    g.throughput(Throughput::Elements(N));
    g.sample_size(10);
    for (name, csv, fmt) in [("jsonl", false, Format::Jsonl), ("csv", true, Format::Csv)] {
        let data = log(csv);
        assert_eq!(run(&data, fmt), N);
        g.bench_function(name, |b| b.iter(|| run(&data, fmt)));
        let shared: Arc<[u8]> = Arc::from(data.into_bytes());
        assert_eq!(run_threaded(&shared, fmt), N);
        g.bench_function(format!("{name}_threaded"), |b| b.iter(|| run_threaded(&shared, fmt)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
