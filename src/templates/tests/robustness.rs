//! Odd input never panics.

use serde_json::{Value, json};

use super::examples_dir;
use crate::templates::file::{FileFormat, TemplateFile, load_dir};
use crate::templates::lint::lint_file;
use crate::templates::serialize::to_toml_string;

/// Replace every node of every example by odd values and lint: nothing may panic.
#[test]
fn odd_input_never_panics() {
    fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => m.iter().for_each(|(k, c)| pointers(c, format!("{at}/{k}"), out)),
            Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| pointers(c, format!("{at}/{i}"), out)),
            _ => {}
        }
    }
    let odd = [
        json!(null),
        json!(7),
        json!(-1.5),
        json!("{{"),
        json!("}}{{x"),
        json!([]),
        json!({}),
        json!([null, {}]),
        json!("😀\n{{1}}{{"),
    ];
    let load = load_dir(examples_dir()).unwrap();
    let mut runs = 0;
    for f in &load.files {
        let mut ps = Vec::new();
        pointers(&f.payload, String::new(), &mut ps);
        for p in &ps {
            for o in &odd {
                let mut v = f.payload.clone();
                *v.pointer_mut(p).unwrap() = o.clone();
                let src = serde_json::to_string_pretty(&v).unwrap();
                let tf = TemplateFile::parse(f.path.with_extension("json"), FileFormat::Json, src).unwrap();
                let _ = lint_file(&tf);
                if v.is_object() {
                    let _ = to_toml_string(&v);
                    if let Ok(t) = to_toml_string(&v) {
                        let tf = TemplateFile::parse(f.path.clone(), FileFormat::Toml, t).unwrap();
                        let _ = lint_file(&tf);
                    }
                }
                runs += 1;
            }
        }
    }
    assert!(runs > 1000, "{runs}");
    for src in ["", "[]", "null", "\"x\"", "{\"components\": \"BODY\"}", "{\"components\": [{\"buttons\": [{}]}]}"] {
        let f = TemplateFile::parse("x.json", FileFormat::Json, src.to_string());
        if let Ok(f) = f {
            assert!(!lint_file(&f).is_empty());
        }
    }
}
