//! Filling a template's components with the send's parameters, one component at a time.

use serde_json::{Value, json};

use super::{Param, Params, text};
use crate::messages::CheckError;
pub(super) use text::mark;

/// The work of [`build`]: which parameters were used, what was built so far.
pub(super) struct Fill<'a> {
    pub(super) named: bool,
    params: &'a Params,
    used_named: Vec<String>,
    next_positional: usize,
    pub(super) components: Vec<Value>,
    pub(super) preview: Vec<String>,
}

impl<'a> Fill<'a> {
    pub(super) fn new(named: bool, params: &'a Params) -> Self {
        Self { named, params, used_named: Vec::new(), next_positional: 0, components: Vec::new(), preview: Vec::new() }
    }

    pub(super) fn header(&mut self, component: &Value) -> Result<(), CheckError> {
        let format = component["format"].as_str().unwrap_or("TEXT").to_ascii_uppercase();
        if format != "LOCATION" && self.params.header_location.is_some() {
            return Err(CheckError::new(
                "template-header-format",
                "--header-location",
                format!("the header is {}, not a location", format.to_lowercase()),
                "remove --header-location (and its name and address)",
            ));
        }
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
                (None, true) => self.take_named(var, "HEADER", text)?.shown().to_string(),
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
            let Some(location) = &self.params.header_location else {
                return Err(CheckError::new(
                    "template-header-missing",
                    "HEADER",
                    "the header is a location and needs it at send time",
                    "give --header-location LAT,LON (and --header-location-name, --header-location-address)",
                ));
            };
            if self.params.header_media.is_some() {
                return Err(CheckError::new(
                    "template-header-format",
                    "--header-…",
                    "the header is a location, not media",
                    "remove the media header option",
                ));
            }
            let p = json!({ "type": "location", "location": location });
            self.components.push(json!({ "type": "header", "parameters": [p] }));
            let shown = ["name", "address"].iter().filter_map(|k| location[*k].as_str()).collect::<Vec<_>>();
            self.preview.push(format!("[location] {}", shown.join(", ")).trim_end().to_string());
            return Ok(());
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

    pub(super) fn body(&mut self, component: &Value, auth: bool) -> Result<(), CheckError> {
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
                Param::Text(self.params.code.clone().unwrap_or_default())
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
            let parameters: Vec<Value> =
                values.iter().map(|(var, v)| v.json(self.named.then_some(var.as_str()))).collect();
            self.components.push(json!({ "type": "body", "parameters": parameters }));
        }
        let shown: Vec<(String, String)> = values.iter().map(|(k, v)| (k.clone(), v.shown().to_string())).collect();
        self.preview.push(text::fill(text, &shown));
        Ok(())
    }

    fn take_named(&mut self, var: &str, component: &str, text: &str) -> Result<Param, CheckError> {
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

    pub(super) fn leftovers(&self, name: &str) -> Result<(), CheckError> {
        if let Some(extra) = self.params.positional.get(self.next_positional) {
            let extra = extra.shown();
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
pub(super) fn missing(component: &str, text: &str, var: &str, hint: &str) -> CheckError {
    CheckError::new(
        "template-missing-param",
        component,
        format!("parameter {{{{{var}}}}} has no value: {}", mark(text, var)),
        hint,
    )
}
