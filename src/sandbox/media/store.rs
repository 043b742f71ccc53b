//! The `media` table (migration `MEDIA` of `store::schema`).

use rusqlite::{Connection, OptionalExtension as _, params};

/// A stored media object without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub id: String,
    pub phone_number_id: String,
    pub mime_type: String,
    pub sha256: String,
    pub file_size: u64,
}

/// A new media object.
pub(crate) struct New<'a> {
    pub phone_number_id: &'a str,
    pub mime_type: &'a str,
    pub file_name: Option<&'a str>,
    pub bytes: &'a [u8],
    pub sha256: &'a str,
    pub now_ms: i64,
}

/// Media ids: 16 digits from this number on (`17…`), apart from the other sandbox ids (templates are `15…`).
pub(crate) const FIRST_ID: u64 = 1_700_000_000_000_000;

/// Inserts `new` under a fresh random id (see [`FIRST_ID`]) and returns it.
pub(crate) fn insert(conn: &Connection, new: &New<'_>) -> rusqlite::Result<String> {
    loop {
        let id = (FIRST_ID + rand::random::<u64>() % 100_000_000_000_000).to_string();
        let inserted = conn.execute(
            "INSERT OR IGNORE INTO media (id, phone_number_id, mime_type, sha256, file_size, file_name, created_ms, bytes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                id,
                new.phone_number_id,
                new.mime_type,
                new.sha256,
                i64::try_from(new.bytes.len()).unwrap_or(i64::MAX),
                new.file_name,
                new.now_ms,
                new.bytes
            ],
        )?;
        if inserted == 1 {
            return Ok(id);
        }
    }
}

/// The media object `id`, without its bytes.
pub(crate) fn get(conn: &Connection, id: &str) -> rusqlite::Result<Option<Row>> {
    conn.query_row("SELECT id, phone_number_id, mime_type, sha256, file_size FROM media WHERE id = ?1", [id], |r| {
        Ok(Row {
            id: r.get(0)?,
            phone_number_id: r.get(1)?,
            mime_type: r.get(2)?,
            sha256: r.get(3)?,
            file_size: u64::try_from(r.get::<_, i64>(4)?).unwrap_or(0),
        })
    })
    .optional()
}

/// The MIME type and bytes of `id`.
pub(crate) fn bytes(conn: &Connection, id: &str) -> rusqlite::Result<Option<(String, Vec<u8>)>> {
    conn.query_row("SELECT mime_type, bytes FROM media WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).optional()
}

/// Deletes `id`; whether it existed.
pub(crate) fn delete(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM media WHERE id = ?1", [id])? == 1)
}
