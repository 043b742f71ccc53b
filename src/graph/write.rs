//! Writes (POST, DELETE): the request builder and the one rule for resending them.

use std::time::Duration;

use backon::Retryable;
use secrecy::ExposeSecret;
use serde::de::DeserializeOwned;
use url::Url;

use super::client::{GraphClient, snippet};
use super::error::{GraphError, TransportKind};

/// `{"success": true}`, the answer of most Graph writes.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct Success {
    #[serde(default)]
    pub(crate) success: bool,
}

/// How a write authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WriteAuth {
    /// `Authorization: Bearer <token>`, as every other call.
    Bearer,
    /// `Authorization: OAuth <token>`, as Meta documents for the Resumable Upload API's data call.
    OAuth,
}

/// The body of a write.
#[derive(Debug, Clone)]
pub(crate) enum WriteBody {
    /// No body.
    Empty,
    /// A JSON document (`Content-Type: application/json`).
    Json(serde_json::Value),
    /// Raw bytes with their content type.
    Bytes {
        /// The bytes.
        data: Vec<u8>,
        /// Their MIME type.
        content_type: String,
    },
    /// `multipart/form-data`: text fields, then one file part (`name`, file name, MIME type, bytes).
    Multipart { fields: Vec<(&'static str, String)>, file: (&'static str, String, String, Vec<u8>) },
}

/// A non-idempotent request (POST, DELETE) to the Graph API.
#[derive(Debug, Clone)]
pub(crate) struct WriteRequest<'a> {
    method: reqwest::Method,
    path: &'a str,
    query: Vec<(&'a str, String)>,
    body: WriteBody,
    auth: WriteAuth,
    headers: Vec<(&'static str, String)>,
}

impl<'a> WriteRequest<'a> {
    /// `POST /{version}/{path}`.
    pub(crate) fn post(path: &'a str) -> Self {
        Self::new(reqwest::Method::POST, path)
    }

    /// `DELETE /{version}/{path}`.
    pub(crate) fn delete(path: &'a str) -> Self {
        Self::new(reqwest::Method::DELETE, path)
    }

    fn new(method: reqwest::Method, path: &'a str) -> Self {
        Self { method, path, query: Vec::new(), body: WriteBody::Empty, auth: WriteAuth::Bearer, headers: Vec::new() }
    }

    /// Add query parameters.
    pub(crate) fn query(mut self, pairs: impl IntoIterator<Item = (&'a str, String)>) -> Self {
        self.query.extend(pairs);
        self
    }

    /// Send this body.
    pub(crate) fn body(mut self, body: WriteBody) -> Self {
        self.body = body;
        self
    }

    /// Authenticate this way.
    pub(crate) fn auth(mut self, auth: WriteAuth) -> Self {
        self.auth = auth;
        self
    }

    /// Add a header (never `Authorization`: the client sets that itself).
    pub(crate) fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

impl GraphClient {
    /// Send a write (POST, DELETE) and decode its answer.
    ///
    /// Writes are not idempotent, so a write is retried only when the connection could
    /// not be made ([`TransportKind::Connect`]): then the request never left this
    /// machine. Any other failure (an error status, a timeout, a connection lost
    /// mid-way) is returned at once, since Meta may have acted on the request.
    pub(crate) async fn write<T: DeserializeOwned>(&self, request: &WriteRequest<'_>) -> Result<T, GraphError> {
        let url = self.url(request.path, &request.query);
        let label = format!("{} {}", request.method, url.path());
        let policy = self.inner.retry;
        let mut spent = Duration::ZERO;
        (|| self.write_once(request, &url, &label))
            .retry(policy.backoff())
            .when(never_sent)
            .adjust(|err, proposed| policy.next_wait(proposed, err.retry_after(), &mut spent))
            .notify(|err, wait| tracing::warn!("retrying in {:.1}s after: {err}", wait.as_secs_f64()))
            .await
    }

    async fn write_once<T: DeserializeOwned>(
        &self,
        request: &WriteRequest<'_>,
        url: &Url,
        label: &str,
    ) -> Result<T, GraphError> {
        let token = self.inner.token.expose_secret();
        let mut builder = self.inner.http.request(request.method.clone(), url.clone());
        builder = match request.auth {
            WriteAuth::Bearer => builder.bearer_auth(token),
            WriteAuth::OAuth => {
                let mut value = reqwest::header::HeaderValue::from_str(&format!("OAuth {token}"))
                    .map_err(|_| GraphError::Config("the access token is not a valid header value".to_string()))?;
                value.set_sensitive(true);
                builder.header(reqwest::header::AUTHORIZATION, value)
            }
        };
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = match &request.body {
            WriteBody::Empty => builder,
            WriteBody::Json(json) => {
                tracing::trace!("request body: {}", snippet(redacted(json).to_string().as_bytes(), 4096));
                builder.json(json)
            }
            WriteBody::Bytes { data, content_type } => {
                tracing::trace!("request body: {} bytes of {content_type}", data.len());
                builder.header(reqwest::header::CONTENT_TYPE, content_type.as_str()).body(data.clone())
            }
            WriteBody::Multipart { fields, file: (name, file_name, mime, data) } => {
                tracing::trace!("request body: multipart {fields:?} and {} bytes of {mime}", data.len());
                let mut form = reqwest::multipart::Form::new();
                for (k, v) in fields {
                    form = form.text(*k, v.clone());
                }
                let part = reqwest::multipart::Part::bytes(data.clone())
                    .file_name(file_name.clone())
                    .mime_str(mime)
                    .map_err(|_| GraphError::Config(format!("'{mime}' is not a valid MIME type")))?;
                builder.multipart(form.part(*name, part))
            }
        };
        self.exchange(builder, url, label).await
    }
}

/// `json` with the values of secret members (`pin`, `code`, …) replaced, for traces.
fn redacted(json: &serde_json::Value) -> std::borrow::Cow<'_, serde_json::Value> {
    let secret = |k: &String| crate::lifecycle::secret::SECRET_KEYS.contains(&k.as_str());
    match json {
        serde_json::Value::Object(m) if m.keys().any(secret) => {
            let mut m = m.clone();
            for (k, v) in m.iter_mut() {
                if secret(k) {
                    *v = serde_json::Value::String("<redacted>".into());
                }
            }
            std::borrow::Cow::Owned(serde_json::Value::Object(m))
        }
        _ => std::borrow::Cow::Borrowed(json),
    }
}

/// Whether a failed write certainly never reached the server, and so may be sent again.
fn never_sent(err: &GraphError) -> bool {
    matches!(err, GraphError::Transport { kind: TransportKind::Connect, .. })
}
