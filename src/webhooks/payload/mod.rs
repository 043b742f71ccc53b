//! Meta-shaped webhook payloads, built by `webhooks trigger` and by the
//! sandbox's deliveries, so both send what Meta sends (graph-api.md §10;
//! shapes modelled on Meta's documentation and public projects' recorded payloads).
//!
//! [`KINDS`] lists every kind with its variants; [`build`] makes the envelope
//! `{"object": "whatsapp_business_account", "entry": [{id, time, changes: [{field, value}]}]}`.

mod account;
mod messages;
mod templates;

use serde_json::{Value, json};

pub use messages::{failure, inbound_value, status_value};

/// Who and when an event is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub waba_id: String,
    pub phone_number_id: String,
    /// The business number's digits.
    pub display_phone_number: String,
    /// The user's digits.
    pub wa_id: String,
    /// The user's profile name.
    pub profile_name: String,
    /// Unix seconds.
    pub time: i64,
}

/// What the caller chose; everything has a Meta-like default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The variant: a message type, a status, an event or decision (see [`KINDS`]).
    pub variant: Option<String>,
    /// A message id (`wamid.…`), for statuses, replies and reactions.
    pub message_id: Option<String>,
    /// Text of an inbound message, caption, button title…
    pub text: Option<String>,
    /// The error code of a failed status or account event.
    pub error_code: Option<i64>,
    /// A template's name, language, id and category.
    pub template_name: Option<String>,
    pub template_language: Option<String>,
    pub template_id: Option<String>,
    pub category: Option<String>,
    /// A rejection/pause reason, a quality score, a new limit…
    pub reason: Option<String>,
    /// `biz_opaque_callback_data` echoed on statuses.
    pub callback_data: Option<String>,
    /// Which quality pause a PAUSED template is in (1: 3 hours, 2: 6 hours; default 1).
    pub pause: Option<u32>,
}

/// One kind of event `build` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The name on the command line.
    pub name: &'static str,
    /// The change's `field`.
    pub field: &'static str,
    /// The variants (first = default).
    pub variants: &'static [&'static str],
    pub about: &'static str,
}

/// Every kind, in `--list` order.
pub const KINDS: &[Kind] = &[
    Kind { name: "message", field: "messages", variants: messages::TYPES, about: "a user's inbound message" },
    Kind {
        name: "status",
        field: "messages",
        variants: messages::STATUSES,
        about: "a status of a message the business sent",
    },
    Kind {
        name: "template-status",
        field: "message_template_status_update",
        variants: templates::STATUS_EVENTS,
        about: "a template's review or quality decision",
    },
    Kind {
        name: "template-quality",
        field: "message_template_quality_update",
        variants: templates::QUALITY,
        about: "a template's quality score changed",
    },
    Kind {
        name: "template-category",
        field: "template_category_update",
        variants: templates::CATEGORIES,
        about: "Meta changed a template's category",
    },
    Kind {
        name: "phone-quality",
        field: "phone_number_quality_update",
        variants: account::PHONE_QUALITY,
        about: "a number's quality or messaging limit changed",
    },
    Kind {
        name: "phone-name",
        field: "phone_number_name_update",
        variants: account::DECISIONS,
        about: "a display name's review was decided",
    },
    Kind {
        name: "account-update",
        field: "account_update",
        variants: account::ACCOUNT_EVENTS,
        about: "the account was restricted, banned, verified…",
    },
    Kind {
        name: "account-review",
        field: "account_review_update",
        variants: account::DECISIONS,
        about: "the account's review was decided",
    },
    Kind {
        name: "business-capability",
        field: "business_capability_update",
        variants: account::CAPABILITIES,
        about: "the portfolio's messaging limit or number allowance changed",
    },
    Kind {
        name: "user-preferences",
        field: "user_preferences",
        variants: messages::PREFERENCES,
        about: "a user stopped or resumed marketing messages",
    },
];

/// Why `build` refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("unknown kind '{0}'")]
    UnknownKind(String),
    #[error("{kind} has no variant '{variant}' (one of: {known})")]
    UnknownVariant { kind: String, variant: String, known: String },
}

/// The kind named `name`.
pub fn kind(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.name == name)
}

/// The envelope of one change.
pub fn envelope(waba_id: &str, time: Option<i64>, field: &str, value: Value) -> Value {
    let mut entry = json!({ "id": waba_id, "changes": [{ "value": value, "field": field }] });
    if let Some(t) = time {
        entry["time"] = json!(t);
    }
    json!({ "object": "whatsapp_business_account", "entry": [entry] })
}

/// The envelope of an event of `kind_name` (variant in `options.variant`).
pub fn build(kind_name: &str, ctx: &Context, options: &Options) -> Result<Value, BuildError> {
    let kind = kind(kind_name).ok_or_else(|| BuildError::UnknownKind(kind_name.to_string()))?;
    let variant = match options.variant.as_deref() {
        None => kind.variants[0],
        Some(v) => kind.variants.iter().copied().find(|k| k.eq_ignore_ascii_case(v)).ok_or_else(|| {
            BuildError::UnknownVariant { kind: kind.name.into(), variant: v.into(), known: kind.variants.join(", ") }
        })?,
    };
    let (value, time) = match kind.name {
        "message" => (messages::inbound_value(ctx, variant, options), None),
        "status" => (messages::status_value(ctx, variant, options, None), None),
        "user-preferences" => (messages::preference_value(ctx, variant), None),
        "template-status" => (templates::status(variant, options), Some(ctx.time)),
        "template-quality" => (templates::quality(variant, options), Some(ctx.time)),
        "template-category" => (templates::category(variant, options), Some(ctx.time)),
        _ => (account::value(kind.name, variant, ctx, options), Some(ctx.time)),
    };
    Ok(envelope(&ctx.waba_id, time, kind.field, value))
}

/// A fresh message id in Meta's shape.
pub fn new_message_id() -> String {
    use base64::Engine as _;
    use rand::Rng as _;
    let bytes: [u8; 27] = rand::rng().random();
    format!("wamid.{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}
