//! A template send matched against the template's definition (graph-api.md §7.4): the send is
//! refused when the template is not APPROVED, or when the parameters do not fit — count per
//! component, named vs positional (`parameter_format`), names, header format vs the media
//! given, URL buttons needing a suffix, OTP buttons needing the code. Errors name the
//! missing or extra parameter and show the template's text with the variable marked.
//! [`Built::preview`] is the message as the user will read it, parameters filled in.

mod buttons;
#[cfg(test)]
mod tests;
mod text;

use serde_json::{Value, json};

use super::CheckError;
use super::body::MediaRef;
use crate::graph::models::{MessageTemplate, TemplateStatus};
pub use text::{mark, variables};

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
    pub positional: Vec<String>,
    /// Named values (`first_name=Ada`).
    pub named: Vec<(String, String)>,
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
            format!("--param {k}={v}"),
            format!("template {name} uses positional parameters ({{{{1}}}}, {{{{2}}}}, …), not names"),
            "give the values in order: --param VALUE (a value containing '=' goes in --params FILE as a JSON array)",
        ));
    }
    if named && !params.positional.is_empty() {
        return Err(CheckError::new(
            "template-param-format",
            format!("--param {}", params.positional[0]),
            format!("template {name} uses named parameters ({})", variables(template).join(", ")),
            "give each as --param name=VALUE",
        ));
    }
    let mut state =
        Fill { named, params, used_named: Vec::new(), next_positional: 0, components: Vec::new(), preview: Vec::new() };
    let components = template.components.as_array().cloned().unwrap_or_default();
    let auth = template.category == crate::graph::models::TemplateCategory::Authentication;
    let mut header_seen = false;
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
            _ => {}
        }
    }
    if !header_seen && (params.header_text.is_some() || params.header_media.is_some()) {
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

/// The work of [`build`]: which parameters were used, what was built so far.
pub(super) struct Fill<'a> {
    named: bool,
    params: &'a Params,
    used_named: Vec<String>,
    next_positional: usize,
    pub(super) components: Vec<Value>,
    pub(super) preview: Vec<String>,
}

impl Fill<'_> {
    fn header(&mut self, component: &Value) -> Result<(), CheckError> {
        let format = component["format"].as_str().unwrap_or("TEXT").to_ascii_uppercase();
        if format == "TEXT" {
            let text = component["text"].as_str().unwrap_or_default();
            if let Some(m) = &self.params.header_media {
                return Err(CheckError::new(
                    "template-header-format",
                    "--header-…",
                    format!("the header is text, not {}", m.format.to_lowercase()),
                    "remove the media header option",
                ));
            }
            let vars = text::vars(text);
            let Some(var) = vars.first() else {
                if self.params.header_text.is_some() {
                    return Err(CheckError::new(
                        "template-extra-param",
                        "--header-text",
                        format!("the header has no variable: {text}"),
                        "remove --header-text",
                    ));
                }
                self.preview.push(format!("*{text}*"));
                return Ok(());
            };
            let value = match (&self.params.header_text, self.named) {
                (Some(v), _) => v.clone(),
                (None, true) => self.take_named(var, "HEADER", text)?,
                (None, false) => return Err(missing("HEADER", text, var, "--header-text VALUE")),
            };
            let mut p = json!({ "type": "text", "text": value });
            if self.named {
                p["parameter_name"] = json!(var);
            }
            self.components.push(json!({ "type": "header", "parameters": [p] }));
            self.preview.push(format!("*{}*", text::fill(text, &[(var.clone(), value)])));
            return Ok(());
        }
        if format == "LOCATION" {
            return Err(CheckError::new(
                "template-header-location",
                "HEADER",
                "the header is a location; the send options do not give one",
                "send the body with `waba send json FILE`",
            ));
        }
        let Some(media) = &self.params.header_media else {
            let flag = format!("--header-{}", format.to_lowercase());
            return Err(CheckError::new(
                "template-header-missing",
                "HEADER",
                format!("the header is {} media and needs it at send time", format.to_lowercase()),
                format!("give {flag} FILE|URL|MEDIA_ID"),
            ));
        };
        if media.format != format {
            return Err(CheckError::new(
                "template-header-format",
                format!("--header-{}", media.format.to_lowercase()),
                format!("the header is {}, not {}", format.to_lowercase(), media.format.to_lowercase()),
                format!("use --header-{}", format.to_lowercase()),
            ));
        }
        let kind = format.to_lowercase();
        let mut p = json!({ "type": kind });
        p[&kind] = Value::Object(media.source.object());
        self.components.push(json!({ "type": "header", "parameters": [p] }));
        self.preview.push(format!("[{kind}]"));
        Ok(())
    }

    fn body(&mut self, component: &Value, auth: bool) -> Result<(), CheckError> {
        let text = component["text"].as_str().unwrap_or_default();
        let vars = text::vars(text);
        let mut values = Vec::new();
        for var in &vars {
            let value = if self.named {
                self.take_named(var, "BODY", text)?
            } else if let Some(v) = self.params.positional.get(self.next_positional) {
                self.next_positional += 1;
                v.clone()
            } else if auth && vars.len() == 1 && self.params.code.is_some() {
                self.params.code.clone().unwrap_or_default()
            } else {
                let hint = if auth {
                    "give --code CODE".to_string()
                } else {
                    format!("give {} --param values in order", vars.len())
                };
                return Err(missing("BODY", text, var, &hint));
            };
            values.push((var.clone(), value));
        }
        if !values.is_empty() {
            let parameters: Vec<Value> = values
                .iter()
                .map(|(var, v)| {
                    if self.named {
                        json!({"type": "text", "parameter_name": var, "text": v})
                    } else {
                        json!({"type": "text", "text": v})
                    }
                })
                .collect();
            self.components.push(json!({ "type": "body", "parameters": parameters }));
        }
        self.preview.push(text::fill(text, &values));
        Ok(())
    }

    fn take_named(&mut self, var: &str, component: &str, text: &str) -> Result<String, CheckError> {
        match self.params.named.iter().find(|(k, _)| k == var) {
            Some((_, v)) => {
                self.used_named.push(var.to_string());
                Ok(v.clone())
            }
            None => Err(missing(component, text, var, &format!("give --param {var}=VALUE"))),
        }
    }

    pub(super) fn code(&self) -> Option<&str> {
        self.params.code.as_deref()
    }

    pub(super) fn params(&self) -> &Params {
        self.params
    }

    fn leftovers(&self, name: &str) -> Result<(), CheckError> {
        if let Some(extra) = self.params.positional.get(self.next_positional) {
            return Err(CheckError::new(
                "template-extra-param",
                format!("--param {extra}"),
                format!(
                    "template {name} takes {} positional parameter(s); '{extra}' is one too many",
                    self.next_positional
                ),
                "remove the extra --param",
            ));
        }
        if let Some((k, _)) = self.params.named.iter().find(|(k, _)| !self.used_named.contains(k)) {
            return Err(CheckError::new(
                "template-unknown-param",
                format!("--param {k}=…"),
                format!("template {name} has no parameter named '{k}'"),
                "its parameters are listed by `waba templates show NAME`; check the spelling",
            ));
        }
        Ok(())
    }
}

/// The error for a missing parameter: the text with the variable marked.
fn missing(component: &str, text: &str, var: &str, hint: &str) -> CheckError {
    CheckError::new(
        "template-missing-param",
        component,
        format!("parameter {{{{{var}}}}} has no value: {}", mark(text, var)),
        hint,
    )
}
