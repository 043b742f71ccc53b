//! The Resumable Upload API (media examples of template headers):
//!
//! * `POST /{app-id}/uploads?file_name=&file_length=&file_type=` → `{"id":"upload:<token>"}`;
//! * `POST /upload:<token>` with header `file_offset: N` and the raw bytes as
//!   the body (`Authorization: OAuth <token>` or `Bearer`) → `{"h":"<handle>"}`
//!   once the last byte has arrived (`{"id","file_offset"}` after a partial chunk);
//! * `GET /upload:<token>` → `{"id","file_offset"}` (where to resume).
//!
//! Only sizes and the handle are kept, never the bytes.

use axum::http::{HeaderMap, Method};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::json;

use crate::sandbox::error::GraphError;
use crate::sandbox::request::{Ctx, Reply};
use crate::sandbox::state::SharedState;

/// Largest request body accepted on an upload session (and largest file).
pub(crate) const MAX_UPLOAD_BYTES: usize = 100 << 20;

/// MIME types the upload API takes for template examples.
const FILE_TYPES: &[&str] = &["application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4"];

/// Whether a path segment names an upload session.
pub(crate) fn is_session(segment: &str) -> bool {
    segment.starts_with("upload:")
}

/// Deterministic session token.
pub(crate) fn token(n: u64, file_name: &str, file_length: u64) -> String {
    URL_SAFE_NO_PAD.encode(format!("sbx-upload:{n}:{file_length}:{file_name}"))
}

/// `POST /{app-id}/uploads`
pub(crate) fn start(ctx: &Ctx, state: &SharedState, app_id: &str) -> Result<Reply, GraphError> {
    let file_name = ctx.param_text("file_name").filter(|n| !n.trim().is_empty()).unwrap_or_else(|| "file".into());
    let file_length = match ctx.param_text("file_length") {
        None => return Err(super::errors::required("file_length")),
        Some(l) => {
            l.trim().parse::<u64>().ok().filter(|n| *n > 0 && *n <= MAX_UPLOAD_BYTES as u64).ok_or_else(|| {
                GraphError::invalid_param(format!(
                    "Param file_length must be an integer between 1 and {MAX_UPLOAD_BYTES}"
                ))
            })?
        }
    };
    let file_type = match ctx.param_text("file_type") {
        None => return Err(super::errors::required("file_type")),
        Some(t) if FILE_TYPES.contains(&t.trim().to_ascii_lowercase().as_str()) => t.trim().to_ascii_lowercase(),
        Some(t) => {
            return Err(GraphError::invalid_param(format!(
                "Param file_type must be one of {{{}}} - got \"{t}\".",
                FILE_TYPES.join(", ")
            )));
        }
    };
    let id = state.mutate(|w| Ok(w.templates.start_upload(app_id, &file_name, file_length, &file_type)))?;
    Ok(Reply::json(json!({ "id": id })))
}

/// `GET` / `POST /upload:<token>`; `body_len` is the size of the raw body.
pub(crate) fn session(
    ctx: &Ctx,
    state: &SharedState,
    headers: &HeaderMap,
    body_len: usize,
) -> Result<Reply, GraphError> {
    let method = ctx.method.as_str();
    let Some((id, rest)) = ctx.path.split_first() else {
        return Err(GraphError::no_object(method));
    };
    if !rest.is_empty() {
        return Err(GraphError::unknown_path(&rest.join("/")));
    }
    let unsupported = || GraphError::unsupported_request(method, id);
    if ctx.method == Method::GET || ctx.method == Method::HEAD {
        return state.read(|w| {
            let s = w.templates.upload(id).ok_or_else(unsupported)?;
            Ok(Reply::json(json!({ "id": s.id, "file_offset": s.file_offset })))
        });
    }
    if ctx.method != Method::POST {
        return Err(unsupported());
    }
    let offset = match headers.get("file_offset") {
        None => return Err(GraphError::invalid_param("The file_offset header is required")),
        Some(v) => v
            .to_str()
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .ok_or_else(|| GraphError::invalid_param("The file_offset header must be a non-negative integer"))?,
    };
    let len = body_len as u64;
    let body = state.mutate(|w| {
        let s = w.templates.upload_mut(id).ok_or_else(unsupported)?;
        if offset != s.file_offset {
            return Err(GraphError::invalid_param(format!(
                "file_offset {offset} does not match the upload session, which has received {} bytes; resume from there",
                s.file_offset
            )));
        }
        let end = offset.saturating_add(len);
        if end > s.file_length {
            return Err(GraphError::invalid_param(format!(
                "The upload is longer than the declared file_length ({} bytes)",
                s.file_length
            )));
        }
        s.file_offset = end;
        if end < s.file_length {
            return Ok(json!({ "id": s.id, "file_offset": end }));
        }
        let handle = match &s.handle {
            Some(h) => h.clone(),
            None => format!("4::{}", URL_SAFE_NO_PAD.encode(format!("{}:{}:{}", s.file_type, s.file_length, s.id))),
        };
        s.handle = Some(handle.clone());
        Ok(json!({ "h": handle }))
    })?;
    Ok(Reply::json(body))
}
