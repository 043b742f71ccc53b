//! Shared server state: the world behind a mutex, the expected token, the
//! optional state file and the request counter (which also seeds trace ids).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::SandboxIdentity;
use super::error::GraphError;
use super::store;
use super::world::World;

/// Cheaply clonable handle on the sandbox state (give it to [`super::router`]).
#[derive(Clone)]
pub struct SharedState {
    inner: Arc<Inner>,
}

struct Inner {
    world: Mutex<World>,
    token: String,
    state_path: Option<PathBuf>,
    requests: AtomicU64,
    trace_seed: u64,
    /// Fixed "today" (days since epoch) for version resolution, for tests.
    today: Option<i64>,
    /// Clock override (ms since the epoch) for tests; `None` = system time.
    clock_ms: Mutex<Option<i64>>,
    /// How long a new or edited template stays PENDING before review.
    review_delay: Duration,
}

impl SharedState {
    /// State over `world`; mutations are written to `state_path` when given.
    pub fn new(world: World, token: impl Into<String>, state_path: Option<PathBuf>) -> Self {
        SharedState {
            inner: Arc::new(Inner {
                world: Mutex::new(world),
                token: token.into(),
                state_path,
                requests: AtomicU64::new(0),
                trace_seed: rand::random(),
                today: None,
                clock_ms: Mutex::new(None),
                review_delay: super::DEFAULT_REVIEW_DELAY,
            }),
        }
    }

    /// In-memory state over the seeded world (nothing is ever written).
    pub fn seeded(token: impl Into<String>) -> Self {
        Self::new(World::seed(), token, None)
    }

    /// Pins the date used to decide which API versions have expired
    /// (days since 1970-01-01 UTC). Must be called before sharing the state.
    pub fn with_today(mut self, days_since_epoch: i64) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.today = Some(days_since_epoch);
        }
        self
    }

    /// Sets how long templates stay PENDING before the review decides
    /// (default [`super::DEFAULT_REVIEW_DELAY`]). Must be called before sharing the state.
    pub fn with_review_delay(mut self, delay: Duration) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.review_delay = delay;
        }
        self
    }

    /// Pins (`Some`) or releases (`None`) the sandbox clock, in milliseconds
    /// since the epoch; used by time-based rules (template review, edit and
    /// creation limits). Takes effect immediately, also on a shared state.
    pub fn set_clock_ms(&self, now_ms: Option<i64>) {
        *self.inner.clock_ms.lock().unwrap_or_else(|p| p.into_inner()) = now_ms;
    }

    /// Milliseconds since the epoch (the pinned clock, else system time).
    pub(crate) fn now_ms(&self) -> i64 {
        let pinned = *self.inner.clock_ms.lock().unwrap_or_else(|p| p.into_inner());
        pinned.unwrap_or_else(|| {
            SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        })
    }

    /// The template review delay, in milliseconds.
    pub(crate) fn review_delay_ms(&self) -> i64 {
        i64::try_from(self.inner.review_delay.as_millis()).unwrap_or(i64::MAX)
    }

    /// Ids of the world as it is now.
    pub fn identity(&self) -> SandboxIdentity {
        self.lock().identity()
    }

    /// A copy of the current world.
    pub fn snapshot(&self) -> World {
        self.lock().clone()
    }

    /// Number of requests handled so far.
    pub fn request_count(&self) -> u64 {
        self.inner.requests.load(Ordering::Relaxed)
    }

    pub(crate) fn token(&self) -> &str {
        &self.inner.token
    }

    pub(crate) fn today(&self) -> i64 {
        self.inner.today.unwrap_or_else(super::version::today)
    }

    /// Runs a read-only closure over the world.
    pub(crate) fn read<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        f(&self.lock())
    }

    /// Applies `f` to a copy of the world, persists the copy (when a state
    /// file is configured) and only then makes it current.
    pub(crate) fn mutate<R>(&self, f: impl FnOnce(&mut World) -> Result<R, GraphError>) -> Result<R, GraphError> {
        let mut guard = self.lock();
        let mut next = guard.clone();
        let out = f(&mut next)?;
        if let Some(path) = &self.inner.state_path {
            store::save(path, &next).map_err(|e| {
                tracing::warn!(error = %e, "sandbox: could not persist state");
                GraphError::internal(e.to_string())
            })?;
        }
        *guard = next;
        Ok(out)
    }

    /// Counts a request and returns its trace id: 23 characters that look
    /// random but are unique and sequenced within the process.
    pub(crate) fn next_trace_id(&self) -> String {
        let n = self.inner.requests.fetch_add(1, Ordering::Relaxed);
        let a = splitmix64(self.inner.trace_seed.wrapping_add(n));
        let b = splitmix64(a ^ n.rotate_left(32));
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&a.to_be_bytes());
        bytes[8..].copy_from_slice(&b.to_be_bytes());
        let mut id = String::with_capacity(23);
        id.push('A');
        id.push_str(&URL_SAFE_NO_PAD.encode(bytes));
        id
    }

    fn lock(&self) -> MutexGuard<'_, World> {
        self.inner.world.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
