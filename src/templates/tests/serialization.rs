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
