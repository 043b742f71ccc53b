//! An HTTP receiver for Meta's webhook deliveries (graph-api.md §10.1–10.2), usable
//! in-process (`webhooks listen`, and anything that must wait for a status).
//!
//! GET on the path answers Meta's verification handshake; POST checks
//! `X-Hub-Signature-256` over the body bytes exactly as received, answers at once and
//! hands the delivery to the caller through a bounded queue. When the queue is full
//! the handler waits for room, so a burst slows the sender down instead of growing
//! memory.

use std::fmt;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::{mpsc, oneshot};

use super::signature::{self, SignatureError};

/// How the receiver behaves.
#[derive(Clone)]
pub struct ReceiverConfig {
    /// The path Meta posts to, e.g. `/webhook`.
    pub path: String,
    /// The app secret; `None` accepts deliveries without checking their signature.
    pub app_secret: Option<Vec<u8>>,
    /// The verify token of the handshake; `None` refuses every handshake.
    pub verify_token: Option<String>,
    /// Deliveries waiting for the caller at most (at least 1).
    pub queue: usize,
}

impl fmt::Debug for ReceiverConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceiverConfig")
            .field("path", &self.path)
            .field("app_secret", &self.app_secret.as_ref().map(|_| "[redacted]"))
            .field("verify_token", &self.verify_token.as_ref().map(|_| "[redacted]"))
            .field("queue", &self.queue)
            .finish()
    }
}

/// The default queue length.
pub const DEFAULT_QUEUE: usize = 1024;

/// One accepted POST.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// When it arrived.
    pub received_at: jiff::Timestamp,
    /// The request headers, names in lowercase, as received (values not UTF-8 are lossy).
    pub headers: Vec<(String, String)>,
    /// The body, byte for byte.
    pub body: Bytes,
    /// Whether its signature was checked and matched.
    pub verified: bool,
}

impl Delivery {
    /// A header's value (name in lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The `X-Hub-Signature-256` header.
    pub fn signature(&self) -> Option<&str> {
        self.header(signature::HEADER)
    }
}

/// What happened at the receiver, in arrival order.
#[derive(Debug, Clone)]
pub enum Incoming {
    /// A delivery to process.
    Delivery(Delivery),
    /// A POST refused (401 missing, 403 wrong signature); never processed.
    Refused { received_at: jiff::Timestamp, reason: SignatureError, status: u16, bytes: usize },
    /// A verification handshake, answered.
    Handshake { accepted: bool, why: &'static str },
}

struct Shared {
    config: ReceiverConfig,
    tx: mpsc::Sender<Incoming>,
}

/// The receiver's routes, sending what arrives to `tx` (for embedding in another server).
pub fn router(config: ReceiverConfig, tx: mpsc::Sender<Incoming>) -> Router {
    let path = config.path.clone();
    Router::new().route(&path, get(handshake).post(deliver)).with_state(Arc::new(Shared { config, tx }))
}

/// A running receiver.
pub struct Receiver {
    addr: SocketAddr,
    incoming: mpsc::Receiver<Incoming>,
    stop: Option<oneshot::Sender<()>>,
    task: Task,
}

enum Task {
    /// Served by a task of the caller's runtime.
    Local(tokio::task::JoinHandle<()>),
    /// Served by a runtime of its own, on its own threads.
    Thread(Option<std::thread::JoinHandle<()>>),
}

/// Binds `addr` (port 0: any free port) and serves until [`Receiver::shutdown`] or drop.
pub async fn start(addr: SocketAddr, config: ReceiverConfig) -> std::io::Result<Receiver> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let (tx, incoming) = mpsc::channel(config.queue.max(1));
    let app = router(config, tx);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    Ok(Receiver { addr, incoming, stop: Some(stop), task: Task::Local(task) })
}

/// As [`start`], but served by a multi-threaded runtime of its own with `workers` threads,
/// so checking signatures runs beside the caller's processing (for a single-threaded caller).
pub fn start_on_threads(addr: SocketAddr, config: ReceiverConfig, workers: usize) -> std::io::Result<Receiver> {
    let (tx, incoming) = mpsc::channel(config.queue.max(1));
    let (stop, stopped) = oneshot::channel::<()>();
    let (ready, bound) = std::sync::mpsc::channel::<std::io::Result<SocketAddr>>();
    let thread = std::thread::Builder::new().name("webhook-receiver".into()).spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(workers.max(1)).enable_all().build();
        let runtime = match runtime {
            Ok(rt) => rt,
            Err(e) => {
                let _ = ready.send(Err(e));
                return;
            }
        };
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::bind(addr).await {
                Ok(l) => l,
                Err(e) => {
                    let _ = ready.send(Err(e));
                    return;
                }
            };
            let _ = ready.send(listener.local_addr());
            let app = router(config, tx);
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
    })?;
    let addr = bound.recv().map_err(|_| std::io::Error::other("the receiver thread stopped"))??;
    Ok(Receiver { addr, incoming, stop: Some(stop), task: Task::Thread(Some(thread)) })
}

impl Receiver {
    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many arrivals wait in the queue.
    pub fn pending(&self) -> usize {
        self.incoming.len()
    }

    /// The next thing that arrived; `None` once the server stopped.
    pub async fn recv(&mut self) -> Option<Incoming> {
        self.incoming.recv().await
    }

    /// Stop accepting connections and wait for the server task.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.incoming.close();
        match &mut self.task {
            Task::Local(task) => {
                let _ = task.await;
            }
            Task::Thread(thread) => {
                if let Some(thread) = thread.take() {
                    let _ = tokio::task::spawn_blocking(move || thread.join()).await;
                }
            }
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[derive(Default)]
struct Hub {
    mode: Option<String>,
    verify_token: Option<String>,
    challenge: Option<String>,
}

impl Hub {
    fn parse(query: &str) -> Self {
        let mut hub = Self::default();
        for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let slot = match key.as_ref() {
                "hub.mode" => &mut hub.mode,
                "hub.verify_token" => &mut hub.verify_token,
                "hub.challenge" => &mut hub.challenge,
                _ => continue,
            };
            *slot = Some(value.into_owned());
        }
        hub
    }
}

/// Equal bytes, in time that depends on the lengths only.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hub_answer(config: &ReceiverConfig, hub: &Hub) -> Result<String, &'static str> {
    if hub.mode.as_deref() != Some("subscribe") {
        return Err("hub.mode is not subscribe");
    }
    let Some(expected) = &config.verify_token else { return Err("no verify token is configured") };
    let given = hub.verify_token.as_deref().unwrap_or_default();
    if !same(given.as_bytes(), expected.as_bytes()) {
        return Err("hub.verify_token does not match");
    }
    hub.challenge.clone().ok_or("no hub.challenge")
}

async fn handshake(State(shared): State<Arc<Shared>>, RawQuery(query): RawQuery) -> Response {
    let hub = Hub::parse(query.as_deref().unwrap_or_default());
    let (response, accepted, why) = match hub_answer(&shared.config, &hub) {
        Ok(challenge) => {
            ((StatusCode::OK, [(header::CONTENT_TYPE, "text/plain")], challenge).into_response(), true, "ok")
        }
        Err(why) => (StatusCode::FORBIDDEN.into_response(), false, why),
    };
    let _ = shared.tx.send(Incoming::Handshake { accepted, why }).await;
    response
}

async fn deliver(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let received_at = jiff::Timestamp::now();
    let given = headers.get(signature::HEADER).map(|v| v.as_bytes());
    let verified = match &shared.config.app_secret {
        None => false,
        Some(secret) => match signature::verify(secret, &body, given) {
            Ok(()) => true,
            Err(reason) => {
                let status = if reason == SignatureError::Missing { 401 } else { 403 };
                let refused = Incoming::Refused { received_at, reason, status, bytes: body.len() };
                let _ = shared.tx.send(refused).await;
                return StatusCode::from_u16(status).unwrap_or(StatusCode::FORBIDDEN);
            }
        },
    };
    let headers = headers
        .iter()
        .map(|(name, value)| (name.as_str().to_string(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
        .collect();
    // Waits while the queue is full: back-pressure on the sender, bounded memory.
    match shared.tx.send(Incoming::Delivery(Delivery { received_at, headers, body, verified })).await {
        Ok(()) => StatusCode::OK,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

#[cfg(test)]
mod tests;
