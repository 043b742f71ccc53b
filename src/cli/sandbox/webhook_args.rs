//! `sandbox serve`'s webhook delivery options (flattened into its arguments).

use std::time::Duration;

use clap::Args;

use crate::cli::error::{CliError, CliResult, Kind};
use crate::sandbox::deliver::{DEFAULT_ATTEMPTS, DeliveryOptions};

/// Webhook delivery.
#[derive(Debug, Args)]
pub struct WebhookArgs {
    /// The app's callback URL: where webhooks go unless the number or the WABA subscription
    /// overrides it (https, or http to localhost)
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<String>,

    /// Delay before the first retry of a failed delivery, doubling after each failure
    /// (e.g. 500ms, 1s, 2m)
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_duration)]
    pub webhook_retry_base: Duration,

    /// Attempts per webhook before it is given up
    #[arg(long, value_name = "N", default_value_t = DEFAULT_ATTEMPTS,
          value_parser = clap::value_parser!(u32).range(1..=100))]
    pub webhook_attempts: u32,
}

impl WebhookArgs {
    /// The delivery options, after checking the URL.
    pub fn options(&self) -> CliResult<DeliveryOptions> {
        if let Some(url) = &self.webhook_url {
            if !crate::webhooks::is_callback_url(url) {
                return Err(CliError::new(Kind::Usage, format!("--webhook-url {url:?} is not a callback URL")).hint(
                    "give an https URL, or http to localhost, e.g. --webhook-url http://127.0.0.1:8080/webhook",
                ));
            }
        }
        Ok(DeliveryOptions {
            webhook_url: self.webhook_url.clone(),
            retry_base: self.webhook_retry_base,
            attempts: self.webhook_attempts,
            ..DeliveryOptions::default()
        })
    }
}

/// A retry base between 1 ms and 1 h.
fn parse_duration(s: &str) -> Result<Duration, String> {
    let d = crate::cli::duration::positive(s)?;
    if d > Duration::from_secs(3600) {
        return Err("give a duration between 1ms and 1h".into());
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_bases_are_bounded() {
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert!(parse_duration("0s").is_err() && parse_duration("2h").is_err());
    }
}
