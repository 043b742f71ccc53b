//! The app's webhook subscription to a WABA: `GET`, `POST` and `DELETE
//! /{waba-id}/subscribed_apps` (spec `getAllSubscriptionsForAWaba`,
//! `subscribeToWabaWebhooks`, `unsubscribeFromWabaWebhooks`).
//!
//! * `GET` → `{"data":[{"whatsapp_business_api_data":{"link","name","id"},
//!   "override_callback_uri"?}]}` (the spec example's shape; its schema's
//!   `{id,name}` items are a spec defect);
//! * `POST` with both `override_callback_uri` and `verify_token` (or neither,
//!   which subscribes with the app's own callback and clears an override)
//!   → `{"success":true}`;
//! * `DELETE` → `{"success":true}`.
//!
//! Only the subscription is recorded here: Meta verifies an override URL
//! with a challenge request and then delivers webhooks to it; both come in a
//! later issue (the `verify_token` is stored for it and never returned).

use serde_json::{Value, json};

use super::error::GraphError;
use super::fields;
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::world::{Subscription, World};

/// The subscriptions of a WABA as the edge's items.
pub(crate) fn items(world: &World, waba_id: &str) -> Vec<Value> {
    world
        .subscriptions
        .iter()
        .filter(|s| s.waba_id == waba_id)
        .map(|s| {
            let mut item = json!({
                "whatsapp_business_api_data": {
                    "link": format!("https://www.facebook.com/games/?app_id={}", s.app_id),
                    "name": if s.app_id == world.app_id { world.app_name.as_str() } else { "App" },
                    "id": s.app_id,
                }
            });
            if let (Some(uri), Some(obj)) = (&s.override_callback_uri, item.as_object_mut()) {
                obj.insert("override_callback_uri".into(), json!(uri));
            }
            item
        })
        .collect()
}

/// `GET /{waba-id}/subscribed_apps`; `fields` selects inside each item
/// (e.g. `whatsapp_business_api_data{id}`).
pub(crate) fn list(ctx: &Ctx, world: &World, waba_id: &str) -> Result<Reply, GraphError> {
    let requested = ctx.fields()?;
    let data: Vec<Value> = items(world, waba_id)
        .into_iter()
        .map(|i| match requested.as_deref() {
            Some(f) if !f.is_empty() => fields::subselect(i, f),
            _ => i,
        })
        .collect();
    Ok(Reply::json(json!({ "data": data })))
}

pub(crate) use crate::webhooks::is_callback_url;

/// `POST /{waba-id}/subscribed_apps`
pub(crate) fn subscribe(ctx: &Ctx, state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    let uri = ctx.param_text("override_callback_uri").filter(|u| !u.trim().is_empty());
    let token = ctx.param_text("verify_token").filter(|t| !t.is_empty());
    let (uri, token) = match (uri, token) {
        (None, None) => (None, None),
        (Some(u), Some(t)) if is_callback_url(u.trim()) => (Some(u.trim().to_owned()), Some(t)),
        (Some(u), Some(_)) => {
            return Err(GraphError::invalid_param(format!(
                "Param override_callback_uri must be an https URL (or http to localhost) - got \"{u}\"."
            )));
        }
        (Some(_), None) => {
            return Err(GraphError::invalid_param("The parameter verify_token is required with override_callback_uri"));
        }
        (None, Some(_)) => {
            return Err(GraphError::invalid_param("The parameter override_callback_uri is required with verify_token"));
        }
    };
    state.mutate(|w| {
        let app_id = w.app_id.clone();
        w.subscriptions.retain(|s| !(s.waba_id == waba_id && s.app_id == app_id));
        w.subscriptions.push(Subscription {
            waba_id: waba_id.into(),
            app_id,
            override_callback_uri: uri,
            verify_token: token,
        });
        Ok(())
    })?;
    Ok(Reply::success())
}

/// `DELETE /{waba-id}/subscribed_apps`
pub(crate) fn unsubscribe(state: &SharedState, waba_id: &str) -> Result<Reply, GraphError> {
    state.mutate(|w| {
        let app_id = w.app_id.clone();
        w.subscriptions.retain(|s| !(s.waba_id == waba_id && s.app_id == app_id));
        Ok(())
    })?;
    Ok(Reply::success())
}
