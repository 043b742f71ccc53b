//! `filtering` and `sort` on `GET /{waba-id}/phone_numbers`.
//!
//! * `filtering`: Graph's JSON array `[{"field","operator","value"}]`. Fields
//!   (spec): `account_mode`, `messaging_limit_tier`, `is_official_business_account`.
//!   Operators: `EQUAL` (Meta's phone-number doc) and Graph's generic
//!   `NOT_EQUAL`, `IN`, `NOT_IN` (the last two take an array). Conditions are ANDed.
//! * `sort`: the spec's `creation_time.asc|desc`, `last_onboarded_time.asc|desc`
//!   and the doc's `last_onboarded_time_ascending|_descending` (also as a JSON
//!   array of one). Default: `last_onboarded_time` descending.

use serde_json::Value;

use crate::sandbox::error::GraphError;
use crate::sandbox::request::Ctx;
use crate::sandbox::world::PhoneNumber;

const FIELDS: &[&str] = &["account_mode", "messaging_limit_tier", "is_official_business_account"];
const OPERATORS: &[&str] = &["EQUAL", "NOT_EQUAL", "IN", "NOT_IN"];

/// One parsed condition.
#[derive(Debug)]
pub(crate) struct Condition {
    field: String,
    negate: bool,
    values: Vec<String>,
}

fn bad(detail: impl AsRef<str>) -> GraphError {
    GraphError::invalid_param(format!("Param filtering {}", detail.as_ref()))
}

/// Parses `filtering` (absent → no conditions).
pub(crate) fn filtering(ctx: &Ctx) -> Result<Vec<Condition>, GraphError> {
    let parsed = match ctx.param("filtering") {
        None => return Ok(Vec::new()),
        Some(Value::String(s)) => serde_json::from_str::<Value>(s)
            .map_err(|_| bad("must be a JSON array of {\"field\",\"operator\",\"value\"} objects"))?,
        Some(v) => v.clone(),
    };
    let Value::Array(items) = parsed else {
        return Err(bad("must be a JSON array of {\"field\",\"operator\",\"value\"} objects"));
    };
    items.iter().enumerate().map(|(i, item)| condition(i, item)).collect()
}

fn condition(i: usize, item: &Value) -> Result<Condition, GraphError> {
    let get = |k: &str| item.get(k).ok_or_else(|| bad(format!("[{i}] lacks \"{k}\"")));
    let field = get("field")?.as_str().unwrap_or_default().to_owned();
    if !FIELDS.contains(&field.as_str()) {
        return Err(bad(format!(
            "[{i}]: field \"{field}\" cannot be filtered on; use one of {{{}}}",
            FIELDS.join(", ")
        )));
    }
    let op = get("operator")?.as_str().unwrap_or_default().to_ascii_uppercase();
    if !OPERATORS.contains(&op.as_str()) {
        return Err(bad(format!("[{i}]: operator \"{op}\" is not supported; use one of {{{}}}", OPERATORS.join(", "))));
    }
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let value = get("value")?;
    let values = match (op.as_str(), value) {
        ("IN" | "NOT_IN", Value::Array(vs)) => vs.iter().map(scalar).collect::<Option<Vec<_>>>(),
        ("IN" | "NOT_IN", _) => None,
        (_, v) => scalar(v).map(|s| vec![s]),
    }
    .ok_or_else(|| {
        bad(format!(
            "[{i}]: operator {op} needs {}",
            if op.ends_with("IN") { "an array value" } else { "a single value" }
        ))
    })?;
    Ok(Condition { field, negate: op.starts_with("NOT"), values })
}

/// Whether `p` satisfies every condition.
pub(crate) fn matches(conditions: &[Condition], p: &PhoneNumber) -> bool {
    conditions.iter().all(|c| {
        let actual = match c.field.as_str() {
            "account_mode" => p.account_mode.clone(),
            "messaging_limit_tier" => p.messaging_limit_tier.clone(),
            _ => p.is_official_business_account.to_string(),
        };
        c.values.iter().any(|v| v.eq_ignore_ascii_case(&actual)) != c.negate
    })
}

/// Sort key and direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sort {
    Onboarded { ascending: bool },
    Created { ascending: bool },
}

/// Parses `sort` (absent → most recently onboarded first).
pub(crate) fn sort(ctx: &Ctx) -> Result<Sort, GraphError> {
    let Some(raw) = ctx.param_text("sort") else {
        return match ctx.param("sort") {
            None => Ok(Sort::Onboarded { ascending: false }),
            Some(_) => Err(sort_error("")),
        };
    };
    let trimmed = raw.trim();
    let one = if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<String>>(trimmed) {
            Ok(v) if v.len() == 1 => v.into_iter().next().unwrap_or_default(),
            _ => return Err(sort_error(trimmed)),
        }
    } else {
        trimmed.to_owned()
    };
    match one.as_str() {
        "last_onboarded_time.asc" | "last_onboarded_time_ascending" => Ok(Sort::Onboarded { ascending: true }),
        "last_onboarded_time.desc" | "last_onboarded_time_descending" => Ok(Sort::Onboarded { ascending: false }),
        "creation_time.asc" | "creation_time_ascending" => Ok(Sort::Created { ascending: true }),
        "creation_time.desc" | "creation_time_descending" => Ok(Sort::Created { ascending: false }),
        other => Err(sort_error(other)),
    }
}

fn sort_error(got: &str) -> GraphError {
    GraphError::invalid_param(format!(
        "Param sort must be one of {{creation_time.asc, creation_time.desc, last_onboarded_time.asc, last_onboarded_time.desc}} - got \"{got}\"."
    ))
}

/// Orders `numbers` (already most recently onboarded first) by `sort`; ties keep seed order.
pub(crate) fn apply(numbers: &mut [&PhoneNumber], sort: Sort) {
    let created = |p: &PhoneNumber| p.creation_time.clone().unwrap_or_else(|| p.last_onboarded_time.clone());
    match sort {
        Sort::Onboarded { ascending: false } => {}
        Sort::Onboarded { ascending: true } => {
            numbers.sort_by(|a, b| a.last_onboarded_time.cmp(&b.last_onboarded_time))
        }
        Sort::Created { ascending } => numbers.sort_by(|a, b| {
            let o = created(a).cmp(&created(b));
            if ascending { o } else { o.reverse() }
        }),
    }
}
