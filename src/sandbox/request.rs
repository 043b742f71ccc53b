//! The parsed request handed to resource handlers ([`Ctx`]) and what they
//! return ([`Reply`]).

use axum::http::Method;
use serde_json::{Map, Value};

use super::error::GraphError;
use super::fields::{self, Field};
use super::version::{ApiVersion, Served};

/// One parsed Graph request.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub method: Method,
    pub served: Served,
    /// Query-string pairs in order (used to rebuild paging URLs).
    pub query: Vec<(String, String)>,
    /// Query parameters merged with body parameters (the body wins).
    pub params: Map<String, Value>,
    /// `Host` header (sanitised), for absolute paging URLs.
    pub host: String,
    /// Raw path segments after the version: `[node-id, edge, …]`.
    pub path: Vec<String>,
}

impl Ctx {
    /// The version the request is served with (after any auto-upgrade).
    pub fn version(&self) -> ApiVersion {
        self.served.version
    }

    pub fn param(&self, name: &str) -> Option<&Value> {
        self.params.get(name)
    }

    /// A parameter as text (numbers and booleans are rendered, like Graph
    /// coerces them); `None` when absent or an array/object/null.
    pub fn param_text(&self, name: &str) -> Option<String> {
        match self.params.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// The parsed `fields` parameter (`None` when absent or blank).
    pub fn fields(&self) -> Result<Option<Vec<Field>>, GraphError> {
        match self.param_text("fields") {
            Some(f) if !f.trim().is_empty() => fields::parse(&f).map(Some),
            Some(_) | None => match self.params.get("fields") {
                None | Some(Value::String(_)) => Ok(None),
                Some(_) => Err(GraphError::invalid_param("Param fields must be a string")),
            },
        }
    }
}

/// A successful response: a JSON body plus resource-specific headers.
#[derive(Debug)]
pub(crate) struct Reply {
    pub body: Value,
    pub headers: Vec<(&'static str, String)>,
    /// What the answer waits for (a queued write): its error replaces the reply.
    pub pending: Option<tokio::sync::oneshot::Receiver<Result<(), GraphError>>>,
    /// A fault to inject once `pending` succeeded (`sandbox serve --faults`).
    pub injected: Option<crate::sandbox::faults::Injected>,
}

impl Reply {
    pub fn json(body: Value) -> Self {
        Reply { body, headers: Vec::new(), pending: None, injected: None }
    }

    pub fn with_header(mut self, name: &'static str, value: String) -> Self {
        self.headers.push((name, value));
        self
    }

    /// The reply is sent only once `pending` says the write succeeded.
    pub fn after(mut self, pending: tokio::sync::oneshot::Receiver<Result<(), GraphError>>) -> Self {
        self.pending = Some(pending);
        self
    }

    /// Once `pending` succeeded, `injected` replaces the ordinary answer.
    pub fn inject_some(mut self, injected: Option<crate::sandbox::faults::Injected>) -> Self {
        self.injected = injected;
        self
    }

    /// `{"success":true}`
    pub fn success() -> Self {
        Reply::json(serde_json::json!({ "success": true }))
    }
}

/// `x-business-use-case-usage` for calls that count against a WABA's
/// business-use-case rate limit (shape of Meta's header, constant values).
pub(crate) fn buc_usage(waba_id: &str) -> String {
    serde_json::json!({
        waba_id: [{
            "type": "whatsapp_business_management",
            "call_count": 1,
            "total_cputime": 1,
            "total_time": 1,
            "estimated_time_to_regain_access": 0
        }]
    })
    .to_string()
}
