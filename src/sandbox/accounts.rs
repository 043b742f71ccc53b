//! WhatsApp Business Accounts (`WhatsAppBusinessAccount` node) and business
//! portfolios (`Business` node with its WABA edges). Field lists: `catalogue`.

use serde_json::Value;

use super::catalogue::{business as business_fields, waba as waba_fields};
use super::error::GraphError;
use super::fields::{self, Field, NodeType};
use super::paging;
use super::request::{Ctx, Reply, buc_usage};
use super::world::{Waba, World};

/// `GET /{waba-id}`
pub(crate) fn get_waba(ctx: &Ctx, world: &World, waba: &Waba) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let body = render_waba(ctx, world, waba, fields.as_deref())?;
    Ok(Reply::json(body).with_header("x-business-use-case-usage", buc_usage(&waba.id)))
}

/// `GET /{business-id}`
pub(crate) fn get_business(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let view = business_fields::View { world, version: ctx.version() };
    let lookup = |name: &str| business_fields::lookup(&view, name);
    let node = NodeType { name: business_fields::NODE_TYPE, defaults: business_fields::DEFAULTS, lookup: &lookup };
    Ok(Reply::json(Value::Object(fields::select(&node, fields.as_deref())?)))
}

/// `GET /{business-id}/owned_whatsapp_business_accounts`
pub(crate) fn owned_wabas(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let wabas: Vec<&Waba> = world.wabas_owned_by(&world.business.id).into_iter().filter(|w| found(ctx, w)).collect();
    let body = paging::respond(ctx, &wabas, |w| w.id.as_str(), |w| render_waba(ctx, world, w, fields.as_deref()))?;
    Ok(Reply::json(body))
}

/// `find=<waba-id>` (spec) keeps only that WABA.
fn found(ctx: &Ctx, w: &Waba) -> bool {
    ctx.param_text("find").is_none_or(|id| id.trim() == w.id)
}

/// `GET /{business-id}/client_whatsapp_business_accounts` — the sandbox
/// portfolio shares no WABAs with clients, so the edge is empty.
pub(crate) fn client_wabas(ctx: &Ctx, world: &World) -> Result<Reply, GraphError> {
    let fields = ctx.fields()?;
    let none: Vec<&Waba> = Vec::new();
    let body = paging::respond(ctx, &none, |w| w.id.as_str(), |w| render_waba(ctx, world, w, fields.as_deref()))?;
    Ok(Reply::json(body))
}

fn render_waba(ctx: &Ctx, world: &World, waba: &Waba, requested: Option<&[Field]>) -> Result<Value, GraphError> {
    let view = waba_fields::View { world, waba, version: ctx.version() };
    let lookup = |name: &str| waba_fields::lookup(&view, name);
    let node = NodeType { name: waba_fields::NODE_TYPE, defaults: waba_fields::DEFAULTS, lookup: &lookup };
    fields::select(&node, requested).map(Value::Object)
}
