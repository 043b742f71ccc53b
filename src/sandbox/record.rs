//! A test hook: with `WABA_SANDBOX_RECORD=FILE` in the environment, every
//! request the sandbox answers is appended to FILE as one JSON line —
//! method, path, query, request body (JSON or form parameters; upload bytes
//! are left out), status and response body — so a test can check the
//! exchanges against Meta's OpenAPI spec. Off (and free) when unset.

use std::io::Write;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::Request;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::{self, Next};
use axum::response::Response;
use serde_json::{Map, Value, json};

/// The environment variable naming the file to append to.
pub const RECORD_ENV: &str = "WABA_SANDBOX_RECORD";

/// Bodies larger than this are not buffered for the record (uploads are capped lower anyway).
const MAX_RECORDED: usize = 128 << 20;

/// `router`, recording to the file `WABA_SANDBOX_RECORD` names when it is set.
pub(super) fn wrap(router: Router) -> Router {
    match std::env::var_os(RECORD_ENV).filter(|v| !v.is_empty()) {
        Some(path) => {
            let path = PathBuf::from(path);
            router.layer(middleware::from_fn(move |req, next| record(path.clone(), req, next)))
        }
        None => router,
    }
}

async fn record(path: PathBuf, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(request_bytes) = to_bytes(body, MAX_RECORDED).await else {
        return next.run(Request::from_parts(parts, Body::empty())).await;
    };
    let request_type = header(parts.headers.get(CONTENT_TYPE));
    let method = parts.method.to_string();
    let path_str = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or_default().to_owned();
    let request_body = parse_body(&request_type, &request_bytes);
    let response = next.run(Request::from_parts(parts, Body::from(request_bytes))).await;

    let (parts, body) = response.into_parts();
    let Ok(response_bytes) = to_bytes(body, MAX_RECORDED).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let line = json!({
        "method": method,
        "path": path_str,
        "query": query,
        "request_content_type": request_type,
        "request_body": request_body,
        "status": parts.status.as_u16(),
        "response_body": serde_json::from_slice::<Value>(&response_bytes).unwrap_or(Value::Null),
    });
    append(&path, &line);
    Response::from_parts(parts, Body::from(response_bytes))
}

fn header(value: Option<&axum::http::HeaderValue>) -> String {
    value.map(|v| String::from_utf8_lossy(v.as_bytes()).to_ascii_lowercase()).unwrap_or_default()
}

/// JSON bodies as JSON, form bodies as an object of strings; anything else (upload bytes) as null.
fn parse_body(content_type: &str, bytes: &Bytes) -> Value {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else if content_type.contains("json") {
        serde_json::from_slice(bytes).unwrap_or(Value::Null)
    } else if content_type.contains("x-www-form-urlencoded") {
        let form: Map<String, Value> =
            url::form_urlencoded::parse(bytes).map(|(k, v)| (k.into_owned(), Value::String(v.into_owned()))).collect();
        Value::Object(form)
    } else {
        Value::Null
    }
}

/// One `write` per line, in append mode, so concurrent sandboxes do not interleave lines.
fn append(path: &Path, line: &Value) {
    let mut text = line.to_string();
    text.push('\n');
    let written =
        std::fs::OpenOptions::new().create(true).append(true).open(path).and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        tracing::warn!(path = %path.display(), error = %e, "sandbox: cannot append to the {RECORD_ENV} file");
    }
}
