//! Graph's JSON body for each message type (graph-api.md §7.1–§7.4).
//!
//! An [`Envelope`] holds what every send has (recipient, reply context, callback data);
//! [`Envelope::body`] wraps one type's object into the full body.

use serde_json::{Map, Value, json};

mod commerce;
pub use commerce::{FlowMessage, FlowRef, catalog, flow, product, product_list};

/// What every send carries besides its type's object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// The recipient, E.164 with `+`.
    pub to: String,
    /// `context.message_id`: the message this one replies to.
    pub reply_to: Option<String>,
    /// `biz_opaque_callback_data`, echoed in the status webhooks.
    pub callback_data: Option<String>,
}

impl Envelope {
    /// The full body: `messaging_product`, `recipient_type`, `to`, `type`, the type's object.
    pub fn body(&self, kind: &str, object: Value) -> Value {
        let mut body = Map::new();
        body.insert("messaging_product".into(), json!("whatsapp"));
        body.insert("recipient_type".into(), json!("individual"));
        body.insert("to".into(), json!(self.to));
        body.insert("type".into(), json!(kind));
        if let Some(id) = &self.reply_to {
            body.insert("context".into(), json!({ "message_id": id }));
        }
        if let Some(data) = &self.callback_data {
            body.insert("biz_opaque_callback_data".into(), json!(data));
        }
        // `contacts` is an array directly under the body; every other type is an object.
        body.insert(kind.to_string(), object);
        Value::Object(body)
    }
}

/// `{"preview_url": …, "body": …}`.
pub fn text(body: &str, preview_url: bool) -> Value {
    json!({ "preview_url": preview_url, "body": body })
}

/// Where a media message's file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaRef {
    /// An uploaded media id.
    Id(String),
    /// An HTTPS link Meta downloads.
    Link(String),
}

impl MediaRef {
    /// `{"id": …}` or `{"link": …}`.
    pub fn object(&self) -> Map<String, Value> {
        let mut m = Map::new();
        match self {
            Self::Id(id) => m.insert("id".into(), json!(id)),
            Self::Link(link) => m.insert("link".into(), json!(link)),
        };
        m
    }
}

/// An image, video, audio, document or sticker object.
pub fn media(source: &MediaRef, caption: Option<&str>, filename: Option<&str>) -> Value {
    let mut m = source.object();
    if let Some(caption) = caption {
        m.insert("caption".into(), json!(caption));
    }
    if let Some(filename) = filename {
        m.insert("filename".into(), json!(filename));
    }
    Value::Object(m)
}

/// A location object; the coordinates are sent as decimal strings.
pub fn location(latitude: f64, longitude: f64, name: Option<&str>, address: Option<&str>) -> Value {
    let mut m = Map::new();
    // Strings, as the spec's LocationMessage types them (Meta also takes numbers).
    m.insert("latitude".into(), json!(latitude.to_string()));
    m.insert("longitude".into(), json!(longitude.to_string()));
    if let Some(name) = name {
        m.insert("name".into(), json!(name));
    }
    if let Some(address) = address {
        m.insert("address".into(), json!(address));
    }
    Value::Object(m)
}

/// A reaction object; an empty emoji removes the reaction.
pub fn reaction(message_id: &str, emoji: &str) -> Value {
    json!({ "message_id": message_id, "emoji": emoji })
}

/// The optional parts of an interactive message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InteractiveText {
    /// `body.text`.
    pub body: String,
    /// `header` of type text.
    pub header: Option<String>,
    /// `footer.text`.
    pub footer: Option<String>,
}

fn interactive(kind: &str, text: &InteractiveText, action: Value) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), json!(kind));
    if let Some(header) = &text.header {
        m.insert("header".into(), json!({ "type": "text", "text": header }));
    }
    m.insert("body".into(), json!({ "text": text.body }));
    if let Some(footer) = &text.footer {
        m.insert("footer".into(), json!({ "text": footer }));
    }
    m.insert("action".into(), action);
    Value::Object(m)
}

/// Reply buttons: `(id, title)` pairs.
pub fn buttons(text: &InteractiveText, buttons: &[(String, String)]) -> Value {
    let buttons: Vec<Value> =
        buttons.iter().map(|(id, title)| json!({ "type": "reply", "reply": { "id": id, "title": title } })).collect();
    interactive("button", text, json!({ "buttons": buttons }))
}

/// One row of a list message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// Row id (sent back when chosen).
    pub id: String,
    /// Row title.
    pub title: String,
    /// Optional description.
    pub description: Option<String>,
}

/// A list message: the menu button's label and `(section title, rows)`.
pub fn list(text: &InteractiveText, button: &str, sections: &[(Option<String>, Vec<ListRow>)]) -> Value {
    let sections: Vec<Value> = sections
        .iter()
        .map(|(title, rows)| {
            let rows: Vec<Value> = rows
                .iter()
                .map(|r| {
                    let mut m = Map::new();
                    m.insert("id".into(), json!(r.id));
                    m.insert("title".into(), json!(r.title));
                    if let Some(d) = &r.description {
                        m.insert("description".into(), json!(d));
                    }
                    Value::Object(m)
                })
                .collect();
            let mut m = Map::new();
            if let Some(t) = title {
                m.insert("title".into(), json!(t));
            }
            m.insert("rows".into(), Value::Array(rows));
            Value::Object(m)
        })
        .collect();
    interactive("list", text, json!({ "button": button, "sections": sections }))
}

/// A call-to-action URL button message.
pub fn cta_url(text: &InteractiveText, display_text: &str, url: &str) -> Value {
    interactive(
        "cta_url",
        text,
        json!({ "name": "cta_url", "parameters": { "display_text": display_text, "url": url } }),
    )
}

/// A location request message (the user is asked to share a location).
pub fn location_request(body: &str) -> Value {
    json!({ "type": "location_request_message", "body": { "text": body }, "action": { "name": "send_location" } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_carries_context_and_callback() {
        let env =
            Envelope { to: "+16505551234".into(), reply_to: Some("wamid.X".into()), callback_data: Some("c".into()) };
        let body = env.body("text", text("Hi", false));
        assert_eq!(body["context"]["message_id"], "wamid.X");
        assert_eq!(body["biz_opaque_callback_data"], "c");
        assert_eq!(body["text"]["body"], "Hi");
        assert_eq!(body["recipient_type"], "individual");
        let keys: Vec<&String> = body.as_object().unwrap().keys().collect();
        assert_eq!(keys[0], "messaging_product");
    }

    #[test]
    fn interactive_parts() {
        let t = InteractiveText { body: "Pick".into(), header: Some("H".into()), footer: None };
        let b = buttons(&t, &[("yes".into(), "Yes".into())]);
        assert_eq!(b["action"]["buttons"][0]["reply"]["id"], "yes");
        assert_eq!(b["header"]["type"], "text");
        assert!(b.get("footer").is_none());
    }
}
