//! The HTTP side of the client: URLs, auth, retries, decoding, headers.

use std::collections::HashSet;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use backon::Retryable;
use reqwest::header::HeaderMap;
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use url::Url;

use super::error::{ApiError, ApiErrorBody, GraphError, TransportKind};
use super::paging::{Listing, Page, PageRequest};
use super::retry::{RetryPolicy, parse_retry_after};

/// Everything needed to talk to one Graph API endpoint.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `https://graph.facebook.com`, or a loopback `http://` URL (sandbox, tests).
    pub base_url: String,
    /// Version path segment, e.g. `v25.0`.
    pub api_version: String,
    /// Access token, sent as `Authorization: Bearer`.
    pub token: SecretString,
    /// Retry bounds for reads.
    pub retry: RetryPolicy,
    /// Timeout of one request.
    pub timeout: Duration,
}

impl ClientConfig {
    /// A configuration with default retry policy and timeout.
    pub fn new(base_url: impl Into<String>, api_version: impl Into<String>, token: SecretString) -> Self {
        Self {
            base_url: base_url.into(),
            api_version: api_version.into(),
            token,
            retry: RetryPolicy::default(),
            timeout: Duration::from_secs(30),
        }
    }
}

/// A Graph API client. Cheap to clone.
#[derive(Clone)]
pub struct GraphClient {
    pub(super) inner: Arc<Inner>,
}

pub(super) struct Inner {
    pub(super) http: reqwest::Client,
    pub(super) base: Url,
    version: String,
    pub(super) token: SecretString,
    pub(super) retry: RetryPolicy,
    notices: Mutex<Vec<String>>,
}

impl std::fmt::Debug for GraphClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GraphClient")
            .field("base", &self.inner.base.as_str())
            .field("version", &self.inner.version)
            .finish_non_exhaustive()
    }
}

impl GraphClient {
    /// Build a client. A non-https base URL is refused unless its host is a loopback address.
    pub fn new(config: ClientConfig) -> Result<Self, GraphError> {
        let base = check_base_url(&config.base_url)?;
        if !super::is_valid_version(&config.api_version) {
            return Err(GraphError::Config(format!("API version '{}' is not of the form v25.0", config.api_version)));
        }
        // reqwest is built without a bundled crypto provider; install ring's once.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("waba/", env!("CARGO_PKG_VERSION")))
            .timeout(config.timeout)
            .connect_timeout(Duration::from_secs(10))
            // Graph does not redirect; following one could take the token elsewhere.
            .redirect(reqwest::redirect::Policy::none());
        if base.scheme() == "http" {
            // Plain http is only allowed on loopback, where TLS is never used: skip loading
            // the system's root certificates (most of the start-up time of a sandbox run).
            builder = builder.tls_certs_only(std::iter::empty());
        }
        let http = builder.build().map_err(|e| GraphError::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Self {
            inner: Arc::new(Inner {
                http,
                base,
                version: config.api_version,
                token: config.token,
                retry: config.retry,
                notices: Mutex::new(Vec::new()),
            }),
        })
    }

    /// The API version in use.
    pub fn api_version(&self) -> &str {
        &self.inner.version
    }

    /// Operational notices gathered so far (e.g. an auto-upgraded API version), each once.
    pub fn take_notices(&self) -> Vec<String> {
        self.inner.notices.lock().map(|mut n| std::mem::take(&mut *n)).unwrap_or_default()
    }

    /// `GET /{version}/{path}?{query}`, retried on rate limits and transient failures.
    pub async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T, GraphError> {
        let url = self.url(path, query);
        let label = format!("GET {}", url.path());
        self.retrying(|| self.get_once(&url, &label)).await
    }

    /// Fetch an edge page by page, following cursors, up to `request`.
    ///
    /// `max_page` is the largest page size the edge accepts. A server that
    /// repeats a cursor ends the listing with [`GraphError::RepeatedCursor`].
    pub async fn list<T: DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
        request: PageRequest,
        max_page: usize,
    ) -> Result<Listing<T>, GraphError> {
        let mut items = Vec::new();
        let mut seen = HashSet::new();
        let mut after: Option<String> = None;
        loop {
            let want = match request {
                PageRequest::Limit(n) => n.saturating_sub(items.len()),
                PageRequest::All => usize::MAX,
            };
            let mut q = query.to_vec();
            q.push(("limit", want.clamp(1, max_page.max(1)).to_string()));
            if let Some(cursor) = &after {
                q.push(("after", cursor.clone()));
            }
            let page: Page<T> = self.get(path, &q).await?;
            let next = page.next_cursor();
            items.extend(page.data);
            if let PageRequest::Limit(n) = request
                && items.len() >= n
            {
                let more = items.len() > n || next.is_some();
                items.truncate(n);
                return Ok(Listing { items, more });
            }
            let Some(cursor) = next else {
                return Ok(Listing { items, more: false });
            };
            if !seen.insert(cursor.clone()) {
                return Err(GraphError::RepeatedCursor { request: format!("GET {path}"), cursor });
            }
            after = Some(cursor);
        }
    }

    pub(super) fn url(&self, path: &str, query: &[(&str, String)]) -> Url {
        let mut url = self.inner.base.clone();
        if let Ok(mut segments) = url.path_segments_mut() {
            segments.pop_if_empty().push(&self.inner.version);
            segments.extend(path.split('/').filter(|s| !s.is_empty()));
        }
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
        }
        url
    }

    async fn retrying<T, F, Fut>(&self, op: F) -> Result<T, GraphError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, GraphError>>,
    {
        let policy = self.inner.retry;
        let mut spent = Duration::ZERO;
        op.retry(policy.backoff())
            .when(GraphError::is_retryable_read)
            .adjust(|err, proposed| policy.next_wait(proposed, err.retry_after(), &mut spent))
            .notify(|err, wait| tracing::warn!("retrying in {:.1}s after: {err}", wait.as_secs_f64()))
            .await
    }

    async fn get_once<T: DeserializeOwned>(&self, url: &Url, label: &str) -> Result<T, GraphError> {
        let request = self.inner.http.get(url.clone()).bearer_auth(self.inner.token.expose_secret());
        self.exchange(request, url, label).await
    }

    /// Send a built request, log it, note the ops headers, and decode the answer or Meta's error.
    /// Every read and write goes through here.
    pub(super) async fn exchange<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
        url: &Url,
        label: &str,
    ) -> Result<T, GraphError> {
        let started = Instant::now();
        // `without_url`: reqwest's message names the URL, whose query may hold a token.
        let response = request.send().await.map_err(|e| transport_error(label, &e.without_url()))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(|e| transport_error(label, &e.without_url()))?;
        tracing::info!(
            "{label}{} -> {status} in {} ms{}",
            redacted_query(url),
            started.elapsed().as_millis(),
            header(&headers, "x-fb-trace-id").map(|t| format!(" (x-fb-trace-id {t})")).unwrap_or_default()
        );
        tracing::trace!("response body: {}", snippet(&body, 4096));
        self.observe(&headers);
        if (200..300).contains(&status) {
            decode(label, &body)
        } else {
            Err(error_from_response(status, &headers, &body, label))
        }
    }

    /// Note the headers ops people care about.
    fn observe(&self, headers: &HeaderMap) {
        if let Some(usage) = header(headers, "x-business-use-case-usage") {
            tracing::info!("x-business-use-case-usage: {usage}");
        }
        if let Some(usage) = header(headers, "x-app-usage") {
            tracing::info!("x-app-usage: {usage}");
        }
        let notice = if let Some(warning) = header(headers, "x-ad-api-version-warning") {
            Some(format!("Graph API: {}", warning.trim_matches(['\'', '"', ' '])))
        } else {
            header(headers, "facebook-api-version")
                .filter(|served| *served != self.inner.version)
                .map(|served| format!("Graph API served {served} instead of the requested {}", self.inner.version))
        };
        if let Some(notice) = notice
            && let Ok(mut notices) = self.inner.notices.lock()
            && !notices.contains(&notice)
        {
            notices.push(notice);
        }
    }
}

/// Query parameters that carry a token: never logged.
const SECRET_PARAMS: &[&str] = &["access_token", "input_token"];

/// `?query` for the log, token parameters replaced by `<redacted>`; empty without a query.
fn redacted_query(url: &Url) -> String {
    let Some(query) = url.query() else { return String::new() };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            let decoded: String = url::form_urlencoded::parse(key.as_bytes()).map(|(k, _)| k).collect();
            if SECRET_PARAMS.contains(&decoded.as_str()) { format!("{key}=<redacted>") } else { pair.to_string() }
        })
        .collect();
    format!("?{}", pairs.join("&"))
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn check_base_url(raw: &str) -> Result<Url, GraphError> {
    let url =
        Url::parse(raw.trim()).map_err(|e| GraphError::Config(format!("base URL '{raw}' is not a valid URL: {e}")))?;
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" if url.host().is_some() => Ok(url),
        "http" if loopback => Ok(url),
        "http" => Err(GraphError::Config(format!(
            "base URL '{raw}' is not https; plain http is only allowed on a loopback address (127.0.0.1, ::1, localhost)"
        ))),
        _ => Err(GraphError::Config(format!("base URL '{raw}' must be an https:// URL"))),
    }
}

pub(super) fn transport_error(label: &str, err: &reqwest::Error) -> GraphError {
    let kind = if err.is_connect() {
        TransportKind::Connect
    } else if err.is_timeout() {
        TransportKind::Timeout
    } else {
        TransportKind::Other
    };
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        message = inner.to_string();
        source = inner.source();
    }
    GraphError::Transport { request: label.to_string(), kind, message }
}

fn decode<T: DeserializeOwned>(label: &str, body: &[u8]) -> Result<T, GraphError> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| GraphError::Decode {
        request: label.to_string(),
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}

pub(super) fn error_from_response(status: u16, headers: &HeaderMap, body: &[u8], label: &str) -> GraphError {
    #[derive(serde::Deserialize)]
    struct Envelope {
        error: ApiErrorBody,
    }
    match serde_json::from_slice::<Envelope>(body) {
        Ok(envelope) => GraphError::Api(Box::new(ApiError {
            status,
            body: envelope.error,
            retry_after: header(headers, "retry-after")
                .and_then(|v| parse_retry_after(v, std::time::SystemTime::now())),
            request: label.to_string(),
        })),
        Err(_) => GraphError::UnexpectedStatus { status, request: label.to_string(), snippet: snippet(body, 200) },
    }
}

pub(super) fn snippet(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > max {
        format!("{}…", collapsed.chars().take(max).collect::<String>())
    } else if collapsed.is_empty() {
        "(empty body)".to_string()
    } else {
        collapsed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        assert!(check_base_url("https://graph.facebook.com").is_ok());
        assert!(check_base_url("http://127.0.0.1:8080").is_ok());
        assert!(check_base_url("http://[::1]:8080").is_ok());
        assert!(check_base_url("http://localhost:1").is_ok());
        assert!(check_base_url("http://example.com").is_err());
        assert!(check_base_url("http://10.0.0.1").is_err());
        assert!(check_base_url("ftp://x").is_err());
        assert!(check_base_url("not a url").is_err());
    }

    #[test]
    fn urls_carry_version_and_query() {
        let client =
            GraphClient::new(ClientConfig::new("http://127.0.0.1:9/prefix/", "v24.0", SecretString::from("t")))
                .unwrap();
        let url = client.url("123/phone_numbers", &[("fields", "a,b".to_string())]);
        assert_eq!(url.as_str(), "http://127.0.0.1:9/prefix/v24.0/123/phone_numbers?fields=a%2Cb");
    }

    #[test]
    fn tokens_in_the_query_are_redacted_for_the_log() {
        let client =
            GraphClient::new(ClientConfig::new("http://127.0.0.1:9", "v25.0", SecretString::from("t"))).unwrap();
        let url = client.url("debug_token", &[("input_token", "EAAGsecret".into()), ("fields", "a,b".into())]);
        assert_eq!(redacted_query(&url), "?input_token=<redacted>&fields=a%2Cb");
        let url = Url::parse("http://x/?access%5Ftoken=EAAGsecret&after=c").unwrap();
        assert_eq!(redacted_query(&url), "?access%5Ftoken=<redacted>&after=c");
        assert_eq!(redacted_query(&client.url("1", &[])), "");
    }

    #[test]
    fn decode_errors_name_the_path() {
        #[derive(serde::Deserialize, Debug)]
        struct Item {
            #[allow(dead_code)]
            n: u32,
        }
        let err = decode::<Page<Item>>("GET /x", br#"{"data":[{"n":1},{"n":"two"}]}"#).unwrap_err();
        assert!(err.to_string().contains("data[1].n"), "{err}");
    }
}
