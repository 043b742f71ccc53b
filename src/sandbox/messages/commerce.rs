//! What the world says about a (well-shaped) commerce or flow message: the catalog must be
//! the one connected to the sender's WABA and hold every product named; the flow must be
//! the WABA's and in a state that can be sent.
//!
//! Codes: Meta documents 132068 (flow blocked) and 132069 (flow throttled). It documents no
//! code for an unknown catalog, product or flow, nor for a DRAFT flow sent without
//! `mode: "draft"`; the sandbox answers those with 131009 "Parameter value is not valid"
//! naming the field, the closest documented code (the one Meta gives for other invalid values
//! of interactive messages, e.g. a header on a catalog message).

use serde_json::Value;

use super::errors::{bad_value, flow_status};
use super::fields::Obj;
use crate::sandbox::error::GraphError;
use crate::sandbox::world::{Catalog, World};

const AP: &str = "interactive['action']";

/// Checks `body` (an `interactive` send) against the world of the sender's WABA.
pub fn check(body: &Obj, world: &World, waba_id: &str) -> Result<(), GraphError> {
    let Some(i) = body.get("interactive") else { return Ok(()) };
    let action = &i["action"];
    let str_at = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    match i.get("type").and_then(Value::as_str) {
        Some("product") => {
            let catalog = catalog(world, waba_id, action)?;
            if let Some(sku) = str_at(action, "product_retailer_id") {
                product(catalog, &sku, &format!("{AP}['product_retailer_id']"))?;
            }
        }
        Some("product_list") => {
            let catalog = catalog(world, waba_id, action)?;
            let sections = action.get("sections").and_then(Value::as_array).into_iter().flatten();
            for (n, s) in sections.enumerate() {
                let items = s.get("product_items").and_then(Value::as_array).into_iter().flatten();
                for (m, item) in items.enumerate() {
                    if let Some(sku) = str_at(item, "product_retailer_id") {
                        let place = format!("{AP}['sections'][{n}]['product_items'][{m}]['product_retailer_id']");
                        product(catalog, &sku, &place)?;
                    }
                }
            }
        }
        Some("catalog_message") => {
            let Some(catalog) = world.catalog_of(waba_id) else {
                return Err(bad_value(
                    "interactive['type']",
                    "catalog messages need a product catalog connected to the WhatsApp Business Account",
                ));
            };
            if let Some(sku) = action.get("parameters").and_then(|p| str_at(p, "thumbnail_product_retailer_id")) {
                product(catalog, &sku, &format!("{AP}['parameters']['thumbnail_product_retailer_id']"))?;
            }
        }
        Some("flow") => flow(world, waba_id, &action["parameters"])?,
        _ => {}
    }
    Ok(())
}

fn catalog<'a>(world: &'a World, waba_id: &str, action: &Value) -> Result<&'a Catalog, GraphError> {
    let id = action.get("catalog_id").and_then(Value::as_str).unwrap_or_default();
    world.catalog_of(waba_id).filter(|c| c.id == id).ok_or_else(|| {
        bad_value(
            &format!("{AP}['catalog_id']"),
            &format!("catalog {id} is not connected to this WhatsApp Business Account"),
        )
    })
}

fn product(catalog: &Catalog, sku: &str, place: &str) -> Result<(), GraphError> {
    if catalog.products.iter().any(|p| p.retailer_id == sku) {
        Ok(())
    } else {
        Err(bad_value(place, &format!("product '{sku}' was not found in catalog {}", catalog.id)))
    }
}

fn flow(world: &World, waba_id: &str, p: &Value) -> Result<(), GraphError> {
    let pp = format!("{AP}['parameters']");
    let (key, wanted) = match (p.get("flow_id").and_then(Value::as_str), p.get("flow_name").and_then(Value::as_str)) {
        (Some(id), _) => ("flow_id", id),
        (None, Some(name)) => ("flow_name", name),
        (None, None) => return Ok(()),
    };
    let found = world
        .flows
        .iter()
        .filter(|f| f.waba_id == waba_id)
        .find(|f| if key == "flow_id" { f.id == wanted } else { f.name == wanted });
    let Some(flow) = found else {
        return Err(bad_value(
            &format!("{pp}['{key}']"),
            &format!("no Flow with {} '{wanted}' in this WhatsApp Business Account", &key[5..]),
        ));
    };
    let draft = p.get("mode").and_then(Value::as_str) == Some("draft");
    match flow.status.as_str() {
        "DRAFT" if !draft => Err(bad_value(
            &format!("{pp}['mode']"),
            &format!("Flow {} is in DRAFT status: send it with mode 'draft' to test it, or publish it", flow.id),
        )),
        "DEPRECATED" => {
            Err(bad_value(&format!("{pp}['{key}']"), &format!("Flow {} is deprecated and cannot be sent", flow.id)))
        }
        "BLOCKED" => Err(flow_status(132068, &flow.id)),
        "THROTTLED" => Err(flow_status(132069, &flow.id)),
        _ => Ok(()),
    }
}
