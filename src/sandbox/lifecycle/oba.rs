//! `GET /{phone-number-id}/official_business_account` → `{id, oba_status, status_message}` and
//! `POST` of a request: the fields of Meta's OBA guide, or the v23.0 spec's `action` (with
//! `application_data`). A request is reviewed after the review delay ([`super::review`]).

use serde_json::{Value, json};

use super::super::catalogue::text;
use super::super::error::GraphError;
use super::super::fields::{self, Lookup, NodeType};
use super::super::request::{Ctx, Reply};
use super::super::state::SharedState;
use super::super::world::{ObaRequest, PhoneNumber};
use super::number_mut;
use crate::lifecycle::oba;

/// Query or body parameters the POST reads.
pub(crate) const POST_KEYS: &[&str] = &[
    "business_website_url",
    "primary_country_of_operation",
    "primary_language",
    "parent_business_or_brand",
    "additional_supporting_information",
    "supporting_links",
    "action",
    "application_data",
];

/// Fields of the status when `fields` is absent (`id` is added last).
const DEFAULTS: &[&str] = &["oba_status", "status_message"];

/// Days after a rejection before a new request is accepted (platform-rules.md §9.2).
const REAPPLY_AFTER_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// `oba_status` and `status_message` of a number.
pub(crate) fn status_of(p: &PhoneNumber) -> (String, String) {
    match &p.lifecycle.oba {
        Some(r) => (r.status.clone(), r.message.clone()),
        None if p.is_official_business_account => {
            ("APPROVED".into(), "This number is an Official Business Account".into())
        }
        None => ("NOT_STARTED".into(), "No Official Business Account request was made for this number".into()),
    }
}

/// `GET /{phone-number-id}/official_business_account`
pub(crate) fn get(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    super::review::settle(state)?;
    let fields = ctx.fields()?;
    state.read(|w| {
        let p = w.phone_number(id).ok_or_else(|| GraphError::unsupported_request("GET", id))?;
        let (status, message) = status_of(p);
        let lookup = |name: &str| match name {
            "id" => text(&p.id),
            "oba_status" => text(&status),
            "status_message" => text(&message),
            _ => Lookup::Unknown,
        };
        let node = NodeType { name: "OfficialBusinessAccountStatus", defaults: DEFAULTS, lookup: &lookup };
        fields::select(&node, fields.as_deref()).map(|m| Reply::json(Value::Object(m)))
    })
}

/// `POST /{phone-number-id}/official_business_account`
pub(crate) fn post(ctx: &Ctx, state: &SharedState, id: &str) -> Result<Reply, GraphError> {
    super::review::settle(state)?;
    let action = ctx.param_text("action").map(|a| a.to_ascii_uppercase());
    let withdraw = match action.as_deref() {
        None | Some("SUBMIT_APPLICATION" | "RESUBMIT_APPLICATION") => false,
        Some("WITHDRAW_APPLICATION") => true,
        Some(_) => {
            return Err(GraphError::invalid_param(
                "Param action must be one of {SUBMIT_APPLICATION, WITHDRAW_APPLICATION, RESUBMIT_APPLICATION}",
            ));
        }
    };
    let fields = if withdraw || action.is_some() { spec_fields(ctx)? } else { guide_fields(ctx)? };
    let now = state.now_ms();
    let status = state.mutate(|w| {
        let p = number_mut(w, "POST", id)?;
        let current = p.lifecycle.oba.as_ref().map(|r| (r.status.clone(), r.submitted_ms));
        if withdraw {
            let Some(r) = p.lifecycle.oba.as_mut().filter(|r| r.status == "PENDING") else {
                return Err(refused("There is no pending Official Business Account request to withdraw"));
            };
            r.status = "CANCELLED".into();
            r.message = "The request was withdrawn".into();
            return Ok(status_of(p));
        }
        match current {
            Some((s, _)) if s == "PENDING" => return Err(refused("A request for this number is already under review")),
            Some((s, _)) if s == "APPROVED" => {
                return Err(refused("This number is already an Official Business Account"));
            }
            Some((s, at)) if s == "REJECTED" && now - at < REAPPLY_AFTER_MS => {
                return Err(refused("The last request was declined less than 30 days ago; apply again after 30 days"));
            }
            _ if p.is_official_business_account => {
                return Err(refused("This number is already an Official Business Account"));
            }
            _ => {}
        }
        p.lifecycle.oba = Some(ObaRequest {
            status: "PENDING".into(),
            submitted_ms: now,
            fields: fields.clone(),
            message: "Your Official Business Account request is under review".into(),
        });
        Ok(status_of(p))
    })?;
    Ok(Reply::json(json!({
        "success": true,
        "message": if withdraw { "Official Business Account request withdrawn" } else { "Official Business Account request submitted" },
        "updated_status": { "id": id, "oba_status": status.0, "status_message": status.1 },
    })))
}

fn refused(why: &str) -> GraphError {
    GraphError::invalid_param(why).with_user("Official Business Account request not accepted", why)
}

/// The guide's fields, checked with waba's own rules ([`oba::check_request`]).
fn guide_fields(ctx: &Ctx) -> Result<Value, GraphError> {
    let text = |k: &str| ctx.param_text(k).unwrap_or_default();
    let opt = |k: &str| ctx.param_text(k).filter(|s| !s.trim().is_empty());
    let request = oba::Request {
        business_website_url: text("business_website_url"),
        primary_country_of_operation: text("primary_country_of_operation"),
        primary_language: text("primary_language"),
        parent_business_or_brand: opt("parent_business_or_brand"),
        additional_supporting_information: opt("additional_supporting_information"),
        supporting_links: links(ctx.param("supporting_links"))?,
    };
    if let Some((field, why)) = oba::check_request(&request).into_iter().next() {
        return Err(GraphError::invalid_param(format!("Param {field} {why}")));
    }
    serde_json::to_value(&request).map_err(|e| GraphError::internal(e.to_string()))
}

/// The spec's `application_data` (an object, or its JSON text), kept as given.
fn spec_fields(ctx: &Ctx) -> Result<Value, GraphError> {
    match ctx.param("application_data") {
        None => Ok(json!({})),
        Some(Value::Object(m)) => Ok(Value::Object(m.clone())),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(v @ Value::Object(_)) => Ok(v),
            _ => Err(GraphError::invalid_param("Param application_data must be an object")),
        },
        Some(_) => Err(GraphError::invalid_param("Param application_data must be an object")),
    }
}

/// `supporting_links`: a JSON array of URLs (or its text, as a form field carries it).
fn links(v: Option<&Value>) -> Result<Vec<String>, GraphError> {
    let bad = || GraphError::invalid_param("Param supporting_links must be an array of URLs");
    let array = match v {
        None => return Ok(Vec::new()),
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
            Ok(Value::Array(a)) => a,
            _ => vec![Value::String(s.clone())],
        },
        Some(_) => return Err(bad()),
    };
    array.into_iter().map(|v| v.as_str().map(str::to_owned).ok_or_else(bad)).collect()
}

/// How many supporting links a stored request carries.
pub(crate) fn link_count(fields: &Value) -> usize {
    fields.get("supporting_links").and_then(Value::as_array).map_or(0, Vec::len)
}
