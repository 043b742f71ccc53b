//! Exact moving-window sets of unique users, with memory bounded by the users inside the horizon.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

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

/// Users seen within the last `horizon` milliseconds; a user counted at `t` is inside at `now` iff
/// `now - t < horizon`. One heap entry per user: a refreshed user is re-queued lazily when its old
/// entry reaches the front.
#[derive(Debug, Clone)]
pub(crate) struct RollingSet {
    horizon: i64,
    last: IdMap<u64, i64>,
    heap: BinaryHeap<Reverse<(i64, u64)>>,
}

impl RollingSet {
    pub(crate) fn new(horizon_ms: i64) -> Self {
        RollingSet { horizon: horizon_ms, last: IdMap::default(), heap: BinaryHeap::new() }
    }

    /// Drop users whose last count is `horizon` or more before `now`.
    pub(crate) fn expire(&mut self, now: i64) {
        let cut = now.saturating_sub(self.horizon);
        while let Some(&Reverse((t, u))) = self.heap.peek() {
            if t > cut {
                break;
            }
            self.heap.pop();
            match self.last.get(&u) {
                Some(&lt) if lt > cut => self.heap.push(Reverse((lt, u))),
                _ => {
                    self.last.remove(&u);
                }
            }
        }
    }

    /// Whether `user` is inside (call [`expire`](Self::expire) first).
    pub(crate) fn contains(&self, user: u64) -> bool {
        self.last.contains_key(&user)
    }

    /// Count `user` at `now`; with `refresh` a user already inside moves to `now`. Returns true if new.
    pub(crate) fn insert(&mut self, user: u64, now: i64, refresh: bool) -> bool {
        match self.last.get_mut(&user) {
            Some(t) => {
                if refresh && now > *t {
                    *t = now;
                }
                false
            }
            None => {
                self.last.insert(user, now);
                self.heap.push(Reverse((now, user)));
                true
            }
        }
    }

    /// Users inside.
    pub(crate) fn len(&self) -> usize {
        self.last.len()
    }

    /// Every (user, last count) pair.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u64, i64)> + '_ {
        self.last.iter().map(|(&u, &t)| (u, t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_once_and_expires() {
        let mut s = RollingSet::new(100);
        assert!(s.insert(1, 0, false));
        assert!(!s.insert(1, 50, false));
        assert!(s.insert(2, 60, true));
        s.expire(99);
        assert_eq!(s.len(), 2);
        s.expire(100);
        assert_eq!(s.len(), 1);
        assert!(!s.contains(1) && s.contains(2));
    }

    #[test]
    fn refresh_keeps_user_and_bounds_heap() {
        let mut s = RollingSet::new(100);
        for t in 0..1000 {
            s.insert(7, t, true);
            s.expire(t);
        }
        assert_eq!(s.len(), 1);
        assert!(s.heap.len() <= 1);
        s.expire(1098);
        assert_eq!(s.len(), 1);
        s.expire(1099);
        assert_eq!(s.len(), 0);
        assert_eq!(s.heap.len(), 0);
    }
}
