//! Stable serialisation of template payloads (for `templates pull` and `show -o toml|json`).
//!
//! Writing the same payload twice yields identical bytes, and write → read → write is a fixed point. Key order:
//!
//! * top level: `name`, `language`, `category`, `parameter_format`, `sub_category`, `message_send_ttl_seconds`,
//!   `allow_category_change`, `cta_url_link_tracking_opted_out`, other keys sorted, then `components` last;
//! * component: `type`, `format`, `text`, `header_file`, `add_security_recommendation`, `code_expiration_minutes`,
//!   `limited_time_offer`, `example`, `buttons`, `cards`, other keys sorted;
//! * button: `type`, `otp_type`, `text`, `autofill_text`, `url`, `phone_number`, `flow_id`, `flow_name`,
//!   `flow_json`, `flow_action`, `navigate_screen`, `example`, `zero_tap_terms_accepted`, `package_name`,
//!   `signature_hash`, `supported_apps`, other keys sorted;
//! * `example`: `header_text`, `header_text_named_params`, `header_handle`, `body_text`, `body_text_named_params`,
//!   other keys sorted;
//! * any other object: `param_name`, `example`, `package_name`, `signature_hash`, `text`, `has_expiration`, then the
//!   remaining keys sorted.
//!
//! Array order is meaningful in Meta's payload and is never changed. TOML cannot represent `null`, so
//! [`to_toml_string`] drops null object members and fails on null array items.

use serde_json::{Map, Value};

const TOP: &[&str] = &[
    "name",
    "language",
    "category",
    "parameter_format",
    "sub_category",
    "message_send_ttl_seconds",
    "allow_category_change",
    "cta_url_link_tracking_opted_out",
];
const TOP_LAST: &[&str] = &["components"];
const COMPONENT: &[&str] = &[
    "type",
    "format",
    "text",
    "header_file",
    "add_security_recommendation",
    "code_expiration_minutes",
    "limited_time_offer",
    "example",
];
const COMPONENT_LAST: &[&str] = &["buttons", "cards"];
const BUTTON: &[&str] = &[
    "type",
    "otp_type",
    "text",
    "autofill_text",
    "url",
    "phone_number",
    "flow_id",
    "flow_name",
    "flow_json",
    "flow_action",
    "navigate_screen",
    "example",
    "zero_tap_terms_accepted",
    "package_name",
    "signature_hash",
];
const BUTTON_LAST: &[&str] = &["supported_apps"];
const EXAMPLE: &[&str] =
    &["header_text", "header_text_named_params", "header_handle", "body_text", "body_text_named_params"];
const OTHER: &[&str] = &["param_name", "example", "package_name", "signature_hash", "text", "has_expiration"];

/// Errors of [`to_toml_string`] / [`to_json_string`].
#[derive(Debug, thiserror::Error)]
pub enum SerializeError {
    #[error("a template payload must be an object at the top level")]
    NotAnObject,
    #[error("cannot write TOML: {0}")]
    Toml(#[from] toml::ser::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The text would not read back as the same payload (e.g. nesting deeper than a TOML reader accepts).
    #[error("{format} cannot hold this payload: {reason}; {fix}")]
    NoRoundTrip { format: &'static str, reason: String, fix: &'static str },
}

#[derive(Clone, Copy)]
enum Ctx {
    Root,
    Component,
    Button,
    Card,
    Example,
    Other,
}

/// The payload with every object's keys in the canonical order (see module docs). `drop_null` removes null members.
pub fn canonicalize(value: &Value, drop_null: bool) -> Value {
    canon(value, Ctx::Root, drop_null)
}

fn canon(value: &Value, ctx: Ctx, drop_null: bool) -> Value {
    match value {
        Value::Object(map) => {
            let (first, last): (&[&str], &[&str]) = match ctx {
                Ctx::Root => (TOP, TOP_LAST),
                Ctx::Component => (COMPONENT, COMPONENT_LAST),
                Ctx::Button => (BUTTON, BUTTON_LAST),
                Ctx::Card => (&[], &["components"]),
                Ctx::Example => (EXAMPLE, &[]),
                Ctx::Other => (OTHER, &[]),
            };
            let mut rest: Vec<&String> =
                map.keys().filter(|k| !first.contains(&k.as_str()) && !last.contains(&k.as_str())).collect();
            rest.sort();
            let order = first.iter().copied().chain(rest.into_iter().map(String::as_str)).chain(last.iter().copied());
            let mut out = Map::new();
            for key in order {
                let Some(v) = map.get(key) else { continue };
                if drop_null && v.is_null() {
                    continue;
                }
                let child = match (ctx, key) {
                    (Ctx::Root, "components") | (Ctx::Card, "components") => Ctx::Component,
                    (Ctx::Component, "buttons") => Ctx::Button,
                    (Ctx::Component, "cards") => Ctx::Card,
                    (Ctx::Component, "example") => Ctx::Example,
                    _ => Ctx::Other,
                };
                out.insert(key.to_string(), canon(v, child, drop_null));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| canon(v, ctx, drop_null)).collect()),
        other => other.clone(),
    }
}

/// Pretty JSON in canonical key order, two-space indent, trailing newline. Fails, rather than writing text that
/// would not read back as the same payload.
pub fn to_json_string(value: &Value) -> Result<String, SerializeError> {
    let canonical = canonicalize(value, false);
    let mut s = serde_json::to_string_pretty(&canonical)?;
    s.push('\n');
    match serde_json::from_str::<Value>(&s) {
        Ok(back) if back == canonical => Ok(s),
        Ok(_) => Err(no_round_trip("JSON", "a value reads back differently".into(), JSON_FIX)),
        Err(e) => Err(no_round_trip("JSON", e.to_string(), JSON_FIX)),
    }
}

/// TOML in canonical key order (`[[components]]` arrays of tables), null members dropped. Fails, rather than
/// writing a file that would not parse back as the same payload (TOML readers limit nesting depth).
pub fn to_toml_string(value: &Value) -> Result<String, SerializeError> {
    if !value.is_object() {
        return Err(SerializeError::NotAnObject);
    }
    let canonical = canonicalize(value, true);
    let s = toml::to_string(&canonical)?;
    match toml::from_str::<Value>(&s) {
        Ok(back) if back == canonical => Ok(s),
        Ok(_) => Err(no_round_trip("TOML", "a value reads back differently".into(), TOML_FIX)),
        Err(e) => {
            let depth = depth(&canonical);
            let reason = format!("it nests {depth} levels deep and would not read back ({})", e.message().trim());
            Err(no_round_trip("TOML", reason, TOML_FIX))
        }
    }
}

const TOML_FIX: &str = "write this template as JSON instead (e.g. `templates show NAME --as-file json`)";
const JSON_FIX: &str = "the payload cannot be stored as a template file";

fn no_round_trip(format: &'static str, reason: String, fix: &'static str) -> SerializeError {
    SerializeError::NoRoundTrip { format, reason, fix }
}

/// Nesting depth of arrays and objects, iteratively (a deep value must not overflow the stack).
fn depth(value: &Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(value, 0usize)];
    while let Some((v, d)) = stack.pop() {
        max = max.max(d);
        match v {
            Value::Array(items) => stack.extend(items.iter().map(|i| (i, d + 1))),
            Value::Object(map) => stack.extend(map.values().map(|i| (i, d + 1))),
            _ => {}
        }
    }
    max
}
