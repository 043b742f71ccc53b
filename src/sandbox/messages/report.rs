//! What the sandbox received, for `waba sandbox messages|log|inbound`: read
//! straight from the world database (no server needed).

use std::path::Path;

use serde::Serialize;
use serde_json::{Value, json};

use super::status::{event_line, meta_pricing, price, timeline};
use super::wamid;
use crate::sandbox::SandboxError;
use crate::sandbox::store::{self, messages as rows, messages::MessageRow};

/// One message with its current status, error and pricing.
#[derive(Debug, Clone, Serialize)]
pub struct MessageView {
    pub id: String,
    pub timestamp: String,
    pub direction: String,
    pub phone_number_id: String,
    pub wa_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub category: Option<String>,
    pub template: Option<String>,
    pub status: String,
    /// Every status so far with its time (RFC 3339).
    pub statuses: Vec<Value>,
    pub error: Option<Value>,
    /// Meta's `pricing` object (outbound, delivered).
    pub pricing: Option<Value>,
    /// Meta's `conversation` object (conversation-based pricing dates).
    pub conversation: Option<Value>,
    /// What waba's pricing engine charges (USD, decimal string).
    pub cost: Option<String>,
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).map(|t| t.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()).unwrap_or_default()
}

fn db_err(path: &Path, e: &rusqlite::Error) -> SandboxError {
    SandboxError::Db { path: path.to_path_buf(), detail: e.to_string() }
}

/// The digits of an E.164 number given on the command line.
pub fn digits(e164: &str) -> Option<String> {
    super::recipient(e164).ok()
}

/// Views of `rows` as of `now_ms` (statuses `delay_ms` apart), priced together.
pub fn views(
    conn: &rusqlite::Connection,
    all: &[MessageRow],
    delay_ms: i64,
    now_ms: i64,
) -> rusqlite::Result<Vec<MessageView>> {
    let priced = price(all);
    let mut out = Vec::with_capacity(all.len());
    for m in all {
        let (statuses, error) = if m.direction == "in" {
            let mut s = vec![("received".to_owned(), m.at_ms)];
            s.extend(rows::statuses(conn, &m.id)?);
            (s, None)
        } else {
            let t = timeline(m, delay_ms, now_ms);
            let error = m
                .error_code
                .filter(|_| t.last().is_some_and(|(s, _)| *s == "failed"))
                .map(crate::webhooks::payload::failure);
            (t.into_iter().map(|(s, at)| (s.to_owned(), at)).collect(), error)
        };
        let row = priced.get(&m.id).filter(|_| m.direction == "out" && m.error_code.is_none());
        let (pricing, conversation) = row.map_or((None, None), |r| {
            let (p, c) = meta_pricing(r);
            (Some(p), c)
        });
        out.push(MessageView {
            id: m.id.clone(),
            timestamp: rfc3339(m.at_ms),
            direction: m.direction.clone(),
            phone_number_id: m.phone_number_id.clone(),
            wa_id: m.wa_id.clone(),
            kind: m.kind.clone(),
            category: m.category.clone(),
            template: m.template.clone(),
            status: statuses.last().map(|(s, _)| s.clone()).unwrap_or_default(),
            statuses: statuses.iter().map(|(s, at)| json!({ "status": s, "timestamp": rfc3339(*at) })).collect(),
            error,
            pricing,
            conversation,
            cost: row.map(|r| r.cost.to_string()),
        });
    }
    Ok(out)
}

/// Messages of the database at `db` (optionally with one user), with statuses as of `now_ms`.
pub fn list(db: &Path, wa_id: Option<&str>, delay_ms: i64, now_ms: i64) -> Result<Vec<MessageView>, SandboxError> {
    crate::sandbox::prepare(db, None)?;
    let conn = store::connect(db)?;
    // Pricing depends on every message of the number, so price them all, then filter.
    let all = rows::list(&conn, None, None).map_err(|e| db_err(db, &e))?;
    let mut v = views(&conn, &all, delay_ms, now_ms).map_err(|e| db_err(db, &e))?;
    if let Some(w) = wa_id {
        v.retain(|m| m.wa_id == w);
    }
    Ok(v)
}

/// The event log (JSONL objects, time order) of the messages at `db`.
pub fn event_log(db: &Path, wa_id: Option<&str>) -> Result<Vec<Value>, SandboxError> {
    crate::sandbox::prepare(db, None)?;
    let conn = store::connect(db)?;
    let mut all = rows::list(&conn, wa_id, None).map_err(|e| db_err(db, &e))?;
    all.sort_by_key(|m| (m.at_ms, m.seq));
    Ok(all.iter().map(event_line).collect())
}

/// Records that `from` (digits) wrote `text` to number `to_number` (the
/// primary number when `None`) at `now_ms`; returns the message id and the number's id.
pub fn inbound(
    db: &Path,
    from: &str,
    to_number: Option<&str>,
    text: &str,
    now_ms: i64,
) -> Result<Result<(String, String), String>, SandboxError> {
    let (identity, _) = crate::sandbox::prepare(db, None)?;
    let (mut opened, _) = store::Db::open(db, None)?;
    let world = opened.world()?;
    let number = match to_number {
        None => identity.phone_number_id.clone(),
        Some(n) => match world.phone_numbers.iter().find(|p| p.id == n) {
            Some(p) => p.id.clone(),
            None => return Ok(Err(format!("the sandbox has no phone number with id {n}"))),
        },
    };
    let id = wamid(from);
    let row = MessageRow {
        seq: 0,
        id: id.clone(),
        phone_number_id: number.clone(),
        direction: "in".into(),
        wa_id: from.to_owned(),
        input: format!("+{from}"),
        kind: "text".into(),
        category: None,
        template: None,
        at_ms: now_ms,
        behaviour: "inbound".into(),
        error_code: None,
        body: json!({ "from": from, "type": "text", "text": { "body": text } }).to_string(),
    };
    rows::insert(opened.conn_mut(), &row).map_err(|e| db_err(db, &e))?;
    Ok(Ok((id, number)))
}
