//! The request log: one row per request the sandbox served (time, method,
//! path without the query, status, Graph error code, trace id, duration, and
//! the serving process), written in batches by the writer thread
//! ([`super::writer`]), and pruned to the newest [`LIMIT`] rows.

use rusqlite::{Connection, TransactionBehavior};

/// How many rows the request log keeps (the oldest are pruned).
pub const LIMIT: i64 = 100_000;

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
    insert_rows(&tx, entries)?;
    if let Some(keep) = keep {
        prune(&tx, keep)?;
    }
    tx.commit()
}

/// Inserts `entries` inside the caller's transaction.
pub(crate) fn insert_rows(conn: &Connection, entries: &[Entry]) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
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
    Ok(())
}

/// Deletes all but the newest `keep` rows (inside the caller's transaction).
pub(crate) fn prune(conn: &Connection, keep: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM request_log WHERE id <= (SELECT max(id) FROM request_log) - ?1")?
        .execute([keep])?;
    Ok(())
}
