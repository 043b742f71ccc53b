//! Shared server state: the world (in memory, or in the world database), the
//! expected token, the request log writer and the request counter (which also
//! seeds trace ids).

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::error::GraphError;
use super::store::writer::Writer;
use super::store::{Db, log};
use super::templates::store::NewTemplate;
use super::world::World;
use super::{SandboxError, SandboxIdentity};

mod jobs;

/// Cheaply clonable handle on the sandbox state (give it to [`super::router`]).
#[derive(Clone)]
pub struct SharedState {
    inner: Arc<Inner>,
}

/// Where the world lives (one per state, inside its `Arc`: the size does not matter).
#[allow(clippy::large_enum_variant)]
enum Backing {
    /// In memory only (unit tests, `SharedState::seeded`).
    Memory(Mutex<World>),
    /// In the world database, shared with other processes.
    Db(Mutex<Db>),
}

impl std::fmt::Debug for SharedState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let backing = match self.inner.world {
            Backing::Memory(_) => "memory",
            Backing::Db(_) => "database",
        };
        f.debug_struct("SharedState").field("world", &backing).finish_non_exhaustive()
    }
}

struct Inner {
    world: Backing,
    token: String,
    /// Writes message rows and the request log in group commits (database only).
    writer: Option<Writer>,
    /// This process (the request log names it).
    pid: u32,
    requests: AtomicU64,
    trace_seed: u64,
    /// Fixed "today" (days since epoch) for version resolution, for tests.
    today: Option<i64>,
    /// Clock override (ms since the epoch) for tests; `None` = system time.
    clock_ms: Mutex<Option<i64>>,
    /// How long a new or edited template stays PENDING before review.
    review_delay: Duration,
    /// Message rows of an in-memory state (a database state keeps them in its database).
    memory_messages: Option<Mutex<rusqlite::Connection>>,
    /// Message statuses' schedule and throughput buckets.
    messaging: super::messages::Messaging,
    /// Tables outside the world for an in-memory state (a private in-memory database).
    memory_tables: std::sync::OnceLock<Mutex<rusqlite::Connection>>,
    /// Who is told of verification codes as they are issued (`sandbox serve` prints them).
    code_sink: Mutex<Option<super::lifecycle::CodeSink>>,
}

impl SharedState {
    /// In-memory state over `world` (nothing is ever written).
    pub fn new(world: World, token: impl Into<String>) -> Self {
        Self::build(Backing::Memory(Mutex::new(world)), token.into(), None)
    }

    /// State over the world database at `path` (created from the seed when new),
    /// with the request log written to it.
    pub fn open(path: &Path, token: impl Into<String>) -> Result<Self, SandboxError> {
        let (db, _) = Db::open(path, None)?;
        Ok(Self::on(db, token))
    }

    /// State over an opened world database, with the request log written to it.
    pub(crate) fn on(db: Db, token: impl Into<String>) -> Self {
        let writer = Writer::start(db.path());
        Self::build(Backing::Db(Mutex::new(db)), token.into(), Some(writer))
    }

    fn build(world: Backing, token: String, writer: Option<Writer>) -> Self {
        let memory = matches!(world, Backing::Memory(_));
        SharedState {
            inner: Arc::new(Inner {
                world,
                token,
                writer,
                pid: std::process::id(),
                requests: AtomicU64::new(0),
                trace_seed: rand::random(),
                today: None,
                clock_ms: Mutex::new(None),
                review_delay: super::DEFAULT_REVIEW_DELAY,
                memory_messages: memory
                    .then(|| Mutex::new(super::store::messages::memory().expect("in-memory SQLite"))),
                messaging: super::messages::Messaging::default(),
                memory_tables: std::sync::OnceLock::new(),
                code_sink: Mutex::new(None),
            }),
        }
    }

    /// In-memory state over the seeded world (nothing is ever written).
    pub fn seeded(token: impl Into<String>) -> Self {
        Self::new(World::seed(), token)
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

    /// Sets the messaging options (status schedule, throughput). Must be called before sharing the state.
    pub fn with_messaging(mut self, messaging: super::messages::Messaging) -> Self {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.messaging = messaging;
        }
        self
    }

    /// Tells `sink` of every verification code issued from now on (takes effect on a shared state).
    pub fn on_codes(&self, sink: super::lifecycle::CodeSink) {
        *lock(&self.inner.code_sink) = Some(sink);
    }

    /// Passes an issued code to the sink, if any (never logged otherwise).
    pub(crate) fn announce_code(&self, notice: &super::lifecycle::CodeNotice) {
        let sink = lock(&self.inner.code_sink).clone();
        if let Some(sink) = sink {
            sink(notice);
        }
    }

    pub(crate) fn messaging(&self) -> &super::messages::Messaging {
        &self.inner.messaging
    }

    /// Runs `f` on the connection holding the message rows.
    pub(crate) fn with_messages<R>(
        &self,
        f: impl FnOnce(&mut rusqlite::Connection) -> rusqlite::Result<R>,
    ) -> Result<R, GraphError> {
        let out = match (&self.inner.world, &self.inner.memory_messages) {
            (_, Some(conn)) => f(&mut lock(conn)),
            (Backing::Db(db), None) => f(lock(db).conn_mut()),
            (Backing::Memory(_), None) => return Err(GraphError::internal("no message store")),
        };
        out.map_err(|e| {
            tracing::warn!(error = %e, "sandbox: message store error");
            GraphError::internal(format!("sandbox database: {e}"))
        })
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
        self.read(World::identity)
    }

    /// A copy of the current world.
    pub fn snapshot(&self) -> World {
        self.read(World::clone)
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

    /// Runs a read-only closure over the latest committed world (of any process).
    pub(crate) fn read<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        match &self.inner.world {
            Backing::Memory(world) => f(&lock(world)),
            Backing::Db(db) => {
                let mut db = lock(db);
                if let Err(e) = db.world() {
                    tracing::warn!(error = %e, "sandbox: cannot reload the world; serving the last one read");
                }
                f(db.cached())
            }
        }
    }

    /// Runs a read-only closure over the world as this process last saw it, without asking the
    /// database whether another process wrote since: for the rest of a request whose routing
    /// just read the latest world.
    pub(crate) fn read_seen<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        match &self.inner.world {
            Backing::Memory(world) => f(&lock(world)),
            Backing::Db(db) => f(lock(db).cached()),
        }
    }

    /// Applies `f` to a copy of the latest world and makes it current (in the
    /// database: one transaction) only when `f` succeeds: all or nothing.
    pub(crate) fn mutate<R>(&self, f: impl FnOnce(&mut World) -> Result<R, GraphError>) -> Result<R, GraphError> {
        match &self.inner.world {
            Backing::Memory(world) => {
                let mut guard = lock(world);
                let mut next = guard.clone();
                let out = f(&mut next)?;
                *guard = next;
                Ok(out)
            }
            Backing::Db(db) => lock(db).mutate(f),
        }
    }

    /// Runs `f` on the database connection, for the tables outside the world (`media`); an
    /// in-memory state uses a private in-memory database with the same schema.
    pub(crate) fn tables<R>(
        &self,
        f: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<R>,
    ) -> Result<R, GraphError> {
        let internal = |e: rusqlite::Error| GraphError::internal(format!("sandbox database: {e}"));
        match &self.inner.world {
            Backing::Db(db) => f(lock(db).conn()).map_err(internal),
            Backing::Memory(_) => {
                let conn = self.inner.memory_tables.get_or_init(|| {
                    let mut conn = rusqlite::Connection::open_in_memory().expect("an in-memory SQLite database");
                    if let Ok(tx) = conn.transaction() {
                        let _ = super::store::schema::migrate(&tx).and_then(|_| tx.commit());
                    }
                    Mutex::new(conn)
                });
                f(&lock(conn)).map_err(internal)
            }
        }
    }

    /// Records a served request in the request log (database only; never blocks).
    /// `path` must not include the query (it may carry a token).
    pub(crate) fn log_served(
        &self,
        method: &axum::http::Method,
        path: &str,
        status: u16,
        error_code: Option<i64>,
        fbtrace_id: String,
        started: std::time::Instant,
    ) {
        let Some(writer) = &self.inner.writer else { return };
        let elapsed = started.elapsed();
        let at = SystemTime::now().checked_sub(elapsed).unwrap_or_else(SystemTime::now);
        writer.log(log::Entry {
            at_ms: at.duration_since(UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
            method: method.as_str().to_owned(),
            path: path.to_owned(),
            status,
            error_code,
            fbtrace_id,
            duration_us: u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
            pid: self.inner.pid,
        });
    }

    /// Creates a UTILITY template named `name` on the first WABA at the sandbox
    /// clock, as `POST /{waba-id}/message_templates` does once the request is
    /// validated (one mutation; for benchmarks). Returns its id or the error message.
    #[doc(hidden)]
    pub fn create_template(&self, name: &str) -> Result<String, String> {
        let now = self.now_ms();
        let new = NewTemplate {
            name: name.to_owned(),
            language: "en_US".into(),
            category: "UTILITY".into(),
            parameter_format: "POSITIONAL".into(),
            components: serde_json::json!([{"type": "BODY", "text": "Hello {{1}}", "example": {"body_text": [["Ann"]]}}]),
        };
        self.mutate(|w| {
            let waba_id = w.wabas.first().map(|x| x.id.clone()).unwrap_or_default();
            let verified = w.business.verification_status.eq_ignore_ascii_case("verified");
            w.templates.create(&waba_id, verified, new, now).map(|t| t.id.clone())
        })
        .map_err(|e| e.message)
    }

    /// Waits (at most `timeout`) until the request log holds every request served so far.
    pub fn flush_request_log(&self, timeout: Duration) {
        if let Some(writer) = &self.inner.writer {
            writer.flush(timeout);
        }
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
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
