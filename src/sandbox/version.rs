//! Graph API versions: parsing the `/{version}/` path segment, auto-upgrading
//! expired versions, and the version-dependent behaviour switches.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use super::error::GraphError;

/// A Graph API version such as `v24.0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiVersion {
    pub major: u32,
    pub minor: u32,
}

impl ApiVersion {
    pub const fn new(major: u32, minor: u32) -> Self {
        ApiVersion { major, minor }
    }

    /// Parses `vN.M` exactly (`^v\d+\.\d+$`).
    pub fn parse(s: &str) -> Option<Self> {
        let rest = s.strip_prefix('v')?;
        let (major, minor) = rest.split_once('.')?;
        let num = |p: &str| {
            if p.is_empty() || p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse::<u32>().ok()
            }
        };
        Some(ApiVersion::new(num(major)?, num(minor)?))
    }

    /// v24.0 moved the messaging limit to the business portfolio
    /// (`whatsapp_business_manager_messaging_limit`).
    pub fn has_portfolio_messaging_limit(self) -> bool {
        self >= ApiVersion::new(24, 0)
    }
}

impl fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}", self.major, self.minor)
    }
}

/// A calendar date (year, month, day).
type Date = (i64, u32, u32);

/// Known versions and the last day (exclusive) they are served, from Meta's
/// version table (graph-api.md §1.1). `None` = no end date announced.
const KNOWN: &[(u32, Option<Date>)] = &[
    (18, Some((2026, 1, 26))),
    (19, Some((2026, 5, 21))),
    (20, Some((2026, 9, 24))),
    (21, Some((2027, 1, 21))),
    (22, Some((2027, 5, 20))),
    (23, Some((2027, 10, 8))),
    (24, Some((2028, 2, 18))),
    (25, Some((2028, 7, 29))),
    (26, None),
];

/// The newest version this emulator knows.
pub const NEWEST: ApiVersion = ApiVersion::new(26, 0);

/// The version a request is served with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Served {
    pub version: ApiVersion,
    /// Set when the requested version had expired and was auto-upgraded.
    pub upgraded_from: Option<ApiVersion>,
}

impl Served {
    /// Value of the `X-Ad-Api-Version-Warning` header, when auto-upgraded.
    pub fn warning(&self) -> Option<String> {
        self.upgraded_from
            .map(|old| format!("The call has been auto-upgraded to {} as {old} has been deprecated.", self.version))
    }
}

/// Resolves the path's version segment against the table, as of `today`
/// (days since 1970-01-01, UTC).
pub(crate) fn resolve(segment: &str, today: i64) -> Result<Served, GraphError> {
    let Some(requested) = ApiVersion::parse(segment) else {
        return Err(GraphError::invalid_param(format!(
            "Unknown API version '{}': the path must start with a version such as /{NEWEST}/",
            printable(segment)
        )));
    };
    if requested > NEWEST {
        return Err(GraphError::invalid_param(format!(
            "Unsupported API version '{requested}': the newest available version is {NEWEST}"
        )));
    }
    let oldest = oldest_available(today);
    if requested < oldest {
        return Ok(Served { version: oldest, upgraded_from: Some(requested) });
    }
    let known = requested.minor == 0 && KNOWN.iter().any(|(m, _)| *m == requested.major);
    if !known {
        return Err(GraphError::invalid_param(format!(
            "Unknown API version '{requested}': available versions are {oldest} to {NEWEST}"
        )));
    }
    Ok(Served { version: requested, upgraded_from: None })
}

/// The version of a call without a version segment: Graph serves those at
/// the oldest available version (the default of an app created today).
pub(crate) fn unversioned(today: i64) -> Served {
    Served { version: oldest_available(today), upgraded_from: None }
}

/// The oldest version still served on `today`.
pub(crate) fn oldest_available(today: i64) -> ApiVersion {
    KNOWN
        .iter()
        .find(|(_, until)| match until {
            Some((y, m, d)) => today < days_from_civil(*y, *m, *d),
            None => true,
        })
        .map(|(major, _)| ApiVersion::new(*major, 0))
        .unwrap_or(NEWEST)
}

/// Today as days since the Unix epoch (UTC).
pub(crate) fn today() -> i64 {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    i64::try_from(secs / 86_400).unwrap_or(0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Keeps error messages readable when the segment is binary garbage.
fn printable(s: &str) -> String {
    s.chars().take(40).filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_only_vn_m() {
        assert_eq!(ApiVersion::parse("v24.0"), Some(ApiVersion::new(24, 0)));
        for bad in ["v24", "24.0", "foo", "v.0", "v24.", "v24.0.1", "v+1.0", "V24.0", ""] {
            assert_eq!(ApiVersion::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }

    #[test]
    fn resolution_follows_the_calendar() {
        let day = days_from_civil(2026, 11, 23);
        assert_eq!(oldest_available(day), ApiVersion::new(21, 0));
        let s = resolve("v19.0", day).unwrap();
        assert_eq!(s.version, ApiVersion::new(21, 0));
        assert_eq!(
            s.warning().as_deref(),
            Some("The call has been auto-upgraded to v21.0 as v19.0 has been deprecated.")
        );
        assert_eq!(resolve("v2.12", day).unwrap().version, ApiVersion::new(21, 0));
        let s = resolve("v23.0", day).unwrap();
        assert_eq!((s.version, s.upgraded_from), (ApiVersion::new(23, 0), None));
        assert!(resolve("v26.0", day).is_ok());
        assert_eq!(resolve("v27.0", day).unwrap_err().code, 100);
        assert_eq!(resolve("v24.5", day).unwrap_err().code, 100);
        assert_eq!(resolve("v24", day).unwrap_err().code, 100);
        // Before v18's end date, v18 itself is served as is.
        let early = days_from_civil(2025, 12, 1);
        assert_eq!(resolve("v18.0", early).unwrap().upgraded_from, None);
        // Far future: everything with an end date is gone.
        assert_eq!(oldest_available(days_from_civil(2040, 1, 1)), NEWEST);
    }
}
