//! Field names and figures shared by every format: CSV columns come from the JSON field
//! names, and counts follow one rule.

/// A count for people: `12,345`. The one rule for figures: tables group digits in
/// thousands, JSON, NDJSON and CSV carry the raw number.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A header and rows for a JSON array of objects; `None` for anything else, and for an empty
/// array (which names no fields: the caller's table gives the header).
pub(super) fn csv_records(value: &serde_json::Value) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let items = value.as_array()?;
    if items.is_empty() || !items.iter().all(serde_json::Value::is_object) {
        return None;
    }
    let flat: Vec<Vec<(String, String)>> = items
        .iter()
        .map(|item| {
            let mut fields = Vec::new();
            flatten("", item, &mut fields);
            fields
        })
        .collect();
    let mut headers: Vec<String> = Vec::new();
    for (key, _) in flat.iter().flatten() {
        if !headers.contains(key) {
            headers.push(key.clone());
        }
    }
    let rows = flat
        .into_iter()
        .map(|fields| {
            headers
                .iter()
                .map(|h| fields.iter().find(|(k, _)| k == h).map(|(_, v)| v.clone()).unwrap_or_default())
                .collect()
        })
        .collect();
    Some((headers, rows))
}

/// The cells of one JSON object under fixed columns (dotted names reach into nested objects),
/// written as [`csv_records`] writes them: for a list streamed with a header known in advance.
pub(super) fn cells(value: &serde_json::Value, columns: &[&str]) -> Vec<String> {
    columns
        .iter()
        .map(|column| match column.split('.').try_fold(value, |v, key| v.get(key)) {
            None | Some(serde_json::Value::Null) => String::new(),
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        })
        .collect()
}

/// The CSV column names of a JSON object: its field names, nested objects as `parent.child`.
pub fn field_names(value: &serde_json::Value) -> Vec<String> {
    let mut fields = Vec::new();
    flatten("", value, &mut fields);
    fields.into_iter().map(|(k, _)| k).collect()
}

/// Nested objects become `parent.child` fields; lists stay JSON text; null is empty.
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::Object(map) if !map.is_empty() || prefix.is_empty() => {
            for (key, value) in map {
                let key = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&key, value, out);
            }
        }
        Value::Null => out.push((prefix.to_string(), String::new())),
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        Value::Bool(_) | Value::Number(_) | Value::Array(_) | Value::Object(_) => {
            out.push((prefix.to_string(), value.to_string()))
        }
    }
}

/// A display label as a field name: `Quality rating` → `quality_rating`.
pub(super) fn field_name(label: &str) -> String {
    let mut name = String::new();
    for c in label.trim().chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    name.trim_end_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_header_is_field_names() {
        let value = serde_json::json!([
            {"id": "1", "throughput": {"level": "STANDARD"}, "tags": ["a"], "n": 3, "x": null},
            {"id": "2", "extra": true}
        ]);
        let (headers, rows) = csv_records(&value).unwrap();
        assert_eq!(headers, ["id", "throughput.level", "tags", "n", "x", "extra"]);
        assert_eq!(rows[0], ["1", "STANDARD", "[\"a\"]", "3", "", ""]);
        assert_eq!(rows[1], ["2", "", "", "", "", "true"]);
        assert!(csv_records(&serde_json::json!({"a": 1})).is_none());
        assert_eq!(field_name("Messaging limit"), "messaging_limit");
        assert_eq!(field_name("cost (USD)"), "cost_usd");
    }
}
