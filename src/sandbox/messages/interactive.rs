//! `type: "interactive"` (graph-api.md §7.3): button, list, cta_url,
//! location_request_message, product, product_list, catalog_message, flow.

use super::errors::{bad_value, invalid};
use super::fields::{Obj, arr, entry, link, obj, one_of, only, opt_obj, opt_text, text};
use super::validate::header;
use crate::sandbox::error::GraphError;

const KINDS: &[&str] =
    &["button", "list", "cta_url", "location_request_message", "product", "product_list", "catalog_message", "flow"];
const P: &str = "interactive";

/// Checks an `interactive` object.
pub fn check(i: &Obj) -> Result<(), GraphError> {
    let kind = one_of(i, P, "type", KINDS)?;
    only(i, P, &["type", "header", "body", "footer", "action"])?;
    if let Some(h) = opt_obj(i, P, "header")? {
        if kind == "catalog_message" {
            // Meta's answer, as reported by users of the API: 131009 with this detail.
            return Err(bad_value("interactive['header']", "is not allowed for catalog messages"));
        }
        if !matches!(kind, "button" | "list" | "product_list" | "flow" | "cta_url") {
            return Err(invalid("interactive['header']", &format!("is not allowed for type '{kind}'")));
        }
        if kind != "button" && kind != "cta_url" && h.get("type").and_then(|t| t.as_str()) != Some("text") {
            return Err(bad_value("interactive['header']['type']", &format!("must be 'text' for type '{kind}'")));
        }
        header(h, "interactive['header']")?;
    }
    match opt_obj(i, P, "body")? {
        Some(b) => {
            only(b, "interactive['body']", &["text"])?;
            text(b, "interactive['body']", "text", 1024)?;
        }
        None if kind != "product" => return Err(super::errors::missing("interactive['body']")),
        None => {}
    }
    if let Some(f) = opt_obj(i, P, "footer")? {
        only(f, "interactive['footer']", &["text"])?;
        text(f, "interactive['footer']", "text", 60)?;
    }
    let a = obj(i, P, "action")?;
    let ap = "interactive['action']";
    match kind {
        "button" => buttons(a, ap)?,
        "list" => list(a, ap)?,
        "cta_url" => {
            named(a, ap, "cta_url")?;
            let p = obj(a, ap, "parameters")?;
            let pp = "interactive['action']['parameters']";
            only(p, pp, &["display_text", "url"])?;
            text(p, pp, "display_text", 20)?;
            link(p, pp, "url")?;
        }
        "location_request_message" => {
            only(a, ap, &["name"])?;
            named(a, ap, "send_location")?;
        }
        "product" => {
            only(a, ap, &["catalog_id", "product_retailer_id"])?;
            text(a, ap, "catalog_id", 64)?;
            text(a, ap, "product_retailer_id", 100)?;
        }
        "product_list" => products(a, ap, i)?,
        "catalog_message" => {
            only(a, ap, &["name", "parameters"])?;
            named(a, ap, "catalog_message")?;
            if let Some(p) = opt_obj(a, ap, "parameters")? {
                opt_text(p, "interactive['action']['parameters']", "thumbnail_product_retailer_id", 100)?;
            }
        }
        _ => flow(a, ap)?,
    }
    Ok(())
}

fn named(a: &Obj, ap: &str, want: &str) -> Result<(), GraphError> {
    let n = text(a, ap, "name", 64)?;
    if n == want { Ok(()) } else { Err(bad_value(&format!("{ap}['name']"), &format!("must be '{want}'"))) }
}

fn buttons(a: &Obj, ap: &str) -> Result<(), GraphError> {
    only(a, ap, &["buttons"])?;
    let list = arr(a, ap, "buttons", 1, 3)?;
    let mut ids = Vec::new();
    for (n, b) in list.iter().enumerate() {
        let bp = format!("{ap}['buttons'][{n}]");
        let b = entry(b, &format!("{ap}['buttons']"), n)?;
        one_of(b, &bp, "type", &["reply"])?;
        let r = obj(b, &bp, "reply")?;
        let rp = format!("{bp}['reply']");
        only(r, &rp, &["id", "title"])?;
        let id = text(r, &rp, "id", 256)?;
        text(r, &rp, "title", 20)?;
        if ids.contains(&id) {
            return Err(bad_value(&format!("{rp}['id']"), "button ids must be unique"));
        }
        ids.push(id);
    }
    Ok(())
}

fn list(a: &Obj, ap: &str) -> Result<(), GraphError> {
    only(a, ap, &["button", "sections"])?;
    text(a, ap, "button", 20)?;
    let sections = arr(a, ap, "sections", 1, 10)?;
    let mut rows_total = 0;
    let mut ids = Vec::new();
    for (n, s) in sections.iter().enumerate() {
        let sp = format!("{ap}['sections'][{n}]");
        let s = entry(s, &format!("{ap}['sections']"), n)?;
        only(s, &sp, &["title", "rows"])?;
        if sections.len() > 1 {
            text(s, &sp, "title", 24)?;
        } else {
            opt_text(s, &sp, "title", 24)?;
        }
        let rows = arr(s, &sp, "rows", 1, 10)?;
        for (m, r) in rows.iter().enumerate() {
            let rp = format!("{sp}['rows'][{m}]");
            let r = entry(r, &format!("{sp}['rows']"), m)?;
            only(r, &rp, &["id", "title", "description"])?;
            let id = text(r, &rp, "id", 200)?;
            text(r, &rp, "title", 24)?;
            opt_text(r, &rp, "description", 72)?;
            if ids.contains(&id) {
                return Err(bad_value(&format!("{rp}['id']"), "row ids must be unique"));
            }
            ids.push(id);
        }
        rows_total += rows.len();
    }
    if rows_total > 10 {
        return Err(invalid(
            &format!("{ap}['sections']"),
            &format!("must have at most 10 rows in all (got {rows_total})"),
        ));
    }
    Ok(())
}

fn products(a: &Obj, ap: &str, i: &Obj) -> Result<(), GraphError> {
    if !i.contains_key("header") {
        return Err(super::errors::missing("interactive['header']"));
    }
    only(a, ap, &["catalog_id", "sections"])?;
    text(a, ap, "catalog_id", 64)?;
    let sections = arr(a, ap, "sections", 1, 10)?;
    let mut total = 0;
    for (n, s) in sections.iter().enumerate() {
        let sp = format!("{ap}['sections'][{n}]");
        let s = entry(s, &format!("{ap}['sections']"), n)?;
        only(s, &sp, &["title", "product_items"])?;
        text(s, &sp, "title", 24)?;
        let items = arr(s, &sp, "product_items", 1, 30)?;
        for (m, it) in items.iter().enumerate() {
            let ip = format!("{sp}['product_items'][{m}]");
            let it = entry(it, &format!("{sp}['product_items']"), m)?;
            only(it, &ip, &["product_retailer_id"])?;
            text(it, &ip, "product_retailer_id", 100)?;
        }
        total += items.len();
    }
    if total > 30 {
        return Err(invalid(
            &format!("{ap}['sections']"),
            &format!("must have at most 30 products in all (got {total})"),
        ));
    }
    Ok(())
}

fn flow(a: &Obj, ap: &str) -> Result<(), GraphError> {
    only(a, ap, &["name", "parameters"])?;
    named(a, ap, "flow")?;
    let pp = "interactive['action']['parameters']";
    let p = obj(a, ap, "parameters")?;
    only(
        p,
        pp,
        &[
            "flow_message_version",
            "flow_id",
            "flow_name",
            "flow_cta",
            "flow_token",
            "flow_action",
            "flow_action_payload",
            "mode",
        ],
    )?;
    one_of(p, pp, "flow_message_version", &["3"])?;
    match (p.contains_key("flow_id"), p.contains_key("flow_name")) {
        (true, true) => return Err(invalid(pp, "must have either 'flow_id' or 'flow_name', not both")),
        (false, false) => return Err(super::errors::missing(&format!("{pp}['flow_id']"))),
        (true, false) => {
            text(p, pp, "flow_id", 64)?;
        }
        (false, true) => {
            text(p, pp, "flow_name", 200)?;
        }
    }
    text(p, pp, "flow_cta", 30)?;
    opt_text(p, pp, "flow_token", 1024)?;
    if p.contains_key("mode") {
        one_of(p, pp, "mode", &["draft", "published"])?;
    }
    let action = if p.contains_key("flow_action") {
        one_of(p, pp, "flow_action", &["navigate", "data_exchange"])?
    } else {
        "navigate"
    };
    // Meta: flow_action_payload only with navigate ("should be omitted otherwise"); its
    // `data`, when given, a non-empty object.
    if let Some(payload) = opt_obj(p, pp, "flow_action_payload")? {
        let lp = format!("{pp}['flow_action_payload']");
        if action != "navigate" {
            return Err(invalid(&lp, "is only allowed with flow_action 'navigate'"));
        }
        only(payload, &lp, &["screen", "data"])?;
        text(payload, &lp, "screen", 128)?;
        match payload.get("data") {
            None => {}
            Some(serde_json::Value::Object(d)) if !d.is_empty() => {}
            Some(_) => return Err(bad_value(&format!("{lp}['data']"), "must be a non-empty object")),
        }
    }
    Ok(())
}
