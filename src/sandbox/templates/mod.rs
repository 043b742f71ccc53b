//! Message templates: the `GET/POST/DELETE /{waba-id}/message_templates`
//! edge, the template node (`GET/POST /{template-id}`), the review policy
//! ([`review`]) and the Resumable Upload API ([`upload`]).
//!
//! Reviews are lazy: every template request first decides the PENDING
//! templates whose review delay has passed (and persists the decision), so
//! the outcome does not depend on a background task.

mod errors;
pub(crate) mod review;
mod seed;
pub mod store;
#[cfg(test)]
mod store_tests;
pub(crate) mod upload;

use serde_json::{Value, json};

use self::store::{Edit, NewTemplate, Template};
use super::error::GraphError;
use super::fields::{self, Field, Lookup, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::state::SharedState;

/// Graph's node type of a template (the `whats-app-business-hsm` reference page).
pub(crate) const NODE_TYPE: &str = "WhatsAppBusinessHSM";

/// Fields returned when `fields` is absent (graph-api.md §6.1, Meta's sample order).
const DEFAULTS: &[&str] = &["name", "parameter_format", "components", "language", "status", "category", "id"];

const CATEGORIES: &[&str] = &["AUTHENTICATION", "MARKETING", "UTILITY"];
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
const PARAMETER_FORMATS: &[&str] = &["NAMED", "POSITIONAL"];

/// Whether `id` names a template.
pub(crate) fn exists(world: &super::World, id: &str) -> bool {
    world.templates.get(id).is_some()
}

/// Decides the templates whose review is due, persisting the decisions.
fn settle(state: &SharedState) -> Result<(), GraphError> {
    let (now, delay) = (state.now_ms(), state.review_delay_ms());
    if state.read(|w| w.templates.review_due(now, delay)) {
        state.mutate(|w| {
            w.templates.review(now, delay);
            Ok(())
        })?;
    }
    Ok(())
}

/// `GET /{waba-id}/message_templates`
pub(crate) fn list(ctx: &Ctx, state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    settle(state)?;
    let fields = ctx.fields()?;
    let filters = Filters::parse(ctx)?;
    state.read(|w| {
        let items: Vec<&Template> = w.templates.of_waba(waba_id).into_iter().filter(|t| filters.matches(t)).collect();
        let body = paging::respond(ctx, &items, |t| t.id.as_str(), |t| render(t, fields.as_deref()))?;
        Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(waba_id)))
    })
}

/// `GET /{template-id}`
pub(crate) fn get(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    settle(state)?;
    let fields = ctx.fields()?;
    state.read(|w| {
        let t = w.templates.get(id).ok_or_else(|| GraphError::unsupported_request("GET", id))?;
        let body = render(t, fields.as_deref())?;
        Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&t.waba_id)))
    })
}

/// Longest template name Meta accepts.
const MAX_NAME_CHARS: usize = 512;

/// `POST /{waba-id}/message_templates` → `{"id","status":"PENDING","category"}`.
pub(crate) fn create(ctx: &Ctx, state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    let name = required_text(ctx, "name")?;
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(GraphError::invalid_param(format!(
            "Param name must be at most {MAX_NAME_CHARS} characters long (got {})",
            name.chars().count()
        )));
    }
    let language = required_text(ctx, "language")?;
    let category = one_of(ctx, "category", CATEGORIES)?.ok_or_else(|| errors::required("category"))?;
    let parameter_format = one_of(ctx, "parameter_format", PARAMETER_FORMATS)?.unwrap_or_else(|| "POSITIONAL".into());
    let components = components(ctx)?.ok_or_else(|| errors::required("components"))?;
    settle(state)?;
    let now = state.now_ms();
    let new = NewTemplate { name, language, category, parameter_format, components };
    let body = state.mutate(|w| {
        let verified = w.business.verification_status.eq_ignore_ascii_case("verified");
        let t = w.templates.create(waba_id, verified, new, now)?;
        Ok(json!({ "id": t.id, "status": t.status, "category": t.category }))
    })?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(waba_id)))
}

/// `POST /{template-id}` with `category`, `components` and/or
/// `parameter_format` → `{"success":true}`; the template is reviewed again.
pub(crate) fn edit(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    let edit = Edit {
        category: one_of(ctx, "category", CATEGORIES)?,
        components: components(ctx)?,
        parameter_format: one_of(ctx, "parameter_format", PARAMETER_FORMATS)?,
    };
    if edit.category.is_none() && edit.components.is_none() && edit.parameter_format.is_none() {
        return Err(GraphError::invalid_param("The parameter components or category is required"));
    }
    settle(state)?;
    let now = state.now_ms();
    state.mutate(|w| w.templates.edit(id, edit, now))?;
    Ok(Reply::success())
}

/// `DELETE /{waba-id}/message_templates?name=N[&hsm_id=ID]` → `{"success":true}`.
pub(crate) fn delete(ctx: &Ctx, state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    let name = required_text(ctx, "name")?;
    let hsm_id = match ctx.param("hsm_id") {
        None => None,
        Some(_) => Some(
            ctx.param_text("hsm_id")
                .filter(|h| !h.trim().is_empty())
                .ok_or_else(|| GraphError::invalid_param("Param hsm_id must be a valid message template id"))?,
        ),
    };
    settle(state)?;
    let now = state.now_ms();
    state.mutate(|w| w.templates.delete(waba_id, &name, hsm_id.as_deref().map(str::trim), now))?;
    Ok(Reply::success())
}

/// A required non-empty string parameter.
fn required_text(ctx: &Ctx, name: &str) -> Result<String, GraphError> {
    match ctx.param(name) {
        None | Some(Value::Null) => Err(errors::required(name)),
        Some(Value::String(s)) if s.trim().is_empty() => Err(errors::required(name)),
        Some(Value::String(s)) => Ok(s.trim().to_owned()),
        Some(_) => Err(GraphError::invalid_param(format!("Param {name} must be a string"))),
    }
}

/// An optional enum parameter (case-insensitive, returned upper-case).
fn one_of(ctx: &Ctx, name: &str, allowed: &[&str]) -> Result<Option<String>, GraphError> {
    match ctx.param(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let up = s.trim().to_ascii_uppercase();
            if allowed.contains(&up.as_str()) { Ok(Some(up)) } else { Err(not_one_of(name, allowed, s)) }
        }
        Some(other) => Err(not_one_of(name, allowed, &other.to_string())),
    }
}

fn not_one_of(name: &str, allowed: &[&str], got: &str) -> GraphError {
    GraphError::invalid_param(format!("Param {name} must be one of {{{}}} - got \"{got}\".", allowed.join(", ")))
}

/// `components`: a JSON array, or (form bodies) a string holding one.
fn components(ctx: &Ctx) -> Result<Option<Value>, GraphError> {
    let bad = || GraphError::invalid_param("Param components must be an array of component objects");
    match ctx.param("components") {
        None | Some(Value::Null) => Ok(None),
        Some(v @ Value::Array(_)) => Ok(Some(v.clone())),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(v @ Value::Array(_)) => Ok(Some(v)),
            _ => Err(bad()),
        },
        Some(_) => Err(bad()),
    }
}

/// List filters (graph-api.md §6.1). `name` matches a substring
/// (case-insensitive); the others take one value, a comma-separated list or a
/// JSON array, and match any of them.
#[derive(Debug, Default)]
struct Filters {
    name: Option<String>,
    status: Option<Vec<String>>,
    category: Option<Vec<String>>,
    language: Option<Vec<String>>,
    quality_score: Option<Vec<String>>,
}

impl Filters {
    fn parse(ctx: &Ctx) -> Result<Self, GraphError> {
        Ok(Filters {
            name: ctx.param_text("name").map(|n| n.trim().to_lowercase()).filter(|n| !n.is_empty()),
            status: multi(ctx, "status", Some(STATUSES))?,
            category: multi(ctx, "category", Some(CATEGORIES))?,
            language: multi(ctx, "language", None)?,
            quality_score: multi(ctx, "quality_score", Some(QUALITY_SCORES))?,
        })
    }

    fn matches(&self, t: &Template) -> bool {
        let any = |set: &Option<Vec<String>>, v: &str| {
            set.as_ref().is_none_or(|s| s.iter().any(|x| x.eq_ignore_ascii_case(v)))
        };
        self.name.as_ref().is_none_or(|n| t.name.to_lowercase().contains(n.as_str()))
            && any(&self.status, &t.status)
            && any(&self.category, &t.category)
            && any(&self.language, &t.language)
            && any(&self.quality_score, t.quality_score.as_ref().map_or("UNKNOWN", |q| q.score.as_str()))
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

/// One template as JSON with the requested (or default) fields.
fn render(t: &Template, requested: Option<&[Field]>) -> Result<Value, GraphError> {
    let lookup = |name: &str| field(t, name);
    let node = NodeType { name: NODE_TYPE, defaults: DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}

fn field(t: &Template, name: &str) -> Lookup {
    let s = |v: &str| Lookup::Value(json!(v));
    match name {
        "id" => s(&t.id),
        "name" => s(&t.name),
        "language" => s(&t.language),
        "status" => s(&t.status),
        "category" => s(&t.category),
        "components" => Lookup::Value(t.components.clone()),
        "parameter_format" => s(&t.parameter_format),
        "rejected_reason" => s(t.rejected_reason.as_deref().unwrap_or("NONE")),
        "quality_score" => {
            t.quality_score.as_ref().map_or(Lookup::Absent, |q| Lookup::Value(json!({ "score": q.score })))
        }
        "previous_category" => t.previous_category.as_deref().map_or(Lookup::Absent, s),
        "cta_url_link_tracking_opted_out" => Lookup::Value(json!(false)),
        "sub_category" | "message_send_ttl_seconds" | "library_template_name" | "correct_category" => Lookup::Absent,
        _ => Lookup::Unknown,
    }
}
