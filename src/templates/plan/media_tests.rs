//! The planner compares media headers through the journal's upload records.

use serde_json::json;

use super::*;
use crate::templates::file::FileFormat;
use crate::templates::media::{MediaRecord, sha256_hex};

const NONE: &[(&str, i64)] = &[];

fn remote_with(handle: &str) -> RemoteTemplate {
    RemoteTemplate {
        id: "9".into(),
        name: "promo".into(),
        language: "en_US".into(),
        category: "MARKETING".into(),
        status: "APPROVED".into(),
        parameter_format: None,
        components: json!([
            {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": [handle]}},
            {"type": "BODY", "text": "Hello"}
        ]),
        rejected_reason: None,
        last_edits: Vec::new(),
    }
}

#[test]
fn header_file_against_the_recorded_upload() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("banner.png"), b"one").unwrap();
    let source = json!({"name": "promo", "language": "en_US", "category": "MARKETING", "components": [
        {"type": "HEADER", "format": "IMAGE", "header_file": "banner.png"},
        {"type": "BODY", "text": "Hello"}
    ]})
    .to_string();
    let file = TemplateFile::parse(dir.path().join("promo.json"), FileFormat::Json, source).unwrap();
    let files = std::slice::from_ref(&file);
    let record = MediaRecord {
        name: "promo".into(),
        language: "en_US".into(),
        pointer: "/components/0".into(),
        file: "banner.png".into(),
        sha256: sha256_hex(b"one"),
        handle: "4::one".into(),
        url: Some("https://cdn/one.png".into()),
        at: 1,
    };
    let records = std::slice::from_ref(&record);
    let kind =
        |handle: &str, media: &Media| plan_with(files, &[remote_with(handle)], NONE, 0, media).actions[0].clone();

    // Same content as uploaded: unchanged, whether the account shows the handle or the URL.
    let media = Media::new(records, files);
    assert_eq!(kind("4::one", &media).kind, ActionKind::Unchanged);
    assert_eq!(kind("https://cdn/one.png", &media).kind, ActionKind::Unchanged);
    // Media not uploaded by waba (no record): not compared, as without the journal.
    assert_eq!(kind("https://cdn/other.png", &media).kind, ActionKind::Unchanged);
    assert_eq!(kind("4::one", &Media::default()).kind, ActionKind::Unchanged);

    // The file changed since its upload: an update of the header's media, account value → file.
    std::fs::write(dir.path().join("banner.png"), b"two").unwrap();
    let media = Media::new(records, files);
    let action = kind("https://cdn/one.png", &media);
    assert_eq!(action.kind, ActionKind::Update, "{action:#?}");
    assert_eq!(action.change_paths(), ["components[0].example.header_handle"]);
    assert_eq!(action.changes[0].old, Some(json!(["https://cdn/one.png"])));
    let new = action.changes[0].new.as_ref().and_then(Value::as_str).unwrap();
    assert!(new.starts_with("banner.png (changed since its upload"), "{new}");
}
