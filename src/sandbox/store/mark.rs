//! The world mark: eight bytes in a file beside the database (`<db>-world`) that every world
//! write rewrites after it commits. A reader asks the database whether the world changed (a
//! read transaction, with its file locks) only when the mark differs from the one it saw last,
//! or when [`RECHECK`] has passed since it last asked — the net for a writer that died between
//! its commit and the mark, or for one that does not write the mark (an older waba).
//!
//! Why it is safe: the mark is written after the commit and before the write is reported done;
//! a reader reads the mark before it asks the database. So a reader that sees an unchanged mark
//! is at worst ordered before a write that has not finished yet.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Longest a reader trusts an unchanged mark.
const RECHECK: Duration = Duration::from_millis(500);

/// A reader's view of the mark of one database.
#[derive(Debug)]
pub(crate) struct Mark {
    file: Option<File>,
    seen: Option<[u8; 8]>,
    checked: Instant,
}

impl Mark {
    /// The mark of the database at `db` (created when missing; when it cannot be, every
    /// read asks the database, as without a mark).
    pub(crate) fn open(db: &Path) -> Mark {
        let file = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path(db)).ok();
        Mark { file, seen: None, checked: Instant::now() }
    }

    /// The mark now, to pass to [`Mark::saw`] once the database has been asked; `None` when
    /// the world may be unchanged (the mark is the one last seen, and recently).
    pub(crate) fn changed(&self) -> Option<Option<[u8; 8]>> {
        let now = self.read();
        if now.is_some() && now == self.seen && self.checked.elapsed() < RECHECK {
            return None;
        }
        Some(now)
    }

    /// Records that the database was asked after the mark read `mark`.
    pub(crate) fn saw(&mut self, mark: Option<[u8; 8]>) {
        self.seen = mark;
        self.checked = Instant::now();
    }

    /// Rewrites the mark after this connection committed a world write (its own write is
    /// what it has loaded, so it also counts as seen).
    pub(crate) fn bump(&mut self) {
        let value = rand::random::<u64>().to_be_bytes();
        let written = self.file.as_ref().is_some_and(|f| write_at(f, &value));
        if written {
            self.saw(Some(value));
        }
    }

    #[cfg(unix)]
    fn read(&self) -> Option<[u8; 8]> {
        use std::os::unix::fs::FileExt as _;
        let mut buf = [0u8; 8];
        self.file.as_ref()?.read_exact_at(&mut buf, 0).ok()?;
        Some(buf)
    }

    #[cfg(not(unix))]
    fn read(&self) -> Option<[u8; 8]> {
        None
    }
}

/// Rewrites the mark of the database at `db` (tests: a write made without a [`Mark`]).
#[cfg(test)]
pub(crate) fn bump(db: &Path) {
    Mark::open(db).bump();
}

#[cfg(unix)]
fn write_at(file: &File, value: &[u8; 8]) -> bool {
    use std::os::unix::fs::FileExt as _;
    file.write_all_at(value, 0).is_ok()
}

#[cfg(not(unix))]
fn write_at(_file: &File, _value: &[u8; 8]) -> bool {
    false
}

/// `<db>-world`.
fn path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-world");
    PathBuf::from(name)
}
