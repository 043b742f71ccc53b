//! Meta's verification request: before `POST /{waba-id}/subscribed_apps`
//! stores an `override_callback_uri`, the sandbox GETs
//! `URL?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…` and requires
//! HTTP 200 with exactly the challenge as the body; otherwise the POST fails
//! with code 2200 and nothing is stored (graph-api.md §3, §5.3).
//!
//! Handlers are synchronous, so this runs as an async pre-flight of the router.

use std::time::Duration;

use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use serde_json::{Map, Value};

use crate::sandbox::error::GraphError;
use crate::sandbox::state::SharedState;
use crate::sandbox::{routes, subscribed_apps};

/// How long the receiver has to answer the verification request.
const TIMEOUT: Duration = Duration::from_secs(10);

/// For an authenticated `POST /{waba-id}/subscribed_apps` with a callback URL and a verify
/// token, the handshake; every other request (and any malformed one, whose handler reports
/// the error) passes.
pub(crate) async fn preflight(
    state: &SharedState,
    parts: &Parts,
    rest: &[String],
    body: &[u8],
) -> Result<(), GraphError> {
    let [waba, edge] = rest else { return Ok(()) };
    if parts.method != Method::POST || edge != "subscribed_apps" || !state.read(|w| w.waba(waba).is_some()) {
        return Ok(());
    }
    let mut params: Map<String, Value> = Map::new();
    for (k, v) in routes::query_pairs(parts.uri.query()) {
        params.entry(k).or_insert(Value::String(v));
    }
    match routes::body_params(&parts.headers, body) {
        Ok(p) => params.extend(p),
        Err(_) => return Ok(()),
    }
    if routes::authenticate(state, &parts.headers, &params).is_err() {
        return Ok(());
    }
    let text = |k: &str| params.get(k).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    let token = params.get("verify_token").and_then(Value::as_str).filter(|t| !t.is_empty());
    let (Some(uri), Some(token)) = (text("override_callback_uri"), token) else { return Ok(()) };
    if !subscribed_apps::is_callback_url(uri) {
        return Ok(());
    }
    handshake(uri, token).await
}

/// GETs the verification request from `uri`; `Ok` when it echoed the challenge.
pub async fn handshake(uri: &str, verify_token: &str) -> Result<(), GraphError> {
    let challenge = rand::random::<u64>().to_string();
    let mut url = url::Url::parse(uri).map_err(|e| failed(uri, &format!("the URL does not parse ({e})")))?;
    url.query_pairs_mut()
        .append_pair("hub.mode", "subscribe")
        .append_pair("hub.challenge", &challenge)
        .append_pair("hub.verify_token", verify_token);
    let resp = super::send::client(TIMEOUT).get(url).send().await.map_err(|e| {
        let what = if e.is_timeout() {
            "it did not answer within 10 s".to_owned()
        } else {
            // Not `e` itself: its URL's query carries the verify token.
            format!("it cannot be reached ({})", super::send::root_cause(&e))
        };
        failed(uri, &what)
    })?;
    let status = resp.status();
    let body = resp.text().await.unwrap_or_default();
    let shown: String = body.chars().take(80).filter(|c| !c.is_control()).collect();
    if status != StatusCode::OK {
        return Err(failed(
            uri,
            &format!("it answered HTTP {} (body \"{shown}\"); it must answer 200", status.as_u16()),
        ));
    }
    if body != challenge {
        return Err(failed(
            uri,
            &format!(
                "it answered \"{shown}\" instead of the hub.challenge value (the body must be exactly the challenge)"
            ),
        ));
    }
    Ok(())
}

fn failed(uri: &str, what: &str) -> GraphError {
    GraphError::new(
        StatusCode::BAD_REQUEST,
        "OAuthException",
        2200,
        format!(
            "(#2200) Callback verification failed with the following errors: the verification request to {uri}: {what}"
        ),
    )
}
