//! Stable, round-tripping TOML and JSON serialisation.

use serde_json::{Value, json};

use super::examples_dir;
use crate::templates::file::{FileFormat, TemplateFile, load_dir};
use crate::templates::serialize::{to_json_string, to_toml_string};

fn roundtrip(v: &Value) {
    let t1 = to_toml_string(v).unwrap();
    let back: Value = TemplateFile::parse("x.toml", FileFormat::Toml, t1.clone()).unwrap().payload;
    assert_eq!(to_toml_string(&back).unwrap(), t1, "toml not stable");
    let j1 = to_json_string(v).unwrap();
    let backj = TemplateFile::parse("x.json", FileFormat::Json, j1.clone()).unwrap().payload;
    assert_eq!(to_json_string(&backj).unwrap(), j1, "json not stable");
    // both forms carry the same payload
    assert_eq!(back, backj);
    assert_eq!(to_json_string(&back).unwrap(), j1);
}

#[test]
fn serialisation_is_stable_and_round_trips() {
    let load = load_dir(examples_dir()).unwrap();
    assert!(!load.files.is_empty());
    for f in &load.files {
        roundtrip(&f.payload);
    }
    // key order does not depend on input order; unknown keys survive
    let a = json!({"components": [{"text": "Hi there friend, see you soon.", "type": "BODY", "zz": 1, "aa": true}],
                   "category": "UTILITY", "x_new_field": {"b": 1, "a": 2}, "language": "en_US", "name": "n"});
    let b = json!({"name": "n", "language": "en_US", "x_new_field": {"a": 2, "b": 1}, "category": "UTILITY",
                   "components": [{"aa": true, "zz": 1, "type": "BODY", "text": "Hi there friend, see you soon."}]});
    assert_eq!(to_toml_string(&a).unwrap(), to_toml_string(&b).unwrap());
    assert_eq!(to_json_string(&a).unwrap(), to_json_string(&b).unwrap());
    roundtrip(&a);
    let j = to_json_string(&a).unwrap();
    let order: Vec<usize> = [
        "\"name\"",
        "\"language\"",
        "\"category\"",
        "\"x_new_field\"",
        "\"components\"",
        "\"type\"",
        "\"text\"",
        "\"aa\"",
        "\"zz\"",
    ]
    .iter()
    .map(|k| j.find(k).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{j}");
    // nulls: kept in JSON, dropped in TOML
    let n = json!({"name": "n", "language": "en", "category": "UTILITY", "sub_category": null, "components": []});
    assert!(to_json_string(&n).unwrap().contains("null"));
    assert!(!to_toml_string(&n).unwrap().contains("sub_category"));
    assert!(to_toml_string(&json!([1])).is_err());
}

/// A template whose body example nests `n` arrays deep.
fn nested_example(n: usize) -> Value {
    let mut v = json!("x");
    for _ in 0..n {
        v = Value::Array(vec![v]);
    }
    json!({"name": "deep", "language": "en_US", "category": "UTILITY",
           "components": [{"type": "BODY", "text": "Hello {{1}}", "example": {"body_text": v}}]})
}

#[test]
fn toml_that_would_not_parse_back_is_refused_before_writing() {
    // Shallow payloads still write, and read back equal.
    let ok = nested_example(3);
    let text = to_toml_string(&ok).unwrap();
    assert_eq!(TemplateFile::parse("x.toml", FileFormat::Toml, text).unwrap().payload, canonical(&ok, true));
    let mut refused = false;
    for n in [20, 50, 100, 120] {
        let v = nested_example(n);
        match to_toml_string(&v) {
            // Whatever is written parses back to the same payload.
            Ok(text) => {
                let back = TemplateFile::parse("x.toml", FileFormat::Toml, text).expect("written TOML parses back");
                assert_eq!(back.payload, canonical(&v, true));
            }
            Err(e) => {
                refused = true;
                let msg = e.to_string();
                assert!(msg.contains("levels deep") && msg.contains("JSON"), "{msg}");
            }
        }
        // JSON always holds it, and reads back unchanged.
        let j = to_json_string(&v).unwrap();
        assert_eq!(TemplateFile::parse("x.json", FileFormat::Json, j).unwrap().payload, canonical(&v, false));
    }
    assert!(refused, "a payload 120 levels deep is beyond TOML readers");
}

#[test]
fn json_round_trips_payload_values_unchanged() {
    let v = json!({"name": "odd", "language": "en_US", "category": "UTILITY", "big": u64::MAX, "neg": i64::MIN,
                   "float": 0.1, "tiny": 5e-324, "unicode": "caf\u{e9} \u{1F600} \u{0}\u{1f}\u{7f}",
                   "nested": {"z": [null, true, {"a": []}], "a": {}},
                   "components": [{"type": "BODY", "text": "Hi \"there\" \\ {{1}}", "example": {"body_text": [["a"]]}}]});
    let j = to_json_string(&v).unwrap();
    let back: Value = serde_json::from_str(&j).unwrap();
    assert_eq!(back, v, "values unchanged (only key order is canonical)");
    assert_eq!(to_json_string(&back).unwrap(), j);
}

fn canonical(v: &Value, drop_null: bool) -> Value {
    crate::templates::serialize::canonicalize(v, drop_null)
}
