//! When and how long to wait before trying a read again.
//!
//! Only idempotent reads are retried, and only on rate limits and transient
//! failures (HTTP 429/5xx, Meta's throttling and transient codes, failed
//! connections). The wait grows exponentially with jitter, honours the server's
//! `Retry-After`, and is bounded both in attempts and in total time.

use std::time::Duration;

use backon::ExponentialBuilder;

/// Bounds of the retry loop for reads.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: usize,
    /// First backoff delay.
    pub min_delay: Duration,
    /// Largest single backoff delay.
    pub max_delay: Duration,
    /// Largest total time spent waiting; a `Retry-After` beyond it ends the loop.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            min_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_total: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        Self { max_retries: 0, ..Self::default() }
    }

    /// The backoff schedule (exponential, with jitter).
    pub(crate) fn backoff(&self) -> ExponentialBuilder {
        ExponentialBuilder::default()
            .with_jitter()
            .with_factor(2.0)
            .with_min_delay(self.min_delay)
            .with_max_delay(self.max_delay)
            .with_max_times(self.max_retries)
    }

    /// Given the backoff's proposal and the server's `Retry-After`, the wait to use,
    /// or `None` to stop. `spent` is the time waited so far and is updated.
    pub(crate) fn next_wait(
        &self,
        proposed: Option<Duration>,
        retry_after: Option<Duration>,
        spent: &mut Duration,
    ) -> Option<Duration> {
        let proposed = proposed?;
        let wait = retry_after.map_or(proposed, |ra| ra.max(Duration::from_millis(1)));
        if *spent + wait > self.max_total {
            return None;
        }
        *spent += wait;
        Some(wait)
    }
}

/// Parse a `Retry-After` value: delay-seconds or an HTTP date.
pub(crate) fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = std::time::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(parse_retry_after(&later, now), Some(Duration::from_secs(30)));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn waits_are_bounded_in_total() {
        let policy = RetryPolicy { max_total: Duration::from_secs(10), ..RetryPolicy::default() };
        let mut spent = Duration::ZERO;
        let one = Some(Duration::from_secs(1));
        assert_eq!(policy.next_wait(one, Some(Duration::from_secs(6)), &mut spent), Some(Duration::from_secs(6)));
        assert_eq!(policy.next_wait(one, Some(Duration::from_secs(6)), &mut spent), None);
        assert_eq!(policy.next_wait(one, None, &mut spent), Some(Duration::from_secs(1)));
        assert_eq!(policy.next_wait(None, None, &mut spent), None, "backoff exhausted");
    }
}
