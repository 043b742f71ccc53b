//! The customer-service window (CSW): 24 hours from the user's last message, reset by each new one.

use crate::sim::fasthash::IntMap;
use jiff::{SignedDuration, Timestamp};

/// Length of a customer-service window.
pub const SERVICE_WINDOW: SignedDuration = SignedDuration::from_hours(24);

/// The last inbound message per user; memory is bounded by [`ServiceWindows::prune_before`].
#[derive(Default, Debug, Clone)]
pub struct ServiceWindows {
    last_inbound: IntMap<u64, Timestamp>,
}

impl ServiceWindows {
    /// No windows open.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a user message at `ts`: opens or resets that user's window.
    pub fn record_inbound(&mut self, user: u64, ts: Timestamp) {
        let e = self.last_inbound.entry(user).or_insert(ts);
        if ts > *e {
            *e = ts;
        }
    }

    /// Whether the user's window is open at `at` (`at < last_inbound + 24h`, and not before it).
    pub fn is_open(&self, user: u64, at: Timestamp) -> bool {
        self.last_inbound.get(&user).is_some_and(|&t| t <= at && at < window_end(t))
    }

    /// Drops windows that closed at or before `at`.
    pub fn prune_before(&mut self, at: Timestamp) {
        self.last_inbound.retain(|_, t| window_end(*t) > at);
    }

    /// Number of users tracked.
    pub fn len(&self) -> usize {
        self.last_inbound.len()
    }

    /// Whether no user is tracked.
    pub fn is_empty(&self) -> bool {
        self.last_inbound.is_empty()
    }
}

/// `t + 24h`, saturating at the maximum timestamp.
pub fn window_end(t: Timestamp) -> Timestamp {
    t.checked_add(SERVICE_WINDOW).unwrap_or(Timestamp::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn window_opens_for_24h_and_resets_on_second_message() {
        let mut w = ServiceWindows::new();
        w.record_inbound(1, ts("2025-07-01T00:00:00Z"));
        assert!(w.is_open(1, ts("2025-07-01T23:59:59Z")));
        assert!(!w.is_open(1, ts("2025-07-02T00:00:00Z")));
        w.record_inbound(1, ts("2025-07-01T20:00:00Z"));
        assert!(w.is_open(1, ts("2025-07-02T19:59:59Z")));
        assert!(!w.is_open(1, ts("2025-07-02T20:00:00Z")));
        assert!(!w.is_open(2, ts("2025-07-01T20:00:00Z")));
        w.prune_before(ts("2025-07-02T20:00:00Z"));
        assert!(w.is_empty());
    }
}
