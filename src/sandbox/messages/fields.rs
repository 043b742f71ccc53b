//! Field access with Meta's errors: a missing field is 131008, a field of the
//! wrong JSON type or too long is #100 naming it, a bad value is 131009.

use serde_json::{Map, Value};

use super::errors::{bad_value, invalid, missing};
use crate::sandbox::error::GraphError;

pub type Obj = Map<String, Value>;

/// `path['key']`, as Meta names nested fields.
pub fn name(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}['{key}']") }
}

/// A required object member.
pub fn obj<'a>(m: &'a Obj, path: &str, key: &str) -> Result<&'a Obj, GraphError> {
    match m.get(key) {
        None | Some(Value::Null) => Err(missing(&name(path, key))),
        Some(Value::Object(o)) => Ok(o),
        Some(_) => Err(invalid(&name(path, key), "must be an object")),
    }
}

/// An optional object member.
pub fn opt_obj<'a>(m: &'a Obj, path: &str, key: &str) -> Result<Option<&'a Obj>, GraphError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => obj(m, path, key).map(Some),
    }
}

/// A required array member with `min..=max` entries.
pub fn arr<'a>(m: &'a Obj, path: &str, key: &str, min: usize, max: usize) -> Result<&'a Vec<Value>, GraphError> {
    let field = name(path, key);
    match m.get(key) {
        None | Some(Value::Null) => Err(missing(&field)),
        Some(Value::Array(a)) if a.len() < min.max(1) && a.is_empty() => Err(missing(&field)),
        Some(Value::Array(a)) if a.len() < min || a.len() > max => {
            Err(invalid(&field, &format!("must have {min} to {max} entries (got {})", a.len())))
        }
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(invalid(&field, "must be an array")),
    }
}

/// The `i`-th entry of an array as an object.
pub fn entry<'a>(v: &'a Value, path: &str, i: usize) -> Result<&'a Obj, GraphError> {
    v.as_object().ok_or_else(|| invalid(&format!("{path}[{i}]"), "must be an object"))
}

/// A required, non-empty string of at most `max` characters.
pub fn text<'a>(m: &'a Obj, path: &str, key: &str, max: usize) -> Result<&'a str, GraphError> {
    match opt_text(m, path, key, max)? {
        Some(s) if !s.trim().is_empty() => Ok(s),
        _ => Err(missing(&name(path, key))),
    }
}

/// An optional string of at most `max` characters.
pub fn opt_text<'a>(m: &'a Obj, path: &str, key: &str, max: usize) -> Result<Option<&'a str>, GraphError> {
    let field = name(path, key);
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.chars().count() > max => {
            Err(invalid(&field, &format!("must be at most {max} characters long (got {})", s.chars().count())))
        }
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(invalid(&field, "must be a string")),
    }
}

/// A required string, one of `allowed`.
pub fn one_of<'a>(m: &'a Obj, path: &str, key: &str, allowed: &[&str]) -> Result<&'a str, GraphError> {
    let s = text(m, path, key, 256)?;
    if allowed.contains(&s) {
        Ok(s)
    } else {
        Err(bad_value(&name(path, key), &format!("'{s}' is not one of {}", allowed.join(", "))))
    }
}

/// An optional boolean.
pub fn opt_bool(m: &Obj, path: &str, key: &str) -> Result<Option<bool>, GraphError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(Value::String(s)) if s == "true" || s == "false" => Ok(Some(s == "true")),
        Some(_) => Err(invalid(&name(path, key), "must be a boolean")),
    }
}

/// A required number in `lo..=hi` (numbers given as strings are accepted, as Graph coerces).
pub fn number(m: &Obj, path: &str, key: &str, lo: f64, hi: f64) -> Result<f64, GraphError> {
    let field = name(path, key);
    let n = match m.get(key) {
        None | Some(Value::Null) => return Err(missing(&field)),
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        Some(_) => None,
    };
    match n {
        Some(n) if (lo..=hi).contains(&n) => Ok(n),
        Some(n) => Err(bad_value(&field, &format!("{n} is outside {lo}..{hi}"))),
        None => Err(invalid(&field, "must be a number")),
    }
}

/// Members of `m` outside `allowed` are #100 errors naming the first.
pub fn only(m: &Obj, path: &str, allowed: &[&str]) -> Result<(), GraphError> {
    match m.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(invalid(&name(path, k), "is not a valid parameter here")),
        None => Ok(()),
    }
}

/// An http(s) URL.
pub fn link<'a>(m: &'a Obj, path: &str, key: &str) -> Result<&'a str, GraphError> {
    let s = text(m, path, key, 2048)?;
    match url::Url::parse(s) {
        Ok(u) if (u.scheme() == "https" || u.scheme() == "http") && u.host().is_some() => Ok(s),
        _ => Err(bad_value(&name(path, key), "must be an http(s) URL")),
    }
}
