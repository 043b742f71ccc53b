//! `header_file` checks against real files in a temporary directory.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Value, json};

use super::support::*;

fn media_tpl(format: &str, file: &str) -> Value {
    tpl("MARKETING", json!([{ "type": "HEADER", "format": format, "header_file": file }, ok_body()]))
}

fn rules_for(dir: &Path, format: &str, file: &str) -> BTreeSet<&'static str> {
    rules_of(&lint_in(dir, &media_tpl(format, file)))
}

#[test]
fn checks_existence_type_and_size() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("ok.png"), b"\x89PNG\r\n\x1a\n0000000000").unwrap();
    std::fs::write(d.join("fake.png"), b"GIF89a not a png").unwrap();
    std::fs::write(d.join("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0]).unwrap();
    std::fs::write(d.join("clip.mp4"), b"\0\0\0\x18ftypmp42").unwrap();
    std::fs::write(d.join("doc.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(d.join("anim.gif"), b"GIF89a").unwrap();
    let big = std::fs::File::create(d.join("big.png")).unwrap();
    big.set_len(5 * 1024 * 1024 + 1).unwrap();
    drop(big);
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/in.png"), b"\x89PNG\r\n\x1a\n").unwrap();

    assert!(rules_for(d, "IMAGE", "ok.png").is_empty());
    assert!(rules_for(d, "IMAGE", "photo.jpg").is_empty());
    assert!(rules_for(d, "image", "sub/in.png").is_empty());
    assert!(rules_for(d, "VIDEO", "clip.mp4").is_empty());
    assert!(rules_for(d, "DOCUMENT", "doc.pdf").is_empty());
    assert!(rules_for(d, "IMAGE", "missing.png").contains("header-file-missing"));
    assert!(rules_for(d, "IMAGE", "sub").contains("header-file-missing"));
    assert!(rules_for(d, "IMAGE", "fake.png").contains("header-file-type"));
    assert!(rules_for(d, "IMAGE", "anim.gif").contains("header-file-type"));
    assert!(rules_for(d, "VIDEO", "ok.png").contains("header-file-type"));
    assert!(rules_for(d, "DOCUMENT", "photo.jpg").contains("header-file-type"));
    let big = rules_for(d, "IMAGE", "big.png");
    assert!(big.contains("header-file-too-large"), "{big:?}");
    let both = tpl(
        "MARKETING",
        json!([{ "type": "HEADER", "format": "IMAGE", "header_file": "ok.png", "example": { "header_handle": ["4::x"] } }, ok_body()]),
    );
    assert!(rules_of(&lint_in(d, &both)).contains("header-file-misplaced"));
    // carousel cards resolve header_file too
    let cards = carousel(vec![
        card(json!({ "type": "HEADER", "format": "IMAGE", "header_file": "ok.png" }), true, json!([qr("A")])),
        card(json!({ "type": "HEADER", "format": "IMAGE", "header_file": "nope.png" }), true, json!([qr("A")])),
    ]);
    let r = rules_of(&lint_in(d, &cards));
    assert_eq!(r, BTreeSet::from(["header-file-missing"]));
}
