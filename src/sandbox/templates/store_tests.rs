//! Regression inputs for counters read from a crafted state file (issue 9 §6).

use serde_json::json;

use super::store::{FIRST_ID, MAX_SEQ, NewTemplate, TemplateStore};

fn new(name: &str) -> NewTemplate {
    NewTemplate {
        name: name.into(),
        language: "en_US".into(),
        category: "UTILITY".into(),
        parameter_format: "POSITIONAL".into(),
        components: json!([{"type": "BODY", "text": "hi"}]),
    }
}

#[test]
fn a_maxed_out_sequence_is_an_error_not_a_panic() {
    let mut store = TemplateStore { last_seq: u64::MAX, ..TemplateStore::default() };
    let e = store.create("1", false, new("a"), 0).unwrap_err();
    assert!(format!("{e:?}").contains("exhausted"), "{e:?}");
    assert!(store.validate().unwrap_err().contains("templates.last_seq"));
}

#[test]
fn a_huge_stored_id_is_refused_on_validate_and_never_overflows() {
    let mut store = TemplateStore::seed("1");
    store.templates[0].id = u64::MAX.to_string();
    let msg = store.validate().unwrap_err();
    assert!(msg.contains("templates.templates[0].id") && msg.contains(&u64::MAX.to_string()), "{msg}");
    // Even unvalidated, creating is an error rather than a panic.
    assert!(store.create("1", false, new("b"), 0).is_err());
}

#[test]
fn the_highest_allowed_sequence_still_creates() {
    let mut store = TemplateStore { last_seq: MAX_SEQ - 1, ..TemplateStore::default() };
    assert!(store.validate().is_ok());
    let t = store.create("1", false, new("c"), 0).unwrap();
    assert_eq!(t.id, (FIRST_ID + MAX_SEQ).to_string());
}

#[test]
fn extreme_times_saturate() {
    let mut store = TemplateStore::default();
    store.deletions.push(super::store::Deletion {
        waba_id: "1".into(),
        name: "d".into(),
        language: "en_US".into(),
        deleted_at_ms: i64::MAX,
    });
    assert!(store.create("1", false, new("d"), i64::MAX - 1).is_err());
    store.creations.push(super::store::Creation { waba_id: "1".into(), at_ms: i64::MIN });
    assert!(store.create("1", false, new("e"), i64::MAX).is_ok());
}
