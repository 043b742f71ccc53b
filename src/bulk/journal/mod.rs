//! The job's journal: one SQLite database (WAL, `synchronous=FULL`) per job.
//!
//! `job` holds the job's parameters and the template snapshot (key → JSON text); `recipient`
//! one row per line of the file with its body and state; `status` the webhook statuses seen for
//! its messages. A row goes `pending` → `in_flight` (committed before its request is written) →
//! `accepted` (with the message id), `rejected` (Meta's code and message) or `uncertain` (the
//! outcome is unknown, as `send` defines it). Claims and outcomes are committed in batches: one
//! transaction records the outcomes so far and claims the next window.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, params};

mod report;
#[cfg(test)]
mod tests;

pub use report::{Delivery, RecipientRow};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS job (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recipient (
  line INTEGER PRIMARY KEY,
  \"to\" TEXT NOT NULL,
  wa_id TEXT NOT NULL,
  body TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  wamid TEXT,
  error_code INTEGER,
  error_message TEXT,
  updated INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS recipient_state ON recipient(state, line);
CREATE INDEX IF NOT EXISTS recipient_wamid ON recipient(wamid);
CREATE TABLE IF NOT EXISTS status (
  wamid TEXT NOT NULL,
  status TEXT NOT NULL,
  timestamp INTEGER,
  error_code INTEGER,
  error_title TEXT,
  PRIMARY KEY (wamid, status)
);
";

/// The states of a row.
pub const STATES: [&str; 5] = ["pending", "in_flight", "accepted", "rejected", "uncertain"];

/// A journal failure.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// SQLite failed.
    #[error("journal {path}: {source}")]
    Sqlite {
        /// The database.
        path: String,
        /// The error.
        source: rusqlite::Error,
    },
    /// Opening a job that does not exist, or creating one that does.
    #[error("{0}")]
    Job(String),
}

/// A row claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    /// Line in the file.
    pub line: u64,
    /// The recipient's digits.
    pub wa_id: String,
    /// Graph's body, JSON.
    pub body: String,
    /// Attempts so far (throttled retries).
    pub attempts: u32,
}

/// The end of a row's send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Line in the file.
    pub line: u64,
    /// `accepted`, `rejected`, `uncertain` or `pending` (given back unsent).
    pub state: &'static str,
    /// The message id.
    pub wamid: Option<String>,
    /// Meta's error code.
    pub error_code: Option<i64>,
    /// What happened.
    pub error_message: Option<String>,
    /// Attempts made.
    pub attempts: u32,
}

/// An open journal.
pub struct Journal {
    pub(super) conn: Connection,
    path: String,
}

pub(super) fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

impl Journal {
    pub(super) fn wrap<T>(&self, r: rusqlite::Result<T>) -> Result<T, JournalError> {
        r.map_err(|source| JournalError::Sqlite { path: self.path.clone(), source })
    }

    fn setup(conn: Connection, path: String) -> Result<Journal, JournalError> {
        let j = Journal { conn, path };
        j.wrap(j.conn.busy_timeout(std::time::Duration::from_secs(5)))?;
        j.wrap(j.conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"))?;
        j.wrap(j.conn.execute_batch(SCHEMA))?;
        Ok(j)
    }

    /// A new job's database at `path`; refused when it exists.
    pub fn create(path: &Path) -> Result<Journal, JournalError> {
        if path.exists() {
            return Err(JournalError::Job(format!("job database {} already exists", path.display())));
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| JournalError::Job(format!("cannot create {}: {e}", dir.display())))?;
        }
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| JournalError::Sqlite { path: shown.clone(), source })?;
        Self::setup(conn, shown)
    }

    /// An existing job's database.
    pub fn open(path: &Path) -> Result<Journal, JournalError> {
        if !path.is_file() {
            return Err(JournalError::Job(format!("no job database at {}", path.display())));
        }
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| JournalError::Sqlite { path: shown.clone(), source })?;
        Self::setup(conn, shown)
    }

    /// A journal in memory (`--dry-run`).
    pub fn in_memory() -> Result<Journal, JournalError> {
        let conn =
            Connection::open_in_memory().map_err(|source| JournalError::Sqlite { path: ":memory:".into(), source })?;
        Self::setup(conn, ":memory:".into())
    }

    /// Remove a job's database and its WAL files.
    pub fn remove(path: &Path) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p: PathBuf = path.to_path_buf();
            p.as_mut_os_string().push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }

    /// Set a job parameter.
    pub fn set(&self, key: &str, value: &str) -> Result<(), JournalError> {
        self.wrap(self.conn.execute("INSERT OR REPLACE INTO job(key, value) VALUES (?1, ?2)", params![key, value]))
            .map(|_| ())
    }

    /// A job parameter.
    pub fn get(&self, key: &str) -> Result<Option<String>, JournalError> {
        self.wrap(self.conn.query_row("SELECT value FROM job WHERE key = ?1", [key], |r| r.get(0)).optional())
    }

    /// Start a batch of writes (validation's inserts).
    pub fn begin(&self) -> Result<(), JournalError> {
        self.wrap(self.conn.execute_batch("BEGIN IMMEDIATE"))
    }

    /// Commit the batch.
    pub fn commit(&self) -> Result<(), JournalError> {
        self.wrap(self.conn.execute_batch("COMMIT"))
    }

    /// Add a pending row.
    pub fn insert(&self, line: u64, to: &str, wa_id: &str, body: &str) -> Result<(), JournalError> {
        let mut st = self.wrap(self.conn.prepare_cached(
            "INSERT INTO recipient(line, \"to\", wa_id, body, state, updated) VALUES (?1, ?2, ?3, ?4, 'pending', ?5)",
        ))?;
        self.wrap(st.execute(params![line as i64, to, wa_id, body, now_ms()])).map(|_| ())
    }

    /// Record `outcomes`, then claim up to `n` pending rows as `in_flight`: one transaction,
    /// committed (and synced) before the caller writes any of their requests.
    pub fn claim(&mut self, outcomes: &[Outcome], n: usize) -> Result<Vec<Claimed>, JournalError> {
        let path = self.path.clone();
        let wrap = |source| JournalError::Sqlite { path: path.clone(), source };
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(wrap)?;
        record(&tx, outcomes).map_err(wrap)?;
        let mut claimed = Vec::new();
        if n > 0 {
            let mut st = tx
                .prepare_cached(
                    "SELECT line, wa_id, body, attempts FROM recipient WHERE state = 'pending' ORDER BY line LIMIT ?1",
                )
                .map_err(wrap)?;
            let rows = st
                .query_map([n as i64], |r| {
                    Ok(Claimed {
                        line: r.get::<_, i64>(0)? as u64,
                        wa_id: r.get(1)?,
                        body: r.get(2)?,
                        attempts: r.get(3)?,
                    })
                })
                .map_err(wrap)?;
            for row in rows {
                claimed.push(row.map_err(wrap)?);
            }
            drop(st);
            let mut up = tx
                .prepare_cached("UPDATE recipient SET state = 'in_flight', updated = ?2 WHERE line = ?1")
                .map_err(wrap)?;
            let now = now_ms();
            for c in &claimed {
                up.execute(params![c.line as i64, now]).map_err(wrap)?;
            }
        }
        tx.commit().map_err(wrap)?;
        Ok(claimed)
    }

    /// Record outcomes (and rows given back as `pending`).
    pub fn record(&mut self, outcomes: &[Outcome]) -> Result<(), JournalError> {
        self.claim(outcomes, 0).map(|_| ())
    }

    /// Before resuming: rows left `in_flight` by a crash become `uncertain`; throttled
    /// rejections become `pending`; with `resend_uncertain`, `uncertain` rows too.
    /// Returns (in_flight made uncertain, throttled retried, uncertain resent).
    pub fn recover(&self, resend_uncertain: bool) -> Result<(u64, u64, u64), JournalError> {
        let now = now_ms();
        let crashed = self.wrap(self.conn.execute(
            "UPDATE recipient SET state = 'uncertain', error_message = 'in flight when the job stopped: the \
             message may have been sent', updated = ?1 WHERE state = 'in_flight'",
            [now],
        ))? as u64;
        let throttled = self.wrap(self.conn.execute(
            "UPDATE recipient SET state = 'pending', attempts = 0, updated = ?1 WHERE state = 'rejected' AND \
             (error_code IN (4, 80007, 130429, 131056) OR error_code IS NULL)",
            [now],
        ))? as u64;
        let resent = if resend_uncertain {
            self.wrap(self.conn.execute(
                "UPDATE recipient SET state = 'pending', attempts = 0, updated = ?1 WHERE state = 'uncertain'",
                [now],
            ))? as u64
        } else {
            0
        };
        Ok((crashed, throttled, resent))
    }

    /// Rows per state (every state present, zero when none).
    pub fn counts(&self) -> Result<BTreeMap<&'static str, u64>, JournalError> {
        let mut out: BTreeMap<&'static str, u64> = STATES.iter().map(|s| (*s, 0)).collect();
        let mut st = self.wrap(self.conn.prepare("SELECT state, COUNT(*) FROM recipient GROUP BY state"))?;
        let rows = self.wrap(st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))))?;
        for row in rows {
            let (state, n) = self.wrap(row)?;
            if let Some(s) = STATES.iter().find(|s| **s == state) {
                out.insert(s, n as u64);
            }
        }
        Ok(out)
    }
}

fn record(tx: &rusqlite::Transaction<'_>, outcomes: &[Outcome]) -> rusqlite::Result<()> {
    if outcomes.is_empty() {
        return Ok(());
    }
    let mut st = tx.prepare_cached(
        "UPDATE recipient SET state = ?2, wamid = COALESCE(?3, wamid), error_code = ?4, error_message = ?5, \
         attempts = ?6, updated = ?7 WHERE line = ?1",
    )?;
    let now = now_ms();
    for o in outcomes {
        st.execute(params![o.line as i64, o.state, o.wamid, o.error_code, o.error_message, o.attempts, now])?;
    }
    Ok(())
}
