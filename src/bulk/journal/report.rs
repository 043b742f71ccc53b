//! What the journal tells afterwards: rejections by code, webhook statuses, one row per recipient.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Journal, JournalError};

/// One recipient, for `send status -o csv`.
#[derive(Debug, Clone, Serialize)]
pub struct RecipientRow {
    /// Line in the file.
    pub line: u64,
    /// The recipient as written.
    pub to: String,
    /// Its state.
    pub state: String,
    /// The message id (`messages[0].id`).
    pub id: Option<String>,
    /// Meta's error code.
    pub error_code: Option<i64>,
    /// Meta's error message, or what happened.
    pub error_message: Option<String>,
    /// The last webhook status (`sent`, `delivered`, `read`, `failed`).
    pub status: Option<String>,
    /// The failed status's error code.
    pub status_error_code: Option<i64>,
    /// When the row last changed (RFC 3339).
    pub updated: String,
}

/// Accepted messages by furthest webhook status, and failed statuses by error code.
pub type Delivery = (BTreeMap<String, u64>, BTreeMap<i64, u64>);

/// The furthest status of `r.wamid`.
const LAST_STATUS: &str = "(SELECT status FROM status s WHERE s.wamid = r.wamid ORDER BY CASE status \
     WHEN 'failed' THEN 4 WHEN 'read' THEN 3 WHEN 'delivered' THEN 2 WHEN 'sent' THEN 1 ELSE 0 END DESC LIMIT 1)";

impl Journal {
    /// Rejected rows per error code.
    pub fn rejected_by_code(&self) -> Result<BTreeMap<i64, u64>, JournalError> {
        self.group("SELECT COALESCE(error_code, 0), COUNT(*) FROM recipient WHERE state = 'rejected' GROUP BY 1")
    }

    fn group(&self, sql: &str) -> Result<BTreeMap<i64, u64>, JournalError> {
        let mut st = self.wrap(self.conn.prepare(sql))?;
        let rows = self.wrap(st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (k, n) = self.wrap(row)?;
            out.insert(k, n as u64);
        }
        Ok(out)
    }

    /// Record a webhook status; `false` when the message is not (yet) known as the job's. It
    /// is kept either way: a status may arrive before the job has committed the message id
    /// (outcomes are committed in batches); the reports join statuses with the job's rows.
    pub fn record_status(
        &self,
        wamid: &str,
        status: &str,
        timestamp: Option<i64>,
        error_code: Option<i64>,
        error_title: Option<&str>,
    ) -> Result<bool, JournalError> {
        let ours: Option<i64> = self.wrap(
            self.conn.query_row("SELECT line FROM recipient WHERE wamid = ?1", [wamid], |r| r.get(0)).optional(),
        )?;
        self.wrap(self.conn.execute(
            "INSERT OR REPLACE INTO status(wamid, status, timestamp, error_code, error_title) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![wamid, status, timestamp, error_code, error_title],
        ))?;
        Ok(ours.is_some())
    }

    /// Accepted messages by their furthest webhook status (`read` > `delivered` > `sent`;
    /// `failed` wins), and failed ones by error code.
    pub fn outcomes(&self) -> Result<Delivery, JournalError> {
        let mut st = self.wrap(self.conn.prepare(&format!(
            "SELECT {LAST_STATUS} AS s, COUNT(*) FROM recipient r WHERE state = 'accepted' GROUP BY s"
        )))?;
        let rows = self.wrap(st.query_map([], |r| Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)?))))?;
        let mut by_status = BTreeMap::new();
        for row in rows {
            let (s, n) = self.wrap(row)?;
            by_status.insert(s.unwrap_or_else(|| "no status yet".into()), n as u64);
        }
        let failed = self.group(
            "SELECT COALESCE(s.error_code, 0), COUNT(*) FROM status s JOIN recipient r ON r.wamid = s.wamid \
             WHERE s.status = 'failed' GROUP BY 1",
        )?;
        Ok((by_status, failed))
    }

    /// Every row, in file order, for export.
    pub fn rows(&self, mut each: impl FnMut(RecipientRow) -> std::io::Result<()>) -> Result<(), JournalError> {
        let sql = format!(
            "SELECT line, \"to\", state, wamid, error_code, error_message, {LAST_STATUS}, \
             (SELECT error_code FROM status s WHERE s.wamid = r.wamid AND s.status = 'failed'), updated \
             FROM recipient r ORDER BY line"
        );
        let mut st = self.wrap(self.conn.prepare(&sql))?;
        let mut rows = self.wrap(st.query([]))?;
        while let Some(r) = self.wrap(rows.next())? {
            let updated: i64 = self.wrap(r.get(8))?;
            let row = RecipientRow {
                line: self.wrap(r.get::<_, i64>(0))? as u64,
                to: self.wrap(r.get(1))?,
                state: self.wrap(r.get(2))?,
                id: self.wrap(r.get(3))?,
                error_code: self.wrap(r.get(4))?,
                error_message: self.wrap(r.get(5))?,
                status: self.wrap(r.get(6))?,
                status_error_code: self.wrap(r.get(7))?,
                updated: jiff::Timestamp::from_millisecond(updated).map(|t| t.to_string()).unwrap_or_default(),
            };
            if each(row).is_err() {
                break;
            }
        }
        Ok(())
    }
}
