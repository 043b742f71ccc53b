//! What waba itself did to an account's templates, kept locally because Meta's API does not
//! say: when each template was last edited (for the 24-hour and 30-day edit limits) and which
//! approved names were deleted (reusable only after 30 days). `plan` reads it to predict
//! refusals; `apply`, `edit` and `delete` add to it. Changes made elsewhere (WhatsApp Manager,
//! another tool) are not in it, so Meta stays the final judge.
//!
//! It also records which local file each uploaded media header came from ([`MediaRecord`], for
//! `plan` and `pull`) and which templates the last `create` / `apply` submitted (for `wait --all`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::templates::media::MediaRecord;
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
    /// Media headers uploaded by waba: the latest upload of each template header.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<MediaRecord>,
    /// The templates the last `create` or `apply` submitted for review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub submitted: Vec<Submitted>,
}

/// A template submitted for review (created, or edited).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submitted {
    pub id: String,
    pub name: String,
    pub language: String,
    /// Unix seconds of the submission.
    pub at: i64,
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

    /// An upload of a media header: replaces the earlier record of the same template header.
    pub fn uploaded(&mut self, record: MediaRecord) {
        self.media.retain(|r| (&r.name, &r.language, &r.pointer) != (&record.name, &record.language, &record.pointer));
        self.media.push(record);
    }

    /// A new batch of submissions replaces the previous one (an empty batch changes nothing).
    pub fn submitted_batch(&mut self, batch: Vec<Submitted>) {
        if !batch.is_empty() {
            self.submitted = batch;
        }
    }

    /// The edits of template `id`.
    pub fn edits_of(&self, id: &str) -> Vec<i64> {
        self.edits.get(id).cloned().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(pointer: &str, handle: &str) -> MediaRecord {
        MediaRecord {
            name: "promo".into(),
            language: "en_US".into(),
            pointer: pointer.into(),
            file: "banner.png".into(),
            sha256: "00".into(),
            handle: handle.into(),
            url: None,
            at: 1,
        }
    }

    #[test]
    fn media_and_submissions_keep_the_latest() {
        let dir = tempfile::tempdir().unwrap();
        let path = Journal::path(dir.path(), "1");
        let mut journal = Journal::default();
        journal.uploaded(upload("/components/0", "4::a"));
        journal.uploaded(upload("/components/1", "4::b"));
        journal.uploaded(upload("/components/0", "4::c"));
        let one = Submitted { id: "7".into(), name: "promo".into(), language: "en_US".into(), at: 1 };
        journal.submitted_batch(vec![one.clone()]);
        journal.submitted_batch(Vec::new());
        journal.save(&path, 1_800_000_000).unwrap();
        let back = Journal::load(&path).unwrap();
        let handles: Vec<&str> = back.media.iter().map(|r| r.handle.as_str()).collect();
        assert_eq!(handles, ["4::b", "4::c"]);
        assert_eq!(back.submitted, vec![one]);
    }

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
        // a journal written before media records and submissions existed still reads
        std::fs::write(&path, r#"{"edits": {}, "deleted": []}"#).unwrap();
        assert_eq!(Journal::load(&path).unwrap(), Journal::default());
        std::fs::write(&path, "{").unwrap();
        assert!(Journal::load(&path).unwrap_err().to_string().contains("delete the file"));
    }
}
