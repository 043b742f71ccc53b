//! The outbox: every webhook the sandbox owes a receiver, one row each, with
//! its due time and delivery state. A table of the world database (created on
//! first use, outside the versioned schema: nothing else reads it), so pending
//! deliveries survive a restart and `waba sandbox status` can count them.
//!
//! States: `pending` (not yet tried, maybe not yet due), `retrying` (failed,
//! due again later), `delivered`, `given_up` (every attempt failed), `dropped`
//! (no callback URL when it fell due; never retried).

use rusqlite::{Connection, OptionalExtension as _, params};
use serde::Serialize;

const DDL: &str = "
CREATE TABLE IF NOT EXISTS webhook_outbox (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    waba_id         TEXT NOT NULL,
    phone_number_id TEXT,
    field           TEXT NOT NULL,
    body            TEXT NOT NULL,
    due_ms          INTEGER NOT NULL,
    state           TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_http       INTEGER,
    target          TEXT,
    updated_ms      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS webhook_outbox_due ON webhook_outbox(state, due_ms);
";

/// Creates the table when missing.
pub fn ensure(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(DDL)
}

/// Forgets every delivery, owed or done (`sandbox reset`: they belong to the world it replaces).
pub fn clear(conn: &Connection) -> rusqlite::Result<()> {
    ensure(conn)?;
    conn.execute("DELETE FROM webhook_outbox", [])?;
    conn.execute("DELETE FROM meta WHERE key = ?1", [UNSENT_KEY]).map(drop)
}

/// Meta key counting the events dropped when scanned, for want of any receiver (they are not
/// stored; see `scan::Scanner::tick`).
pub const UNSENT_KEY: &str = "webhooks_unsent";

/// Adds `n` events to the dropped-when-scanned count.
pub fn count_unsent(conn: &Connection, n: u64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT)",
        params![UNSENT_KEY, n.to_string()],
    )
    .map(drop)
}

/// An event to deliver, as the scanner makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    /// Unique per event (`status:{wamid}:{status}`…): enqueuing it twice keeps one row.
    pub key: String,
    pub waba_id: String,
    pub phone_number_id: Option<String>,
    /// The change's `field`.
    pub field: String,
    /// The exact bytes to send (Meta's envelope, JSON).
    pub body: String,
    pub due_ms: i64,
}

/// A due item the sender posts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: i64,
    pub waba_id: String,
    pub phone_number_id: Option<String>,
    pub body: String,
    pub attempts: u32,
}

/// Inserts `items` (ignoring keys already there).
pub fn enqueue(conn: &Connection, items: &[NewItem], now_ms: i64) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO webhook_outbox (key, waba_id, phone_number_id, field, body, due_ms, state, updated_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)",
    )?;
    for i in items {
        stmt.execute(params![i.key, i.waba_id, i.phone_number_id, i.field, i.body, i.due_ms, now_ms])?;
    }
    Ok(())
}

/// At most `limit` items due by `now_ms`, oldest due first, skipping ids in `busy`.
pub fn due(conn: &Connection, now_ms: i64, limit: usize, busy: &[i64]) -> rusqlite::Result<Vec<Item>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, waba_id, phone_number_id, body, attempts FROM webhook_outbox
         WHERE state IN ('pending', 'retrying') AND due_ms <= ?1 ORDER BY due_ms, id LIMIT ?2",
    )?;
    let want = i64::try_from(limit + busy.len()).unwrap_or(i64::MAX);
    let rows = stmt.query_map(params![now_ms, want], |r| {
        Ok(Item { id: r.get(0)?, waba_id: r.get(1)?, phone_number_id: r.get(2)?, body: r.get(3)?, attempts: r.get(4)? })
    })?;
    let mut out = Vec::new();
    for item in rows {
        let item = item?;
        if !busy.contains(&item.id) && out.len() < limit {
            out.push(item);
        }
    }
    Ok(out)
}

/// What one attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The receiver answered 2xx.
    Delivered { target: String, http: u16 },
    /// It failed (`http` when it answered at all); retried at `retry_at_ms`, or given up when `None`.
    Failed { target: String, http: Option<u16>, error: String, retry_at_ms: Option<i64> },
    /// No callback URL.
    Dropped { reason: String },
}

/// Records the outcome of an attempt on item `id`.
pub fn record(conn: &Connection, id: i64, outcome: &Outcome, now_ms: i64) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "UPDATE webhook_outbox SET state = ?2, attempts = attempts + ?3, last_error = ?4, last_http = ?5,
           target = ?6, due_ms = coalesce(?7, due_ms), updated_ms = ?8 WHERE id = ?1",
    )?;
    match outcome {
        Outcome::Delivered { target, http } => {
            stmt.execute(params![id, "delivered", 1, None::<String>, http, target, None::<i64>, now_ms])?
        }
        Outcome::Failed { target, http, error, retry_at_ms } => {
            let state = if retry_at_ms.is_some() { "retrying" } else { "given_up" };
            stmt.execute(params![id, state, 1, error, http, target, retry_at_ms, now_ms])?
        }
        Outcome::Dropped { reason } => {
            stmt.execute(params![id, "dropped", 0, reason, None::<u16>, None::<String>, None::<i64>, now_ms])?
        }
    };
    Ok(())
}

/// Deliveries by state, for `waba sandbox status`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub delivered: u64,
    /// Not yet tried (including statuses not yet due).
    pub pending: u64,
    pub retrying: u64,
    pub given_up: u64,
    /// No receiver: no callback URL when due, or none (and no watcher) when scanned (not retried).
    pub dropped: u64,
    /// The newest failure of an item still retrying or given up: its HTTP code (if any) and error.
    pub last_error: Option<String>,
}

/// Counts the outbox of `conn` (zeros when the table does not exist yet).
pub fn summary(conn: &Connection) -> rusqlite::Result<Summary> {
    let exists: Option<String> = conn
        .query_row("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'webhook_outbox'", [], |r| r.get(0))
        .optional()?;
    let mut s = Summary::default();
    if exists.is_none() {
        return Ok(s);
    }
    let mut stmt = conn.prepare("SELECT state, count(*) FROM webhook_outbox GROUP BY state")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
        let (state, n) = row?;
        let n = u64::try_from(n).unwrap_or(0);
        match state.as_str() {
            "delivered" => s.delivered = n,
            "pending" => s.pending = n,
            "retrying" => s.retrying = n,
            "given_up" => s.given_up = n,
            "dropped" => s.dropped = n,
            _ => {}
        }
    }
    let has_meta: Option<String> = conn
        .query_row("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'", [], |r| r.get(0))
        .optional()?;
    let unsent: Option<String> = match has_meta {
        Some(_) => conn.query_row("SELECT value FROM meta WHERE key = ?1", [UNSENT_KEY], |r| r.get(0)).optional()?,
        None => None,
    };
    s.dropped += unsent.and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    s.last_error = conn
        .query_row(
            "SELECT last_http, last_error, target FROM webhook_outbox WHERE state IN ('retrying', 'given_up')
             ORDER BY updated_ms DESC LIMIT 1",
            [],
            |r| {
                let http: Option<u16> = r.get(0)?;
                let error: Option<String> = r.get(1)?;
                let target: Option<String> = r.get(2)?;
                let mut text = match http {
                    Some(code) => format!("HTTP {code}"),
                    None => error.unwrap_or_default(),
                };
                if let Some(t) = target {
                    text.push_str(&format!(" from {t}"));
                }
                Ok(text)
            },
        )
        .optional()?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(key: &str, due_ms: i64) -> NewItem {
        NewItem {
            key: key.into(),
            waba_id: "1".into(),
            phone_number_id: None,
            field: "messages".into(),
            body: "{}".into(),
            due_ms,
        }
    }

    #[test]
    fn enqueues_once_and_counts_each_state() {
        let conn = Connection::open_in_memory().unwrap();
        assert_eq!(summary(&conn).unwrap(), Summary::default());
        ensure(&conn).unwrap();
        enqueue(&conn, &[item("a", 10), item("b", 20), item("a", 5), item("c", 99)], 0).unwrap();
        let due_now = due(&conn, 20, 10, &[]).unwrap();
        assert_eq!(due_now.iter().map(|i| i.id).collect::<Vec<_>>(), [1, 2], "c is not due; a kept once");
        assert_eq!(due(&conn, 20, 10, &[1]).unwrap().len(), 1, "busy ids are skipped");
        record(&conn, 1, &Outcome::Delivered { target: "u".into(), http: 200 }, 30).unwrap();
        let failed = Outcome::Failed { target: "u".into(), http: Some(500), error: "x".into(), retry_at_ms: Some(50) };
        record(&conn, 2, &failed, 30).unwrap();
        assert!(due(&conn, 40, 10, &[]).unwrap().is_empty(), "the retry is due at 50");
        assert_eq!(due(&conn, 50, 10, &[]).unwrap()[0].attempts, 1);
        record(&conn, 3, &Outcome::Dropped { reason: "no URL".into() }, 30).unwrap();
        let s = summary(&conn).unwrap();
        assert_eq!((s.delivered, s.pending, s.retrying, s.given_up, s.dropped), (1, 0, 1, 0, 1));
        assert_eq!(s.last_error.as_deref(), Some("HTTP 500 from u"));
        conn.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)").unwrap();
        count_unsent(&conn, 3).unwrap();
        count_unsent(&conn, 2).unwrap();
        assert_eq!(summary(&conn).unwrap().dropped, 6, "dropped when due, and when scanned");
    }

    #[test]
    fn a_sandbox_reset_forgets_the_deliveries_of_the_old_world() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("world.db");
        crate::sandbox::prepare(&db, None).unwrap();
        let conn = crate::sandbox::store::connect(&db).unwrap();
        ensure(&conn).unwrap();
        enqueue(&conn, &[item("a", 10)], 0).unwrap();
        assert_eq!(summary(&conn).unwrap().pending, 1);
        crate::sandbox::reset(&db, None).unwrap();
        assert_eq!(summary(&conn).unwrap(), Summary::default());
    }
}
