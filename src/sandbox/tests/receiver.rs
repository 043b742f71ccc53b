//! A webhook receiver for the delivery tests: records every POST (headers and
//! raw body), fails the first attempts of each body when told to, and answers
//! Meta's verification request (rightly or wrongly).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use serde_json::Value;

/// The verify token the receiver expects.
pub(super) const VERIFY_TOKEN: &str = "vt-sandbox-test";

/// One POST received.
#[derive(Debug, Clone)]
pub(super) struct Got {
    pub signature: Option<String>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// 1 for the first time this body arrived.
    pub attempt: usize,
    /// Whether it was answered 200.
    pub accepted: bool,
}

#[derive(Default)]
struct Inner {
    got: Vec<Got>,
    seen: HashMap<Vec<u8>, usize>,
}

#[derive(Clone)]
pub(super) struct Receiver {
    inner: Arc<Mutex<Inner>>,
    /// Attempts of each body answered 500 before one is accepted.
    fail_first: usize,
    /// Whether the verification request gets the challenge back.
    echo_right: bool,
    /// The failed attempts hang (never answer) instead of answering 500.
    hang: bool,
    pub url: String,
}

impl Receiver {
    pub async fn start(fail_first: usize, echo_right: bool) -> Receiver {
        Self::started(fail_first, echo_right, false).await
    }

    /// A receiver whose first `fail_first` attempts of each body never get an answer.
    pub async fn hanging(fail_first: usize) -> Receiver {
        Self::started(fail_first, true, true).await
    }

    async fn started(fail_first: usize, echo_right: bool, hang: bool) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let r = Receiver { inner: Arc::default(), fail_first, echo_right, hang, url };
        let app = Router::new().route("/hook", get(verify).post(receive)).with_state(r.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        r
    }

    /// Every POST so far.
    pub fn all(&self) -> Vec<Got> {
        self.inner.lock().unwrap().got.clone()
    }

    /// The accepted deliveries, parsed.
    pub fn events(&self) -> Vec<Value> {
        self.all().iter().filter(|g| g.accepted).map(|g| serde_json::from_slice(&g.body).unwrap()).collect()
    }

    /// `(message id, status)` of each accepted status delivery.
    pub fn statuses(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for e in self.events() {
            let s = &e["entry"][0]["changes"][0]["value"]["statuses"][0];
            if let (Some(id), Some(status)) = (s["id"].as_str(), s["status"].as_str()) {
                out.push((id.to_owned(), status.to_owned()));
            }
        }
        out
    }

    /// Waits (at most 20 s, then panics with what arrived) until `done` holds.
    pub async fn wait_for(&self, what: &str, done: impl Fn(&Receiver) -> bool) {
        for _ in 0..1000 {
            if done(self) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("never got {what}; got {:#?}", self.events());
    }
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let accepted = {
        let mut inner = r.inner.lock().unwrap();
        let attempt = {
            let n = inner.seen.entry(body.to_vec()).or_insert(0);
            *n += 1;
            *n
        };
        let accepted = attempt > r.fail_first;
        inner.got.push(Got {
            signature: header("x-hub-signature-256"),
            content_type: header("content-type"),
            body: body.to_vec(),
            attempt,
            accepted,
        });
        accepted
    };
    if !accepted && r.hang {
        std::future::pending::<()>().await;
    }
    if accepted { StatusCode::OK } else { StatusCode::INTERNAL_SERVER_ERROR }
}

async fn verify(State(r): State<Receiver>, Query(q): Query<HashMap<String, String>>) -> (StatusCode, String) {
    let right = q.get("hub.mode").map(String::as_str) == Some("subscribe")
        && q.get("hub.verify_token").map(String::as_str) == Some(VERIFY_TOKEN);
    match (right, r.echo_right) {
        (true, true) => (StatusCode::OK, q.get("hub.challenge").cloned().unwrap_or_default()),
        (true, false) => (StatusCode::OK, "not-the-challenge".into()),
        (false, _) => (StatusCode::FORBIDDEN, "wrong verify token".into()),
    }
}
