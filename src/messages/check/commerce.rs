//! Meta's limits on commerce and flow messages (graph-api.md §7.3; Meta's "Share products
//! with customers" and "Flow messages" pages): the table's rules, then the checks that
//! relate several places.

use serde_json::Value;

use super::Limit::{Chars, Count, Required};
use super::Rule;
use crate::messages::CheckError;

const PRODUCTS: &[&str] = &["interactive:product", "interactive:product_list"];
const SKU: &str = "a product's retailer id (SKU)";

/// Limits of the product, product_list, catalog_message and flow types.
pub const RULES: &[Rule] = &[
    rule("catalog-id", PRODUCTS, "/interactive/action/catalog_id", Required, "the catalog id"),
    rule("catalog-id", PRODUCTS, "/interactive/action/catalog_id", Chars(1, 64), "the catalog id"),
    rule("product-id", &["interactive:product"], "/interactive/action/product_retailer_id", Required, SKU),
    rule("product-id", &["interactive:product"], "/interactive/action/product_retailer_id", Chars(1, 100), SKU),
    rule(
        "product-list-header",
        &["interactive:product_list"],
        "/interactive/header",
        Required,
        "a product list's header",
    ),
    rule(
        "product-sections-count",
        &["interactive:product_list"],
        "/interactive/action/sections",
        Required,
        "a product list's sections",
    ),
    rule(
        "product-sections-count",
        &["interactive:product_list"],
        "/interactive/action/sections",
        Count(1, 10),
        "a product list's sections",
    ),
    rule(
        "product-section-title",
        &["interactive:product_list"],
        "/interactive/action/sections/*/title",
        Required,
        "a product section's title",
    ),
    rule(
        "product-section-title",
        &["interactive:product_list"],
        "/interactive/action/sections/*/title",
        Chars(1, 24),
        "a product section's title",
    ),
    rule(
        "product-items-count",
        &["interactive:product_list"],
        "/interactive/action/sections/*/product_items",
        Required,
        "a section's products",
    ),
    rule(
        "product-items-count",
        &["interactive:product_list"],
        "/interactive/action/sections/*/product_items",
        Count(1, 30),
        "a section's products",
    ),
    rule(
        "product-id",
        &["interactive:product_list"],
        "/interactive/action/sections/*/product_items/*/product_retailer_id",
        Required,
        SKU,
    ),
    rule(
        "product-id",
        &["interactive:product_list"],
        "/interactive/action/sections/*/product_items/*/product_retailer_id",
        Chars(1, 100),
        SKU,
    ),
    rule(
        "catalog-thumbnail",
        &["interactive:catalog_message"],
        "/interactive/action/parameters/thumbnail_product_retailer_id",
        Chars(1, 100),
        "the thumbnail's retailer id (SKU)",
    ),
    rule(
        "flow-version",
        &["interactive:flow"],
        "/interactive/action/parameters/flow_message_version",
        Required,
        "flow_message_version",
    ),
    rule(
        "flow-cta",
        &["interactive:flow"],
        "/interactive/action/parameters/flow_cta",
        Required,
        "a flow's button label (flow_cta)",
    ),
    // Meta's page: "advised to be 30 characters or less" (earlier versions said 20); the
    // sandbox refuses more than 30.
    rule(
        "flow-cta",
        &["interactive:flow"],
        "/interactive/action/parameters/flow_cta",
        Chars(1, 30),
        "a flow's button label (flow_cta)",
    ),
    rule(
        "flow-token",
        &["interactive:flow"],
        "/interactive/action/parameters/flow_token",
        Chars(1, 1024),
        "a flow token",
    ),
    rule(
        "flow-screen",
        &["interactive:flow"],
        "/interactive/action/parameters/flow_action_payload/screen",
        Chars(1, 128),
        "the first screen's id",
    ),
];

const fn rule(
    name: &'static str,
    types: &'static [&'static str],
    path: &'static str,
    limit: super::Limit,
    what: &'static str,
) -> Rule {
    Rule { name, types, path, limit, what }
}

fn err(rule: &'static str, place: &str, message: impl Into<String>, hint: impl Into<String>) -> CheckError {
    CheckError::new(rule, place, message, hint)
}

/// The checks relating several places of a commerce or flow message (`sub` is `interactive:…`).
pub fn relations(body: &Value, sub: &str) -> Result<(), CheckError> {
    let i = &body["interactive"];
    let header = i.get("header");
    match sub {
        "interactive:product" | "interactive:catalog_message" if header.is_some() => Err(err(
            "header-not-allowed",
            "/interactive/header",
            format!("a {} message has no header", &sub[12..]),
            "remove the header",
        )),
        "interactive:product_list" => {
            if header.is_some_and(|h| h.get("type").and_then(Value::as_str) != Some("text")) {
                return Err(err(
                    "product-list-header",
                    "/interactive/header/type",
                    "a product list's header must be text",
                    "give a text header (--header TEXT)",
                ));
            }
            let sections = i.pointer("/action/sections").and_then(Value::as_array).into_iter().flatten();
            let total: usize = sections.filter_map(|s| s["product_items"].as_array()).map(Vec::len).sum();
            if total > 30 {
                return Err(err(
                    "product-items-total",
                    "/interactive/action/sections",
                    format!("the list has {total} products; Meta allows 30 across all sections"),
                    "remove products, or send several lists",
                ));
            }
            Ok(())
        }
        "interactive:catalog_message" => named(i, "catalog_message"),
        "interactive:flow" => {
            named(i, "flow")?;
            super::flow::check(&i["action"]["parameters"])
        }
        _ => Ok(()),
    }
}

fn named(i: &Value, want: &str) -> Result<(), CheckError> {
    if i.pointer("/action/name").and_then(Value::as_str) == Some(want) {
        Ok(())
    } else {
        Err(err(
            "action-name",
            "/interactive/action/name",
            format!("must be \"{want}\""),
            format!("add \"name\": \"{want}\""),
        ))
    }
}
