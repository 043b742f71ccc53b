//! `send template`'s LOCATION header and limited-time-offer expiry, from their flags.

use serde_json::Value;

use crate::cli::error::{CliError, CliResult};
use crate::messages::body;

/// The `location` object of `--header-location LAT,LON` (ranges are checked with the body,
/// by the same rules as `send location`).
pub fn location(raw: &str, name: Option<&str>, address: Option<&str>) -> CliResult<Value> {
    let bad = || {
        CliError::usage(format!("--header-location {raw}: not LAT,LON"))
            .hint("give latitude then longitude in degrees, e.g. --header-location 37.4848,-122.1484")
    };
    let (lat, lon) = raw.split_once(',').ok_or_else(bad)?;
    let lat: f64 = lat.trim().parse().map_err(|_| bad())?;
    let lon: f64 = lon.trim().parse().map_err(|_| bad())?;
    Ok(body::location(lat, lon, name, address))
}

/// `--offer-expires TIME` in milliseconds since the epoch: RFC 3339, or `+SPAN` from now.
pub fn offer_expires(raw: &str) -> CliResult<i64> {
    expires_at(raw, jiff::Timestamp::now())
}

fn expires_at(raw: &str, now: jiff::Timestamp) -> CliResult<i64> {
    let hint = "give RFC 3339 (2026-12-31T23:59:00Z) or a time from now (+48h, +3d, +90m)";
    let bad = |why: String| CliError::usage(format!("--offer-expires {raw}: {why}")).hint(hint);
    let at = if let Some(span) = raw.trim().strip_prefix('+') {
        let span: jiff::Span = span.parse().map_err(|e| bad(format!("not a span of time ({e})")))?;
        now.to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .checked_add(span)
            .map(|z| z.timestamp())
            .map_err(|e| bad(format!("out of range ({e})")))?
    } else {
        raw.trim().parse::<jiff::Timestamp>().map_err(|e| bad(format!("not an RFC 3339 time ({e})")))?
    };
    if at <= now {
        return Err(bad(format!("{at} is in the past; an offer must end in the future")));
    }
    Ok(at.as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offer_times() {
        let now: jiff::Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(expires_at("+48h", now).unwrap(), now.as_millisecond() + 48 * 3_600_000);
        assert_eq!(expires_at("+2d", now).unwrap(), now.as_millisecond() + 48 * 3_600_000);
        assert_eq!(expires_at("2026-01-02T00:00:00Z", now).unwrap(), now.as_millisecond() + 86_400_000);
        assert!(expires_at("2025-12-31T00:00:00Z", now).is_err());
        assert!(expires_at("+0h", now).is_err());
        assert!(expires_at("tomorrow", now).is_err());
        assert!(expires_at("+-3h", now).is_err());
    }

    #[test]
    fn locations() {
        let l = location("37.4848,-122.1484", Some("HQ"), None).unwrap();
        assert_eq!(l, serde_json::json!({"latitude": "37.4848", "longitude": "-122.1484", "name": "HQ"}));
        assert!(location("37.4848", None, None).is_err());
        assert!(location("a,b", None, None).is_err());
    }
}
