//! Media records: hashing, matching the account's values, and relating local files to uploads.

use super::*;

fn record(handle: &str, url: Option<&str>) -> MediaRecord {
    MediaRecord {
        name: "promo".into(),
        language: "en_US".into(),
        pointer: "/components/0".into(),
        file: "banner.png".into(),
        sha256: sha256_hex(b"png"),
        handle: handle.into(),
        url: url.map(String::from),
        at: 1,
    }
}

#[test]
fn sha256_of_known_inputs() {
    assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

#[test]
fn a_record_names_its_handle_and_its_url_whatever_the_signature() {
    let r = record("4::aW", Some("https://scontent.example/v/t61/1_n.png?oh=1&oe=2"));
    assert!(r.names("4::aW"));
    assert!(r.names("https://scontent.example/v/t61/1_n.png?oh=1&oe=2"));
    assert!(r.names("https://scontent.example/v/t61/1_n.png?oh=9&oe=9"));
    assert!(!r.names("https://scontent.example/v/t61/2_n.png?oh=1&oe=2"));
    assert!(!r.names("4::other"));
    assert!(!record("4::aW", None).names("https://scontent.example/v/t61/1_n.png"));
}

#[test]
fn remote_values_and_change_paths() {
    let components = serde_json::json!([
        {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://cdn/x.png"]}},
        {"type": "CAROUSEL", "cards": [{"components": [{"type": "HEADER", "example": {"header_handle": "4::v"}}]}]}
    ]);
    assert_eq!(remote_value(&components, "/components/0"), Some("https://cdn/x.png"));
    assert_eq!(remote_value(&components, "/components/1/cards/0/components/0"), Some("4::v"));
    assert_eq!(remote_value(&components, "/components/5"), None);
    assert_eq!(change_path("/components/1/cards/0/components/0"), "components[1].cards[0].components[0]");
}

#[test]
fn relation_by_hash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("banner.png"), b"png").unwrap();
    let source = r#"{"name":"promo","language":"en_US","components":[{"type":"HEADER","format":"IMAGE","header_file":"banner.png"}]}"#;
    let path = dir.path().join("promo.json");
    let file = TemplateFile::parse(&path, crate::templates::file::FileFormat::Json, source.into()).unwrap();
    let records = [record("4::aW", Some("https://cdn/1.png"))];
    let media = Media::new(&records, std::slice::from_ref(&file));
    assert_eq!(media.relation(&file, "/components/0", Some("https://cdn/1.png")), Relation::Same(&records[0]));
    assert_eq!(media.relation(&file, "/components/0", Some("https://cdn/2.png")), Relation::Unknown);
    assert_eq!(media.relation(&file, "/components/0", None), Relation::Unknown);
    std::fs::write(dir.path().join("banner.png"), b"other").unwrap();
    let media = Media::new(&records, std::slice::from_ref(&file));
    assert_eq!(
        media.relation(&file, "/components/0", Some("4::aW")),
        Relation::Changed(&records[0], sha256_hex(b"other"))
    );
}
