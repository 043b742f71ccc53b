//! Filters of `GET /{waba-id}/message_templates` (Meta's edge reference and
//! SDK parameter list: `category`, `content`, `language`, `name`,
//! `name_or_content`, `quality_score`, `since`, `source`, `status`, `until`)
//! and the edge's summary fields.
//!
//! `name`, `content` and `name_or_content` match a case-insensitive
//! substring (`content`: any `text` in the components); the enum filters take
//! one value, a comma-separated list or a JSON array and match any of them;
//! `since`/`until` bound the creation time (unix seconds or `YYYY-MM-DD`).

use serde_json::{Value, json};

use super::CATEGORIES;
use super::store::{Template, UNVERIFIED_CAP, VERIFIED_CAP};
use crate::sandbox::error::GraphError;
use crate::sandbox::request::Ctx;

const STATUSES: &[&str] = &[
    "APPROVED",
    "IN_APPEAL",
    "PENDING",
    "REJECTED",
    "PENDING_DELETION",
    "DELETED",
    "DISABLED",
    "PAUSED",
    "LIMIT_EXCEEDED",
    "ARCHIVED",
];
const QUALITY_SCORES: &[&str] = &["GREEN", "YELLOW", "RED", "UNKNOWN"];
/// Every sandbox template is written by hand (`MANUAL`).
const SOURCES: &[&str] = &["AUTO_GENERATED", "MANUAL"];

/// The parameters this edge reads on GET (beyond the standard ones).
pub(crate) const PARAMS: &[&str] = &[
    "category",
    "content",
    "language",
    "name",
    "name_or_content",
    "quality_score",
    "since",
    "source",
    "status",
    "until",
];

#[derive(Debug, Default)]
pub(super) struct Filters {
    name: Option<String>,
    content: Option<String>,
    name_or_content: Option<String>,
    status: Option<Vec<String>>,
    category: Option<Vec<String>>,
    language: Option<Vec<String>>,
    quality_score: Option<Vec<String>>,
    source: Option<Vec<String>>,
    since_ms: Option<i64>,
    until_ms: Option<i64>,
}

impl Filters {
    pub(super) fn parse(ctx: &Ctx) -> Result<Self, GraphError> {
        let sub = |n: &str| ctx.param_text(n).map(|v| v.trim().to_lowercase()).filter(|v| !v.is_empty());
        Ok(Filters {
            name: sub("name"),
            content: sub("content"),
            name_or_content: sub("name_or_content"),
            status: multi(ctx, "status", Some(STATUSES))?,
            category: multi(ctx, "category", Some(CATEGORIES))?,
            language: multi(ctx, "language", None)?,
            quality_score: multi(ctx, "quality_score", Some(QUALITY_SCORES))?,
            source: multi(ctx, "source", Some(SOURCES))?,
            since_ms: time(ctx, "since")?,
            until_ms: time(ctx, "until")?,
        })
    }

    pub(super) fn matches(&self, t: &Template) -> bool {
        let any = |set: &Option<Vec<String>>, v: &str| {
            set.as_ref().is_none_or(|s| s.iter().any(|x| x.eq_ignore_ascii_case(v)))
        };
        let name = t.name.to_lowercase();
        let content = content_of(&t.components).to_lowercase();
        self.name.as_ref().is_none_or(|n| name.contains(n.as_str()))
            && self.content.as_ref().is_none_or(|c| content.contains(c.as_str()))
            && self.name_or_content.as_ref().is_none_or(|q| name.contains(q.as_str()) || content.contains(q.as_str()))
            && any(&self.status, &t.status)
            && any(&self.category, &t.category)
            && any(&self.language, &t.language)
            && any(&self.quality_score, t.quality_score.as_ref().map_or("UNKNOWN", |q| q.score.as_str()))
            && any(&self.source, "MANUAL")
            && self.since_ms.is_none_or(|s| t.created_at_ms >= s)
            && self.until_ms.is_none_or(|u| t.created_at_ms <= u)
    }
}

/// Every `text` in the components (header, body, footer, buttons), joined.
fn content_of(v: &Value) -> String {
    let mut out = String::new();
    collect_text(v, &mut out);
    out
}

fn collect_text(v: &Value, out: &mut String) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect_text(i, out)),
        Value::Object(m) => {
            for (k, val) in m {
                match (k.as_str(), val) {
                    ("text", Value::String(s)) => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    ("example", _) => {}
                    _ => collect_text(val, out),
                }
            }
        }
        _ => {}
    }
}

/// A multi-valued filter; enum values are checked against `allowed`.
fn multi(ctx: &Ctx, name: &str, allowed: Option<&[&str]>) -> Result<Option<Vec<String>>, GraphError> {
    let bad = || GraphError::invalid_param(format!("Param {name} must be a string or an array of strings"));
    let values: Vec<String> = match ctx.param(name) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) if s.trim_start().starts_with('[') => {
            let v: Vec<Value> = serde_json::from_str(s).map_err(|_| bad())?;
            v.into_iter().map(|x| x.as_str().map(str::to_owned).ok_or_else(bad)).collect::<Result<_, _>>()?
        }
        Some(Value::String(s)) => s.split(',').map(str::to_owned).collect(),
        Some(Value::Array(v)) => {
            v.iter().map(|x| x.as_str().map(str::to_owned).ok_or_else(bad)).collect::<Result<_, _>>()?
        }
        Some(_) => return Err(bad()),
    };
    let values: Vec<String> = values.into_iter().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()).collect();
    if let Some(allowed) = allowed {
        for (i, v) in values.iter().enumerate() {
            if !allowed.iter().any(|a| a.eq_ignore_ascii_case(v)) {
                return Err(GraphError::invalid_param(format!(
                    "Param {name}[{i}] must be one of {{{}}} - got \"{v}\".",
                    allowed.join(", ")
                )));
            }
        }
    }
    Ok(if values.is_empty() { None } else { Some(values) })
}

/// `since` / `until`: unix seconds or a `YYYY-MM-DD` date (00:00 UTC), as milliseconds.
fn time(ctx: &Ctx, name: &str) -> Result<Option<i64>, GraphError> {
    let Some(raw) = ctx.param_text(name) else {
        return Ok(None);
    };
    let raw = raw.trim();
    let secs = raw.parse::<i64>().ok().filter(|s| (0..=253_402_300_799).contains(s)).or_else(|| {
        let date = raw.len() == 10 && raw.as_bytes().get(4) == Some(&b'-') && raw.as_bytes().get(7) == Some(&b'-');
        date.then(|| crate::sandbox::catalogue::unix_seconds(&format!("{raw}T00:00:00+0000")))
    });
    secs.map(|s| Some(s * 1000)).ok_or_else(|| {
        GraphError::invalid_param(format!(
            "Param {name} must be a unix timestamp or a YYYY-MM-DD date - got \"{raw}\"."
        ))
    })
}

/// The edge's summary fields (beyond `total_count`, which counts the
/// filtered templates): counts and the cap of the whole WABA.
pub(super) fn summary_field(name: &str, all: &[&Template], business_verified: bool) -> Option<Value> {
    match name {
        "message_template_count" => Some(json!(all.len())),
        "message_template_limit" => Some(json!(if business_verified { VERIFIED_CAP } else { UNVERIFIED_CAP })),
        "are_translations_complete" => Some(json!(translations_complete(all))),
        _ => None,
    }
}

/// Whether every template name exists in every language the WABA uses.
fn translations_complete(all: &[&Template]) -> bool {
    let languages: std::collections::BTreeSet<&str> = all.iter().map(|t| t.language.as_str()).collect();
    let names: std::collections::BTreeSet<&str> = all.iter().map(|t| t.name.as_str()).collect();
    names.iter().all(|n| languages.iter().all(|l| all.iter().any(|t| t.name == *n && t.language == *l)))
}
