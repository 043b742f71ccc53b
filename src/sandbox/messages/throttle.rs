//! Throughput as Meta enforces it, per process (each serving process has its
//! own buckets; Meta's are global — good enough for a local emulator):
//! * per number a token bucket at its level (80 msg/s STANDARD, 1,000 msg/s
//!   HIGH; `governor`) → 130429; lifted by `--throughput unlimited`;
//! * per (number, user) the pair rate of [`crate::sim::limits`] (45 burst,
//!   one per 6 s) → 131056.
//!
//! The buckets run on the sandbox clock (pinned in tests), not on wall time.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use governor::clock::Clock;
use governor::nanos::Nanos;
use governor::{Quota, RateLimiter};

use super::errors::{pair_rate, throughput};
use crate::sandbox::error::GraphError;
use crate::sim::limits::pair::PairBucket;

/// A clock that reads the sandbox time last stored in it.
#[derive(Debug, Clone, Default)]
struct Given(Arc<AtomicU64>);

impl Clock for Given {
    type Instant = Nanos;
    fn now(&self) -> Nanos {
        Nanos::from(self.0.load(Ordering::Relaxed))
    }
}

type Bucket = RateLimiter<
    governor::state::NotKeyed,
    governor::state::InMemoryState,
    Given,
    governor::middleware::NoOpMiddleware<Nanos>,
>;

/// Messages a second at a throughput level.
pub fn level_mps(level: &str) -> u32 {
    if level.eq_ignore_ascii_case("HIGH") { 1_000 } else { 80 }
}

/// Buckets of one process.
#[derive(Default)]
pub struct Throttle {
    numbers: Mutex<HashMap<String, (Bucket, Given)>>,
    pairs: Mutex<HashMap<(String, String), PairBucket>>,
}

impl Throttle {
    /// Takes a token of `number` (at `level`) at `now_ms`, unless `unlimited`.
    pub fn number(&self, number: &str, level: &str, now_ms: i64, unlimited: bool) -> Result<(), GraphError> {
        if unlimited {
            return Ok(());
        }
        let mps = level_mps(level);
        let mut map = self.numbers.lock().unwrap_or_else(|p| p.into_inner());
        let (bucket, clock) = map.entry(number.to_owned()).or_insert_with(|| {
            let clock = Given::default();
            clock.0.store(nanos(now_ms), Ordering::Relaxed);
            let quota = Quota::per_second(NonZeroU32::new(mps).unwrap_or(NonZeroU32::MIN));
            (RateLimiter::direct_with_clock(quota, clock.clone()), clock)
        });
        clock.0.fetch_max(nanos(now_ms), Ordering::Relaxed);
        bucket.check().map_err(|_| throughput(level, mps))
    }

    /// The pair rate of (`number`, `user`) at `now_ms`.
    pub fn pair(&self, number: &str, user: &str, now_ms: i64) -> Result<(), GraphError> {
        let mut map = self.pairs.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            map.retain(|_, b| !b.idle(now_ms));
        }
        let b = map.entry((number.to_owned(), user.to_owned())).or_insert_with(|| PairBucket::new(now_ms));
        b.send(now_ms).map_err(|_| {
            pair_rate(
                b.debt_ms(now_ms)
                    - (i64::from(crate::sim::limits::pair::PAIR_BURST) - 1)
                        * crate::sim::limits::pair::PAIR_INTERVAL_MS,
            )
        })
    }
}

fn nanos(ms: i64) -> u64 {
    u64::try_from(ms).unwrap_or(0).saturating_mul(1_000_000)
}
