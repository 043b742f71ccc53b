//! Graph API errors, keeping Meta's envelope intact.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Meta's error object: `{"error": {...}}` of every failed Graph call.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ApiErrorBody {
    /// Human-readable message (may embed the title, e.g. `(#131030) ...`).
    #[serde(default)]
    pub message: String,
    /// Graph's error type, e.g. `OAuthException`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Meta's error code; the basis of classification.
    #[serde(default)]
    pub code: i64,
    /// Sub-code, when Meta sends one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_subcode: Option<i64>,
    /// Title meant for end users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_user_title: Option<String>,
    /// Message meant for end users: Meta's hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_user_msg: Option<String>,
    /// Trace id to quote to Meta support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fbtrace_id: Option<String>,
    /// Whether Meta considers the error transient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_transient: Option<bool>,
    /// Extra data, kept raw (it is an object in some APIs and a string in others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_data: Option<serde_json::Value>,
}

/// An error answer from the Graph API.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// Meta's envelope.
    pub body: ApiErrorBody,
    /// The wait the server asked for (`Retry-After`), if any.
    pub retry_after: Option<Duration>,
    /// `METHOD /path` of the request (no query, no token).
    pub request: String,
}

/// How an API error should be treated, decided from Meta's `code` (never the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorClass {
    /// The token is missing, invalid or expired.
    Auth,
    /// The token lacks a permission, or the account is blocked.
    Permission,
    /// The object does not exist.
    NotFound,
    /// A parameter is missing or invalid.
    InvalidParameter,
    /// A rate limit was hit.
    RateLimited,
    /// A temporary server-side problem.
    Transient,
    /// Anything else.
    Other,
}

impl ErrorClass {
    /// The class an HTTP status implies when Meta's code does not decide.
    pub fn from_status(status: u16) -> Self {
        match status {
            401 => Self::Auth,
            403 => Self::Permission,
            404 => Self::NotFound,
            429 => Self::RateLimited,
            500..=599 => Self::Transient,
            _ => Self::Other,
        }
    }
}

impl ApiError {
    /// Classify by Meta's code and sub-code, falling back to the HTTP status.
    pub fn class(&self) -> ErrorClass {
        let b = &self.body;
        match (b.code, b.error_subcode) {
            (100, Some(33)) | (803, _) | (132001, _) => ErrorClass::NotFound,
            (0 | 102 | 190 | 463 | 467, _) => ErrorClass::Auth,
            (3 | 10 | 200..=299 | 368 | 131005 | 131031, _) => ErrorClass::Permission,
            (4 | 17 | 32 | 613 | 80007 | 80008 | 80012 | 130429 | 131048 | 131056, _) => ErrorClass::RateLimited,
            (1 | 2 | 131000 | 131016 | 131057 | 133004, _) => ErrorClass::Transient,
            (100 | 131008 | 131009 | 131021 | 131051 | 132000 | 132005 | 132007 | 132012 | 135000, _) => {
                ErrorClass::InvalidParameter
            }
            _ if b.is_transient == Some(true) => ErrorClass::Transient,
            _ => ErrorClass::from_status(self.status),
        }
    }

    /// Meta's own hint: `error_user_msg`, else `error_data.details`.
    pub fn meta_hint(&self) -> Option<String> {
        if let Some(msg) = self.body.error_user_msg.as_ref().filter(|m| !m.is_empty()) {
            return Some(msg.clone());
        }
        match &self.body.error_data {
            Some(serde_json::Value::Object(map)) => map.get("details")?.as_str().map(str::to_string),
            Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = if self.body.message.is_empty() { "no message" } else { &self.body.message };
        write!(f, "Graph API error {}", self.body.code)?;
        if let Some(sub) = self.body.error_subcode {
            write!(f, "/{sub}")?;
        }
        write!(f, " (HTTP {}) on {}: {msg}", self.status, self.request)
    }
}

/// Kinds of transport failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    /// The connection could not be made; the server never saw the request.
    Connect,
    /// No answer in time; the server may have processed the request.
    Timeout,
    /// Anything else (connection reset mid-way, bad TLS, ...).
    Other,
}

/// Everything the client can fail with.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// The API answered with an error envelope.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// A response did not have the expected shape.
    #[error("unexpected response from {request}: at `{path}`: {message}")]
    Decode {
        /// `METHOD /path`.
        request: String,
        /// JSON path that failed, e.g. `data[2].throughput.level`.
        path: String,
        /// What was wrong.
        message: String,
    },
    /// An error status without a Graph error envelope (e.g. an HTML proxy page).
    #[error("HTTP {status} from {request} without a Graph error body: {snippet}")]
    UnexpectedStatus {
        /// HTTP status.
        status: u16,
        /// `METHOD /path`.
        request: String,
        /// The start of the body.
        snippet: String,
    },
    /// The request did not complete.
    #[error("could not reach the Graph API for {request}: {message}")]
    Transport {
        /// `METHOD /path`.
        request: String,
        /// What failed.
        kind: TransportKind,
        /// The transport's message.
        message: String,
    },
    /// The server returned a paging cursor it had returned before.
    #[error("the server repeated the paging cursor '{cursor}' for {request}; stopping to avoid an endless listing")]
    RepeatedCursor {
        /// `METHOD /path`.
        request: String,
        /// The repeated cursor.
        cursor: String,
    },
    /// The client was configured with something unusable.
    #[error("{0}")]
    Config(String),
}

impl GraphError {
    /// The class of an API error; transport failures count as transient.
    pub fn class(&self) -> ErrorClass {
        match self {
            Self::Api(e) => e.class(),
            Self::Transport { .. } => ErrorClass::Transient,
            Self::UnexpectedStatus { status, .. } => ErrorClass::from_status(*status),
            Self::Decode { .. } | Self::RepeatedCursor { .. } | Self::Config(_) => ErrorClass::Other,
        }
    }

    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether an idempotent read may be retried after this error.
    pub fn is_retryable_read(&self) -> bool {
        matches!(self.class(), ErrorClass::RateLimited | ErrorClass::Transient)
    }

    /// The wait the server asked for.
    pub fn retry_after(&self) -> Option<Duration> {
        self.api().and_then(|e| e.retry_after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, code: i64, sub: Option<i64>) -> ApiError {
        ApiError {
            status,
            body: ApiErrorBody {
                message: "m".into(),
                kind: None,
                code,
                error_subcode: sub,
                error_user_title: None,
                error_user_msg: None,
                fbtrace_id: None,
                is_transient: None,
                error_data: None,
            },
            retry_after: None,
            request: "GET /x".into(),
        }
    }

    #[test]
    fn classified_by_code_not_message() {
        assert_eq!(err(401, 190, None).class(), ErrorClass::Auth);
        assert_eq!(err(400, 100, Some(33)).class(), ErrorClass::NotFound);
        assert_eq!(err(400, 100, None).class(), ErrorClass::InvalidParameter);
        assert_eq!(err(400, 80007, None).class(), ErrorClass::RateLimited);
        assert_eq!(err(429, 4, None).class(), ErrorClass::RateLimited);
        assert_eq!(err(400, 130429, None).class(), ErrorClass::RateLimited);
        assert_eq!(err(503, 2, None).class(), ErrorClass::Transient);
        assert_eq!(err(403, 200, None).class(), ErrorClass::Permission);
        assert_eq!(err(400, 999_999, None).class(), ErrorClass::Other);
        assert_eq!(err(502, 999_999, None).class(), ErrorClass::Transient);
    }

    #[test]
    fn meta_hint_from_user_msg_or_details() {
        let mut e = err(400, 131030, None);
        e.body.error_data = Some(serde_json::json!({"details": "Add recipient"}));
        assert_eq!(e.meta_hint().as_deref(), Some("Add recipient"));
        e.body.error_user_msg = Some("Do this".into());
        assert_eq!(e.meta_hint().as_deref(), Some("Do this"));
    }
}
