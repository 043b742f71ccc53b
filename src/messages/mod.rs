//! Outgoing messages: Graph's JSON body for each type, and the checks a body must pass
//! before it leaves (graph-api.md §7), so that Meta's synchronous errors (#100, 131008,
//! 131009, 132000, 132012, …) are caught here with a message naming the place and the fix.
//!
//! - [`body`]: typed builders producing Graph's body (`messaging_product`, `to`, `type`, …).
//! - [`check`]: the data-driven rules every body is checked against, whoever built it
//!   (`waba send json` checks a hand-written body with the same rules).
//! - [`recipient`]: E.164 with `+`, and a plausible length per country code.
//! - [`media`]: media types and sizes Meta accepts per message type.
//! - [`template`]: template parameters matched against the template's definition, and
//!   the message as the user will read it.
//!
//! Nothing here knows of the command line.

pub mod body;
pub mod cache;
pub mod check;
pub mod media;
pub mod recipient;
pub mod template;
pub mod vcard;

use std::fmt;

/// A body that must not be sent, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckError {
    /// The rule's name, e.g. `text-too-long` (stable; tests and scripts may match it).
    pub rule: &'static str,
    /// Where in the body (a JSON pointer such as `/interactive/action/buttons/3`) or the input.
    pub place: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl CheckError {
    /// A new error.
    pub fn new(
        rule: &'static str,
        place: impl Into<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Self { rule, place: place.into(), message: message.into(), hint: hint.into() }
    }
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            write!(f, "{} [{}]", self.message, self.rule)
        } else {
            write!(f, "{}: {} [{}]", self.place, self.message, self.rule)
        }
    }
}

impl std::error::Error for CheckError {}
