//! Meta's OpenAPI spec, parsed once per test binary: found beside the repo, converted to
//! JSON Schema 2020-12, patched for its known defects, with compiled validators cached.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::Validator;
use serde_json::{Map, Value, json};

use super::defects::DEFECTS;

const SPEC_FILE: &str = "business-messaging-api_v23.0.yaml";

/// The spec, or `None` (after one printed notice) when it is not beside the repo.
pub fn spec() -> Option<&'static Spec> {
    static SPEC: OnceLock<Option<Spec>> = OnceLock::new();
    SPEC.get_or_init(|| match locate() {
        Some(path) => Some(Spec::load(&path)),
        None => {
            skip_notice();
            None
        }
    })
    .as_ref()
}

/// Written to the process's stderr directly, past the test harness's capture, so it shows.
#[allow(clippy::print_stderr)]
fn skip_notice() {
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "openapi contract: SKIPPED, {SPEC_FILE} not found (looked in $WABA_OPENAPI_SPEC, \
         ../shared/reference/meta-openapi and ../../shared/reference/meta-openapi from the crate)"
    );
}

/// `$WABA_OPENAPI_SPEC` (empty: none), else `shared/reference/meta-openapi` beside the repo (or beside a
/// worktree folder).
pub fn locate() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("WABA_OPENAPI_SPEC") {
        // Set but empty: skip the contract check (how to see the skip path run).
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    ["..", "../.."]
        .iter()
        .map(|up| root.join(up).join("shared/reference/meta-openapi").join(SPEC_FILE))
        .find(|p| p.is_file())
}

/// The converted spec document and a cache of validators by (JSON pointer, relaxed).
pub struct Spec {
    pub doc: Value,
    /// The same with every `required` removed: Graph returns only the fields a `fields=` asks for.
    relaxed: Value,
    validators: Mutex<HashMap<(String, bool), Arc<Validator>>>,
}

impl Spec {
    fn load(path: &std::path::Path) -> Self {
        let mut doc = unpatched(path);
        for defect in DEFECTS {
            (defect.patch)(&mut doc);
        }
        let mut relaxed = doc.clone();
        strip_required(&mut relaxed);
        Self { doc, relaxed, validators: Mutex::new(HashMap::new()) }
    }

    /// A validator for the schema at `pointer` (in the relaxed document when `relaxed`).
    pub fn validator(&self, pointer: &str, relaxed: bool) -> Arc<Validator> {
        let key = (pointer.to_owned(), relaxed);
        if let Some(v) = self.validators.lock().expect("validator cache").get(&key) {
            return Arc::clone(v);
        }
        let base = if relaxed { &self.relaxed } else { &self.doc };
        // The whole document is the root, so `#/components/...` references resolve; the root
        // itself only refers to the wanted schema (the other OpenAPI keys are not keywords).
        let mut root = Map::new();
        root.insert("$ref".into(), json!(format!("#{}", fragment(pointer))));
        for key in ["components", "paths"] {
            if let Some(v) = base.get(key) {
                root.insert(key.into(), v.clone());
            }
        }
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(&Value::Object(root))
            .unwrap_or_else(|e| panic!("compile the spec's schema at {pointer}: {e}"));
        let validator = Arc::new(validator);
        self.validators.lock().expect("validator cache").insert(key, Arc::clone(&validator));
        validator
    }

    /// Follows `$ref`s between OpenAPI objects (responses, request bodies) to the object itself.
    pub fn deref<'a>(&'a self, mut value: &'a Value, mut pointer: String) -> (&'a Value, String) {
        for _ in 0..8 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with('#') => {
                    pointer = r[1..].to_owned();
                    match self.doc.pointer(&pointer) {
                        Some(v) => value = v,
                        None => break,
                    }
                }
                _ => break,
            }
        }
        (value, pointer)
    }
}

/// Escapes one JSON pointer token.
pub fn token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// The spec at `path` as JSON Schema, before the defect patches.
pub fn unpatched(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let mut doc: Value =
        serde_norway::from_str(&text).unwrap_or_else(|e| panic!("parse {} as YAML: {e}", path.display()));
    to_json_schema(&mut doc);
    doc
}

/// A JSON pointer as a URI fragment (`{Version}` → `%7BVersion%7D`).
fn fragment(pointer: &str) -> String {
    pointer
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// OpenAPI 3.0 leftovers to JSON Schema 2020-12: `nullable: true` becomes a `"null"` type.
fn to_json_schema(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if map.get("nullable").is_some_and(Value::is_boolean) && map.remove("nullable") == Some(json!(true)) {
                match map.get_mut("type") {
                    Some(Value::String(t)) => {
                        let t = t.clone();
                        map.insert("type".into(), json!([t, "null"]));
                    }
                    Some(Value::Array(types)) if !types.contains(&json!("null")) => types.push(json!("null")),
                    _ => {}
                }
            }
            map.values_mut().for_each(to_json_schema);
        }
        Value::Array(items) => items.iter_mut().for_each(to_json_schema),
        _ => {}
    }
}

fn strip_required(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if map.get("required").is_some_and(Value::is_array) {
                map.remove("required");
            }
            map.values_mut().for_each(strip_required);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_required),
        _ => {}
    }
}
