//! Verdicts on phone numbers and accounts, for `waba numbers health`.
//!
//! The rules are plain functions over the Graph models so that a monitor can be
//! tested without a server. A [`Level::Fail`] anywhere means the check failed.

use serde::Serialize;

use crate::graph::models::{PhoneNumber, PhoneStatus, QualityRating, Waba};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing to do.
    Ok,
    /// Worth a look; does not fail the check.
    Warn,
    /// Fails the check.
    Fail,
}

impl std::fmt::Display for Level {
    /// The same lower-case word as in JSON.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Ok => "ok",
            Self::Warn => "warn",
            Self::Fail => "fail",
        })
    }
}

/// A level with the reasons behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The worst finding.
    pub level: Level,
    /// Why, in a few words; `ok` when there is nothing to say.
    pub reason: String,
}

/// The quality at or below which a number fails the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Fail on YELLOW or RED.
    Yellow,
    /// Fail on RED only.
    Red,
}

struct Findings(Vec<(Level, String)>);

impl Findings {
    fn add(&mut self, level: Level, reason: impl Into<String>) {
        self.0.push((level, reason.into()));
    }

    fn verdict(mut self) -> Verdict {
        self.0.sort_by_key(|f| std::cmp::Reverse(f.0));
        let level = self.0.first().map_or(Level::Ok, |f| f.0);
        let reasons: Vec<String> = self.0.into_iter().filter(|f| f.0 > Level::Ok).map(|f| f.1).collect();
        Verdict { level, reason: if reasons.is_empty() { "ok".into() } else { reasons.join("; ") } }
    }
}

/// The verdict on one phone number.
///
/// Fails when the status is FLAGGED, RESTRICTED, BANNED or DISCONNECTED, when the
/// quality is at or below `fail_on`, or when Meta reports a CONNECTED number BLOCKED
/// from sending. Warns on a number that is not CONNECTED, on YELLOW quality below the
/// threshold, and on a LIMITED or (not connected) BLOCKED number.
pub fn phone_verdict(number: &PhoneNumber, fail_on: FailOn) -> Verdict {
    let mut f = Findings(Vec::new());
    match &number.status {
        Some(
            s @ (PhoneStatus::Flagged | PhoneStatus::Restricted | PhoneStatus::Banned | PhoneStatus::Disconnected),
        ) => {
            f.add(Level::Fail, format!("status {s}"));
        }
        Some(PhoneStatus::Connected) => {}
        Some(other) => f.add(Level::Warn, format!("status {other}: cannot send until connected")),
        None => f.add(Level::Warn, "status unknown"),
    }
    match &number.quality_rating {
        Some(QualityRating::Red) => f.add(Level::Fail, "quality RED (low)"),
        Some(QualityRating::Yellow) if fail_on == FailOn::Yellow => f.add(Level::Fail, "quality YELLOW (medium)"),
        Some(QualityRating::Yellow) => f.add(Level::Warn, "quality YELLOW (medium)"),
        Some(QualityRating::Green | QualityRating::Unknown | QualityRating::Na) | None => {}
        Some(QualityRating::Other(q)) => f.add(Level::Warn, format!("quality {q} not understood")),
    }
    match number.health_status.as_ref().and_then(|h| h.can_send_message.as_deref()) {
        // A number that should work but cannot send fails; for one that is not yet
        // connected, the status finding above already says why.
        Some("BLOCKED") if number.status == Some(PhoneStatus::Connected) => {
            f.add(Level::Fail, "Meta reports sending BLOCKED")
        }
        Some("BLOCKED") => f.add(Level::Warn, "Meta reports sending BLOCKED"),
        Some("LIMITED") => f.add(Level::Warn, "Meta reports sending LIMITED"),
        _ => {}
    }
    f.verdict()
}

/// The verdict on the WABA's review status: REJECTED, RESTRICTED or DISABLED fail,
/// anything but APPROVED warns.
pub fn waba_verdict(waba: &Waba) -> Verdict {
    let mut f = Findings(Vec::new());
    match waba.account_review_status.as_deref() {
        Some("APPROVED") => {}
        Some(s @ ("REJECTED" | "RESTRICTED" | "DISABLED")) => f.add(Level::Fail, format!("account review {s}")),
        Some(s) => f.add(Level::Warn, format!("account review {s}")),
        None => f.add(Level::Warn, "account review status not reported"),
    }
    f.verdict()
}

/// The verdict on business verification: anything but verified warns, because an
/// unverified portfolio starts at the lowest messaging limit.
pub fn business_verdict(status: Option<&str>) -> Verdict {
    let mut f = Findings(Vec::new());
    match status {
        Some(s) if s.eq_ignore_ascii_case("verified") => {}
        Some(s) => {
            f.add(Level::Warn, format!("business verification {s}: the messaging limit stays low until verified"))
        }
        None => f.add(Level::Warn, "business verification status not reported"),
    }
    f.verdict()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(quality: &str, status: &str) -> PhoneNumber {
        serde_json::from_value(serde_json::json!({"id": "1", "quality_rating": quality, "status": status})).unwrap()
    }

    #[test]
    fn thresholds() {
        assert_eq!(phone_verdict(&number("GREEN", "CONNECTED"), FailOn::Red).level, Level::Ok);
        assert_eq!(phone_verdict(&number("YELLOW", "CONNECTED"), FailOn::Red).level, Level::Warn);
        assert_eq!(phone_verdict(&number("YELLOW", "CONNECTED"), FailOn::Yellow).level, Level::Fail);
        assert_eq!(phone_verdict(&number("RED", "CONNECTED"), FailOn::Red).level, Level::Fail);
        assert_eq!(phone_verdict(&number("GREEN", "FLAGGED"), FailOn::Red).level, Level::Fail);
        assert_eq!(phone_verdict(&number("GREEN", "BANNED"), FailOn::Red).level, Level::Fail);
        assert_eq!(phone_verdict(&number("UNKNOWN", "PENDING"), FailOn::Yellow).level, Level::Warn);
    }

    #[test]
    fn reasons_worst_first() {
        let v = phone_verdict(&number("YELLOW", "RESTRICTED"), FailOn::Red);
        assert_eq!(v.reason, "status RESTRICTED; quality YELLOW (medium)");
    }

    #[test]
    fn accounts() {
        let waba: Waba =
            serde_json::from_value(serde_json::json!({"id": "1", "account_review_status": "REJECTED"})).unwrap();
        assert_eq!(waba_verdict(&waba).level, Level::Fail);
        assert_eq!(business_verdict(Some("verified")).level, Level::Ok);
        assert_eq!(business_verdict(Some("not_verified")).level, Level::Warn);
    }
}
