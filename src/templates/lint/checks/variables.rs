//! Variable syntax and format (`{{1}}` / `{{name}}`) and the `example` values of text components.

use serde_json::Value;

use super::Ctx;
use crate::templates::lint::vars::{Scan, VarKind, scan};
use crate::templates::view::{Component, TemplateView};

/// Checks variable syntax and format of one text; returns the scan.
pub(super) fn variables<'t>(cx: &mut Ctx<'_>, v: &TemplateView<'_>, text: &'t str, ptr: &str) -> Scan<'t> {
    let s = scan(text);
    for msg in &s.brace_errors {
        cx.emit("malformed-variable", ptr, msg.clone(), "write variables as {{1}} or {{name}} with double braces");
    }
    let named = v.is_named();
    for var in &s.vars {
        let shown = &text[var.start..var.end];
        match (&var.kind, named) {
            (VarKind::Malformed, _) => cx.emit(
                "malformed-variable",
                ptr,
                format!("`{shown}` is not a valid variable (no spaces or special characters such as #, $, %)"),
                if named { "write it as {{lowercase_name}}" } else { "write it as {{1}}, {{2}} …" },
            ),
            (VarKind::Positional(_), true) => cx.emit(
                "mixed-variable-formats",
                ptr,
                format!("`{shown}` is positional but parameter_format is named"),
                "use a named variable such as {{first_name}}, or set parameter_format = \"positional\"",
            ),
            (VarKind::Named | VarKind::BadNamed, false) => cx.emit(
                "mixed-variable-formats",
                ptr,
                format!("`{shown}` is a named variable but parameter_format is positional (the default)"),
                "set parameter_format = \"named\", or use {{1}}, {{2}} …",
            ),
            (VarKind::BadNamed, true) => cx.emit(
                "named-variable-format",
                ptr,
                format!("named variable `{shown}` must use only lowercase letters and underscores"),
                format!(
                    "rename it to {{{{{}}}}}",
                    var.inner.to_ascii_lowercase().replace(|c: char| c.is_ascii_digit(), "")
                ),
            ),
            _ => {}
        }
    }
    if !named {
        let mut firsts: Vec<u32> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for var in &s.vars {
            if let VarKind::Positional(n) = var.kind
                && seen.insert(n)
            {
                firsts.push(n);
            }
        }
        if let Some(pos) = firsts.iter().enumerate().position(|(i, n)| *n as usize != i + 1) {
            let list: Vec<String> = firsts.iter().map(|n| format!("{{{{{n}}}}}")).collect();
            cx.emit(
                "variable-not-sequential",
                ptr,
                format!(
                    "variables appear as {}; expected {{{{{}}}}} at position {}",
                    list.join(", "),
                    pos + 1,
                    pos + 1
                ),
                "number positional variables {{1}}, {{2}} … in order of first appearance, without gaps",
            );
        }
    }
    s
}

/// Example values given for a text component, by style.
enum Examples<'a> {
    None,
    Positional(Vec<&'a Value>),
    Named(Vec<(Option<&'a str>, &'a Value)>),
}

fn examples<'a>(c: &Component<'a>, positional_key: &str, named_key: &str, nested: bool) -> Examples<'a> {
    let Some(ex) = c.example else { return Examples::None };
    if let Some(Value::Array(items)) = ex.get(named_key) {
        return Examples::Named(
            items
                .iter()
                .map(|i| (i.get("param_name").and_then(Value::as_str), i.get("example").unwrap_or(&Value::Null)))
                .collect(),
        );
    }
    match ex.get(positional_key) {
        Some(Value::Array(items)) if nested => match items.first() {
            Some(Value::Array(row)) => Examples::Positional(row.iter().collect()),
            Some(other) => Examples::Positional(vec![other]),
            None => Examples::Positional(Vec::new()),
        },
        Some(Value::Array(items)) => Examples::Positional(items.iter().collect()),
        Some(other) => Examples::Positional(vec![other]),
        None => Examples::None,
    }
}

pub(super) fn check_examples(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>, s: &Scan<'_>, header: bool) {
    let (pos_key, named_key) =
        if header { ("header_text", "header_text_named_params") } else { ("body_text", "body_text_named_params") };
    let names = s.distinct();
    let ex_ptr = format!("{}/example", c.pointer);
    if !header
        && let Some(Value::Array(items)) = c.example.and_then(|e| e.get(pos_key))
        && items.first().is_some_and(|first| !first.is_array())
    {
        cx.emit(
            "missing-example",
            &format!("{ex_ptr}/{pos_key}"),
            "`body_text` must be an array holding one array of values, e.g. [[\"Pablo\", \"42\"]]",
            "wrap the example values in a second pair of brackets",
        );
        return;
    }
    let given = examples(c, pos_key, named_key, !header);
    if names.is_empty() {
        if let Examples::Positional(vals) = &given
            && !vals.is_empty()
        {
            cx.emit(
                "missing-example",
                &ex_ptr,
                format!("`{pos_key}` gives {} example value(s) but the text has no variables", vals.len()),
                format!("remove `example.{pos_key}`"),
            );
        }
        return;
    }
    let key = if v.is_named() { named_key } else { pos_key };
    match given {
        Examples::None => cx.emit(
            "missing-example",
            &ex_ptr,
            format!("the text has {} variable(s) but no `example.{key}`", names.len()),
            if v.is_named() {
                format!("add `example.{named_key}` with one {{ param_name, example }} per variable")
            } else if header {
                format!("add `example.{pos_key} = [\"…\"]`")
            } else {
                format!("add `example.{pos_key} = [[\"…\", …]]` with one value per variable, in order")
            },
        ),
        Examples::Positional(vals) => {
            if v.is_named() {
                cx.emit(
                    "missing-example",
                    &ex_ptr,
                    format!("parameter_format is named but the example uses `{pos_key}`"),
                    format!("use `example.{named_key}` with {{ param_name, example }} entries"),
                );
            } else if vals.len() != names.len() {
                cx.emit(
                    "missing-example",
                    &ex_ptr,
                    format!("the text has {} variable(s) but `{pos_key}` gives {} value(s)", names.len(), vals.len()),
                    "give exactly one example value per variable, in order of appearance",
                );
            } else if let Some(i) = vals.iter().position(|v| v.as_str().is_none_or(|s| s.trim().is_empty())) {
                cx.emit(
                    "missing-example",
                    &ex_ptr,
                    format!("example value {} for `{}` is empty or not a string", i + 1, names[i]),
                    "give a realistic, non-empty string for every variable",
                );
            }
        }
        Examples::Named(entries) => {
            if !v.is_named() {
                cx.emit(
                    "missing-example",
                    &ex_ptr,
                    format!("the example uses `{named_key}` but parameter_format is positional"),
                    format!("set parameter_format = \"named\" or use `example.{pos_key}`"),
                );
                return;
            }
            let mut by_name: std::collections::HashMap<&str, &Value> = std::collections::HashMap::new();
            for (n, val) in entries.iter().rev() {
                if let Some(n) = n {
                    by_name.insert(n, val);
                }
            }
            let known: std::collections::HashSet<&str> = names.iter().copied().collect();
            for name in &names {
                let found = by_name.get(name).map(|val| ((), *val));
                match found {
                    None => cx.emit(
                        "missing-example",
                        &ex_ptr,
                        format!("no example for variable {{{{{name}}}}}"),
                        format!("add {{ param_name = \"{name}\", example = \"…\" }} to `{named_key}`"),
                    ),
                    Some((_, val)) if val.as_str().is_none_or(|s| s.trim().is_empty()) => cx.emit(
                        "missing-example",
                        &ex_ptr,
                        format!("example for {{{{{name}}}}} is empty or not a string"),
                        "give a realistic, non-empty string",
                    ),
                    _ => {}
                }
            }
            for (n, _) in &entries {
                if !n.is_some_and(|n| known.contains(n)) {
                    cx.emit(
                        "missing-example",
                        &ex_ptr,
                        format!("example entry `{}` matches no variable in the text", n.unwrap_or("<no param_name>")),
                        "remove the entry or fix its param_name",
                    );
                }
            }
        }
    }
}
