//! For `pull`: the account's media handles turned back into the `header_file`s they were uploaded from.

use std::path::Path;

use serde_json::Value;

use super::{MediaRecord, hash_file};
use crate::templates::payload::{header_handles, set_file};

/// A pulled payload after [`restore_header_files`].
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub payload: Value,
    /// Why a media header still holds the account's handle, one note per reason.
    pub notes: Vec<String>,
}

/// `payload` is a template read from the account, to be written to a file in `dir`. Each media header whose
/// account value is a recorded upload for this template ([`MediaRecord::names`]) of a file that still exists in
/// `dir` with the SHA-256 uploaded gets that `header_file` back instead of the handle; every other media header
/// keeps its handle, with a note saying why.
pub fn restore_header_files(mut payload: Value, records: &[MediaRecord], dir: &Path) -> Restored {
    let text = |key: &str| payload.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
    let (name, language) = (text("name"), text("language"));
    let mut notes: Vec<String> = Vec::new();
    for (pointer, value) in header_handles(&payload) {
        let record =
            records.iter().filter(|r| r.name == name && r.language == language && r.names(&value)).max_by_key(|r| r.at);
        let note = match record {
            None => "header media referenced by handle: no upload of a local file is recorded for it".to_string(),
            Some(r) => match hash_file(&dir.join(&r.file)) {
                Some(hash) if hash == r.sha256 => {
                    set_file(&mut payload, &pointer, &r.file);
                    continue;
                }
                Some(_) => format!("header media referenced by handle: {} changed since its upload", r.file),
                None => format!("header media referenced by handle: {} (uploaded from there) is missing", r.file),
            },
        };
        if !notes.contains(&note) {
            notes.push(note);
        }
    }
    Restored { payload, notes }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::templates::media::sha256_hex;

    #[test]
    fn restores_recorded_unchanged_files_and_says_why_not_otherwise() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("banner.png"), b"png").unwrap();
        let payload = json!({"name": "promo", "language": "en_US", "components": [
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://cdn/1.png?oe=1"]}},
            {"type": "BODY", "text": "Hi"}
        ]});
        let record = MediaRecord {
            name: "promo".into(),
            language: "en_US".into(),
            pointer: "/components/0".into(),
            file: "banner.png".into(),
            sha256: sha256_hex(b"png"),
            handle: "4::aW".into(),
            url: Some("https://cdn/1.png?oe=0".into()),
            at: 1,
        };
        let restored = restore_header_files(payload.clone(), std::slice::from_ref(&record), dir.path());
        assert_eq!(restored.notes, Vec::<String>::new());
        assert_eq!(
            restored.payload["components"][0],
            json!({"type": "HEADER", "format": "IMAGE", "header_file": "banner.png"})
        );

        let none = restore_header_files(payload.clone(), &[], dir.path());
        assert_eq!(none.payload, payload);
        assert!(none.notes[0].contains("no upload"), "{:?}", none.notes);

        std::fs::write(dir.path().join("banner.png"), b"other").unwrap();
        let changed = restore_header_files(payload.clone(), std::slice::from_ref(&record), dir.path());
        assert_eq!(changed.payload, payload);
        assert!(changed.notes[0].contains("banner.png changed"), "{:?}", changed.notes);

        let elsewhere = restore_header_files(payload.clone(), &[record], &dir.path().join("sub"));
        assert!(elsewhere.notes[0].contains("missing"), "{:?}", elsewhere.notes);
    }
}
