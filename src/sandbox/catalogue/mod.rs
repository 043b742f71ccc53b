//! Field catalogues: one table per Graph node type, as data. Each row is a
//! field name and a getter over a read-only view of the world; the source
//! that documents the field is noted beside it:
//!
//! * `spec`   — Meta's OpenAPI spec v23.0 (`business-messaging-api_v23.0.yaml`);
//! * `ref`    — Meta's node reference (the Graph API reference pages and the
//!   field lists Meta generates into its business SDKs);
//! * `doc`    — Meta's guides, as summarised in `graph-api.md`;
//! * `client` — requested by real clients (pywa 4.x `_api_fields`).
//!
//! A field the table lacks is Graph's error #100 (nonexisting field); a
//! field Meta documents that the sandbox does not emulate is
//! [`Lookup::Unserved`], an error that says so.

pub(crate) mod business;
mod health;
pub(crate) mod phone;
pub(crate) mod template;
pub(crate) mod waba;

use serde_json::{Value, json};

use super::fields::Lookup;

/// A getter's answer for a string.
pub(crate) fn text(v: &str) -> Lookup {
    Lookup::Value(json!(v))
}

/// A getter's answer for an optional string (omitted when unset).
pub(crate) fn opt_text(v: Option<&str>) -> Lookup {
    v.map_or(Lookup::Absent, text)
}

pub(crate) fn value(v: Value) -> Lookup {
    Lookup::Value(v)
}

/// Unix seconds of a `YYYY-MM-DDTHH:MM:SS+0000` timestamp (0 when malformed).
pub(crate) fn unix_seconds(ts: &str) -> i64 {
    let num = |r: std::ops::Range<usize>| ts.get(r).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let (y, mo, d) = (num(0..4), num(5..7), num(8..10));
    let (h, mi, s) = (num(11..13), num(14..16), num(17..19));
    let days = super::version::days_from_civil(y, u32::try_from(mo).unwrap_or(1), u32::try_from(d).unwrap_or(1));
    days * 86_400 + h * 3_600 + mi * 60 + s
}

#[cfg(test)]
mod tests {
    #[test]
    fn unix_seconds_of_graph_timestamps() {
        assert_eq!(super::unix_seconds("1970-01-02T00:00:01+0000"), 86_401);
        assert_eq!(super::unix_seconds("2023-01-10T08:00:00+0000"), 1_673_337_600);
        // Garbage gives some number, never a panic.
        let _ = super::unix_seconds("garbage");
        let _ = super::unix_seconds("9999-99-99T99:99:99+0000");
    }
}
