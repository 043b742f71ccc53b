//! Graph API error responses, in Meta's exact envelope:
//! `{"error":{"message","type","code","error_subcode"?,"error_user_title"?,"error_user_msg"?,"fbtrace_id"}}`.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

/// Documentation link Graph appends to "unsupported request" messages.
const GRAPH_DOCS: &str = "https://developers.facebook.com/docs/graph-api";

/// One Graph error, before the per-request `fbtrace_id` is attached.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct GraphError {
    pub status: StatusCode,
    pub message: String,
    /// The `type` member (`OAuthException`, `GraphMethodException`, …).
    pub kind: &'static str,
    pub code: u32,
    pub subcode: Option<u32>,
    pub user_title: Option<String>,
    pub user_msg: Option<String>,
    /// WhatsApp's `error_data.details` (`messaging_product: "whatsapp"`).
    pub details: Option<Box<str>>,
}

impl GraphError {
    pub fn new(status: StatusCode, kind: &'static str, code: u32, message: impl Into<String>) -> Self {
        GraphError {
            status,
            message: message.into(),
            kind,
            code,
            subcode: None,
            user_title: None,
            user_msg: None,
            details: None,
        }
    }

    pub fn with_subcode(mut self, subcode: u32) -> Self {
        self.subcode = Some(subcode);
        self
    }

    pub fn with_details(mut self, details: impl Into<String>) -> Self {
        self.details = Some(details.into().into_boxed_str());
        self
    }

    pub fn with_user(mut self, title: impl Into<String>, msg: impl Into<String>) -> Self {
        self.user_title = Some(title.into());
        self.user_msg = Some(msg.into());
        self
    }

    /// Code 100 "Invalid parameter" (HTTP 400, `OAuthException`). `detail` is
    /// prefixed with `(#100) ` like Graph does.
    pub fn invalid_param(detail: impl AsRef<str>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "OAuthException", 100, format!("(#100) {}", detail.as_ref()))
    }

    /// `?fields=` named a field the node type does not have.
    pub fn nonexisting_field(field: &str, node_type: &str) -> Self {
        Self::invalid_param(format!("Tried accessing nonexisting field ({field}) on node type ({node_type})"))
    }

    /// Code 2500: the `fields` expression could not be parsed.
    pub fn syntax(message: String) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "OAuthException", 2500, message)
    }

    /// The object does not exist or does not support `method` (code 100 / subcode 33).
    pub fn unsupported_request(method: &str, id: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "GraphMethodException",
            100,
            format!(
                "Unsupported {} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at {GRAPH_DOCS}",
                method.to_ascii_lowercase()
            ),
        )
        .with_subcode(33)
    }

    /// A request that names no object at all (`/`, `/v24.0/`).
    pub fn no_object(method: &str) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "GraphMethodException",
            100,
            format!(
                "Unsupported {} request. Please read the Graph API documentation at {GRAPH_DOCS}",
                method.to_ascii_lowercase()
            ),
        )
    }

    /// An edge (or deeper path) the node does not have.
    pub fn unknown_path(rest: &str) -> Self {
        Self::invalid_param(format!("Unknown path components: /{rest}"))
    }

    /// No token in the header, query or body.
    pub fn missing_token() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "OAuthException",
            190,
            "An access token is required to request this resource.",
        )
    }

    /// A token that is not the sandbox's.
    pub fn bad_token() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "OAuthException",
            190,
            "Invalid OAuth access token - Cannot parse access token",
        )
    }

    /// Something failed on the emulator's side (e.g. writing the state file).
    pub fn internal(detail: impl AsRef<str>) -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "OAuthException",
            1,
            format!("An unknown error occurred: {}", detail.as_ref()),
        )
    }

    /// The JSON body, with the request's trace id.
    pub fn body(&self, fbtrace_id: &str) -> Value {
        let mut e = Map::new();
        e.insert("message".into(), json!(self.message));
        e.insert("type".into(), json!(self.kind));
        e.insert("code".into(), json!(self.code));
        if let Some(d) = &self.details {
            e.insert("error_data".into(), json!({ "messaging_product": "whatsapp", "details": d }));
        }
        if let Some(s) = self.subcode {
            e.insert("error_subcode".into(), json!(s));
        }
        if let Some(t) = &self.user_title {
            e.insert("error_user_title".into(), json!(t));
        }
        if let Some(m) = &self.user_msg {
            e.insert("error_user_msg".into(), json!(m));
        }
        e.insert("fbtrace_id".into(), json!(fbtrace_id));
        json!({ "error": e })
    }

    /// Graph sends a `WWW-Authenticate` header with token errors.
    pub fn www_authenticate(&self) -> Option<String> {
        (self.status == StatusCode::UNAUTHORIZED)
            .then(|| format!("OAuth \"Facebook Platform\" \"invalid_token\" \"{}\"", self.message.replace('"', "'")))
    }
}
