//! The world database: SQLite in WAL mode, shared by every process that
//! serves the sandbox (`waba --sandbox …` commands, `waba sandbox serve`).
//!
//! * Schema: [`schema`] (versioned with `PRAGMA user_version`); the world is
//!   split into rows by [`rows`]; the request log is [`log`].
//! * Each mutation is one `BEGIN IMMEDIATE` transaction: reload the world if
//!   another connection wrote (the world's version in `meta`), apply the change, write
//!   the rows that changed, commit. Reads use the cached world and reload only
//!   when another connection wrote.
//! * An old `state.json` is migrated once, when the database is first created.

mod admin;
pub(crate) mod legacy;
pub mod log;
mod mark;
pub mod messages;
mod order;
pub(crate) mod rows;
pub(crate) mod schema;
pub mod server;
#[cfg(test)]
mod tests;
pub(crate) mod writer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

pub use self::admin::Counts;
pub(crate) use self::admin::{counts, requests_served_by, reset};
use self::rows::Stored;
use self::schema::Outcome;
use super::SandboxError;
use super::error::GraphError;
use super::world::{STATE_VERSION, World};

/// How long a connection waits for another process's transaction.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// One connection to the world database with the world it last saw.
pub(crate) struct Db {
    conn: Connection,
    path: PathBuf,
    stored: Stored,
    data_version: i64,
    /// Tells whether the world may have changed without asking the database.
    mark: mark::Mark,
}

/// Opens `path` with the pragmas every connection uses (WAL, busy timeout,
/// foreign keys); the schema must exist (see [`crate::sandbox::prepare`]).
pub fn connect(path: &Path) -> Result<Connection, SandboxError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| SandboxError::Io {
            action: "create the directory of",
            path: path.to_path_buf(),
            source,
        })?;
    }
    let db_err = |e: rusqlite::Error| db_error(path, &e);
    let conn = Connection::open(path).map_err(db_err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(db_err)?;
    // Switching to WAL needs a moment alone with the file; retry while others hold it.
    let mut tries = 0;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => break,
            Err(e) if is_busy(&e) && tries < 200 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(25));
            }
            Err(e) => return Err(db_err(e)),
        }
    }
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(db_err)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(db_err)?;
    // A short-lived `waba --sandbox` run must not pay for a checkpoint (and its fsyncs) when it
    // closes: the WAL stays for the next connection, and the automatic checkpoint keeps it small.
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).map_err(db_err)?;
    Ok(conn)
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

fn db_error(path: &Path, e: &rusqlite::Error) -> SandboxError {
    let detail = match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            "it is not a SQLite database; run `waba sandbox reset` to recreate it".to_owned()
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            format!("{e}; run `waba sandbox reset` to recreate it")
        }
        _ => e.to_string(),
    };
    SandboxError::Db { path: path.to_path_buf(), detail }
}

impl Db {
    /// Opens (creating and migrating when needed) the database at `path`. A new
    /// database starts from the `legacy` state file when one exists (which is then
    /// renamed `*.migrated`; see [`Db::migrated`]), else from the seed.
    pub(crate) fn open(path: &Path, legacy: Option<&Path>) -> Result<(Db, Option<PathBuf>), SandboxError> {
        let mut conn = connect(path)?;
        let db_err = |e: rusqlite::Error| db_error(path, &e);
        // Read before the world is: a write marked after this is seen on the next read.
        let mut mark = mark::Mark::open(path);
        let before = mark.changed().flatten();
        if let Some(db) = Self::open_ready(&mut conn, path) {
            let (stored, data_version) = db?;
            mark.saw(before);
            return Ok((Db { conn, path: path.to_path_buf(), stored, data_version, mark }, None));
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db_err)?;
        if let Outcome::Newer(found) = schema::migrate(&tx).map_err(db_err)? {
            return Err(SandboxError::NewerVersion {
                path: path.to_path_buf(),
                found: u64::try_from(found).unwrap_or(0),
                supported: u64::try_from(schema::SCHEMA_VERSION).unwrap_or(0),
            });
        }
        let mut migrated = None;
        let stored = if schema::meta(&tx, "seed_version").map_err(db_err)?.is_some() {
            let stored = rows::load(&tx).map_err(|d| corrupt(path, d))?;
            check(&stored.world).map_err(|d| corrupt(path, d))?;
            stored
        } else {
            let world = match legacy.filter(|p| p.exists()) {
                Some(file) => {
                    let world = legacy::load(file)?.unwrap_or_else(World::seed);
                    migrated = Some(file.to_path_buf());
                    world
                }
                None => World::seed(),
            };
            let stored = rows::write(&tx, None, world).map_err(|d| SandboxError::Db {
                path: path.to_path_buf(),
                detail: format!("cannot store the world: {d}"),
            })?;
            schema::set_meta(&tx, "seed_version", &STATE_VERSION.to_string()).map_err(db_err)?;
            stored
        };
        tx.commit().map_err(db_err)?;
        mark.bump();
        if let Some(file) = &migrated {
            let to = aside(file, "migrated");
            std::fs::rename(file, &to).map_err(|source| SandboxError::Io {
                action: "rename",
                path: file.clone(),
                source,
            })?;
            tracing::info!(from = %file.display(), to = %to.display(), "sandbox: migrated the state file");
        }
        let data_version = world_version(&conn).map_err(db_err)?;
        Ok((Db { conn, path: path.to_path_buf(), stored, data_version, mark }, migrated))
    }

    /// The world as of the last commit of any connection.
    pub(crate) fn world(&mut self) -> Result<&World, SandboxError> {
        let db_err = |e: rusqlite::Error| db_error(&self.path, &e);
        let Some(mark) = self.mark.changed() else { return Ok(&self.stored.world) };
        let now = world_version(&self.conn).map_err(db_err)?;
        if now != self.data_version {
            let tx = self.conn.transaction().map_err(db_err)?;
            let version = world_version(&tx).map_err(db_err)?;
            let stored = rows::load(&tx).map_err(|d| corrupt(&self.path, d))?;
            tx.commit().map_err(db_err)?;
            self.stored = stored;
            self.data_version = version;
        }
        self.mark.saw(mark);
        Ok(&self.stored.world)
    }

    /// Loads a database that needs neither migration nor seeding, in a read
    /// transaction (no write lock); `None` when it needs either.
    fn open_ready(conn: &mut Connection, path: &Path) -> Option<Result<(Stored, i64), SandboxError>> {
        let tx = conn.transaction().ok()?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).ok()?;
        if version != schema::SCHEMA_VERSION || schema::meta(&tx, "seed_version").ok()??.is_empty() {
            return None;
        }
        let loaded = rows::load(&tx)
            .and_then(|stored| check(&stored.world).map(|()| stored))
            .map_err(|d| corrupt(path, d))
            .and_then(|stored| Ok((stored, world_version(&tx).map_err(|e| db_error(path, &e))?)));
        let _ = tx.commit();
        Some(loaded)
    }

    /// The connection (message rows share it, so their commits never make the
    /// world look changed to this connection).
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Where the database is.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for tables outside the world (e.g. `media`).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The world as last loaded or written by this connection.
    pub(crate) fn cached(&self) -> &World {
        &self.stored.world
    }

    /// Applies `f` to the latest world in one immediate transaction; an error
    /// from `f` (or from the database) rolls everything back.
    pub(crate) fn mutate<R>(&mut self, f: impl FnOnce(&mut World) -> Result<R, GraphError>) -> Result<R, GraphError> {
        let internal = |e: rusqlite::Error| {
            tracing::warn!(error = %e, "sandbox: database error");
            GraphError::internal(format!("sandbox database: {e}"))
        };
        let Db { conn, stored, data_version: seen, mark, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(internal)?;
        let now = world_version(&tx).map_err(internal)?;
        if now != *seen {
            *stored = rows::load(&tx).map_err(GraphError::internal)?;
            *seen = now;
        }
        let mut next = stored.world.clone();
        let out = f(&mut next)?;
        if next != stored.world {
            let written = rows::write(&tx, Some(stored), next).map_err(GraphError::internal)?;
            tx.commit().map_err(internal)?;
            *stored = written;
            mark.bump();
        }
        Ok(out)
    }
}

/// The world's version: bumped by every write of the world (see `rows::write`), so a reader
/// reloads only when the world changed, not on every commit of the request log or of messages.
fn world_version(conn: &Connection) -> rusqlite::Result<i64> {
    use rusqlite::OptionalExtension;
    let value: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = 'world_version'", [], |r| r.get(0)).optional()?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn corrupt(path: &Path, detail: String) -> SandboxError {
    SandboxError::Db { path: path.to_path_buf(), detail: format!("{detail}; run `waba sandbox reset` to recreate it") }
}

/// What every loaded world must have.
fn check(world: &World) -> Result<(), String> {
    if world.wabas.is_empty() || world.phone_numbers.is_empty() {
        return Err("it holds no WhatsApp Business Account or no phone number".into());
    }
    world.templates.validate()
}

/// `file` with `.{suffix}` appended to its name.
fn aside(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
    name.push(format!(".{suffix}"));
    file.with_file_name(name)
}
