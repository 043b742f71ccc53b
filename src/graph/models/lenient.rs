//! Deserializers for values Meta sends in more than one JSON type.

use serde::{Deserialize, Deserializer};

/// A Unix time sent as a number or a numeric string; anything else is dropped.
pub(super) fn unix<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => n.as_i64(),
        Some(serde_json::Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}
