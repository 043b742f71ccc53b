//! The sandbox's world database (SQLite, WAL) on a temporary file:
//! * `request_log/batched`: rows per second for the request log, 10,000 rows
//!   per transaction (how the writer thread batches), pruning included;
//! * `request_log/one_per_transaction`: the same rows, one transaction each;
//! * `world/template_create/up_to_N_templates`: world mutations per second,
//!   each creating a template (one `BEGIN IMMEDIATE` transaction), in a world
//!   reset every N creations (the world is cloned and compared per mutation,
//!   so the cost grows with its size).
//!
//! Run: `cargo bench --bench sandbox_store` (release profile).
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use waba::sandbox::SharedState;
use waba::sandbox::store::log::{Entry, LIMIT, insert_batch};

const BATCH: usize = 10_000;

fn entries(n: usize, from: usize) -> Vec<Entry> {
    (from..from + n)
        .map(|i| Entry {
            at_ms: 1_767_225_600_000 + i as i64,
            method: if i % 3 == 0 { "POST".into() } else { "GET".into() },
            path: format!("/v24.0/1200000000000001/message_templates/{}", i % 97),
            status: if i % 10 == 0 { 400 } else { 200 },
            error_code: (i % 10 == 0).then_some(100),
            fbtrace_id: format!("A{i:022}"),
            duration_us: 120 + (i % 50) as u64,
            pid: 4242,
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("world.db");
    waba::sandbox::prepare(&path, None).expect("create the database");

    let mut group = c.benchmark_group("request_log");
    group.sample_size(20).measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(BATCH as u64));
    let mut conn = waba::sandbox::store::connect(&path).expect("connect");
    let mut n = 0;
    group.bench_function("batched", |b| {
        b.iter(|| {
            let rows = entries(BATCH, n);
            n += BATCH;
            insert_batch(&mut conn, &rows, Some(LIMIT)).expect("insert");
        })
    });
    let one = entries(1, 0);
    group.throughput(Throughput::Elements(1));
    group.bench_function("one_per_transaction", |b| {
        b.iter(|| insert_batch(&mut conn, &one, None).expect("insert"));
    });
    group.finish();

    let mut group = c.benchmark_group("world");
    group.sample_size(20).measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(1));
    let state = SharedState::open(&path, "sandbox-bench").expect("open");
    let mut clock = 1_767_225_600_000_i64;
    // The world is reset every `every` creations: it holds 5 to 5 + `every` templates.
    for every in [100_u64, 1_000] {
        let mut created = 0_u64;
        group.bench_function(format!("template_create/up_to_{every}_templates"), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    if created % every == 0 {
                        waba::sandbox::reset(&path, None).expect("reset");
                        // Reload outside the timing.
                        let _ = state.snapshot();
                    }
                    // 40 s apart: below the 100 creations per WABA per hour.
                    clock += 40_000;
                    state.set_clock_ms(Some(clock));
                    let t0 = Instant::now();
                    state.create_template(&format!("bench_{created}")).expect("create");
                    spent += t0.elapsed();
                    created += 1;
                }
                spent
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
