//! Contract test: every response the sandbox gives in these integration tests (and every JSON
//! request body the CLI sends it) is validated against Meta's OpenAPI spec.
//!
//! `TestEnv` points the sandbox's `WABA_SANDBOX_RECORD` hook at a file in its temp dir and calls
//! [`check_recording`] when dropped, so no test opts in. The spec's own defects are patched or
//! tolerated in one place, [`defects`]. With `WABA_CONTRACT_STATS=1` each check prints the
//! running totals (`cargo test --test cli -- --nocapture 2>&1 | grep 'openapi contract:' | tail -1`).

mod defects;
mod endpoints;
mod paths;
pub(crate) mod spec;
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use serde_json::Value;

use paths::Ids;
use spec::{Spec, token};

/// Where an exchange falls in the spec.
struct Operation {
    /// `GET /{Version}/{WABA-ID}/phone_numbers`
    name: String,
    /// JSON pointer of the operation object.
    pointer: String,
}

/// Running totals over the whole test binary.
#[derive(Default)]
struct Totals {
    responses: usize,
    requests: usize,
    operations: BTreeSet<String>,
    /// Exchanges on paths or methods the spec does not describe (sandbox-only endpoints).
    not_in_spec: BTreeMap<String, usize>,
    /// Error statuses an operation does not list (checked against `GraphAPIError`).
    unlisted_errors: usize,
}

static TOTALS: OnceLock<Mutex<Totals>> = OnceLock::new();

fn ids() -> &'static Ids {
    static IDS: OnceLock<Ids> = OnceLock::new();
    IDS.get_or_init(Ids::seeded)
}

/// Validates every exchange recorded in `file` (JSON lines written by the sandbox's record hook);
/// panics listing every violation. A missing file means the test used no sandbox.
pub fn check_recording(file: &Path) {
    let Ok(text) = std::fs::read_to_string(file) else { return };
    let Some(spec) = spec::spec() else { return };
    let mut violations = Vec::new();
    let mut totals = TOTALS.get_or_init(Mutex::default).lock().unwrap_or_else(|e| e.into_inner());
    for (n, line) in text.lines().enumerate() {
        let Ok(exchange) = serde_json::from_str::<Value>(line) else {
            violations.push(format!("record line {}: not JSON: {line}", n + 1));
            continue;
        };
        check_exchange(spec, &exchange, &mut totals, &mut violations);
    }
    print_stats(&totals);
    drop(totals);
    assert!(
        violations.is_empty(),
        "{} sandbox exchange(s) contradict Meta's OpenAPI spec (a sandbox bug, or a spec defect to list in \
         tests/cli/openapi/defects.rs with the evidence):\n{}",
        violations.len(),
        violations.join("\n")
    );
}

fn check_exchange(spec: &Spec, x: &Value, totals: &mut Totals, violations: &mut Vec<String>) {
    let str_of = |k: &str| x.get(k).and_then(Value::as_str).unwrap_or_default();
    let method = match str_of("method") {
        "HEAD" => "GET",
        m => m,
    };
    let path = str_of("path");
    let query = str_of("query");
    let status = x.get("status").and_then(Value::as_u64).unwrap_or_default();
    let label = format!("{method} {path}{}{query} -> {status}", if query.is_empty() { "" } else { "?" });
    let Some(op) = operation(spec, method, path) else {
        *totals.not_in_spec.entry(shape(method, path)).or_default() += 1;
        return;
    };
    totals.operations.insert(op.name.clone());

    // The response, against the schema for its status (Graph's error schema for unlisted errors).
    let listed = spec.doc.pointer(&format!("{}/responses/{status}", op.pointer));
    let schema = match listed {
        Some(resp) => {
            let (resp, pointer) = spec.deref(resp, format!("{}/responses/{status}", op.pointer));
            resp.pointer("/content/application~1json/schema")
                .map(|_| format!("{pointer}/content/application~1json/schema"))
        }
        None if status >= 400 => {
            totals.unlisted_errors += 1;
            Some(defects::ERROR_SCHEMA.to_owned())
        }
        None => {
            violations.push(format!("{label}: {} lists no response for status {status}", op.name));
            None
        }
    };
    if let Some(schema) = schema {
        totals.responses += 1;
        // Graph returns a selection of a node's fields on every read: those `fields=` names, or
        // its default set (see `defects`), so a read's `required` lists do not hold.
        let relaxed = (200..300).contains(&status) && (method == "GET" || has_fields_param(query));
        let body = x.get("response_body").unwrap_or(&Value::Null);
        validate(spec, &schema, relaxed, body, &format!("{label} ({}) response", op.name), violations);
    }

    // The request body the client sent, when it is JSON and the operation describes one.
    let body = x.get("request_body").unwrap_or(&Value::Null);
    if body.is_object() && str_of("request_content_type").contains("json") {
        let Some(req) = spec.doc.pointer(&format!("{}/requestBody", op.pointer)) else { return };
        let (req, pointer) = spec.deref(req, format!("{}/requestBody", op.pointer));
        if req.pointer("/content/application~1json/schema").is_some() {
            totals.requests += 1;
            let schema = format!("{pointer}/content/application~1json/schema");
            validate(spec, &schema, false, body, &format!("{label} ({}) request body", op.name), violations);
        }
    }
}

fn validate(spec: &Spec, schema: &str, relaxed: bool, body: &Value, label: &str, violations: &mut Vec<String>) {
    let validator = spec.validator(schema, relaxed);
    for error in validator.iter_errors(body) {
        let at = error.instance_path().to_string();
        if defects::tolerated(schema, &at, &error.to_string()) {
            continue;
        }
        violations.push(format!("{label}: at `{at}`: {error} [schema {}]", error.schema_path()));
    }
}

/// The spec operation for a concrete method and path.
fn operation(spec: &Spec, method: &str, path: &str) -> Option<Operation> {
    let template = paths::template_for(spec.doc.get("paths")?, ids(), path)?;
    let pointer = format!("/paths/{}/{}", token(&template), method.to_ascii_lowercase());
    spec.doc.pointer(&pointer)?;
    Some(Operation { name: format!("{method} {template}"), pointer })
}

fn has_fields_param(query: &str) -> bool {
    url::form_urlencoded::parse(query.as_bytes()).any(|(k, _)| k == "fields")
}

/// `GET /v23.0/{id}/uploads`: a path with its ids blanked, for the not-in-spec tally.
fn shape(method: &str, path: &str) -> String {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| if s.bytes().any(|b| b.is_ascii_digit()) && !s.starts_with('v') { "{id}" } else { s })
        .collect();
    format!("{method} /{}", segments.join("/"))
}

#[allow(clippy::print_stderr)]
fn print_stats(t: &Totals) {
    if std::env::var_os("WABA_CONTRACT_STATS").is_some() {
        eprintln!(
            "openapi contract: {} responses and {} request bodies validated, {} operations covered, \
             {} unlisted error statuses; not in spec: {:?}; operations: {:?}",
            t.responses,
            t.requests,
            t.operations.len(),
            t.unlisted_errors,
            t.not_in_spec,
            t.operations
        );
    }
}
