//! Media headers waba uploaded, and how they tie a local `header_file` to the account's template.
//!
//! Meta turns an uploaded file into a handle (`4::aW…`) and shows the template's media as a CDN URL when it is read
//! back, so the account never says which local file a header came from. `create` and `apply` record it in the
//! journal ([`MediaRecord`]): the template, the header, the file as written, its SHA-256, the handle and the URL
//! read back. With that record, `plan` compares a `header_file` with the account's media by hash (a changed image
//! is an update) and `pull` writes the `header_file` back instead of the opaque handle.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::templates::file::TemplateFile;
use crate::templates::payload::header_files;

mod restore;
pub use restore::{Restored, restore_header_files};

/// One upload of a media header, as recorded in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRecord {
    /// The template's `name`.
    pub name: String,
    /// The template's `language`.
    pub language: String,
    /// JSON pointer of the header component, e.g. `/components/0`.
    pub pointer: String,
    /// The `header_file` as written, relative to the template file's directory.
    pub file: String,
    /// Lower-case hex SHA-256 of the bytes uploaded.
    pub sha256: String,
    /// The handle the upload returned, as submitted in `example.header_handle`.
    pub handle: String,
    /// The `example.header_handle` value the account showed when the template was read back after the upload (a
    /// CDN URL on Meta); `None` when the read-back failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix seconds of the upload.
    pub at: i64,
}

impl MediaRecord {
    /// Whether the account's `example.header_handle` value `value` is this upload: the handle itself, or the URL
    /// read back (compared without its query, which on Meta's CDN carries an expiring signature).
    pub fn names(&self, value: &str) -> bool {
        if value == self.handle {
            return true;
        }
        let Some(url) = self.url.as_deref() else { return false };
        let bare = |s: &str| s.split_once('?').map_or(s, |(b, _)| b).to_string();
        value == url || (is_url(value) && bare(value) == bare(url))
    }
}

fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of the file at `path`, `None` when it cannot be read.
pub fn hash_file(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|bytes| sha256_hex(&bytes))
}

/// The first string of `example.header_handle` of the component at `pointer` (a pointer into the payload, e.g.
/// `/components/0`) in a template's `components`.
pub fn remote_value<'a>(components: &'a Value, pointer: &str) -> Option<&'a str> {
    let inner = pointer.strip_prefix("/components")?;
    let handle = components.pointer(inner)?.get("example")?.get("header_handle")?;
    match handle {
        Value::Array(items) => items.first()?.as_str(),
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// `/components/2/cards/0/components/0` → `components[2].cards[0].components[0]` (the planner's change paths).
pub fn change_path(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').filter(|p| !p.is_empty()) {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// What the planner knows about media headers: the journal's uploads and the hashes of the local `header_file`s.
#[derive(Debug, Clone, Default)]
pub struct Media {
    records: Vec<MediaRecord>,
    /// (template file, header pointer) → SHA-256 of its `header_file`, `None` when unreadable.
    hashes: BTreeMap<(PathBuf, String), Option<String>>,
}

/// How a local `header_file` relates to the account's media at the same header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relation<'a> {
    /// No upload recorded for the account's media (or no media there): not comparable.
    Unknown,
    /// The account's media is the upload of this very content.
    Same(&'a MediaRecord),
    /// The account's media is an upload of other content; the local file now hashes to the `String`.
    Changed(&'a MediaRecord, String),
}

impl Media {
    /// The journal's `records`, and the hash of every `header_file` of `files` (read from disk).
    pub fn new(records: &[MediaRecord], files: &[TemplateFile]) -> Self {
        let mut hashes = BTreeMap::new();
        for f in files {
            for h in header_files(&f.payload) {
                hashes.insert((f.path.clone(), h.pointer), hash_file(&f.base_dir().join(&h.file)));
            }
        }
        Self { records: records.to_vec(), hashes }
    }

    /// The latest upload for `name` + `language` whose handle or URL is `value`.
    pub fn record(&self, name: &str, language: &str, value: &str) -> Option<&MediaRecord> {
        self.records.iter().filter(|r| r.name == name && r.language == language && r.names(value)).max_by_key(|r| r.at)
    }

    /// How the `header_file` at `pointer` of `file` relates to the account's media value `remote`.
    pub fn relation(&self, file: &TemplateFile, pointer: &str, remote: Option<&str>) -> Relation<'_> {
        let (Some((name, language)), Some(remote)) = (file.identity(), remote) else { return Relation::Unknown };
        let Some(record) = self.record(name, language, remote) else { return Relation::Unknown };
        match self.hashes.get(&(file.path.clone(), pointer.to_string())) {
            Some(Some(hash)) if *hash == record.sha256 => Relation::Same(record),
            Some(Some(hash)) => Relation::Changed(record, hash.clone()),
            // unreadable: lint reports it (header-file-missing); nothing to compare
            _ => Relation::Unknown,
        }
    }
}

#[cfg(test)]
mod tests;
