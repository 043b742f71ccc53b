//! The sandbox delivers webhooks, as Meta does: statuses of every accepted
//! message, inbound messages, template, number and account events.
//!
//! * [`scan`] turns new message rows (past a cursor in `meta`) and world
//!   changes ([`diff`]) into items of the [`outbox`] (a table of the world
//!   database), each with its due time;
//! * the sender posts due items to the target decided at delivery time
//!   ([`send::target`]), signed `X-Hub-Signature-256` with the app secret,
//!   at most [`DeliveryOptions::concurrency`] at once, retrying failures with
//!   exponential backoff, then giving up;
//! * [`verify`] is Meta's verification request before a callback override is stored.
//!
//! Delivery is at least once (an item in flight when the server stops is sent
//! again, with the same ids) and unordered, like Meta's.

mod diff;
pub mod outbox;
mod run;
mod scan;
pub mod send;
pub(crate) mod verify;
pub mod watchers;

use std::path::Path;
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::SandboxError;
use super::error::GraphError;
use super::state::SharedState;

/// How often the deliverer scans and sends.
const TICK: Duration = Duration::from_millis(100);
const SECRET_KEY: &str = "app_secret";
/// How long stopping waits for the posts in flight (the rest are sent again on the next start).
const STOP_GRACE: Duration = Duration::from_secs(2);

/// How the sandbox delivers webhooks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryOptions {
    /// The app's callback URL (`sandbox serve --webhook-url`), used when no override applies.
    pub webhook_url: Option<String>,
    /// The first retry's delay, doubling after each failure.
    pub retry_base: Duration,
    /// Attempts in all before giving up.
    pub attempts: u32,
    /// POSTs in flight at most.
    pub concurrency: usize,
    /// How long a receiver has to answer one POST.
    pub timeout: Duration,
}

/// The default first retry delay (a compressed schedule: Meta's is minutes to hours).
pub const DEFAULT_RETRY_BASE: Duration = Duration::from_secs(1);
/// The default number of attempts.
pub const DEFAULT_ATTEMPTS: u32 = 8;

impl Default for DeliveryOptions {
    fn default() -> Self {
        DeliveryOptions {
            webhook_url: None,
            retry_base: DEFAULT_RETRY_BASE,
            attempts: DEFAULT_ATTEMPTS,
            concurrency: 16,
            timeout: Duration::from_secs(10),
        }
    }
}

/// The app secret of a sandbox started with `opts` on `state`, and its deliverer (when
/// `opts.webhooks` asks for one).
pub(crate) async fn start_for(
    state: &SharedState,
    opts: &super::SandboxOptions,
) -> Result<(AppSecret, Option<Deliverer>), SandboxError> {
    let db_err = |what: &str, e: GraphError| SandboxError::Db {
        path: opts.state_path.clone().unwrap_or_default(),
        detail: format!("{what}: {}", e.message),
    };
    let secret = app_secret(state, opts.app_secret.clone()).map_err(|e| db_err("cannot read the app secret", e))?;
    let deliverer = match &opts.webhooks {
        Some(w) => Some(
            Deliverer::start(state.clone(), secret.clone(), w.clone(), opts.status_delay)
                .await
                .map_err(|e| db_err("cannot start webhook delivery", e))?,
        ),
        None => None,
    };
    Ok((AppSecret(secret), deliverer))
}

/// The app secret deliveries are signed with: `given`, else the one stored in the world
/// database (generated on first use, so it survives restarts).
pub(crate) fn app_secret(state: &SharedState, given: Option<String>) -> Result<String, GraphError> {
    if let Some(s) = given.filter(|s| !s.is_empty()) {
        return Ok(s);
    }
    state.tables(|conn| {
        if let Some(s) = super::store::schema::meta(conn, SECRET_KEY)?.filter(|s| !s.is_empty()) {
            return Ok(s);
        }
        let fresh: String =
            (0..32).map(|_| char::from(b"0123456789abcdef"[usize::from(rand::random::<u8>() & 15)])).collect();
        super::store::schema::set_meta(conn, SECRET_KEY, &fresh)?;
        Ok(fresh)
    })
}

/// The app secret stored in the world database at `db` (by a `sandbox serve` that was not
/// given one), for receivers that check the sandbox's signatures.
pub fn stored_app_secret(db: &Path) -> Result<Option<String>, SandboxError> {
    let conn = super::store::connect(db)?;
    let db_err = |e: rusqlite::Error| SandboxError::Db { path: db.to_path_buf(), detail: e.to_string() };
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", [], |r| r.get(0))
        .map_err(db_err)?;
    if tables == 0 {
        return Ok(None);
    }
    Ok(super::store::schema::meta(&conn, SECRET_KEY).map_err(db_err)?.filter(|s| !s.is_empty()))
}

/// Deliveries of the database at `db` by state (for `waba sandbox status`).
pub fn summary(db: &Path) -> Result<outbox::Summary, SandboxError> {
    let conn = super::store::connect(db)?;
    outbox::summary(&conn).map_err(|e| SandboxError::Db { path: db.to_path_buf(), detail: e.to_string() })
}

/// An app secret, kept out of `Debug` output.
#[derive(Clone)]
pub struct AppSecret(pub(crate) String);

impl std::fmt::Debug for AppSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AppSecret(<redacted>)")
    }
}

/// The running deliverer.
#[derive(Debug)]
pub(crate) struct Deliverer {
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl Deliverer {
    /// Starts delivering from `state`, statuses `status_delay` apart: loads the cursor and
    /// the world as last seen (so that every later change is reported), then runs in a task.
    pub(crate) async fn start(
        state: SharedState,
        secret: String,
        opts: DeliveryOptions,
        status_delay: Duration,
    ) -> Result<Self, GraphError> {
        let (tx, rx) = oneshot::channel();
        let delay_ms = i64::try_from(status_delay.as_millis()).unwrap_or(i64::MAX);
        let st = state.clone();
        let scanner = tokio::task::spawn_blocking(move || scan::Scanner::open(&st, delay_ms))
            .await
            .map_err(|e| GraphError::internal(format!("webhook delivery: {e}")))??;
        let task = tokio::spawn(run::run(state, secret, opts, scanner, rx));
        Ok(Deliverer { stop: Some(tx), task })
    }

    /// Stops it (posts in flight are abandoned: they are sent again on the next start).
    pub(crate) async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Deliverer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
