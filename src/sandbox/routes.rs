//! The router: every request goes through one handler that parses the Graph
//! path (`/{version}/{node-id}[/{edge}…]`), authenticates, finds the node by
//! id and dispatches to the resource module. Anything unexpected becomes a
//! Graph error JSON (never HTML, never an empty body).

use axum::Router;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, HOST};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::response::Response;
use serde_json::{Map, Value};

use super::error::GraphError;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::templates::{self, upload};
use super::version::{self, NEWEST, Served};
use super::{accounts, debug_token, numbers};

/// Largest request body accepted.
const MAX_BODY: usize = 1 << 20;

/// The sandbox's axum router over `state`.
pub fn router(state: SharedState) -> Router {
    Router::new().fallback(handle).with_state(state)
}

/// What a node id refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Business,
    Waba,
    PhoneNumber,
    Template,
    App,
}

async fn handle(State(state): State<SharedState>, req: Request) -> Response {
    let started = std::time::Instant::now();
    let trace = state.next_trace_id();
    let (parts, body) = req.into_parts();
    let is_upload = upload::is_session_path(parts.uri.path());
    let body = to_bytes(body, if is_upload { upload::MAX_UPLOAD_BYTES } else { MAX_BODY }).await;
    let body_len = body.as_ref().map_or(0, Bytes::len);
    let mut served = None;
    let result = parse(&state, &parts, body, &mut served).and_then(|ctx| {
        if is_upload { upload::session(&ctx, &state, &parts.headers, body_len) } else { dispatch(&state, &ctx) }
    });
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

/// Checks the version and the token and builds the request context. `served`
/// is set as soon as the version is known, so errors carry it too.
fn parse(
    state: &SharedState,
    parts: &Parts,
    body: Result<Bytes, axum::Error>,
    served: &mut Option<Served>,
) -> Result<Ctx, GraphError> {
    let body = body.map_err(|_| GraphError::invalid_param("Request body is too large"))?;
    let segments: Vec<&str> = parts.uri.path().split('/').filter(|s| !s.is_empty()).collect();
    let Some((first, rest)) = segments.split_first() else {
        return Err(GraphError::no_object(parts.method.as_str()));
    };
    let version = version::resolve(first, state.today())?;
    *served = Some(version);
    let query = query_pairs(parts.uri.query());
    let mut params: Map<String, Value> = Map::new();
    for (k, v) in &query {
        params.entry(k.clone()).or_insert_with(|| Value::String(v.clone()));
    }
    // Upload sessions take raw file bytes as the body, not parameters.
    let raw_body = rest.first().is_some_and(|s| upload::is_session(s));
    if parts.method != Method::GET && parts.method != Method::HEAD && !raw_body {
        params.extend(body_params(&parts.headers, &body)?);
    }
    authenticate(state, &parts.headers, &params)?;
    Ok(Ctx {
        method: parts.method.clone(),
        served: version,
        query,
        params,
        host: host(&parts.headers),
        path: rest.iter().map(|s| (*s).to_owned()).collect(),
    })
}

fn dispatch(state: &SharedState, ctx: &Ctx) -> Result<Reply, GraphError> {
    let method = if ctx.method == Method::HEAD { &Method::GET } else { &ctx.method };
    let Some((id, edge)) = ctx.path.split_first() else {
        return Err(GraphError::no_object(method.as_str()));
    };
    let id = id.as_str();
    if id == "debug_token" && edge.is_empty() && method == Method::GET {
        return debug_token::get(ctx, state);
    }
    let kind = state.read(|w| {
        if w.business.id == id {
            Some(Kind::Business)
        } else if w.waba(id).is_some() {
            Some(Kind::Waba)
        } else if w.phone_number(id).is_some() {
            Some(Kind::PhoneNumber)
        } else if templates::exists(w, id) {
            Some(Kind::Template)
        } else if w.app_id == id {
            Some(Kind::App)
        } else {
            None
        }
    });
    let Some(kind) = kind else {
        return Err(GraphError::unsupported_request(method.as_str(), id));
    };
    let unsupported = || GraphError::unsupported_request(method.as_str(), id);
    let edge_name = edge.first().map(String::as_str);
    if edge.len() > 1 {
        return Err(GraphError::unknown_path(&edge.join("/")));
    }
    match (kind, edge_name, method) {
        (Kind::Business, None, &Method::GET) => state.read(|w| accounts::get_business(ctx, w)),
        (Kind::Business, Some("owned_whatsapp_business_accounts"), &Method::GET) => {
            state.read(|w| accounts::owned_wabas(ctx, w))
        }
        (Kind::Business, Some("client_whatsapp_business_accounts"), &Method::GET) => {
            state.read(|w| accounts::client_wabas(ctx, w))
        }
        (Kind::Waba, None, &Method::GET) => state.read(|w| match w.waba(id) {
            Some(waba) => accounts::get_waba(ctx, w, waba),
            None => Err(unsupported()),
        }),
        (Kind::Waba, Some("phone_numbers"), &Method::GET) => state.read(|w| match w.waba(id) {
            Some(waba) => numbers::list(ctx, w, waba),
            None => Err(unsupported()),
        }),
        (Kind::PhoneNumber, None, &Method::GET) => state.read(|w| match w.phone_number(id) {
            Some(p) => numbers::get(ctx, w, p),
            None => Err(unsupported()),
        }),
        (Kind::PhoneNumber, None, &Method::POST) => numbers::update(ctx, state, id),
        (Kind::Waba, Some("message_templates"), &Method::GET) => templates::list(ctx, state, id),
        (Kind::Waba, Some("message_templates"), &Method::POST) => templates::create(ctx, state, id),
        (Kind::Waba, Some("message_templates"), &Method::DELETE) => templates::delete(ctx, state, id),
        (Kind::Template, None, &Method::GET) => templates::get(ctx, state, id),
        (Kind::Template, None, &Method::POST) => templates::edit(ctx, state, id),
        (Kind::App, Some("uploads"), &Method::POST) => upload::start(ctx, state, id),
        (_, None, _) => Err(unsupported()),
        (_, Some(e), _) if is_known_edge(kind, e) => Err(unsupported()),
        (_, Some(e), _) => Err(GraphError::unknown_path(e)),
    }
}

/// Edges that exist (for some method) on a node kind.
fn is_known_edge(kind: Kind, edge: &str) -> bool {
    match kind {
        Kind::Business => matches!(edge, "owned_whatsapp_business_accounts" | "client_whatsapp_business_accounts"),
        Kind::Waba => matches!(edge, "phone_numbers" | "message_templates"),
        Kind::App => edge == "uploads",
        Kind::PhoneNumber | Kind::Template => false,
    }
}

/// Bearer header (or `OAuth`), else `access_token` parameter.
fn authenticate(state: &SharedState, headers: &HeaderMap, params: &Map<String, Value>) -> Result<(), GraphError> {
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

fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    query
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect())
        .unwrap_or_default()
}

/// Parameters from a JSON or form-encoded body.
fn body_params(headers: &HeaderMap, body: &[u8]) -> Result<Map<String, Value>, GraphError> {
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
