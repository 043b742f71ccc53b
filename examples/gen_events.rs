//! Seeded, reproducible synthetic event-log generator.
//!
//! `cargo run --release --example gen_events -- COUNT SEED [jsonl|csv] [USERS] [START_DATE] [SPAN_DAYS]`
//! Defaults: seed 1, jsonl, 100000 users, start 2026-09-20, span 30 days (crosses 2026-10-01).
//! Time-ordered; inbound messages (some from ads/Page CTAs), replies, templates of each category,
//! several markets and phone numbers, a few undelivered messages.

use std::io::{self, BufWriter, Write};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// (calling-code prefix, subscriber digits)
const MARKETS: [(u64, u32); 10] =
    [(91, 10), (55, 11), (62, 11), (1415, 7), (52, 10), (44, 10), (49, 11), (234, 10), (48, 9), (1809, 7)];

fn user_number(u: u64) -> u64 {
    let (prefix, digits) = MARKETS[(u % MARKETS.len() as u64) as usize];
    let m = 10u64.pow(digits);
    prefix * m + (u.wrapping_mul(2_654_435_761) % m).max(m / 10)
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    let count: u64 = arg(0).and_then(|s| s.parse().ok()).unwrap_or(1_000);
    let seed: u64 = arg(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let csv = arg(2) == Some("csv");
    let users: u64 = arg(3).and_then(|s| s.parse().ok()).unwrap_or(100_000).max(1);
    let start: jiff::civil::Date = arg(4).and_then(|s| s.parse().ok()).unwrap_or(jiff::civil::date(2026, 9, 20));
    let span_days: i64 = arg(5).and_then(|s| s.parse().ok()).unwrap_or(30);
    let t0 = start.to_zoned_datetime(jiff::tz::TimeZone::UTC).map_err(io::Error::other)?.timestamp().as_second();
    let span = span_days * 86_400;
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let out = io::stdout();
    let mut w = BufWriter::with_capacity(1 << 16, out.lock());
    if csv {
        writeln!(w, "ts,dir,user,type,category,entry_point,phone_number_id,delivered,id")?;
    }
    for i in 0..count {
        let secs = t0 + (i128::from(i) * i128::from(span) / i128::from(count.max(1))) as i64;
        let ts = jiff::Timestamp::from_second(secs).map_err(io::Error::other)?;
        let user = user_number(rng.below(users));
        let pnid = 100_000_000_000_001 + rng.below(3);
        let roll = rng.below(100);
        let (dir, kind, cat, entry) = match roll {
            0..=17 => ("in", "text", "", ""),
            18..=19 => ("in", "text", "", if roll == 18 { "ctwa_ad" } else { "page_cta" }),
            20..=34 => ("out", "text", "", ""),
            35..=64 => ("out", "template", "marketing", ""),
            65..=86 => ("out", "template", "utility", ""),
            _ => ("out", "template", "authentication", ""),
        };
        let delivered = dir == "in" || rng.below(100) >= 3;
        if csv {
            writeln!(w, "{ts},{dir},+{user},{kind},{cat},{entry},{pnid},{delivered},m{i}")?;
        } else {
            write!(w, "{{\"ts\":\"{ts}\",\"dir\":\"{dir}\",\"user\":\"+{user}\",\"type\":\"{kind}\"")?;
            if !cat.is_empty() {
                write!(w, ",\"category\":\"{cat}\"")?;
            }
            if !entry.is_empty() {
                write!(w, ",\"entry_point\":\"{entry}\"")?;
            }
            if !delivered {
                write!(w, ",\"delivered\":false")?;
            }
            writeln!(w, ",\"phone_number_id\":\"{pnid}\",\"id\":\"m{i}\"}}")?;
        }
    }
    w.flush()
}
