//! Posting deliveries to a URL (`trigger`, `replay`, `listen --forward-to`).

use std::time::Duration;

use crate::cli::error::{CliError, CliResult, Kind};

/// A client for posting webhooks: no redirects, a 30 s timeout.
pub fn client() -> CliResult<reqwest::Client> {
    // reqwest is built without a bundled crypto provider; install ring's once.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .user_agent(concat!("waba/", env!("CARGO_PKG_VERSION")))
        .timeout(Duration::from_secs(30))
        .connect_timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| CliError::new(Kind::Network, format!("cannot build the HTTP client: {e}")))
}

/// Checks `url` (`flag` names the option) is an http(s) URL.
pub fn check_url(url: &str, flag: &str) -> CliResult<url::Url> {
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(u),
        _ => Err(CliError::usage(format!("{flag} {url:?} is not an http(s) URL"))
            .hint(format!("e.g. {flag} http://127.0.0.1:8080/webhook"))),
    }
}

/// POSTs `body` as JSON with an optional signature header; the answer's status code.
pub async fn post(
    client: &reqwest::Client,
    url: &url::Url,
    body: Vec<u8>,
    content_type: Option<&str>,
    signature: Option<&str>,
) -> Result<u16, String> {
    let mut request = client
        .post(url.clone())
        .header(reqwest::header::CONTENT_TYPE, content_type.unwrap_or("application/json"))
        .body(body);
    if let Some(sig) = signature {
        request = request.header(crate::webhooks::signature::HEADER, sig);
    }
    match request.send().await {
        Ok(response) => Ok(response.status().as_u16()),
        Err(e) if e.is_timeout() => Err(format!("{url} did not answer in time")),
        Err(e) if e.is_connect() => Err(format!("cannot connect to {url}")),
        Err(e) => Err(format!("posting to {url} failed: {e}")),
    }
}
