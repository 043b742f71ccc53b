//! A template's text: its variables, a variable marked for an error, the parameters filled in.

use crate::graph::models::MessageTemplate;
use crate::templates::lint::vars::scan;

/// Distinct variable names of `text` in order of first appearance (`1`, `first_name`).
pub(super) fn vars(text: &str) -> Vec<String> {
    scan(text).distinct().into_iter().map(str::to_string).collect()
}

/// Every variable of the template's header and body.
pub fn variables(template: &MessageTemplate) -> Vec<String> {
    let mut out = Vec::new();
    for c in template.components.as_array().into_iter().flatten() {
        if let Some(text) = c["text"].as_str() {
            out.extend(vars(text).into_iter().filter(|v| !out.contains(v)).collect::<Vec<_>>());
        }
    }
    out
}

/// `text` with every `{{var}}` marked as `>>{{var}}<<`.
pub fn mark(text: &str, var: &str) -> String {
    let placeholder = format!("{{{{{var}}}}}");
    text.replace(&placeholder, &format!(">>{placeholder}<<"))
}

/// `text` with the variables replaced by their values.
pub(super) fn fill(text: &str, values: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for var in scan(text).vars {
        out.push_str(&text[last..var.start]);
        match values.iter().find(|(k, _)| k == var.inner) {
            Some((_, v)) => out.push_str(v),
            None => out.push_str(&text[var.start..var.end]),
        }
        last = var.end;
    }
    out.push_str(&text[last..]);
    out
}
