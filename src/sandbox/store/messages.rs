//! Message rows (schema V2): what `/{phone-number-id}/messages` accepted and
//! what users wrote in, explicit statuses (mark-as-read of inbound messages)
//! and the customer-service windows. High volume, so plain rows — never in
//! the `World` blob.

use rusqlite::{Connection, OptionalExtension as _, params};

/// One message, outbound (`direction = "out"`) or inbound (`"in"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    /// Insertion order.
    pub seq: i64,
    /// `wamid.…`
    pub id: String,
    /// The business number.
    pub phone_number_id: String,
    pub direction: String,
    /// The user's digits.
    pub wa_id: String,
    /// `to` as sent (outbound) or the `--from` given (inbound).
    pub input: String,
    /// Graph's `type` (`text`, `template`, …).
    pub kind: String,
    /// Template category (lowercase), for templates.
    pub category: Option<String>,
    /// `name/language` of a template.
    pub template: Option<String>,
    /// When it was accepted (ms since the epoch).
    pub at_ms: i64,
    /// How its statuses evolve (a magic recipient's behaviour, `inbound` for inbound).
    pub behaviour: String,
    /// The asynchronous failure, decided at acceptance (131047, 131026, …).
    pub error_code: Option<i64>,
    /// The request body (JSON text).
    pub body: String,
}

const COLUMNS: &str =
    "seq, id, phone_number_id, direction, wa_id, input, type, category, template, at_ms, behaviour, error_code, body";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MessageRow> {
    Ok(MessageRow {
        seq: r.get(0)?,
        id: r.get(1)?,
        phone_number_id: r.get(2)?,
        direction: r.get(3)?,
        wa_id: r.get(4)?,
        input: r.get(5)?,
        kind: r.get(6)?,
        category: r.get(7)?,
        template: r.get(8)?,
        at_ms: r.get(9)?,
        behaviour: r.get(10)?,
        error_code: r.get(11)?,
        body: r.get(12)?,
    })
}

/// Inserts `m` (its `seq` is assigned) and, for an inbound message, opens the
/// customer-service window; returns the seq.
pub fn insert(conn: &Connection, m: &MessageRow) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO messages (id, phone_number_id, direction, wa_id, input, type, category, template, at_ms, behaviour, error_code, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        m.id,
        m.phone_number_id,
        m.direction,
        m.wa_id,
        m.input,
        m.kind,
        m.category,
        m.template,
        m.at_ms,
        m.behaviour,
        m.error_code,
        m.body
    ])?;
    if m.direction == "in" {
        conn.prepare_cached(
            "INSERT INTO windows (phone_number_id, wa_id, last_inbound_ms) VALUES (?1, ?2, ?3)
             ON CONFLICT(phone_number_id, wa_id) DO UPDATE SET last_inbound_ms = max(last_inbound_ms, excluded.last_inbound_ms)",
        )?
        .execute(params![m.phone_number_id, m.wa_id, m.at_ms])?;
    }
    Ok(conn.last_insert_rowid())
}

/// Messages in insertion order, optionally of one user (digits) and/or one number.
pub fn list(
    conn: &Connection,
    wa_id: Option<&str>,
    phone_number_id: Option<&str>,
) -> rusqlite::Result<Vec<MessageRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM messages WHERE (?1 IS NULL OR wa_id = ?1) AND (?2 IS NULL OR phone_number_id = ?2) ORDER BY seq"
    ))?;
    let rows = stmt.query_map(params![wa_id, phone_number_id], from_row)?;
    rows.collect()
}

/// At most `limit` messages with `after < seq ≤ upto` (no upper bound when `None`), in seq order.
pub fn after(conn: &Connection, after: i64, upto: Option<i64>, limit: i64) -> rusqlite::Result<Vec<MessageRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM messages WHERE seq > ?1 AND (?2 IS NULL OR seq <= ?2) ORDER BY seq LIMIT ?3"
    ))?;
    let rows = stmt.query_map(params![after, upto, limit], from_row)?;
    rows.collect()
}

/// One message by id.
pub fn find(conn: &Connection, id: &str) -> rusqlite::Result<Option<MessageRow>> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM messages WHERE id = ?1"), [id], from_row).optional()
}

/// When the user last wrote to the number (the window's start), if ever.
pub fn last_inbound(conn: &Connection, phone_number_id: &str, wa_id: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT last_inbound_ms FROM windows WHERE phone_number_id = ?1 AND wa_id = ?2")?
        .query_row([phone_number_id, wa_id], |r| r.get(0))
        .optional()
}

/// Records an explicit status (first time wins).
pub fn set_status(conn: &Connection, message_id: &str, status: &str, at_ms: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO statuses (message_id, status, at_ms) VALUES (?1, ?2, ?3)",
        params![message_id, status, at_ms],
    )?;
    Ok(())
}

/// Explicit statuses of a message, oldest first.
pub fn statuses(conn: &Connection, message_id: &str) -> rusqlite::Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT status, at_ms FROM statuses WHERE message_id = ?1 ORDER BY at_ms")?;
    let rows = stmt.query_map([message_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Distinct users the numbers in `numbers` sent a business-initiated message
/// (one outside the user's window) to since `since_ms`, not counting `except`.
pub fn business_initiated_users(
    conn: &Connection,
    numbers: &[String],
    since_ms: i64,
    window_ms: i64,
) -> rusqlite::Result<Vec<String>> {
    let mut users = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT m.wa_id FROM messages m LEFT JOIN windows w
           ON w.phone_number_id = m.phone_number_id AND w.wa_id = m.wa_id
         WHERE m.direction = 'out' AND m.phone_number_id = ?1 AND m.at_ms >= ?2
           AND (w.last_inbound_ms IS NULL OR m.at_ms - w.last_inbound_ms >= ?3)",
    )?;
    for n in numbers {
        for u in stmt.query_map(params![n, since_ms, window_ms], |r| r.get::<_, String>(0))? {
            users.push(u?);
        }
    }
    users.sort();
    users.dedup();
    Ok(users)
}

/// Empties the message tables (reset).
pub fn clear(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DELETE FROM messages; DELETE FROM statuses; DELETE FROM windows;")
}

/// An in-memory database holding only the message tables (for in-memory sandboxes).
pub fn memory() -> rusqlite::Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    let tx = conn.transaction()?;
    super::schema::migrate(&tx)?;
    tx.commit()?;
    Ok(conn)
}
