//! Commerce and flow messages (graph-api.md §7.3): single product, multi-product list,
//! catalog, flow.

use serde_json::{Map, Value, json};

use super::{InteractiveText, interactive};

/// A single-product message; `text.body` may be empty (a product's body is optional).
pub fn product(text: &InteractiveText, catalog_id: &str, product_retailer_id: &str) -> Value {
    let mut object =
        interactive("product", text, json!({ "catalog_id": catalog_id, "product_retailer_id": product_retailer_id }));
    if text.body.is_empty()
        && let Some(m) = object.as_object_mut()
    {
        m.remove("body");
    }
    object
}

/// A multi-product message: `(section title, SKUs)`.
pub fn product_list(text: &InteractiveText, catalog_id: &str, sections: &[(String, Vec<String>)]) -> Value {
    let sections: Vec<Value> = sections
        .iter()
        .map(|(title, skus)| {
            let items: Vec<Value> = skus.iter().map(|s| json!({ "product_retailer_id": s })).collect();
            json!({ "title": title, "product_items": items })
        })
        .collect();
    interactive("product_list", text, json!({ "catalog_id": catalog_id, "sections": sections }))
}

/// A catalog message, its thumbnail the product `thumbnail` (else Meta picks the first item).
pub fn catalog(text: &InteractiveText, thumbnail: Option<&str>) -> Value {
    let mut action = Map::new();
    action.insert("name".into(), json!("catalog_message"));
    if let Some(sku) = thumbnail {
        action.insert("parameters".into(), json!({ "thumbnail_product_retailer_id": sku }));
    }
    interactive("catalog_message", text, Value::Object(action))
}

/// Which flow a flow message opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowRef {
    /// `flow_id`.
    Id(String),
    /// `flow_name`.
    Name(String),
}

/// The parameters of a flow message besides the texts.
#[derive(Debug, Clone, PartialEq)]
pub struct FlowMessage {
    pub flow: FlowRef,
    /// The button's label (`flow_cta`).
    pub cta: String,
    pub token: Option<String>,
    /// `mode: "draft"` (a DRAFT flow, for testing); published otherwise.
    pub draft: bool,
    /// `navigate` or `data_exchange`; `None` leaves Meta's default (navigate).
    pub action: Option<String>,
    /// `flow_action_payload.screen`.
    pub screen: Option<String>,
    /// `flow_action_payload.data`.
    pub data: Option<Value>,
}

/// A flow message (`flow_message_version` "3").
pub fn flow(text: &InteractiveText, f: &FlowMessage) -> Value {
    let mut p = Map::new();
    p.insert("flow_message_version".into(), json!("3"));
    match &f.flow {
        FlowRef::Id(id) => p.insert("flow_id".into(), json!(id)),
        FlowRef::Name(name) => p.insert("flow_name".into(), json!(name)),
    };
    p.insert("flow_cta".into(), json!(f.cta));
    if let Some(token) = &f.token {
        p.insert("flow_token".into(), json!(token));
    }
    if f.draft {
        p.insert("mode".into(), json!("draft"));
    }
    if let Some(action) = &f.action {
        p.insert("flow_action".into(), json!(action));
    }
    if f.screen.is_some() || f.data.is_some() {
        let mut payload = Map::new();
        if let Some(screen) = &f.screen {
            payload.insert("screen".into(), json!(screen));
        }
        if let Some(data) = &f.data {
            payload.insert("data".into(), data.clone());
        }
        p.insert("flow_action_payload".into(), Value::Object(payload));
    }
    interactive("flow", text, json!({ "name": "flow", "parameters": p }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_without_body_has_none() {
        let t = InteractiveText::default();
        let p = product(&t, "1", "SKU");
        assert!(p.get("body").is_none(), "{p}");
        assert_eq!(p["action"]["product_retailer_id"], "SKU");
    }

    #[test]
    fn flow_parameters() {
        let t = InteractiveText { body: "Book".into(), ..InteractiveText::default() };
        let f = FlowMessage {
            flow: FlowRef::Name("booking".into()),
            cta: "Book".into(),
            token: None,
            draft: true,
            action: None,
            screen: Some("START".into()),
            data: None,
        };
        let v = flow(&t, &f);
        let p = &v["action"]["parameters"];
        assert_eq!(p["flow_name"], "booking");
        assert_eq!(p["mode"], "draft");
        assert_eq!(p["flow_action_payload"]["screen"], "START");
        assert!(p.get("flow_id").is_none() && p.get("flow_action").is_none());
    }
}
