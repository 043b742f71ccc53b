//! Sending a message (`POST /{phone-number-id}/messages`), never twice (graph-api.md §3, §7).
//!
//! Meta's send endpoint is not idempotent, so the read retry policy does not apply here. A
//! send is resent only when it surely was not processed: the connection could not be opened,
//! or Meta answered that it throttled the request (HTTP 429; codes 4, 80007, 130429; 131056,
//! the pair rate, after its wait), with bounded backoff honouring `Retry-After`. A timeout
//! after the request was written, a connection lost before the answer, any 5xx, codes
//! 131000/131016 and an unreadable success answer are **outcome unknown**
//! ([`SendError::OutcomeUnknown`]): the message may have been sent, and is not resent.

use std::time::Duration;

use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use super::client::GraphClient;
use super::error::{ApiError, GraphError, TransportKind};

/// Meta's answer to an accepted send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentMessage {
    /// `whatsapp`.
    #[serde(default)]
    pub messaging_product: String,
    /// The recipient as sent and its WhatsApp id.
    #[serde(default)]
    pub contacts: Vec<SentContact>,
    /// The message id (and, for templates, its `message_status`).
    #[serde(default)]
    pub messages: Vec<SentId>,
}

/// One entry of `contacts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentContact {
    /// `to` as sent.
    #[serde(default)]
    pub input: String,
    /// The recipient's WhatsApp id (digits).
    #[serde(default)]
    pub wa_id: String,
}

/// One entry of `messages`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentId {
    /// `wamid.…`.
    pub id: String,
    /// `accepted`, `held_for_quality_assessment`, `paused` (template sends).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_status: Option<String>,
}

/// A send that failed.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Not sent: refused by Meta, or never reached it (after the allowed retries).
    #[error(transparent)]
    Graph(#[from] GraphError),
    /// The message may have been sent; it was not resent.
    #[error("the message may have been sent: {cause} ({request}, body sha256 {digest})")]
    OutcomeUnknown {
        /// `POST /vX/ID/messages`.
        request: String,
        /// What happened.
        cause: String,
        /// SHA-256 of the exact request body, hex.
        digest: String,
        /// Meta's error, when it answered with one (5xx, 131000, 131016).
        api: Option<Box<ApiError>>,
    },
}

impl SendError {
    /// Surely not processed (no connection, or throttled): safe to send again.
    pub fn retryable(&self) -> bool {
        matches!(self, Self::Graph(err) if matches!(verdict(err), Verdict::Retry))
    }

    /// Meta throttled the send (HTTP 429; codes 4, 80007, 130429, 131056): slow down.
    pub fn throttled(&self) -> bool {
        match self {
            Self::Graph(GraphError::Api(api)) => api.status == 429 || is_throttle_code(api.body.code),
            Self::Graph(GraphError::UnexpectedStatus { status: 429, .. }) => true,
            _ => false,
        }
    }
}

/// Meta's throttling codes: not processed, safe to send again later.
pub fn is_throttle_code(code: i64) -> bool {
    matches!(code, 4 | 80007 | 130429 | 131056)
}

/// What to do after a failed attempt.
enum Verdict {
    /// Surely not processed: may be sent again.
    Retry,
    /// May have been processed.
    Unknown(String),
    /// Refused: not sent.
    Final,
}

fn verdict(err: &GraphError) -> Verdict {
    match err {
        GraphError::Transport { kind: TransportKind::Connect, .. } => Verdict::Retry,
        GraphError::Transport { kind: TransportKind::Timeout, message, .. } => {
            Verdict::Unknown(format!("no answer in time after the request was sent ({message})"))
        }
        GraphError::Transport { message, .. } => {
            Verdict::Unknown(format!("the connection was lost before the answer ({message})"))
        }
        GraphError::Api(api) if api.status >= 500 || matches!(api.body.code, 131000 | 131016) => {
            Verdict::Unknown(format!("Meta answered {} with error {}: {}", api.status, api.body.code, api.body.message))
        }
        GraphError::Api(api) if api.status == 429 || is_throttle_code(api.body.code) => Verdict::Retry,
        GraphError::UnexpectedStatus { status, snippet, .. } if *status >= 500 => {
            Verdict::Unknown(format!("HTTP {status} without a Graph error: {snippet}"))
        }
        GraphError::UnexpectedStatus { status: 429, .. } => Verdict::Retry,
        GraphError::Decode { message, .. } => {
            Verdict::Unknown(format!("the success answer could not be read ({message})"))
        }
        _ => Verdict::Final,
    }
}

/// SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

impl GraphClient {
    /// Send a message body (Graph's JSON, as given) from `phone_number_id`. See the module
    /// documentation for when it is resent.
    pub async fn send_message(
        &self,
        phone_number_id: &str,
        body: &serde_json::Value,
    ) -> Result<SentMessage, SendError> {
        self.send_message_with(phone_number_id, body, self.inner.retry).await
    }

    /// [`GraphClient::send_message`] with its own bounds on resending what surely was not
    /// processed (`RetryPolicy::none()`: one attempt; the caller sees [`SendError::retryable`]).
    pub async fn send_message_with(
        &self,
        phone_number_id: &str,
        body: &serde_json::Value,
        policy: super::RetryPolicy,
    ) -> Result<SentMessage, SendError> {
        let url = self.url(&format!("{phone_number_id}/messages"), &[]);
        let label = format!("POST {}", url.path());
        let bytes = serde_json::to_vec(body).map_err(|e| GraphError::Config(format!("cannot encode the body: {e}")))?;
        let digest = sha256_hex(&bytes);
        let (mut attempt, mut spent) = (0usize, Duration::ZERO);
        loop {
            let request = self
                .inner
                .http
                .post(url.clone())
                .bearer_auth(self.inner.token.expose_secret())
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes.clone());
            tracing::debug!("send attempt {} (body sha256 {digest})", attempt + 1);
            let err = match self.exchange::<SentMessage>(request, &url, &label).await {
                Ok(sent) => return Ok(sent),
                Err(err) => err,
            };
            match verdict(&err) {
                Verdict::Final => return Err(err.into()),
                Verdict::Unknown(cause) => {
                    let api = match err {
                        GraphError::Api(api) => Some(api),
                        _ => None,
                    };
                    return Err(SendError::OutcomeUnknown { request: label, cause, digest, api });
                }
                Verdict::Retry => {
                    let backoff = policy.min_delay.saturating_mul(1 << attempt.min(16)).min(policy.max_delay);
                    let wait = err.retry_after().map_or(backoff, |ra| ra.max(Duration::from_millis(1)));
                    if attempt >= policy.max_retries || spent + wait > policy.max_total {
                        return Err(err.into());
                    }
                    tracing::warn!("not processed, sending again in {:.1}s: {err}", wait.as_secs_f64());
                    tokio::time::sleep(wait).await;
                    spent += wait;
                    attempt += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: i64) -> GraphError {
        let body: super::super::error::ApiErrorBody =
            serde_json::from_value(serde_json::json!({"message": "m", "code": code})).unwrap();
        GraphError::Api(Box::new(ApiError { status, body, retry_after: None, request: "POST /x".into() }))
    }

    fn transport(kind: TransportKind) -> GraphError {
        GraphError::Transport { request: "POST /x".into(), kind, message: "m".into() }
    }

    #[test]
    fn only_surely_unprocessed_sends_are_retried() {
        let retry = |e: &GraphError| matches!(verdict(e), Verdict::Retry);
        let unknown = |e: &GraphError| matches!(verdict(e), Verdict::Unknown(_));
        assert!(retry(&transport(TransportKind::Connect)));
        assert!(unknown(&transport(TransportKind::Timeout)));
        assert!(unknown(&transport(TransportKind::Other)));
        for code in [4, 80007, 130429, 131056] {
            assert!(retry(&api(400, code)), "{code}");
        }
        assert!(retry(&api(429, 999)));
        for (status, code) in [(500, 1), (503, 2), (400, 131000), (400, 131016), (502, 130429)] {
            assert!(unknown(&api(status, code)), "{status} {code}");
        }
        for code in [100, 131026, 131047, 132000, 190] {
            assert!(matches!(verdict(&api(400, code)), Verdict::Final), "{code}");
        }
        let decode = GraphError::Decode { request: "x".into(), path: "messages".into(), message: "m".into() };
        assert!(unknown(&decode), "an accepted send whose answer is unreadable may have been sent");
        let html = GraphError::UnexpectedStatus { status: 502, request: "x".into(), snippet: "<html>".into() };
        assert!(unknown(&html));
    }

    #[test]
    fn digest_is_sha256() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
