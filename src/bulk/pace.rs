//! Pacing: a GCRA limiter (governor) at the job's rate, halved on each throttling answer
//! (130429 and the other throttling codes) and recovered additively — a tenth of the target
//! rate per second without throttling — back to the target. And the pair rate: a recipient
//! who gets several messages of the job gets them at most one per 6 seconds.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock, Reference};
use governor::middleware::NoOpMiddleware;
use governor::state::{InMemoryState, NotKeyed};
use governor::{Quota, RateLimiter};

use crate::sim::limits::pair::PAIR_INTERVAL_MS;

type Limiter<C> = RateLimiter<NotKeyed, InMemoryState, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// The lowest rate back-off goes to, in messages per second.
pub const MIN_RATE: f64 = 1.0;

/// The job's pace.
pub struct Pace<C: Clock = DefaultClock> {
    target: f64,
    current: f64,
    clock: C,
    limiter: Limiter<C>,
    /// When the rate last changed (or recovery last stepped).
    changed: C::Instant,
    throttled: u64,
}

/// The quota for `rate` messages per second: cells `1/rate` apart, a burst of a fiftieth of a
/// second's worth (at least 2) so that a timer waking late does not lose capacity: GCRA then
/// keeps the theoretical schedule instead of restarting it from each late arrival.
fn quota(rate: f64) -> Quota {
    let period = Duration::from_secs_f64(1.0 / rate.max(MIN_RATE));
    let burst = NonZeroU32::new(((rate / 50.0) as u32).max(2)).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(period).unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN)).allow_burst(burst)
}

impl Pace<DefaultClock> {
    /// A pace of `rate` messages per second on the real clock.
    pub fn new(rate: f64) -> Self {
        Self::with_clock(rate, DefaultClock::default())
    }

    /// Wait until the next message may go.
    pub async fn ready(&mut self) {
        loop {
            match self.try_acquire() {
                Ok(()) => return,
                Err(wait) => tokio::time::sleep(wait).await,
            }
        }
    }
}

impl<C: Clock + Clone> Pace<C> {
    /// A pace on `clock` (a `FakeRelativeClock` in tests).
    pub fn with_clock(rate: f64, clock: C) -> Self {
        let rate = rate.max(MIN_RATE);
        let limiter = RateLimiter::direct_with_clock(quota(rate), clock.clone());
        let changed = clock.now();
        Self { target: rate, current: rate, clock, limiter, changed, throttled: 0 }
    }

    /// The rate in force.
    pub fn rate(&self) -> f64 {
        self.current
    }

    /// Throttling answers seen.
    pub fn throttled_count(&self) -> u64 {
        self.throttled
    }

    fn set(&mut self, rate: f64) {
        self.current = rate.clamp(MIN_RATE, self.target);
        self.limiter = RateLimiter::direct_with_clock(quota(self.current), self.clock.clone());
        self.changed = self.clock.now();
    }

    /// Meta throttled a send: halve the rate.
    pub fn throttled(&mut self) {
        self.throttled += 1;
        let half = self.current / 2.0;
        self.set(half);
    }

    /// Take one cell, or the time to wait for it; recovers the rate first.
    pub fn try_acquire(&mut self) -> Result<(), Duration> {
        if self.current < self.target {
            let since: Duration = self.clock.now().duration_since(self.changed).into();
            if since >= Duration::from_secs(1) {
                let step = self.target / 10.0 * since.as_secs_f64().floor();
                let next = self.current + step.max(MIN_RATE);
                self.set(next);
            }
        }
        self.limiter.check().map_err(|not_until| not_until.wait_time_from(self.clock.now()))
    }
}

/// The pair rate: when each recipient may next get a message of this job. Only kept when
/// duplicates are allowed (otherwise every recipient gets one message).
#[derive(Debug, Default)]
pub struct Pairs {
    next: HashMap<u64, std::time::Instant>,
}

impl Pairs {
    /// When a message to `wa_id` may go (`now` or later), and book it.
    pub fn book(&mut self, wa_id: &str, now: std::time::Instant) -> std::time::Instant {
        let Ok(key) = wa_id.parse::<u64>() else { return now };
        let interval = Duration::from_millis(PAIR_INTERVAL_MS as u64);
        let at = self.next.get(&key).map_or(now, |t| (*t).max(now));
        self.next.insert(key, at + interval);
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use governor::clock::FakeRelativeClock;

    /// Messages let through in `secs` seconds of fake time, stepping 1 ms.
    fn sent_in(pace: &mut Pace<FakeRelativeClock>, clock: &FakeRelativeClock, secs: u64) -> u64 {
        let mut n = 0;
        for _ in 0..secs * 1000 {
            while pace.try_acquire().is_ok() {
                n += 1;
            }
            clock.advance(Duration::from_millis(1));
        }
        n
    }

    #[test]
    fn paces_at_the_rate() {
        for rate in [80u64, 1000] {
            let clock = FakeRelativeClock::default();
            let mut pace = Pace::with_clock(rate as f64, clock.clone());
            let n = sent_in(&mut pace, &clock, 30);
            let want = rate * 30;
            assert!(n.abs_diff(want) * 100 <= want, "{rate}/s: {n} in 30 s, want {want} ±1%");
        }
    }

    #[test]
    fn throttling_halves_then_recovers() {
        let clock = FakeRelativeClock::default();
        let mut pace = Pace::with_clock(1000.0, clock.clone());
        pace.throttled();
        assert_eq!(pace.rate(), 500.0);
        pace.throttled();
        assert_eq!(pace.rate(), 250.0);
        let n = sent_in(&mut pace, &clock, 1);
        assert!(n <= 260, "at most a quarter of the rate in the first second: {n}");
        // Recovery: +100/s each second without throttling, back to 1000 and no further.
        sent_in(&mut pace, &clock, 10);
        assert_eq!(pace.rate(), 1000.0);
        for _ in 0..20 {
            pace.throttled();
        }
        assert_eq!(pace.rate(), MIN_RATE, "never below the floor");
        assert_eq!(pace.throttled_count(), 22);
    }

    #[test]
    fn pairs_space_a_recipients_messages() {
        let mut pairs = Pairs::default();
        let t0 = std::time::Instant::now();
        assert_eq!(pairs.book("16505551234", t0), t0);
        assert_eq!(pairs.book("16505551234", t0), t0 + Duration::from_secs(6));
        assert_eq!(pairs.book("447700900123", t0), t0);
    }
}
