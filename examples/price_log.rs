//! Streams a log file through the reader and the pricer and prints the summary as JSON.
//!
//! `cargo run --release --example price_log -- FILE [jsonl|csv] [TIME_ZONE]`
//! Timing and throughput go to stderr.

use std::io::{self, Write};
use std::time::Instant;
use waba::sim::events::{Format, read_events};
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
    for ev in read_events(file, format) {
        pricer.push(&ev?)?;
        n += 1;
        if n % (1 << 20) == 0 {
            peak_users = peak_users.max(pricer.tracked_users());
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
