//! The database schema, versioned with `PRAGMA user_version` and migrated in
//! code: each entry of [`MIGRATIONS`] takes the schema from version `i` to `i + 1`.
//!
//! World records are rows keyed by id, the record itself as JSON text
//! (`record`, so that a new `#[serde(default)]` field needs no schema change),
//! `pos` (the record's place in its list) and the columns needed to look it up.
//! Whatever of the world is not in a table (the app id, counters, members
//! added later) is one JSON row of `meta` (key `world`).

use rusqlite::Transaction;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 2;

/// `MIGRATIONS[i]` upgrades version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[V1, V2_MESSAGES];

const V1: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE business (
    id     TEXT PRIMARY KEY,
    pos    INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE wabas (
    id          TEXT PRIMARY KEY,
    pos         INTEGER NOT NULL,
    business_id TEXT REFERENCES business(id) DEFERRABLE INITIALLY DEFERRED,
    record      TEXT NOT NULL
);
CREATE TABLE phone_numbers (
    id      TEXT PRIMARY KEY,
    pos     INTEGER NOT NULL,
    waba_id TEXT REFERENCES wabas(id) DEFERRABLE INITIALLY DEFERRED,
    record  TEXT NOT NULL
);
CREATE INDEX phone_numbers_waba ON phone_numbers(waba_id);
CREATE TABLE templates (
    id       TEXT PRIMARY KEY,
    pos      INTEGER NOT NULL,
    waba_id  TEXT REFERENCES wabas(id) DEFERRABLE INITIALLY DEFERRED,
    name     TEXT,
    language TEXT,
    status   TEXT,
    record   TEXT NOT NULL
);
CREATE INDEX templates_waba_name ON templates(waba_id, name, language);
CREATE TABLE template_deletions (
    id       TEXT PRIMARY KEY,
    pos      INTEGER NOT NULL,
    waba_id  TEXT,
    name     TEXT,
    language TEXT,
    record   TEXT NOT NULL
);
CREATE TABLE template_creations (
    id      TEXT PRIMARY KEY,
    pos     INTEGER NOT NULL,
    waba_id TEXT,
    at_ms   INTEGER,
    record  TEXT NOT NULL
);
CREATE TABLE upload_sessions (
    id     TEXT PRIMARY KEY,
    pos    INTEGER NOT NULL,
    app_id TEXT,
    record TEXT NOT NULL
);
CREATE TABLE request_log (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    method      TEXT NOT NULL,
    path        TEXT NOT NULL,
    status      INTEGER NOT NULL,
    error_code  INTEGER,
    fbtrace_id  TEXT NOT NULL,
    duration_us INTEGER NOT NULL,
    pid         INTEGER NOT NULL
);
";

/// Messages sent and received through `/{phone-number-id}/messages`, explicit
/// statuses (mark-as-read of inbound messages), and customer-service windows.
/// Outbound statuses are derived from `at_ms` and `behaviour` at read time.
const V2_MESSAGES: &str = "
CREATE TABLE messages (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    phone_number_id TEXT NOT NULL,
    direction       TEXT NOT NULL,
    wa_id           TEXT NOT NULL,
    input           TEXT NOT NULL,
    type            TEXT NOT NULL,
    category        TEXT,
    template        TEXT,
    at_ms           INTEGER NOT NULL,
    behaviour       TEXT NOT NULL,
    error_code      INTEGER,
    body            TEXT NOT NULL
);
CREATE INDEX messages_user ON messages(phone_number_id, wa_id, at_ms);
CREATE INDEX messages_at ON messages(at_ms);
CREATE TABLE statuses (
    message_id TEXT NOT NULL,
    status     TEXT NOT NULL,
    at_ms      INTEGER NOT NULL,
    PRIMARY KEY (message_id, status)
);
CREATE TABLE windows (
    phone_number_id TEXT NOT NULL,
    wa_id           TEXT NOT NULL,
    last_inbound_ms INTEGER NOT NULL,
    PRIMARY KEY (phone_number_id, wa_id)
);
";

/// What [`migrate`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The schema is (now) [`SCHEMA_VERSION`].
    Current,
    /// The database was written by a newer build.
    Newer(i64),
}

/// Brings the schema to [`SCHEMA_VERSION`] inside `tx` (an immediate transaction).
pub fn migrate(tx: &Transaction<'_>) -> rusqlite::Result<Outcome> {
    let found: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Ok(Outcome::Newer(found));
    }
    if found == SCHEMA_VERSION {
        return Ok(Outcome::Current);
    }
    let start = usize::try_from(found).unwrap_or(0);
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(start) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i64::try_from(i + 1).unwrap_or(SCHEMA_VERSION))?;
    }
    set_meta(tx, "schema_version", &SCHEMA_VERSION.to_string())?;
    Ok(Outcome::Current)
}

/// A value of `meta`.
pub fn meta(tx: &rusqlite::Connection, key: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension as _;
    tx.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()
}

/// Sets a value of `meta`.
pub fn set_meta(tx: &rusqlite::Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}
