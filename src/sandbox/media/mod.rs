//! Media, as the Cloud API serves it (graph-api.md §8):
//!
//! * `POST /{phone-number-id}/media` (multipart: `messaging_product`, `type`, `file`) → `{"id"}`, with
//!   Meta's type and size checks ([`crate::media`]): 131053 for an unsupported type, content that is
//!   not of the type declared, or a file over its limit;
//! * `GET /{media-id}[?phone_number_id=]` → url, mime_type, sha256, file_size, id, messaging_product;
//!   the URL is on the sandbox (`/media-download/{id}?expires=…&sig=…`), valid 5 minutes, and serves
//!   the bytes only with the bearer token, as Meta's lookaside URLs do;
//! * `DELETE /{media-id}[?phone_number_id=]` → `{"success":true}`; a deleted or unknown id is Graph's
//!   "does not exist" error (100/33).
//!
//! Rows live in the `media` table of the world database, the bytes as a BLOB.

mod multipart;
mod store;

use axum::body::Body;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use serde_json::json;

use super::error::GraphError;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use crate::media::{self, Refusal};

/// Largest upload body accepted: the document limit and room for the multipart framing.
pub(crate) const MAX_UPLOAD_BODY: usize = (100 << 20) + (64 << 10);

/// The path segment of download URLs.
pub(crate) const DOWNLOAD_SEGMENT: &str = "media-download";

/// How long a download URL is valid, as Meta's.
const URL_TTL_MS: i64 = 5 * 60 * 1000;

/// Whether `id` is a stored media object.
pub(crate) fn exists(state: &SharedState, id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
        && state.tables(|c| store::get(c, id)).ok().flatten().is_some()
}

/// Whether a request (method, path after the version) is a media upload.
pub(crate) fn is_upload(method: &axum::http::Method, rest: &[String]) -> bool {
    method == axum::http::Method::POST && rest.len() == 2 && rest[1] == "media"
}

fn upload_error(details: impl Into<String>) -> GraphError {
    GraphError::new(StatusCode::BAD_REQUEST, "OAuthException", 131_053, "(#131053) Media upload error")
        .with_details(details)
}

/// `POST /{phone-number-id}/media`.
pub(crate) fn upload(
    ctx: &Ctx,
    state: &SharedState,
    headers: &HeaderMap,
    body: &[u8],
    phone_id: &str,
) -> Result<Reply, GraphError> {
    let ctype =
        headers.get(CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()).unwrap_or_default();
    let Some(boundary) = multipart::boundary(&ctype) else {
        return Err(GraphError::invalid_param(
            "Param file is required: send the media as multipart/form-data with messaging_product, type and file",
        ));
    };
    let parts = multipart::parse(body, &boundary)
        .ok_or_else(|| GraphError::invalid_param("The multipart/form-data body is not well-formed"))?;
    let text = |name: &str| {
        parts
            .iter()
            .find(|p| p.name == name && p.file_name.is_none())
            .map(|p| String::from_utf8_lossy(p.data).trim().to_string())
    };
    match text("messaging_product").or_else(|| ctx.param_text("messaging_product")) {
        None => return Err(GraphError::invalid_param("The parameter messaging_product is required.")),
        Some(p) if p != "whatsapp" => {
            return Err(GraphError::invalid_param(format!(
                "Param messaging_product must be one of {{WHATSAPP}} - got \"{p}\"."
            )));
        }
        Some(_) => {}
    }
    let Some(file) = parts.iter().find(|p| p.name == "file" && p.file_name.is_some()) else {
        return Err(GraphError::invalid_param("The parameter file is required."));
    };
    let declared = text("type").or_else(|| file.content_type.clone()).unwrap_or_default();
    let head = &file.data[..file.data.len().min(64)];
    let ty = media::check(&declared, file.data.len() as u64, head).map_err(|r| match r {
        Refusal::Unsupported(m) => upload_error(format!(
            "Param file must be a file with one of the following types: {}. Received file of type '{m}'.",
            media::TYPES.iter().map(|t| t.mime).collect::<Vec<_>>().join(", ")
        )),
        Refusal::Mismatch { mime } => upload_error(format!("The file's content does not match its type {mime}.")),
        Refusal::TooLarge { size, limit, kind, .. } => {
            upload_error(format!("File of {size} bytes is over the {} limit of {limit} bytes.", kind.as_str()))
        }
    })?;
    let sha256 = crate::templates::media::sha256_hex(file.data);
    let new = store::New {
        phone_number_id: phone_id,
        mime_type: ty.mime,
        file_name: file.file_name.as_deref(),
        bytes: file.data,
        sha256: &sha256,
        now_ms: state.now_ms(),
    };
    let id = state.tables(|c| store::insert(c, &new))?;
    Ok(Reply::json(json!({ "id": id })))
}

/// The stored object `id` as the request may see it (`phone_number_id` must own it when given).
fn visible(ctx: &Ctx, state: &SharedState, id: &str) -> Result<store::Row, GraphError> {
    let gone = || GraphError::unsupported_request(ctx.method.as_str(), id);
    let row = state.tables(|c| store::get(c, id))?.ok_or_else(gone)?;
    match ctx.param_text("phone_number_id") {
        Some(p) if p.trim() != row.phone_number_id => Err(gone()),
        _ => Ok(row),
    }
}

/// `GET /{media-id}`.
pub(crate) fn get(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let row = visible(ctx, state, id)?;
    let expires = state.now_ms() + URL_TTL_MS;
    let url = format!(
        "http://{}/{DOWNLOAD_SEGMENT}/{}?expires={expires}&sig={}",
        ctx.host,
        row.id,
        sign(state, &row.id, expires)
    );
    Ok(Reply::json(json!({
        "messaging_product": "whatsapp",
        "url": url,
        "mime_type": row.mime_type,
        "sha256": row.sha256,
        "file_size": row.file_size.to_string(),
        "id": row.id,
    })))
}

/// `DELETE /{media-id}`.
pub(crate) fn delete(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let row = visible(ctx, state, id)?;
    if !state.tables(|c| store::delete(c, &row.id))? {
        return Err(GraphError::unsupported_request(ctx.method.as_str(), id));
    }
    Ok(Reply::success())
}

fn sign(state: &SharedState, id: &str, expires: i64) -> String {
    let text = format!("{}\n{id}\n{expires}", state.token());
    crate::templates::media::sha256_hex(text.as_bytes())[..32].to_string()
}

/// `GET /media-download/{id}?expires=&sig=` with the bearer token: the bytes. `authorized` says
/// whether the request carried the sandbox's token; `query` is the raw query.
pub(crate) fn download(
    state: &SharedState,
    path: &[String],
    query: &[(String, String)],
    authorized: Result<(), GraphError>,
) -> Result<Response, GraphError> {
    authorized?;
    let expired = || {
        GraphError::new(StatusCode::NOT_FOUND, "OAuthException", 100, "The media URL is invalid or has expired")
            .with_details("Media URLs are valid for 5 minutes: get a new one with GET /{media-id}")
    };
    let [_, id] = path else { return Err(expired()) };
    let param = |k: &str| query.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    let expires: i64 = param("expires").and_then(|e| e.parse().ok()).ok_or_else(expired)?;
    let signed = param("sig")
        .is_some_and(|s| super::routes::constant_time_eq(s.as_bytes(), sign(state, id, expires).as_bytes()));
    if !signed || expires < state.now_ms() {
        return Err(expired());
    }
    let (mime, bytes) = state.tables(|c| store::bytes(c, id))?.ok_or_else(expired)?;
    let len = bytes.len();
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&mime) {
        headers.insert(CONTENT_TYPE, v);
    }
    headers.insert(CONTENT_LENGTH, HeaderValue::from(len));
    Ok(response)
}

#[cfg(test)]
mod tests;
