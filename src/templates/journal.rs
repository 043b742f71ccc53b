//! What waba itself did to an account's templates, kept locally because Meta's API does not
//! say: when each template was last edited (for the 24-hour and 30-day edit limits) and which
//! approved names were deleted (reusable only after 30 days). `plan` reads it to predict
//! refusals; `apply`, `edit` and `delete` add to it. Changes made elsewhere (WhatsApp Manager,
//! another tool) are not in it, so Meta stays the final judge.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::templates::plan::{EDIT_WINDOW_LONG, NAME_REUSE_DELAY};

/// The journal of one WhatsApp Business Account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    /// Template id → Unix seconds of its edits (only the last 30 days are kept).
    #[serde(default)]
    pub edits: BTreeMap<String, Vec<i64>>,
    /// Names of approved templates deleted, with the Unix second (only the last 30 days are kept).
    #[serde(default)]
    pub deleted: Vec<(String, i64)>,
}

/// Why the journal could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct JournalError {
    /// The file.
    pub path: PathBuf,
    /// What went wrong.
    pub reason: String,
}

impl Journal {
    /// Where the journal of `waba_id` lives under the data directory.
    pub fn path(data_dir: &Path, waba_id: &str) -> PathBuf {
        let safe: String = waba_id.chars().filter(char::is_ascii_alphanumeric).collect();
        data_dir.join("templates").join(format!("{safe}.json"))
    }

    /// Read it; a missing file is an empty journal.
    pub fn load(path: &Path) -> Result<Self, JournalError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(JournalError { path: path.into(), reason: e.to_string() }),
        };
        serde_json::from_str(&text)
            .map_err(|e| JournalError { path: path.into(), reason: format!("{e} (delete the file to start afresh)") })
    }

    /// Write it atomically, dropping entries older than 30 days (relative to `now`).
    pub fn save(&mut self, path: &Path, now: i64) -> Result<(), JournalError> {
        self.edits.values_mut().for_each(|times| times.retain(|&t| now - t < EDIT_WINDOW_LONG));
        self.edits.retain(|_, times| !times.is_empty());
        self.deleted.retain(|(_, at)| now - at < NAME_REUSE_DELAY);
        let text = serde_json::to_string_pretty(self)
            .map_err(|e| JournalError { path: path.into(), reason: e.to_string() })?;
        crate::fsutil::write_atomic(path, text.as_bytes(), 0o644)
            .map_err(|e| JournalError { path: path.into(), reason: e.to_string() })
    }

    /// An edit of template `id` at `now`.
    pub fn edited(&mut self, id: &str, now: i64) {
        self.edits.entry(id.to_string()).or_default().push(now);
    }

    /// An approved template's name deleted at `now`.
    pub fn deleted_name(&mut self, name: &str, now: i64) {
        self.deleted.push((name.to_string(), now));
    }

    /// The edits of template `id`.
    pub fn edits_of(&self, id: &str) -> Vec<i64> {
        self.edits.get(id).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_pruning() {
        let dir = tempfile::tempdir().unwrap();
        let path = Journal::path(dir.path(), "1200000000000001");
        assert_eq!(Journal::load(&path).unwrap(), Journal::default());
        let now = 1_800_000_000;
        let mut journal = Journal::default();
        journal.edited("15", now - 31 * 86_400);
        journal.edited("15", now - 3600);
        journal.edited("16", now - 40 * 86_400);
        journal.deleted_name("old_promo", now - 31 * 86_400);
        journal.deleted_name("promo", now - 86_400);
        journal.save(&path, now).unwrap();
        let back = Journal::load(&path).unwrap();
        assert_eq!(back.edits_of("15"), vec![now - 3600]);
        assert!(back.edits_of("16").is_empty());
        assert_eq!(back.deleted, vec![("promo".to_string(), now - 86_400)]);
        std::fs::write(&path, "{").unwrap();
        assert!(Journal::load(&path).unwrap_err().to_string().contains("delete the file"));
    }
}
