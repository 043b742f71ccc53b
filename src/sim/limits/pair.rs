//! Pair rate limit: messages from one business number to one user (platform rules §7.2, E12).
//!
//! Modelled as a token bucket of [`PAIR_BURST`] tokens refilling one token every [`PAIR_INTERVAL_MS`]
//! (implemented as GCRA: a "theoretical arrival time" per pair). The capacity is the documented burst
//! ("up to 45 messages in a 6-second burst") and the refill the documented sustained rate (1 per 6 s);
//! a burst of n borrows n × 6 s of future quota, so a burst of 20 needs 120 s (Meta: "~2 minutes").
use serde::Serialize;

/// Largest burst to one user.
pub const PAIR_BURST: u32 = 45;
/// One message per this many milliseconds, sustained.
pub const PAIR_INTERVAL_MS: i64 = 6_000;
/// Width of the window used to label a violation as a burst.
pub const BURST_WINDOW_MS: i64 = 6_000;

/// How a pair-rate violation happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PairViolationKind {
    /// More than 45 messages to the user within 6 seconds.
    Burst,
    /// The bucket ran dry at a sustained rate above one message per 6 seconds.
    Sustained,
}

/// Seconds to wait after a burst of `n` messages before the pair is back within its sustained rate.
pub fn recovery_after_burst_secs(n: u32) -> u64 {
    u64::from(n) * (PAIR_INTERVAL_MS as u64 / 1000)
}

/// State of one (number, user) pair.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PairBucket {
    /// Theoretical arrival time (ms): when the bucket is full again.
    tat: i64,
    /// Start of the current fixed 6-second burst window and messages in it.
    win_start: i64,
    win_count: u32,
}

impl PairBucket {
    pub(crate) fn new(now: i64) -> Self {
        PairBucket { tat: now, win_start: now, win_count: 0 }
    }

    /// A message at `now`; `Err(kind)` when it breaks the pair rate (no token is consumed then).
    pub(crate) fn send(&mut self, now: i64) -> Result<(), PairViolationKind> {
        if now - self.win_start >= BURST_WINDOW_MS || now < self.win_start {
            self.win_start = now;
            self.win_count = 0;
        }
        self.win_count = self.win_count.saturating_add(1);
        let tat = self.tat.max(now);
        if tat - now > (i64::from(PAIR_BURST) - 1) * PAIR_INTERVAL_MS {
            return Err(if self.win_count > PAIR_BURST {
                PairViolationKind::Burst
            } else {
                PairViolationKind::Sustained
            });
        }
        self.tat = tat + PAIR_INTERVAL_MS;
        Ok(())
    }

    /// Whether the bucket is full at `now` (the pair can be forgotten).
    pub(crate) fn idle(&self, now: i64) -> bool {
        self.tat <= now && now - self.win_start >= BURST_WINDOW_MS
    }

    /// Milliseconds of borrowed quota at `now`.
    pub(crate) fn debt_ms(&self, now: i64) -> i64 {
        (self.tat - now).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e12_burst_of_20_needs_two_minutes() {
        assert_eq!(recovery_after_burst_secs(20), 120);
        let mut b = PairBucket::new(0);
        for i in 0..20 {
            assert!(b.send(i * 10).is_ok());
        }
        // 20 messages borrowed 120 s; debt measured from the first message.
        assert_eq!(b.debt_ms(0), 120_000);
        assert!(!b.idle(119_999));
        assert!(b.idle(120_000));
    }

    #[test]
    fn e12_45_in_burst_then_46th_fails() {
        let mut b = PairBucket::new(0);
        for _ in 0..45 {
            assert!(b.send(1_000).is_ok());
        }
        assert_eq!(b.send(1_000), Err(PairViolationKind::Burst));
    }

    #[test]
    fn sustained_rate_allows_600_per_hour() {
        let mut b = PairBucket::new(0);
        for i in 0..600 {
            assert!(b.send(i * PAIR_INTERVAL_MS).is_ok(), "message {i}");
        }
        // Faster than 1/6 s forever: after the 45-message allowance is used, violations are sustained.
        let mut b = PairBucket::new(0);
        let mut first_err = None;
        for i in 0..200 {
            if let Err(k) = b.send(i * 3_000) {
                first_err = Some((i, k));
                break;
            }
        }
        let (i, k) = first_err.unwrap();
        assert_eq!(k, PairViolationKind::Sustained);
        assert!(i > 45, "{i}");
    }
}
