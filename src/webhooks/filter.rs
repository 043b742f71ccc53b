//! Event filters, as `webhooks listen --until` takes them.
//!
//! A filter is conditions separated by commas, all of which one event must meet:
//! - `NAME=VALUE`: the event's field (`kind`, `event`, `id`, `wa_id`, `field`,
//!   `waba_id`, `phone_number_id`, `display_phone_number`, `time`, `summary`) or a
//!   dotted path into it (`value.errors.0.code=131026`) equals VALUE (numbers,
//!   booleans and strings compare as text);
//! - `KIND:EVENT` shorthand for `kind=KIND,event=EVENT` (`status:delivered`);
//! - `NAME!=VALUE`: the field is absent or differs.

use serde_json::Value;

use super::event::Event;

/// One parsed filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    conditions: Vec<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Condition {
    path: Vec<String>,
    value: String,
    equal: bool,
}

/// Why a filter was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct FilterError(String);

const FIELDS: &[&str] = &[
    "time",
    "field",
    "kind",
    "event",
    "waba_id",
    "phone_number_id",
    "display_phone_number",
    "wa_id",
    "id",
    "summary",
    "value",
];

impl std::str::FromStr for Filter {
    type Err = FilterError;

    fn from_str(text: &str) -> Result<Self, FilterError> {
        let mut conditions = Vec::new();
        for part in text.split(',').map(str::trim) {
            if part.is_empty() {
                return Err(FilterError(format!("'{text}' has an empty condition (two commas, or one at an end)")));
            }
            let (name, value, equal) = if let Some((n, v)) = part.split_once("!=") {
                (n, v, false)
            } else if let Some((n, v)) = part.split_once('=') {
                (n, v, true)
            } else if let Some((kind, event)) = part.split_once(':') {
                conditions.push(condition("kind", kind, true)?);
                conditions.push(condition("event", event, true)?);
                continue;
            } else {
                return Err(FilterError(format!(
                    "'{part}' is not NAME=VALUE, NAME!=VALUE or KIND:EVENT (e.g. status:delivered or id=wamid.X)"
                )));
            };
            conditions.push(condition(name.trim(), value.trim(), equal)?);
        }
        Ok(Self { conditions })
    }
}

fn condition(name: &str, value: &str, equal: bool) -> Result<Condition, FilterError> {
    let path: Vec<String> = name.split('.').map(str::to_string).collect();
    if path.iter().any(String::is_empty) || !FIELDS.contains(&path[0].as_str()) {
        return Err(FilterError(format!("unknown field '{name}' (one of: {}, or value.PATH)", FIELDS.join(", "))));
    }
    if value.is_empty() {
        return Err(FilterError(format!("'{name}' has no value to compare with")));
    }
    Ok(Condition { path, value: value.to_string(), equal })
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn lookup<'a>(root: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(root, |at, key| match at {
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        _ => at.get(key),
    })
}

impl Filter {
    /// Whether `event` meets every condition.
    pub fn matches(&self, event: &Event) -> bool {
        let Ok(root) = serde_json::to_value(event) else { return false };
        self.conditions.iter().all(|c| {
            let found = lookup(&root, &c.path).and_then(as_text);
            let same = found.is_some_and(|f| f.eq_ignore_ascii_case(&c.value));
            same == c.equal
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::webhooks::payload::{Context, Options, build};

    fn status(variant: &str, id: &str, code: Option<i64>) -> Event {
        let ctx = Context {
            waba_id: "1".into(),
            phone_number_id: "2".into(),
            display_phone_number: "15550000000".into(),
            wa_id: "15550100101".into(),
            profile_name: "A".into(),
            time: 1_700_000_000,
        };
        let options = Options {
            variant: Some(variant.into()),
            message_id: Some(id.into()),
            error_code: code,
            ..Options::default()
        };
        let body = build("status", &ctx, &options).unwrap();
        crate::webhooks::events(&body).unwrap().remove(0)
    }

    #[test]
    fn conditions_all_hold() {
        let f: Filter = "id=wamid.X,event=delivered".parse().unwrap();
        assert!(f.matches(&status("delivered", "wamid.X", None)));
        assert!(!f.matches(&status("read", "wamid.X", None)));
        assert!(!f.matches(&status("delivered", "wamid.Y", None)));
        let short: Filter = "status:failed,value.errors.0.code=131026".parse().unwrap();
        assert!(short.matches(&status("failed", "wamid.X", Some(131_026))));
        assert!(!short.matches(&status("failed", "wamid.X", Some(131_047))));
        let not: Filter = "kind=status,event!=sent".parse().unwrap();
        assert!(not.matches(&status("read", "wamid.X", None)));
        assert!(!not.matches(&status("sent", "wamid.X", None)));
    }

    #[test]
    fn bad_filters_say_why() {
        for bad in ["", "kind", "colour=red", "id=", "a,,b", "value..x=1"] {
            assert!(bad.parse::<Filter>().is_err(), "{bad}");
        }
    }
}
