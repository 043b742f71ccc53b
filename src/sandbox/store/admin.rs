//! Whole-database operations: reset to the seed, counts, request-log queries.

use std::path::{Path, PathBuf};

use rusqlite::TransactionBehavior;

use super::{Db, aside, connect, db_error, rows, schema};
use crate::sandbox::SandboxError;
use crate::sandbox::world::{STATE_VERSION, World};

/// Restores the seed in the database at `path` (also while others use it: they
/// reload on their next access). A database that cannot be opened is recreated;
/// an old state file at `legacy` is set aside (`*.discarded`). Returns that file.
pub(crate) fn reset(path: &Path, legacy: Option<&Path>) -> Result<Option<PathBuf>, SandboxError> {
    let discarded = match legacy.filter(|p| p.exists()) {
        Some(file) => {
            let to = aside(file, "discarded");
            std::fs::rename(file, &to).map_err(|source| SandboxError::Io {
                action: "rename",
                path: file.into(),
                source,
            })?;
            Some(to)
        }
        None => None,
    };
    let (mut db, _) = match Db::open(path, None) {
        Ok(opened) => opened,
        Err(SandboxError::Db { .. } | SandboxError::NewerVersion { .. }) => {
            for suffix in ["", "-wal", "-shm"] {
                let mut name = path.as_os_str().to_os_string();
                name.push(suffix);
                match std::fs::remove_file(PathBuf::from(name)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(SandboxError::Io { action: "remove", path: path.into(), source: e });
                    }
                    _ => {}
                }
            }
            Db::open(path, None)?
        }
        Err(e) => return Err(e),
    };
    let db_err = |e: rusqlite::Error| db_error(path, &e);
    let tx = db.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(db_err)?;
    rows::clear(&tx).map_err(db_err)?;
    super::messages::clear(&tx).map_err(db_err)?;
    tx.execute("DELETE FROM media", []).map_err(db_err)?;
    crate::sandbox::deliver::outbox::clear(&tx).map_err(db_err)?;
    rows::write(&tx, None, World::seed()).map_err(|detail| SandboxError::Db { path: path.to_path_buf(), detail })?;
    schema::set_meta(&tx, "seed_version", &STATE_VERSION.to_string()).map_err(db_err)?;
    tx.commit().map_err(db_err)?;
    db.mark.bump();
    Ok(discarded)
}

/// How many records of each kind the database holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub business: u64,
    pub wabas: u64,
    pub phone_numbers: u64,
    pub templates: u64,
    pub uploads: u64,
    pub request_log: u64,
}

/// Counts the records of the database at `path` (opening it as [`Db::open`] does).
pub(crate) fn counts(path: &Path, legacy: Option<&Path>) -> Result<(Counts, Option<PathBuf>), SandboxError> {
    let (db, migrated) = Db::open(path, legacy)?;
    let count = |table: &str| -> Result<u64, SandboxError> {
        db.conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))
            .map(|n| u64::try_from(n).unwrap_or(0))
            .map_err(|e| db_error(path, &e))
    };
    let counts = Counts {
        business: count("business")?,
        wabas: count("wabas")?,
        phone_numbers: count("phone_numbers")?,
        templates: count("templates")?,
        uploads: count("upload_sessions")?,
        request_log: count("request_log")?,
    };
    Ok((counts, migrated))
}

/// Requests the process `pid` has logged in the database at `path`.
pub(crate) fn requests_served_by(path: &Path, pid: u32) -> Result<u64, SandboxError> {
    let conn = connect(path)?;
    conn.query_row("SELECT count(*) FROM request_log WHERE pid = ?1", [i64::from(pid)], |r| r.get::<_, i64>(0))
        .map(|n| u64::try_from(n).unwrap_or(0))
        .map_err(|e| db_error(path, &e))
}
