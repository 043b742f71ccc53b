//! WhatsApp Business Accounts (`WhatsAppBusinessAccount` node) and business
//! portfolios (`Business` node with its WABA edges).

use serde_json::{Value, json};

use super::error::GraphError;
use super::fields::{self, Field, Lookup, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::world::{Business, Waba, World};

pub(crate) const WABA_NODE_TYPE: &str = "WhatsAppBusinessAccount";
pub(crate) const BUSINESS_NODE_TYPE: &str = "Business";

/// Default WABA fields (graph-api.md §5.1), `id` first as Meta shows it.
const WABA_DEFAULTS: &[&str] = &["id", "name", "timezone_id", "message_template_namespace", "currency"];
const BUSINESS_DEFAULTS: &[&str] = &["id", "name"];

/// `GET /{waba-id}`
pub(crate) fn get_waba(ctx: &Ctx, world: &World, waba: &Waba) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let body = render_waba(world, waba, fields.as_deref())?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&waba.id)))
}

/// `GET /{business-id}`
pub(crate) fn get_business(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let b = &world.business;
    let lookup = |name: &str| business_field(b, name);
    let node = NodeType { name: BUSINESS_NODE_TYPE, defaults: BUSINESS_DEFAULTS, lookup: &lookup };
    Ok(Reply::json(Value::Object(fields::select(&node, fields.as_deref())?)))
}

/// `GET /{business-id}/owned_whatsapp_business_accounts`
pub(crate) fn owned_wabas(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let wabas = world.wabas_owned_by(&world.business.id);
    let body = paging::respond(ctx, &wabas, |w| w.id.as_str(), |w| render_waba(world, w, fields.as_deref()))?;
    Ok(Reply::json(body))
}

/// `GET /{business-id}/client_whatsapp_business_accounts` — the sandbox
/// portfolio shares no WABAs with clients, so the edge is empty.
pub(crate) fn client_wabas(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let none: Vec<&Waba> = Vec::new();
    let body = paging::respond(ctx, &none, |w| w.id.as_str(), |w| render_waba(world, w, fields.as_deref()))?;
    Ok(Reply::json(body))
}

fn render_waba(world: &World, waba: &Waba, requested: Option<&[Field]>) -> Result<Value, GraphError> {
    let lookup = |name: &str| waba_field(world, waba, name);
    let node = NodeType { name: WABA_NODE_TYPE, defaults: WABA_DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}

fn waba_field(world: &World, w: &Waba, name: &str) -> Lookup {
    let s = |v: &str| Lookup::Value(json!(v));
    match name {
        "id" => s(&w.id),
        "name" => s(&w.name),
        "timezone_id" => s(&w.timezone_id),
        "message_template_namespace" => s(&w.message_template_namespace),
        "currency" => s(&w.currency),
        "account_review_status" => s(&w.account_review_status),
        "business_verification_status" => s(&w.business_verification_status),
        "country" => s(&w.country),
        "ownership_type" => s(&w.ownership_type),
        "is_enabled_for_insights" => Lookup::Value(json!(w.is_enabled_for_insights)),
        "owner_business_info" | "on_behalf_of_business_info" => {
            if world.business.id == w.owner_business_id {
                Lookup::Value(json!({ "name": world.business.name, "id": world.business.id }))
            } else {
                Lookup::Absent
            }
        }
        "primary_funding_id" | "purchase_order_number" => Lookup::Absent,
        _ => Lookup::Unknown,
    }
}

fn business_field(b: &Business, name: &str) -> Lookup {
    match name {
        "id" => Lookup::Value(json!(b.id)),
        "name" => Lookup::Value(json!(b.name)),
        "verification_status" => Lookup::Value(json!(b.verification_status)),
        "timezone_id" => Lookup::Value(json!(b.timezone_id)),
        "created_time" => Lookup::Value(json!(b.created_time)),
        "link" => Lookup::Value(json!(format!("https://business.facebook.com/settings/info?business_id={}", b.id))),
        _ => Lookup::Unknown,
    }
}
