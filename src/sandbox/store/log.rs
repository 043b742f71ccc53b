//! The request log: one row per request the sandbox served (time, method,
//! path without the query, status, Graph error code, trace id, duration, and
//! the serving process), written in batches by a writer thread fed through a
//! channel, and pruned to the newest [`LIMIT`] rows.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

/// How many rows the request log keeps (the oldest are pruned).
pub const LIMIT: i64 = 100_000;
/// Most rows written in one transaction.
const BATCH: usize = 4_096;
/// Rows written between two prunings.
const PRUNE_EVERY: usize = 1_000;

/// One served request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Milliseconds since the epoch when the request arrived.
    pub at_ms: i64,
    pub method: String,
    /// The path only: queries may carry an access token and are never logged.
    pub path: String,
    pub status: u16,
    /// Graph's error code, for an error response.
    pub error_code: Option<i64>,
    pub fbtrace_id: String,
    pub duration_us: u64,
    /// The serving process.
    pub pid: u32,
}

/// Inserts `entries` in one transaction (the caller's `conn` must not be in one)
/// and then, when `keep` is given, prunes the log to the newest `keep` rows.
pub fn insert_batch(conn: &mut Connection, entries: &[Entry], keep: Option<i64>) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO request_log (at_ms, method, path, status, error_code, fbtrace_id, duration_us, pid)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for e in entries {
            stmt.execute(rusqlite::params![
                e.at_ms,
                e.method,
                e.path,
                e.status,
                e.error_code,
                e.fbtrace_id,
                i64::try_from(e.duration_us).unwrap_or(i64::MAX),
                e.pid,
            ])?;
        }
    }
    if let Some(keep) = keep {
        tx.execute("DELETE FROM request_log WHERE id <= (SELECT max(id) FROM request_log) - ?1", [keep])?;
    }
    tx.commit()
}

enum Msg {
    Entry(Entry),
    Flush(Sender<()>),
}

/// The sending side of the writer thread; dropping the last one ends the thread
/// after it has written what it received.
#[derive(Debug)]
pub(crate) struct Writer {
    tx: Sender<Msg>,
}

impl Writer {
    /// Starts the writer thread on its own connection to `path`.
    pub(crate) fn start(path: &Path) -> Writer {
        let (tx, rx) = channel();
        let path = path.to_path_buf();
        let spawned = std::thread::Builder::new().name("sandbox-request-log".into()).spawn(move || run(&path, &rx));
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "sandbox: cannot start the request log writer");
        }
        Writer { tx }
    }

    /// Queues one entry (never blocks).
    pub(crate) fn log(&self, entry: Entry) {
        let _ = self.tx.send(Msg::Entry(entry));
    }

    /// Waits (at most `timeout`) until everything queued so far is written.
    pub(crate) fn flush(&self, timeout: Duration) {
        let (ack, done) = channel();
        if self.tx.send(Msg::Flush(ack)).is_ok() {
            let _ = done.recv_timeout(timeout);
        }
    }
}

fn run(path: &Path, rx: &Receiver<Msg>) {
    let mut conn = match super::connect(path) {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::warn!(error = %e, "sandbox: the request log is not written");
            None
        }
    };
    let mut since_prune = 0;
    let mut batch = Vec::with_capacity(BATCH);
    let mut acks = Vec::new();
    while let Ok(first) = rx.recv() {
        let mut next = Some(first);
        while let Some(msg) = next.take() {
            match msg {
                Msg::Entry(e) => batch.push(e),
                Msg::Flush(ack) => acks.push(ack),
            }
            if batch.len() < BATCH {
                next = rx.try_recv().ok();
            }
        }
        if let Some(conn) = conn.as_mut().filter(|_| !batch.is_empty()) {
            since_prune += batch.len();
            let prune = since_prune >= PRUNE_EVERY;
            match insert_batch(conn, &batch, prune.then_some(LIMIT)) {
                Ok(()) if prune => since_prune = 0,
                Ok(()) => {}
                Err(e) => tracing::warn!(error = %e, rows = batch.len(), "sandbox: cannot write the request log"),
            }
        }
        batch.clear();
        for ack in acks.drain(..) {
            let _ = ack.send(());
        }
    }
}
