//! HTTP-level tests: each test starts a sandbox on 127.0.0.1:0 and talks to
//! it with reqwest, like the CLI does.

mod catalogue;
mod commit;
mod debug_token;
mod deliver;
mod deliver_world;
mod endpoints;
mod errors;
mod paging;
mod persist;
mod queries;
mod reads;
mod receiver;
mod templates;

use reqwest::header::HeaderMap;
use serde_json::Value;

use super::{RunningSandbox, SandboxOptions, SharedState, router, start};

pub(super) const TOKEN: &str = "sandbox-test-token";
pub(super) const WABA: &str = "1200000000000001";
pub(super) const BUSINESS: &str = "1300000000000001";
pub(super) const PN1: &str = "1100000000000001";

pub(super) async fn sandbox(state_path: Option<std::path::PathBuf>) -> RunningSandbox {
    start(SandboxOptions {
        state_path,
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: crate::sandbox::DEFAULT_REVIEW_DELAY,
        status_delay: crate::sandbox::messages::DEFAULT_STATUS_DELAY,
        unlimited_throughput: false,
        app_secret: None,
        webhooks: None,
        faults: None,
    })
    .await
    .unwrap()
}

/// Serves `state` with plain `axum::serve`; returns the base URL.
pub(super) async fn serve_state(state: SharedState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router(state)).await });
    format!("http://{addr}")
}

#[derive(Debug)]
pub(super) struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Asserts a Graph error envelope and returns its `error` object.
    pub fn graph_error(&self, status: u16, code: u64) -> &serde_json::Map<String, Value> {
        assert_eq!(self.status, status, "{:#}", self.body);
        let e = self.body["error"].as_object().unwrap_or_else(|| panic!("{:#}", self.body));
        assert_eq!(e["code"], code, "{:#}", self.body);
        assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(e["type"].is_string());
        let trace = e["fbtrace_id"].as_str().unwrap();
        assert_eq!(trace.len(), 23);
        assert_eq!(self.header("x-fb-trace-id"), Some(trace));
        e
    }
}

pub(super) async fn send(req: reqwest::RequestBuilder) -> Resp {
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    let text = r.text().await.unwrap();
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/json; charset=UTF-8"),
        "{text}"
    );
    assert!(headers.contains_key("facebook-api-version"));
    assert!(headers.contains_key("x-fb-trace-id"));
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text:?}"));
    Resp { status, headers, body }
}

/// A reqwest client. reqwest is built with `rustls-no-provider`, so even a
/// plain-http client needs a process-wide crypto provider installed first.
pub(super) fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Authenticated GET of `base` + `path` (path includes the version and query).
pub(super) async fn get(base: &str, path: &str) -> Resp {
    send(client().get(format!("{base}{path}")).bearer_auth(TOKEN)).await
}
