//! Streams a log file through the reader and the pricer and prints the summary as JSON.
//!
//! `cargo run --release --example price_log -- FILE [jsonl|csv] [TIME_ZONE]`
//! Timing and throughput go to stderr. `PRICE_LOG_WARM=0` disables the cache warm-up hint. `PRICE_LOG_PARSE_ONLY=1` measures reading alone. `PRICE_LOG_THREADS=0` disables the parse-ahead thread.

use std::io::{self, Write};
use std::time::Instant;
use waba::sim::events::{Event, Format, LogError, read_events, read_events_threaded};
use waba::sim::pricing::{Pricer, PricingConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: price_log FILE [jsonl|csv] [TIME_ZONE]")?;
    let format = if args.get(1).map(String::as_str) == Some("csv") { Format::Csv } else { Format::Jsonl };
    let mut cfg = PricingConfig::default();
    if let Some(tz) = args.get(2) {
        cfg = cfg.with_time_zone(tz)?;
    }
    let start = Instant::now();
    let file = std::fs::File::open(path)?;
    let mut pricer = Pricer::new(cfg);
    let mut n: u64 = 0;
    let mut peak_users = 0;
    let threaded = std::env::var("PRICE_LOG_THREADS").map_or(true, |v| v != "0");
    let parse_only = std::env::var("PRICE_LOG_PARSE_ONLY").is_ok_and(|v| v == "1");
    let warm = std::env::var("PRICE_LOG_WARM").map_or(true, |v| v != "0");
    let mut push_all = |batch: Vec<Result<Event, LogError>>| -> Result<(), Box<dyn std::error::Error>> {
        for chunk in batch.chunks(64) {
            if warm && !parse_only {
                pricer.warm(chunk.iter().filter_map(|e| e.as_ref().ok()).map(|e| e.user));
            }
            for ev in chunk {
                let ev = ev.as_ref().map_err(Clone::clone)?;
                if !parse_only {
                    pricer.push(ev)?;
                }
                n += 1;
                if n % (1 << 16) == 0 {
                    peak_users = peak_users.max(pricer.tracked_users());
                }
            }
        }
        Ok(())
    };
    if threaded {
        let mut it = read_events_threaded(file, format);
        while let Some(batch) = it.next_batch() {
            push_all(batch)?;
        }
    } else {
        let mut it = read_events(file, format);
        loop {
            let batch: Vec<_> = it.by_ref().take(2048).collect();
            if batch.is_empty() {
                break;
            }
            push_all(batch)?;
        }
    }
    let summary = pricer.finish();
    let secs = start.elapsed().as_secs_f64();
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &summary)?;
    writeln!(out)?;
    writeln!(
        io::stderr(),
        "{n} events in {secs:.2} s = {:.0} events/s; peak tracked users {peak_users}",
        n as f64 / secs
    )?;
    Ok(())
}
