//! Each row checked as `send template` (or `send text`) checks one, and its body built.

use serde_json::Value;

use super::recipients::{Recipient, RowError};
use crate::graph::models::MessageTemplate;
use crate::messages::body::{self, Envelope};
use crate::messages::{check, recipient, template};

/// What every row sends.
#[derive(Debug, Clone)]
pub enum Content {
    /// An approved template, checked against its definition.
    Template(Box<MessageTemplate>),
    /// Free-form text (only delivered inside a customer-service window).
    Text {
        /// The text.
        body: String,
        /// `preview_url`.
        preview_url: bool,
    },
}

impl Content {
    /// The pricing category: `marketing`, `utility`, `authentication` or `service`.
    pub fn category(&self) -> &'static str {
        use crate::graph::models::TemplateCategory as C;
        match self {
            Content::Template(t) => match t.category {
                C::Marketing => "marketing",
                C::Utility => "utility",
                C::Authentication => "authentication",
                _ => "marketing",
            },
            Content::Text { .. } => "service",
        }
    }
}

/// A row ready to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// Line in the file.
    pub line: u64,
    /// `to` as written.
    pub to: String,
    /// The recipient's digits (its `wa_id`).
    pub wa_id: String,
    /// Graph's body.
    pub body: Value,
}

/// Check one row and build its body.
pub fn check_row(content: &Content, row: Recipient) -> Result<Checked, RowError> {
    let line = row.line;
    let err = |reason: String| RowError { line, reason };
    let wa_id = recipient::check(&row.to, "to").map_err(|e| err(format!("{} ({})", e.message, e.hint)))?;
    let envelope = Envelope { to: row.to.trim().to_string(), reply_to: None, callback_data: row.callback_data };
    let body = match content {
        Content::Template(t) => {
            let built = template::build(t, &row.params).map_err(|e| err(reason(&e)))?;
            envelope.body("template", built.object)
        }
        Content::Text { body: text, preview_url } => {
            let p = &row.params;
            if !p.positional.is_empty() || !p.named.is_empty() || p.header_media.is_some() || p.code.is_some() {
                return Err(err("parameter columns are for templates; a --text send has only `to`".into()));
            }
            envelope.body("text", body::text(text, *preview_url))
        }
    };
    check::check(&body).map_err(|e| err(reason(&e)))?;
    Ok(Checked { line, to: row.to.trim().to_string(), wa_id, body })
}

fn reason(e: &crate::messages::CheckError) -> String {
    let first = e.message.lines().next().unwrap_or_default();
    let place = if e.place.is_empty() { String::new() } else { format!("{}: ", e.place) };
    format!("{place}{first} [{}]; {}", e.rule, e.hint)
}
