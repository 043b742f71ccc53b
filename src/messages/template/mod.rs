//! A template send matched against the template's definition (graph-api.md §7.4): the send is
//! refused when the template is not APPROVED, or when the parameters do not fit — count per
//! component, named vs positional (`parameter_format`), names, header format vs the media
//! given, URL buttons needing a suffix, OTP buttons needing the code. Errors name the
//! missing or extra parameter and show the template's text with the variable marked.
//! [`Built::preview`] is the message as the user will read it, parameters filled in.

mod buttons;
mod carousel;
mod fill;
mod param;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_rich;
mod text;
mod unchecked;

use serde_json::{Value, json};

use super::CheckError;
use super::body::MediaRef;
use crate::graph::models::{MessageTemplate, TemplateStatus};
pub use carousel::CARDS as CAROUSEL_CARDS;
use fill::{Fill, missing};
pub use param::{Param, amount_1000};
pub use text::{mark, variables};
pub use unchecked::unchecked;

/// A header's media, as given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMedia {
    /// `IMAGE`, `VIDEO` or `DOCUMENT`.
    pub format: String,
    /// The uploaded id or link.
    pub source: MediaRef,
}

/// The parameters of a template send.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// Positional values in order (`{{1}}`, `{{2}}`, …).
    pub positional: Vec<Param>,
    /// Named values (`first_name=Ada`).
    pub named: Vec<(String, Param)>,
    /// The header's text parameter.
    pub header_text: Option<String>,
    /// The header's media.
    pub header_media: Option<HeaderMedia>,
    /// Suffixes of dynamic URL buttons, in button order.
    pub url_suffixes: Vec<String>,
    /// Payloads of quick-reply buttons, in button order.
    pub payloads: Vec<String>,
    /// A one-time password or coupon code (OTP and copy-code buttons; an authentication body).
    pub code: Option<String>,
    /// A LOCATION header's `location` object (`latitude`, `longitude`, `name`, `address`).
    pub header_location: Option<Value>,
    /// The cards of a carousel, in order; each uses `positional`, `header_media`,
    /// `url_suffixes` and `payloads` only.
    pub cards: Vec<Params>,
    /// A limited-time offer's expiry, in milliseconds since the Unix epoch.
    pub offer_expires_ms: Option<i64>,
}

/// The `template` object of the send and its preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// `{"name", "language": {"code"}, "components": [...]}`.
    pub object: Value,
    /// The message as the user reads it.
    pub preview: String,
}

/// What a status means, for the refusal.
pub fn status_meaning(status: &TemplateStatus) -> &'static str {
    match status {
        TemplateStatus::Approved => "it can be sent",
        TemplateStatus::Pending => "Meta is still reviewing it; `waba templates wait NAME` waits for the decision",
        TemplateStatus::Rejected => "review rejected it; see `waba templates show NAME` for the reason",
        TemplateStatus::Paused => {
            "a quality action: Meta paused it after negative feedback from recipients (error 132015 if sent)"
        }
        TemplateStatus::Disabled => "a quality action: Meta disabled it after repeated pauses (error 132016 if sent)",
        TemplateStatus::Flagged => "its quality is low and it will be paused unless quality improves",
        TemplateStatus::InAppeal => "an appeal of its rejection is under way",
        TemplateStatus::LimitExceeded => "the account's template limit was reached",
        TemplateStatus::PendingDeletion | TemplateStatus::Deleted => "it is being or has been deleted",
        TemplateStatus::Archived => "it was archived after a year without use",
        _ => "Meta does not send templates in this status",
    }
}

/// Build the `template` object of a send from the definition and the parameters.
pub fn build(template: &MessageTemplate, params: &Params) -> Result<Built, CheckError> {
    let name = &template.name;
    if template.status != TemplateStatus::Approved {
        return Err(CheckError::new(
            "template-not-approved",
            format!("template {name} ({})", template.language),
            format!("is {}, not APPROVED: {}", template.status, status_meaning(&template.status)),
            "send an approved template (`waba templates list --status APPROVED`), or --no-check to let Meta decide",
        ));
    }
    let named = template.parameter_format.as_deref().is_some_and(|f| f.eq_ignore_ascii_case("NAMED"));
    if !named && !params.named.is_empty() {
        let (k, v) = &params.named[0];
        return Err(CheckError::new(
            "template-param-format",
            format!("--param {k}={}", v.shown()),
            format!("template {name} uses positional parameters ({{{{1}}}}, {{{{2}}}}, …), not names"),
            "give the values in order: --param VALUE (a value containing '=' goes in --params FILE as a JSON array)",
        ));
    }
    if named && !params.positional.is_empty() {
        return Err(CheckError::new(
            "template-param-format",
            format!("--param {}", params.positional[0].shown()),
            format!("template {name} uses named parameters ({})", variables(template).join(", ")),
            "give each as --param name=VALUE",
        ));
    }
    let mut state = Fill::new(named, params);
    let components = template.components.as_array().cloned().unwrap_or_default();
    let auth = template.category == crate::graph::models::TemplateCategory::Authentication;
    let (mut header_seen, mut carousel_seen, mut offer_seen) = (false, false, false);
    for component in &components {
        let kind = component["type"].as_str().unwrap_or_default().to_ascii_uppercase();
        match kind.as_str() {
            "HEADER" => {
                header_seen = true;
                state.header(component)?;
            }
            "BODY" => state.body(component, auth)?,
            "FOOTER" => state.preview.push(format!("_{}_", component["text"].as_str().unwrap_or_default())),
            "BUTTONS" => buttons::fill(&mut state, component)?,
            "CAROUSEL" => {
                carousel_seen = true;
                carousel::fill(&mut state, component)?;
            }
            "LIMITED_TIME_OFFER" => {
                offer_seen = true;
                carousel::offer(&mut state, component)?;
            }
            _ => {}
        }
    }
    carousel::unused(name, params, carousel_seen, offer_seen)?;
    if !header_seen
        && (params.header_text.is_some() || params.header_media.is_some() || params.header_location.is_some())
    {
        return Err(CheckError::new(
            "template-extra-header",
            "--header-…",
            format!("template {name} has no header"),
            "remove the header option",
        ));
    }
    state.leftovers(name)?;
    let object = json!({
        "name": name,
        "language": { "policy": "deterministic", "code": template.language },
        "components": state.components,
    });
    let object = if object["components"].as_array().is_some_and(Vec::is_empty) {
        json!({ "name": name, "language": { "policy": "deterministic", "code": template.language } })
    } else {
        object
    };
    Ok(Built { object, preview: state.preview.join("\n") })
}
