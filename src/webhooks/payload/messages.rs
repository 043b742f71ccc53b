//! `messages` and `user_preferences` values: inbound messages, statuses, preferences.

use serde_json::{Value, json};

use super::{Context, Options, new_message_id};

/// Inbound message types `build` makes.
pub const TYPES: &[&str] = &[
    "text",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "reaction",
    "button",
    "button_reply",
    "list_reply",
    "nfm_reply",
    "order",
    "system",
    "unsupported",
];
/// Statuses.
pub const STATUSES: &[&str] = &["delivered", "sent", "read", "failed", "played"];
/// User preference values.
pub const PREFERENCES: &[&str] = &["stop", "resume"];

fn metadata(ctx: &Context) -> Value {
    json!({ "display_phone_number": ctx.display_phone_number, "phone_number_id": ctx.phone_number_id })
}

fn contacts(ctx: &Context) -> Value {
    json!([{ "profile": { "name": ctx.profile_name }, "wa_id": ctx.wa_id }])
}

fn media(kind: &str, options: &Options) -> Value {
    let mime = match kind {
        "image" => "image/jpeg",
        "video" => "video/mp4",
        "audio" => "audio/ogg; codecs=opus",
        "document" => "application/pdf",
        _ => "image/webp",
    };
    let mut m = json!({ "mime_type": mime, "sha256": "c2FuZGJveC1tZWRpYS1zaGEyNTY=", "id": "1000000000000001" });
    match kind {
        "image" | "video" | "document" => m["caption"] = json!(options.text.as_deref().unwrap_or("A caption")),
        "audio" => m["voice"] = json!(true),
        "sticker" => m["animated"] = json!(false),
        _ => {}
    }
    if kind == "document" {
        m["filename"] = json!("invoice.pdf");
    }
    m
}

/// The inbound message object of `kind` (one of [`TYPES`]).
fn message(ctx: &Context, kind: &str, options: &Options) -> Value {
    let text = options.text.clone();
    let replied = options.message_id.clone().unwrap_or_else(new_message_id);
    let mut m = json!({ "from": ctx.wa_id, "id": new_message_id(), "timestamp": ctx.time.to_string() });
    let (wire, body) = match kind {
        "text" => ("text", json!({ "body": text.unwrap_or_else(|| "Hello from the sandbox".into()) })),
        "image" | "video" | "audio" | "document" | "sticker" => (kind, media(kind, options)),
        "location" => (
            "location",
            json!({ "latitude": 37.4847, "longitude": -122.1477, "name": "Menlo Park", "address": "1 Hacker Way" }),
        ),
        "contacts" => {
            m["contacts"] = json!([{ "name": { "formatted_name": "Ada Lovelace", "first_name": "Ada" },
                                     "phones": [{ "phone": "+16505550123", "type": "CELL", "wa_id": "16505550123" }] }]);
            return m.tap_type("contacts");
        }
        "reaction" => ("reaction", json!({ "message_id": replied, "emoji": text.unwrap_or_else(|| "👍".into()) })),
        "button" => {
            m["context"] = json!({ "from": ctx.display_phone_number, "id": replied });
            let title = text.unwrap_or_else(|| "Yes".into());
            ("button", json!({ "payload": title.to_uppercase().replace(' ', "_"), "text": title }))
        }
        "button_reply" | "list_reply" | "nfm_reply" => {
            m["context"] = json!({ "from": ctx.display_phone_number, "id": replied });
            let title = text.unwrap_or_else(|| "Yes".into());
            let reply = match kind {
                "button_reply" => json!({ "id": "yes", "title": title }),
                "list_reply" => json!({ "id": "row_1", "title": title, "description": "The first row" }),
                _ => json!({ "name": "flow", "body": "Sent", "response_json": "{\"flow_token\":\"sandbox\"}" }),
            };
            ("interactive", json!({ "type": kind, kind: reply }))
        }
        "order" => (
            "order",
            json!({ "catalog_id": "1200000000000900", "text": text.unwrap_or_default(),
                    "product_items": [{ "product_retailer_id": "SKU-1", "quantity": 1, "item_price": 12.5, "currency": "USD" }] }),
        ),
        "system" => (
            "system",
            json!({ "body": text.unwrap_or_else(|| format!("User {} changed to 16505550199", ctx.wa_id)),
                    "wa_id": "16505550199", "type": "user_changed_number" }),
        ),
        _ => {
            m["errors"] = json!([failure(131051)]);
            return m.tap_type("unsupported");
        }
    };
    m[wire] = body;
    m.tap_type(wire)
}

trait TapType {
    fn tap_type(self, kind: &str) -> Value;
}

impl TapType for Value {
    fn tap_type(mut self, kind: &str) -> Value {
        self["type"] = json!(kind);
        self
    }
}

/// The `messages` value of one inbound message.
pub fn inbound_value(ctx: &Context, kind: &str, options: &Options) -> Value {
    let msg = message(ctx, kind, options);
    let mut value = json!({ "messaging_product": "whatsapp", "metadata": metadata(ctx) });
    if kind != "system" {
        value["contacts"] = contacts(ctx);
    }
    value["messages"] = json!([msg]);
    value
}

/// A status's `errors[]` item for `code` (Meta's titles for the asynchronous failures).
pub fn failure(code: i64) -> Value {
    let (title, details) = match code {
        131047 => (
            "Re-engagement message",
            "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        ),
        131026 => ("Message undeliverable", "Message Undeliverable."),
        131049 => (
            "This message was not delivered to maintain healthy ecosystem engagement.",
            "In order to maintain a healthy ecosystem engagement, the message failed to be delivered.",
        ),
        131050 => (
            "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.",
            "The user has stopped marketing messages from this business.",
        ),
        131051 => ("Message type unknown", "Message type is currently not supported."),
        131053 => (
            "Media upload error",
            "Unable to retrieve the media: the media id is unknown or expired (uploaded media ids live 30 days).",
        ),
        131000 => ("Something went wrong", "Message failed to send due to an unknown error."),
        _ => ("Something went wrong", "Message failed to send."),
    };
    json!({ "code": code, "title": title, "message": title, "error_data": { "details": details },
            "href": "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/" })
}

/// The `messages` value of one status; `pricing` as the sandbox's engine priced it, or a default.
pub fn status_value(ctx: &Context, status: &str, options: &Options, pricing: Option<Value>) -> Value {
    let mut s = json!({
        "id": options.message_id.clone().unwrap_or_else(new_message_id),
        "status": status,
        "timestamp": ctx.time.to_string(),
        "recipient_id": ctx.wa_id,
    });
    if let Some(data) = &options.callback_data {
        s["biz_opaque_callback_data"] = json!(data);
    }
    if status == "failed" {
        s["errors"] = json!([failure(options.error_code.unwrap_or(131026))]);
    } else if matches!(status, "sent" | "delivered") {
        let category = options.category.clone().unwrap_or_else(|| "utility".into());
        let kind = if category == "service" { "free_customer_service" } else { "regular" };
        s["pricing"] = pricing.unwrap_or_else(
            || json!({ "billable": kind == "regular", "pricing_model": "PMP", "type": kind, "category": category }),
        );
    }
    json!({ "messaging_product": "whatsapp", "metadata": metadata(ctx), "statuses": [s] })
}

/// The `user_preferences` value.
pub fn preference_value(ctx: &Context, value: &str) -> Value {
    let detail = if value == "stop" {
        "User requested to stop marketing messages"
    } else {
        "User requested to resume marketing messages"
    };
    json!({ "messaging_product": "whatsapp", "metadata": metadata(ctx), "contacts": contacts(ctx),
            "user_preferences": [{ "wa_id": ctx.wa_id, "detail": detail, "category": "marketing_messages",
                                   "value": value, "timestamp": ctx.time }] })
}
