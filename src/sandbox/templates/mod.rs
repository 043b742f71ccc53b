//! Message templates: the `GET/POST/DELETE /{waba-id}/message_templates`
//! edge, the template node (`GET/POST /{template-id}`), the review policy
//! ([`review`]) and the Resumable Upload API ([`upload`]).
//!
//! Reviews are lazy: every template request first decides the PENDING
//! templates whose review delay has passed (and persists the decision), so
//! the outcome does not depend on a background task.

mod errors;
mod filters;
pub(crate) mod pause;
pub(crate) use filters::PARAMS as FILTER_PARAMS;
pub(crate) mod review;
mod seed;
pub mod store;
#[cfg(test)]
mod store_tests;
pub(crate) mod upload;

use serde_json::{Value, json};

use self::filters::Filters;
use self::store::{Edit, NewTemplate, Template};
use super::catalogue::template as catalogue;
use super::error::GraphError;
use super::fields::{self, Field, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::state::SharedState;

pub(crate) const CATEGORIES: &[&str] = &["AUTHENTICATION", "MARKETING", "UTILITY"];
const PARAMETER_FORMATS: &[&str] = &["NAMED", "POSITIONAL"];

/// Whether `id` names a template.
pub(crate) fn exists(world: &super::World, id: &str) -> bool {
    world.templates.get(id).is_some()
}

/// Decides the templates whose review is due, persisting the decisions.
pub(crate) fn settle(state: &SharedState) -> Result<(), GraphError> {
    let (now, delay) = (state.now_ms(), state.review_delay_ms());
    settle_if(state, now, delay, state.read(|w| w.templates.review_due(now, delay)))
}

/// [`settle`] on the world as this process last read it (see [`SharedState::read_seen`]).
pub(crate) fn settle_seen(state: &SharedState) -> Result<(), GraphError> {
    let (now, delay) = (state.now_ms(), state.review_delay_ms());
    settle_if(state, now, delay, state.read_seen(|w| w.templates.review_due(now, delay)))
}

fn settle_if(state: &SharedState, now: i64, delay: i64, due: bool) -> Result<(), GraphError> {
    if due {
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
        let all = w.templates.of_waba(waba_id);
        let items: Vec<&Template> = all.iter().copied().filter(|t| filters.matches(t)).collect();
        let verified = w.business.verification_status.eq_ignore_ascii_case("verified");
        let summary = |name: &str| filters::summary_field(name, &all, verified);
        let body =
            paging::respond_with_summary(ctx, &items, |t| t.id.as_str(), |t| render(t, fields.as_deref()), &summary)?;
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

/// One template as JSON with the requested (or default) fields.
fn render(t: &Template, requested: Option<&[Field]>) -> Result<Value, GraphError> {
    let view = catalogue::View { t };
    let lookup = |name: &str| catalogue::lookup(&view, name);
    let node = NodeType { name: catalogue::NODE_TYPE, defaults: catalogue::DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}
