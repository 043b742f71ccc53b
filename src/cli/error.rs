//! The one place that turns errors into messages and exit codes.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success (also: stdout closed by the reader) |
//! | 1 | the API rejected the request |
//! | 2 | usage error or invalid input (with `-o json\|ndjson`, also clap's: one JSON error object on stderr) |
//! | 3 | configuration error |
//! | 4 | authentication (no token, code 190, HTTP 401) |
//! | 5 | not found |
//! | 6 | rate limited after retries |
//! | 7 | network/transport or server error after retries |
//! | 8 | a check ran and found problems (`numbers health`: an item at or above `--fail-on`, so `--fail-on warn` tells WARN from OK) |
//! | 9 | timed out waiting (`templates wait`, `send --wait`, `webhooks listen --timeout`) |
//! | 10 | outcome unknown: the message may have been sent (`send`: a timeout or lost connection after the request was written, a 5xx, code 131000/131016); not resent |
//! | 130 | interrupted |

use std::process::ExitCode;

use serde_json::json;

use crate::config::ConfigError;
use crate::graph::{ApiErrorBody, ErrorClass, GraphError, SendError, TransportKind};
use crate::messages::CheckError;
use crate::render::diag;
use crate::sandbox::SandboxError;

/// What kind of failure, which decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The API rejected the request (1).
    Api,
    /// Usage error or invalid input (2).
    Usage,
    /// Configuration error (3).
    Config,
    /// Authentication (4).
    Auth,
    /// Not found (5).
    NotFound,
    /// Rate limited after retries (6).
    RateLimited,
    /// Network, transport or server error after retries (7).
    Network,
    /// A check found problems (8).
    CheckFailed,
    /// Gave up waiting (9).
    Timeout,
    /// The message may have been sent (10).
    OutcomeUnknown,
    /// Interrupted (130).
    Interrupted,
}

impl Kind {
    /// The exit code.
    pub fn code(self) -> u8 {
        match self {
            Self::Api => 1,
            Self::Usage => 2,
            Self::Config => 3,
            Self::Auth => 4,
            Self::NotFound => 5,
            Self::RateLimited => 6,
            Self::Network => 7,
            Self::CheckFailed => 8,
            Self::Timeout => 9,
            Self::OutcomeUnknown => 10,
            Self::Interrupted => 130,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Usage => "usage",
            Self::Config => "config",
            Self::Auth => "auth",
            Self::NotFound => "not_found",
            Self::RateLimited => "rate_limited",
            Self::Network => "network",
            Self::CheckFailed => "check_failed",
            Self::Timeout => "timeout",
            Self::OutcomeUnknown => "outcome_unknown",
            Self::Interrupted => "interrupted",
        }
    }
}

/// An error on its way to the user.
#[derive(Debug)]
pub struct CliError {
    /// The kind (exit code).
    pub kind: Kind,
    /// One-line message.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// Meta's envelope, when the API said no.
    pub api: Option<Box<ApiErrorBody>>,
    /// The reader closed stdout: not an error at all.
    pub broken_pipe: bool,
    /// Extra fields of the JSON error object (`rule`, `digest`, ...).
    pub details: Option<Box<serde_json::Value>>,
}

/// Result of a command.
pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    /// A new error.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Self { kind, message: message.into(), hint: None, api: None, broken_pipe: false, details: None }
    }

    /// A usage error.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    /// Attach a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Print the error (unless it is a closed pipe) and return the exit code.
    pub fn report(&self, json_mode: bool) -> ExitCode {
        if self.broken_pipe {
            return ExitCode::SUCCESS;
        }
        if json_mode {
            let mut error = json!({
                "kind": self.kind.name(),
                "message": self.message,
                "code": self.api.as_ref().map(|a| a.code),
                "subcode": self.api.as_ref().and_then(|a| a.error_subcode),
                "fbtrace_id": self.api.as_ref().and_then(|a| a.fbtrace_id.clone()),
                "hint": self.hint,
            });
            if let (Some(details), Some(map)) = (&self.details, error.as_object_mut()) {
                map.insert("details".to_string(), (**details).clone());
            }
            diag::json(&json!({ "error": error }));
        } else {
            diag::error(&self.message, self.hint.as_deref());
        }
        ExitCode::from(self.kind.code())
    }
}

impl From<ErrorClass> for Kind {
    fn from(class: ErrorClass) -> Self {
        match class {
            ErrorClass::Auth => Kind::Auth,
            ErrorClass::NotFound => Kind::NotFound,
            ErrorClass::RateLimited => Kind::RateLimited,
            ErrorClass::Transient => Kind::Network,
            ErrorClass::Permission | ErrorClass::InvalidParameter | ErrorClass::Other => Kind::Api,
        }
    }
}

/// Our advice for a class of API error, added to Meta's own hint.
fn advice(class: ErrorClass, retry_after: Option<std::time::Duration>) -> Option<String> {
    Some(match class {
        ErrorClass::Auth => {
            "the access token is invalid or expired: set WABA_TOKEN or run `waba profile add NAME --token-stdin`".into()
        }
        ErrorClass::NotFound => "check the id (`waba profile show` lists the ids in use)".into(),
        ErrorClass::RateLimited => match retry_after {
            Some(wait) => format!("Meta asked to wait {} s before trying again", wait.as_secs()),
            None => "wait and try again later".into(),
        },
        ErrorClass::Transient => "Meta reports a temporary problem; try again later".into(),
        ErrorClass::Permission => "the token lacks a permission (whatsapp_business_management / \
            whatsapp_business_messaging) or the account is restricted"
            .into(),
        ErrorClass::InvalidParameter | ErrorClass::Other => return None,
    })
}

impl From<GraphError> for CliError {
    fn from(err: GraphError) -> Self {
        let message = err.to_string();
        let class = err.class();
        match err {
            GraphError::Api(api) => {
                let hint = match (api.meta_hint(), advice(class, api.retry_after)) {
                    (Some(meta), Some(ours)) => Some(format!("{meta} ({ours})")),
                    (meta, ours) => meta.or(ours),
                };
                let mut e = CliError::new(class.into(), message);
                e.hint = hint;
                e.api = Some(Box::new(api.body));
                e
            }
            GraphError::UnexpectedStatus { .. } => {
                let mut e = CliError::new(class.into(), message);
                e.hint = advice(class, None);
                e
            }
            GraphError::Transport { kind, .. } => {
                let hint = match kind {
                    TransportKind::Connect => "check the network and the base URL (`waba profile show`)",
                    TransportKind::Timeout => "the server did not answer in time; try again",
                    TransportKind::Other => "check the network, proxy and TLS settings",
                };
                CliError::new(Kind::Network, message).hint(hint)
            }
            GraphError::Decode { .. } => CliError::new(Kind::Network, message)
                .hint("the server's answer did not have the shape Meta documents; run with -vvv to see it"),
            GraphError::RepeatedCursor { .. } => CliError::new(Kind::Network, message),
            GraphError::Config(_) => CliError::new(Kind::Config, message)
                .hint("fix the base URL or API version in the profile, WABA_BASE_URL / WABA_API_VERSION, or the flag"),
        }
    }
}

impl From<ConfigError> for CliError {
    fn from(err: ConfigError) -> Self {
        let kind = match err {
            ConfigError::ProfileExists(_) => Kind::Usage,
            _ => Kind::Config,
        };
        let mut e = CliError::new(kind, err.to_string());
        e.hint = err.hint();
        e
    }
}

impl From<SandboxError> for CliError {
    fn from(err: SandboxError) -> Self {
        CliError::new(Kind::Config, format!("sandbox: {err}"))
    }
}

impl From<std::io::Error> for CliError {
    fn from(err: std::io::Error) -> Self {
        let mut e = CliError::new(Kind::Api, format!("cannot write output: {err}"));
        e.broken_pipe = err.kind() == std::io::ErrorKind::BrokenPipe;
        e
    }
}

impl From<CheckError> for CliError {
    fn from(err: CheckError) -> Self {
        let mut e = CliError::usage(format!("not sent: {err}")).hint(err.hint.clone());
        e.details = Some(Box::new(json!({"rule": err.rule, "place": err.place})));
        e
    }
}

impl From<SendError> for CliError {
    fn from(err: SendError) -> Self {
        match err {
            SendError::Graph(err) => err.into(),
            SendError::OutcomeUnknown { request, cause, digest, api } => {
                let mut e = CliError::new(
                    Kind::OutcomeUnknown,
                    format!("the message may have been sent: {cause} ({request}); it was not sent again"),
                )
                .hint(format!(
                    "do not resend blindly: check the status webhook for this message (its request body has \
                     sha256 {digest}) before sending it again"
                ));
                e.details = Some(Box::new(json!({"digest": digest, "request": request})));
                e.api = api.map(|a| Box::new(a.body));
                e
            }
        }
    }
}
