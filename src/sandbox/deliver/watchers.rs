//! Watchers: receivers that register for a while (`waba send --wait` against the sandbox)
//! beside the app's callback URL, without touching the app's subscription. Each gets one
//! copy, signed like the original, of every delivery the app's subscription allows, on its
//! first attempt (a watcher that misses it is not retried: it is waiting, not keeping
//! records). A table of the world database, created on first use like the outbox, so that
//! a `waba` process can register with a `sandbox serve` of another process.
//!
//! A watcher has a deadline (wall-clock milliseconds) after which it is ignored and removed,
//! so a waiting process that dies leaves nothing behind for long.

use std::path::Path;

use rusqlite::{Connection, params};

use crate::sandbox::SandboxError;

const DDL: &str = "
CREATE TABLE IF NOT EXISTS webhook_watchers (
    url      TEXT PRIMARY KEY,
    until_ms INTEGER NOT NULL
);
";

/// Registers `url` until `until_ms` (Unix milliseconds) in the world database at `db`.
pub fn add(db: &Path, url: &str, until_ms: i64) -> Result<(), SandboxError> {
    let conn = super::super::store::connect(db)?;
    let db_err = |e: rusqlite::Error| SandboxError::Db { path: db.to_path_buf(), detail: e.to_string() };
    conn.execute_batch(DDL).map_err(db_err)?;
    conn.execute(
        "INSERT INTO webhook_watchers (url, until_ms) VALUES (?1, ?2)
         ON CONFLICT(url) DO UPDATE SET until_ms = excluded.until_ms",
        params![url, until_ms],
    )
    .map_err(db_err)?;
    Ok(())
}

/// Removes `url` from the watchers of the world database at `db`.
pub fn remove(db: &Path, url: &str) -> Result<(), SandboxError> {
    let conn = super::super::store::connect(db)?;
    let db_err = |e: rusqlite::Error| SandboxError::Db { path: db.to_path_buf(), detail: e.to_string() };
    conn.execute_batch(DDL).map_err(db_err)?;
    conn.execute("DELETE FROM webhook_watchers WHERE url = ?1", [url]).map_err(db_err)?;
    Ok(())
}

/// The watchers whose deadline is after `now_ms`; expired ones are removed.
pub(crate) fn live(conn: &Connection, now_ms: i64) -> rusqlite::Result<Vec<String>> {
    conn.execute_batch(DDL)?;
    conn.execute("DELETE FROM webhook_watchers WHERE until_ms <= ?1", [now_ms])?;
    let mut stmt = conn.prepare_cached("SELECT url FROM webhook_watchers ORDER BY url")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// Wall-clock Unix milliseconds (watchers' deadlines are set by other processes).
pub(crate) fn wall_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watcher_lives_until_its_deadline_and_can_be_removed() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("world.db");
        add(&db, "http://127.0.0.1:9/a", 2_000).unwrap();
        add(&db, "http://127.0.0.1:9/b", 1_000).unwrap();
        let conn = crate::sandbox::store::connect(&db).unwrap();
        assert_eq!(live(&conn, 500).unwrap(), ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"]);
        assert_eq!(live(&conn, 1_000).unwrap(), ["http://127.0.0.1:9/a"]);
        // registering again moves the deadline
        add(&db, "http://127.0.0.1:9/a", 5_000).unwrap();
        assert_eq!(live(&conn, 3_000).unwrap(), ["http://127.0.0.1:9/a"]);
        remove(&db, "http://127.0.0.1:9/a").unwrap();
        assert!(live(&conn, 0).unwrap().is_empty());
    }
}
