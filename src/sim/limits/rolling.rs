//! Exact moving-window counts of unique users, with memory bounded by the users inside the horizon.
//!
//! A scope keeps one map `user → Last` (the user's last counted time in each horizon) and one
//! [`Window`] per horizon. Events arrive in time order, so new users are appended to a FIFO in
//! non-decreasing time and expiry looks at its front; one hash lookup per count instead of one per
//! horizon.
use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// Multiplicative hasher for `u64` keys (phone numbers are not attacker-chosen hash-flooding input here,
/// and the std SipHash costs a large share of the per-event budget).
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// `HashMap` keyed by ids with [`IdHasher`].
pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

/// A phone-number id as a map key hashed as whole words (a derived `Option` hash feeds the discriminant
/// byte by byte through [`IdHasher::write`]). Only for maps whose iteration order is never observable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumKey(pub Option<u64>);

impl Hash for NumKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        match self.0 {
            Some(n) => {
                h.write_u64(1);
                h.write_u64(n);
            }
            None => h.write_u64(0),
        }
    }
}

/// A (number, user) pair as a map key hashed as whole words, like [`NumKey`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PairKey(pub Option<u64>, pub u64);

impl Hash for PairKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_u64(self.1);
        NumKey(self.0).hash(h);
    }
}

/// Number of horizons a scope tracks (24 hours, 7 days, 30 days).
pub(crate) const SLOTS: usize = 3;
/// Marks a horizon the user is not inside (no real event time is `i64::MIN` milliseconds).
pub(crate) const OUT: i64 = i64::MIN;
/// Last counted time of one user in each horizon ([`OUT`] when not inside).
pub(crate) type Last = [i64; SLOTS];

/// Users seen within the last `horizon` milliseconds; a user counted at `t` is inside at `now` iff
/// `now - t < horizon`. The user's time lives in slot `slot` (1 or 2) of the scope's [`Last`] map.
///
/// Exactly one queued entry per user inside. Counts arrive in non-decreasing time, so a new user is
/// appended to a FIFO. Refreshing a user only moves its time in the map; when its old entry reaches
/// the front and the user is still inside, it is re-queued at its current time in a small heap (the
/// only entries that are not in time order). Memory is bounded by the users inside the horizon.
#[derive(Debug, Clone)]
pub(crate) struct Window {
    slot: usize,
    horizon: i64,
    len: usize,
    fifo: VecDeque<(i64, u64)>,
    requeued: BinaryHeap<Reverse<(i64, u64)>>,
}

impl Window {
    pub(crate) fn new(slot: usize, horizon_ms: i64) -> Self {
        Window { slot, horizon: horizon_ms, len: 0, fifo: VecDeque::new(), requeued: BinaryHeap::new() }
    }

    /// Users inside.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Count `user` (whose times are `last`) at `now`; with `refresh` a user already inside moves to `now`.
    /// Returns true if new.
    pub(crate) fn touch(&mut self, last: &mut Last, user: u64, now: i64, refresh: bool) -> bool {
        let t = &mut last[self.slot];
        if *t == OUT {
            *t = now;
            self.len += 1;
            match self.fifo.back() {
                // Only when merging scopes out of time order: keep the FIFO sorted.
                Some(&(back, _)) if back > now => self.requeued.push(Reverse((now, user))),
                _ => self.fifo.push_back((now, user)),
            }
            true
        } else {
            if refresh && now > *t {
                *t = now;
            }
            false
        }
    }

    /// Drop users whose last count is `horizon` or more before `now`; a user outside every horizon leaves
    /// the map (its slot-0 time is at most its slot-1 time, so it is outside 24 hours too).
    pub(crate) fn expire(&mut self, now: i64, users: &mut IdMap<u64, Last>) {
        let cut = now.saturating_sub(self.horizon);
        while let Some(&(t, u)) = self.fifo.front() {
            if t > cut {
                break;
            }
            self.fifo.pop_front();
            self.settle(u, cut, users);
        }
        while let Some(&Reverse((t, u))) = self.requeued.peek() {
            if t > cut {
                break;
            }
            self.requeued.pop();
            self.settle(u, cut, users);
        }
    }

    /// The entry of `u` left the queue: re-queue it if the user was refreshed past `cut`, else drop it.
    fn settle(&mut self, u: u64, cut: i64, users: &mut IdMap<u64, Last>) {
        if let Entry::Occupied(mut o) = users.entry(u) {
            let last = o.get_mut();
            let lt = last[self.slot];
            if lt > cut {
                self.requeued.push(Reverse((lt, u)));
            } else if lt != OUT {
                last[self.slot] = OUT;
                self.len -= 1;
                if last[1..].iter().all(|&x| x == OUT) && last[0] <= cut {
                    o.remove();
                }
            }
        }
    }

    /// Earliest `now` at which [`expire`](Self::expire) can drop something (`i64::MAX` if empty).
    pub(crate) fn next_expiry(&self) -> i64 {
        let f = self.fifo.front().map_or(i64::MAX, |&(t, _)| t);
        let h = self.requeued.peek().map_or(i64::MAX, |&Reverse((t, _))| t);
        f.min(h).saturating_add(self.horizon)
    }

    /// Queued entries.
    #[cfg(test)]
    pub(crate) fn queued(&self) -> usize {
        self.fifo.len() + self.requeued.len()
    }
}

/// The 24-hour horizon (slot 0), counted without touching the user map on expiry: a user is inside iff
/// its slot-0 time is after the cut, so expiry only has to keep the count right. Every count (new user
/// or refresh) appends its time to a FIFO; a refresh also records the superseded time as stale. Leaving
/// users at `now` = FIFO times up to the cut minus stale times up to the cut. The queues hold one entry
/// per counted delivery inside the last 24 hours (bounded by that day's traffic, not by the log).
///
/// Relies on the 7-day slot always holding a time at least the 24-hour one, so a user only leaves the
/// map (via the 7-day window) once outside 24 hours as well.
#[derive(Debug, Clone)]
pub(crate) struct DayWindow {
    horizon: i64,
    len: usize,
    fifo: VecDeque<i64>,
    stale: BinaryHeap<Reverse<i64>>,
}

impl DayWindow {
    pub(crate) fn new(horizon_ms: i64) -> Self {
        DayWindow { horizon: horizon_ms, len: 0, fifo: VecDeque::new(), stale: BinaryHeap::new() }
    }

    /// Users inside.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Whether slot-0 time `t` is inside at `now` (after [`expire`](Self::expire) to `now`).
    pub(crate) fn inside(&self, t: i64, now: i64) -> bool {
        t != OUT && t > now.saturating_sub(self.horizon)
    }

    /// Count a user (whose times are `last`) at `now`; with `refresh` a user already inside moves to
    /// `now`. The window must be expired to `now`. Returns true if new.
    pub(crate) fn touch(&mut self, last: &mut Last, now: i64, refresh: bool) -> bool {
        let inside = self.inside(last[0], now);
        let t = &mut last[0];
        if !inside {
            *t = now;
            self.len += 1;
            self.enqueue(now);
            true
        } else {
            if refresh && now > *t {
                self.stale.push(Reverse(*t));
                *t = now;
                self.enqueue(now);
            }
            false
        }
    }

    fn enqueue(&mut self, t: i64) {
        match self.fifo.back() {
            // Only when merging scopes out of time order: keep the FIFO sorted.
            Some(&back) if back > t => {
                let i = self.fifo.partition_point(|&x| x <= t);
                self.fifo.insert(i, t);
            }
            _ => self.fifo.push_back(t),
        }
    }

    /// Drop users whose last count is `horizon` or more before `now`.
    pub(crate) fn expire(&mut self, now: i64) {
        let cut = now.saturating_sub(self.horizon);
        let mut left = 0usize;
        while self.fifo.front().is_some_and(|&t| t <= cut) {
            self.fifo.pop_front();
            left += 1;
        }
        while self.stale.peek().is_some_and(|&Reverse(t)| t <= cut) {
            self.stale.pop();
            left = left.saturating_sub(1);
        }
        self.len = self.len.saturating_sub(left);
    }

    /// Earliest `now` at which [`expire`](Self::expire) can drop something (`i64::MAX` if empty).
    pub(crate) fn next_expiry(&self) -> i64 {
        self.fifo.front().map_or(i64::MAX, |&t| t.saturating_add(self.horizon))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct One {
        users: IdMap<u64, Last>,
        w: Window,
    }

    impl One {
        fn insert(&mut self, user: u64, now: i64, refresh: bool) -> bool {
            let last = self.users.entry(user).or_insert([OUT; SLOTS]);
            self.w.touch(last, user, now, refresh)
        }
        fn contains(&self, user: u64) -> bool {
            self.users.get(&user).is_some_and(|l| l[0] != OUT)
        }
    }

    #[test]
    fn counts_once_and_expires() {
        let mut s = One { users: IdMap::default(), w: Window::new(0, 100) };
        assert!(s.insert(1, 0, false));
        assert!(!s.insert(1, 50, false));
        assert!(s.insert(2, 60, true));
        s.w.expire(99, &mut s.users);
        assert_eq!(s.w.len(), 2);
        s.w.expire(100, &mut s.users);
        assert_eq!(s.w.len(), 1);
        assert!(!s.contains(1) && s.contains(2));
        assert_eq!(s.users.len(), 1);
    }

    #[test]
    fn refresh_keeps_user_and_bounds_heap() {
        let mut s = One { users: IdMap::default(), w: Window::new(0, 100) };
        for t in 0..10_000 {
            s.insert(7, t, true);
            s.w.expire(t, &mut s.users);
        }
        assert_eq!(s.w.len(), 1);
        assert!(s.w.queued() <= 1);
        for t in 0..5_000 {
            s.insert(8 + t as u64 % 3, 10_000 + t, true);
        }
        assert_eq!(s.w.queued(), 4);
        s.w.expire(10_000 + 4_997 + 99, &mut s.users);
        assert_eq!(s.w.len(), 3);
        s.w.expire(10_000 + 4_999 + 100, &mut s.users);
        assert_eq!(s.w.len(), 0);
        assert_eq!(s.w.queued(), 0);
        assert!(s.users.is_empty());
    }

    #[test]
    fn out_of_order_merge_stays_sorted() {
        let mut s = One { users: IdMap::default(), w: Window::new(0, 100) };
        s.insert(1, 50, true);
        s.insert(2, 10, true);
        s.insert(1, 30, true);
        s.w.expire(110, &mut s.users);
        assert!(!s.contains(2) && s.contains(1));
        s.w.expire(150, &mut s.users);
        assert_eq!(s.w.len(), 0);
    }
}
