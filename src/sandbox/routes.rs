//! The router: every request goes through one handler that parses the Graph
//! path (`/{version}/{node-id}[/{edge}…]`, the version optional), routes it
//! (`dispatch`), then parses the body, authenticates and runs the handler. Anything unexpected becomes a
//! Graph error JSON (never HTML, never an empty body).

use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::response::Response;
use serde_json::{Map, Value};

use super::error::GraphError;
use super::faults::Injected;
use super::faults::conn::Kill;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::templates::upload;
use super::version::{self, NEWEST, Served};
use super::{dispatch, media};

/// Largest request body accepted.
const MAX_BODY: usize = 1 << 20;

/// The sandbox's axum router over `state`.
pub fn router(state: SharedState) -> Router {
    super::record::wrap(Router::new().fallback(handle).with_state(state))
}

async fn handle(State(state): State<SharedState>, req: Request) -> Response {
    let started = std::time::Instant::now();
    let trace = state.next_trace_id();
    let (parts, body) = req.into_parts();
    let segments: Vec<String> = parts.uri.path().split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect();
    if segments.first().is_some_and(|s| s == media::DOWNLOAD_SEGMENT) {
        return media_download(&state, &parts, &segments, &trace, started);
    }
    let split = split_version(&segments, parts.method.as_str(), state.today());
    let is_upload = matches!(&split, Ok((_, rest)) if rest.first().is_some_and(|s| upload::is_session(s)));
    let is_media = matches!(&split, Ok((_, rest)) if media::is_upload(&parts.method, rest));
    let limit = if is_media {
        media::MAX_UPLOAD_BODY
    } else if is_upload {
        upload::MAX_UPLOAD_BYTES
    } else {
        MAX_BODY
    };
    let body = to_bytes(body, limit).await;
    let served = split.as_ref().ok().map(|(v, _)| *v);
    let checked = match (&split, &body) {
        (Ok((_, rest)), Ok(bytes)) => super::deliver::verify::preflight(&state, &parts, rest, bytes).await,
        _ => Ok(()),
    };
    let mut result = checked
        .and_then(|()| split.and_then(|(version, rest)| process(&state, &parts, version, rest, body, is_upload)));
    if let Ok(Reply { pending: pending @ Some(_), .. }) = &mut result
        && let Some(pending) = pending.take()
    {
        result = match pending.await {
            Ok(Ok(())) => result,
            Ok(Err(e)) => Err(e),
            Err(_) => Err(GraphError::internal("sandbox database: the write was dropped")),
        };
    }
    if let Ok(Reply { injected: injected @ Some(_), .. }) = &mut result
        && let Some(injected) = injected.take()
    {
        result = inject(&parts, result, injected).await;
    }
    match &result {
        Ok(_) => tracing::debug!(method = %parts.method, path = parts.uri.path(), "sandbox: ok"),
        Err(e) => {
            tracing::debug!(method = %parts.method, path = parts.uri.path(), code = e.code, "sandbox: graph error")
        }
    }
    let code = result.as_ref().err().map(|e| i64::from(e.code));
    let response = finish(&trace, served, result);
    state.log_served(&parts.method, parts.uri.path(), response.status().as_u16(), code, trace, started);
    response
}

/// Applies an injected fault to a reply whose write committed.
async fn inject(parts: &Parts, reply: Result<Reply, GraphError>, injected: Injected) -> Result<Reply, GraphError> {
    match injected {
        Injected::Fail(e) => Err(e),
        Injected::Slow(delay) => {
            tokio::time::sleep(delay).await;
            reply
        }
        Injected::Drop => {
            match parts.extensions.get::<ConnectInfo<Kill>>() {
                Some(ConnectInfo(kill)) => kill.throw(),
                None => tracing::warn!("sandbox: cannot drop a connection not accepted by the fault listener"),
            }
            reply
        }
    }
}

/// Splits off the version segment. A path without one (`/1200000000000001`)
/// is served at the default version, as Graph serves unversioned calls; a
/// segment that looks like a version (`v` and a digit) must be a valid one.
fn split_version(segments: &[String], method: &str, today: i64) -> Result<(Served, Vec<String>), GraphError> {
    let Some((first, rest)) = segments.split_first() else {
        return Err(GraphError::no_object(method));
    };
    let mut chars = first.chars();
    let versioned = matches!(chars.next(), Some('v' | 'V')) && chars.next().is_some_and(|c| c.is_ascii_digit());
    if versioned {
        Ok((version::resolve(first, today)?, rest.to_vec()))
    } else {
        Ok((version::unversioned(today), segments.to_vec()))
    }
}

/// Routes (before the body is parsed), then parses the body, authenticates,
/// checks the query parameters and runs the handler.
fn process(
    state: &SharedState,
    parts: &Parts,
    version: Served,
    rest: Vec<String>,
    body: Result<Bytes, axum::Error>,
    is_upload: bool,
) -> Result<Reply, GraphError> {
    let route = if is_upload { None } else { Some(dispatch::resolve(state, &parts.method, &rest)?) };
    let body = body.map_err(|_| GraphError::invalid_param("Request body is too large"))?;
    let query = query_pairs(parts.uri.query());
    let mut params: Map<String, Value> = Map::new();
    for (k, v) in &query {
        params.entry(k.clone()).or_insert_with(|| Value::String(v.clone()));
    }
    // Upload sessions take raw file bytes as the body, not parameters.
    let media_upload = matches!(route, Some((dispatch::Route::MediaUpload, _)));
    if parts.method != Method::GET && parts.method != Method::HEAD && !is_upload && !media_upload {
        params.extend(body_params(&parts.headers, &body)?);
    }
    authenticate(state, &parts.headers, &params)?;
    let ctx =
        Ctx { method: parts.method.clone(), served: version, query, params, host: host(&parts.headers), path: rest };
    match route {
        None => upload::session(&ctx, state, &parts.headers, body.len()),
        Some((route, id)) => {
            dispatch::check_query(route, &ctx)?;
            if media_upload {
                return media::upload(&ctx, state, &parts.headers, &body, &id);
            }
            dispatch::run(state, &ctx, route, &id)
        }
    }
}

/// `GET /media-download/{id}?…`: the bytes of a media object (with the bearer token), not JSON.
fn media_download(
    state: &SharedState,
    parts: &Parts,
    segments: &[String],
    trace: &str,
    started: std::time::Instant,
) -> Response {
    let query = query_pairs(parts.uri.query());
    let authorized = authenticate(state, &parts.headers, &Map::new());
    let result = if parts.method == Method::GET {
        media::download(state, segments, &query, authorized)
    } else {
        Err(GraphError::unsupported_request(parts.method.as_str(), media::DOWNLOAD_SEGMENT))
    };
    let (response, code) = match result {
        Ok(response) => (response, None),
        Err(e) => {
            let code = Some(i64::from(e.code));
            (finish(trace, None, Err(e)), code)
        }
    };
    state.log_served(&parts.method, parts.uri.path(), response.status().as_u16(), code, trace.to_owned(), started);
    response
}

/// Bearer header (or `OAuth`), else `access_token` parameter.
pub(super) fn authenticate(
    state: &SharedState,
    headers: &HeaderMap,
    params: &Map<String, Value>,
) -> Result<(), GraphError> {
    let from_header = headers.get(AUTHORIZATION).map(|v| {
        let v = String::from_utf8_lossy(v.as_bytes()).trim().to_owned();
        match v.split_once(' ') {
            Some((scheme, tok)) if scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("oauth") => {
                tok.trim().to_owned()
            }
            _ => v,
        }
    });
    let token = from_header
        .or_else(|| params.get("access_token").and_then(Value::as_str).map(str::to_owned))
        .filter(|t| !t.is_empty());
    match token {
        None => Err(GraphError::missing_token()),
        Some(t) if constant_time_eq(t.as_bytes(), state.token().as_bytes()) => Ok(()),
        Some(_) => Err(GraphError::bad_token()),
    }
}

pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub(super) fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    query
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
        .unwrap_or_default()
}

/// Parameters from a JSON or form-encoded body.
pub(super) fn body_params(headers: &HeaderMap, body: &[u8]) -> Result<Map<String, Value>, GraphError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    let ctype = headers
        .get(CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).to_ascii_lowercase())
        .unwrap_or_default();
    if ctype.contains("json") {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => Ok(m),
            _ => Err(GraphError::invalid_param("The request body must be a JSON object")),
        }
    } else if ctype.contains("multipart") {
        Err(GraphError::invalid_param(
            "multipart/form-data bodies are not supported by the sandbox here; send JSON or form data",
        ))
    } else {
        Ok(url::form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), Value::String(v.into_owned()))).collect())
    }
}

/// The `Host` header if it looks like `host[:port]`, else the loopback.
fn host(headers: &HeaderMap) -> String {
    headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]_".contains(&b)))
        .unwrap_or("127.0.0.1")
        .to_owned()
}

/// Serializes the outcome with the headers every Graph response carries.
fn finish(trace: &str, served: Option<Served>, result: Result<Reply, GraphError>) -> Response {
    let (status, body, mut extra) = match result {
        Ok(reply) => (axum::http::StatusCode::OK, reply.body, reply.headers),
        Err(e) => {
            let mut extra = Vec::new();
            if let Some(v) = e.www_authenticate() {
                extra.push(("www-authenticate", v));
            }
            (e.status, e.body(trace), extra)
        }
    };
    let version = served.map_or(NEWEST, |s| s.version);
    extra.push(("facebook-api-version", version.to_string()));
    extra.push(("x-fb-trace-id", trace.to_owned()));
    extra.push(("x-fb-request-id", trace.to_owned()));
    if let Some(w) = served.and_then(|s| s.warning()) {
        extra.push(("x-ad-api-version-warning", w));
    }
    let mut resp = Response::new(Body::from(body.to_string()));
    *resp.status_mut() = status;
    let headers = resp.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json; charset=UTF-8"));
    for (name, value) in extra {
        if let Ok(v) = HeaderValue::from_str(&value) {
            headers.insert(name, v);
        }
    }
    resp
}
