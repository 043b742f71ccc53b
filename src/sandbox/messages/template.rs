//! Template sends checked against the sandbox's own template store: 132001
//! (no such name/language, or not approved), 132015/132016 (paused/disabled),
//! 132000 (parameter count), 132012 (named vs positional, media or parameter type), 132005;
//! carousels, limited-time offers and typed parameters in [`rich`].

use serde_json::Value;

use super::errors::{
    hydrated_too_long, param_count, param_format, template_missing, template_not_approved, template_status,
};
use super::fields::{Obj, entry, obj, only, opt_text, text};
use super::template_rich as rich;
use crate::sandbox::error::GraphError;
use crate::sandbox::templates::store::Template;

/// Checks `body.template` against `templates` (of the sender's WABA) at `now_ms`; returns the
/// category (lowercase).
pub fn check(body: &Obj, templates: &[&Template], now_ms: i64) -> Result<String, GraphError> {
    let t = obj(body, "", "template")?;
    only(t, "template", &["name", "language", "components", "namespace"])?;
    let name = text(t, "template", "name", 512)?;
    let lang = obj(t, "template", "language")?;
    only(lang, "template['language']", &["code", "policy"])?;
    let code = text(lang, "template['language']", "code", 16)?;
    opt_text(lang, "template['language']", "policy", 32)?;
    let found =
        templates.iter().find(|x| x.name == name && x.language == code).ok_or_else(|| template_missing(name, code))?;
    match found.status.as_str() {
        "APPROVED" => {}
        "PAUSED" => return Err(template_status(132015, name)),
        "DISABLED" => return Err(template_status(132016, name)),
        other => return Err(template_not_approved(name, code, other)),
    }
    let sent = match t.get("components") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => {
            a.iter().enumerate().map(|(i, c)| entry(c, "template['components']", i)).collect::<Result<Vec<_>, _>>()?
        }
        Some(_) => return Err(super::errors::invalid("template['components']", "must be an array")),
    };
    let named = found.parameter_format.eq_ignore_ascii_case("NAMED");
    let defs: Vec<Value> = found.components.as_array().cloned().unwrap_or_default();
    components(&defs, &sent, named)?;
    rich::carousel(&defs, &sent)?;
    rich::offer(&defs, &sent, now_ms)?;
    Ok(found.category.to_ascii_lowercase())
}

/// Header, body and buttons of `defs` against the `sent` components (a template's, or a card's).
pub(super) fn components(defs: &[Value], sent: &[&Obj], named: bool) -> Result<(), GraphError> {
    for def in defs {
        let kind = def.get("type").and_then(Value::as_str).unwrap_or_default().to_ascii_uppercase();
        match kind.as_str() {
            "HEADER" => header(def, sent, named)?,
            "BODY" => {
                let tpl = def.get("text").and_then(Value::as_str).unwrap_or_default();
                let params = params_of(sent, "body", None);
                rich::body_types(&params)?;
                let values = match_params("body", tpl, &params, named)?;
                if hydrate(tpl, &values).chars().count() > 1024 {
                    return Err(hydrated_too_long("body", 1024));
                }
            }
            "BUTTONS" => {
                for (i, b) in def.get("buttons").and_then(Value::as_array).into_iter().flatten().enumerate() {
                    let url = b.get("url").and_then(Value::as_str).unwrap_or_default();
                    if b.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case("URL"))
                        && !vars(url).is_empty()
                    {
                        let params = params_of(sent, "button", Some(i));
                        match_params(&format!("button {i}"), url, &params, false)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn header(def: &Value, sent: &[&Obj], named: bool) -> Result<(), GraphError> {
    let format = def.get("format").and_then(Value::as_str).unwrap_or("TEXT").to_ascii_lowercase();
    let params = params_of(sent, "header", None);
    if format == "text" {
        let tpl = def.get("text").and_then(Value::as_str).unwrap_or_default();
        let values = match_params("header", tpl, &params, named)?;
        if hydrate(tpl, &values).chars().count() > 60 {
            return Err(hydrated_too_long("header", 60));
        }
        return Ok(());
    }
    if params.len() != 1 {
        return Err(param_count("header", 1, params.len()));
    }
    let got = params[0].get("type").and_then(Value::as_str).unwrap_or_default();
    if got != format {
        return Err(param_format(format!("header: the template's header is {format}, the parameter is '{got}'")));
    }
    if format == "location" {
        rich::location(params[0])?;
    }
    Ok(())
}

/// The parameters of the sent components of `kind` (and button `index`).
pub(super) fn params_of<'a>(sent: &[&'a Obj], kind: &str, index: Option<usize>) -> Vec<&'a Obj> {
    sent.iter()
        .filter(|c| c.get("type").and_then(Value::as_str).is_some_and(|t| t.eq_ignore_ascii_case(kind)))
        .filter(|c| {
            index.is_none_or(|i| {
                c.get("index").and_then(|v| v.as_str().map(str::to_owned).or_else(|| v.as_u64().map(|n| n.to_string())))
                    == Some(i.to_string())
            })
        })
        .flat_map(|c| c.get("parameters").and_then(Value::as_array).into_iter().flatten())
        .filter_map(Value::as_object)
        .collect()
}

/// The variables (`{{1}}`, `{{name}}`) of a template text, in order of first use.
fn vars(tpl: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = tpl;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let v = after[..end].trim().to_owned();
        if !out.contains(&v) {
            out.push(v);
        }
        rest = &after[end + 2..];
    }
    out
}

/// Matches parameters to the variables of `tpl`; returns `(variable, value)` pairs.
fn match_params(component: &str, tpl: &str, params: &[&Obj], named: bool) -> Result<Vec<(String, String)>, GraphError> {
    let vars = vars(tpl);
    if vars.len() != params.len() {
        return Err(param_count(component, vars.len(), params.len()));
    }
    let mut out = Vec::new();
    for (i, p) in params.iter().enumerate() {
        let value = value_of(p);
        match (named, p.get("parameter_name").and_then(Value::as_str)) {
            (true, Some(n)) if vars.iter().any(|v| v == n) => out.push((n.to_owned(), value)),
            (true, Some(n)) => {
                return Err(param_format(format!("{component}: the template has no parameter named '{n}'")));
            }
            (true, None) => {
                return Err(param_format(format!(
                    "{component}: the template uses named parameters; parameter {i} has no parameter_name"
                )));
            }
            (false, Some(n)) => {
                return Err(param_format(format!(
                    "{component}: the template uses positional parameters; drop parameter_name '{n}'"
                )));
            }
            (false, None) => out.push((vars[i].clone(), value)),
        }
    }
    Ok(out)
}

fn value_of(p: &Obj) -> String {
    let kind = p.get("type").and_then(Value::as_str).unwrap_or("text");
    match kind {
        "currency" | "date_time" => {
            p.get(kind).and_then(|o| o.get("fallback_value")).and_then(Value::as_str).unwrap_or_default().to_owned()
        }
        _ => p.get(kind).and_then(Value::as_str).unwrap_or_default().to_owned(),
    }
}

fn hydrate(tpl: &str, values: &[(String, String)]) -> String {
    let mut s = tpl.to_owned();
    for (k, v) in values {
        s = s.replace(&format!("{{{{{k}}}}}"), v);
    }
    s
}
