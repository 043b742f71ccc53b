//! Durations on the command line, one syntax for every flag: jiff's friendly format
//! (`500ms`, `90s`, `10m`, `1h`, `1h30m`) or plain seconds (`45`).

use std::time::Duration;

/// A duration ≥ 0.
pub fn parse(s: &str) -> Result<Duration, String> {
    let text = s.trim();
    let bad = || format!("'{text}' is not a duration such as 500ms, 90s, 10m or 1h");
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse::<u64>().map(Duration::from_secs).map_err(|_| bad());
    }
    let signed: jiff::SignedDuration = text.parse().map_err(|_| bad())?;
    Duration::try_from(signed).map_err(|_| format!("'{text}' is negative: give a duration such as 90s"))
}

/// A duration > 0.
pub fn positive(s: &str) -> Result<Duration, String> {
    let d = parse(s)?;
    if d.is_zero() {
        return Err(format!("'{}' is zero: give a positive duration", s.trim()));
    }
    Ok(d)
}

/// A duration as the user would write it.
pub fn show(d: Duration) -> String {
    let ms = d.as_millis();
    if ms % 1000 != 0 { format!("{ms}ms") } else { format!("{}s", d.as_secs()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn friendly_units_and_plain_seconds() {
        assert_eq!(parse("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("2m"), Ok(Duration::from_secs(120)));
        assert_eq!(parse("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse("10 minutes"), Ok(Duration::from_secs(600)));
        assert_eq!(parse("0s"), Ok(Duration::ZERO));
        for bad in ["", "x", "-1s", "1 parsec", "s"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(positive("0s").is_err() && positive("1s").is_ok());
        assert_eq!(show(Duration::from_millis(1500)), "1500ms");
        assert_eq!(show(Duration::from_secs(3)), "3s");
    }
}
