//! A quality-rating timeline for `limits check`: logs carry no quality, so it can be given as
//! CSV lines `ts,quality` (RFC 3339 timestamp; high|medium|low, or GREEN|YELLOW|RED|FLAGGED),
//! each rating holding from its time until the next. A header line `ts,quality` is allowed.

use super::tier::Quality;

/// A bad line of a quality timeline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("quality line {line}, field `{field}`: {message}")]
pub struct QualityParseError {
    /// 1-based line.
    pub line: usize,
    /// `ts` or `quality`.
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

/// Parse a timeline; entries come back in time order.
pub fn parse_quality_timeline(text: &str) -> Result<Vec<(jiff::Timestamp, Quality)>, QualityParseError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') || (line == 1 && raw.eq_ignore_ascii_case("ts,quality")) {
            continue;
        }
        let (ts, quality) = raw.split_once(',').ok_or_else(|| QualityParseError {
            line,
            field: "quality",
            message: format!("expected `ts,quality`, got `{raw}`"),
        })?;
        let ts: jiff::Timestamp = ts.trim().parse().map_err(|_| QualityParseError {
            line,
            field: "ts",
            message: format!("not an RFC 3339 timestamp with offset: `{}`", ts.trim()),
        })?;
        let quality = Quality::parse(quality).ok_or_else(|| QualityParseError {
            line,
            field: "quality",
            message: format!("unknown quality `{}`; use high, medium or low", quality.trim()),
        })?;
        out.push((ts, quality));
    }
    out.sort_by_key(|q| q.0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_sorts_and_names_bad_fields() {
        let text = "ts,quality\n2025-03-08T00:00:00Z,green\n# flagged for a week\n2025-03-01T00:00:00Z,RED\n";
        let timeline = parse_quality_timeline(text).unwrap();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[0].1, Quality::Low);
        assert_eq!(timeline[1].1, Quality::High);
        let err = parse_quality_timeline("2025-03-01,low").unwrap_err();
        assert_eq!((err.line, err.field), (1, "ts"));
        let err = parse_quality_timeline("ts,quality\n2025-03-01T00:00:00Z,purple").unwrap_err();
        assert_eq!((err.line, err.field), (2, "quality"));
        assert!(parse_quality_timeline("nonsense").is_err());
    }
}
