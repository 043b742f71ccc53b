//! Top-level fields (name, language, category, parameter_format) and the component list.

use serde_json::Value;

use super::{Ctx, len};
use crate::templates::languages;
use crate::templates::view::TemplateView;

const NAME_MAX: usize = 512;
const COMPONENT_TYPES: &[&str] = &["HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"];

pub(super) fn top_level(cx: &mut Ctx<'_>, v: &TemplateView<'_>) {
    if let Some(name) = v.name {
        let bad: Vec<char> =
            name.chars().filter(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')).collect();
        if name.is_empty() {
            cx.emit("name-format", "/name", "name is empty", "give the template a name such as `order_update`");
        } else if !bad.is_empty() {
            let fixed: String = name
                .to_lowercase()
                .chars()
                .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { '_' })
                .collect();
            cx.emit(
                "name-format",
                "/name",
                format!("name `{name}` contains characters other than lowercase letters, digits and underscores"),
                format!("rename it, e.g. `{fixed}`"),
            );
        }
        if len(name) > NAME_MAX {
            cx.emit(
                "name-format",
                "/name",
                format!("name is {} characters long; the maximum is {NAME_MAX}", len(name)),
                "shorten the name",
            );
        }
    }
    if let Some(lang) = v.language
        && !languages::is_known(lang)
    {
        let fix = match languages::suggest(lang) {
            Some(s) => format!("use `{s}`"),
            None => "use one of Meta's template language codes (e.g. `en_US`, `pt_BR`, `es`)".into(),
        };
        cx.emit("unknown-language", "/language", format!("`{lang}` is not a template language code"), fix);
    }
    if let Some(cat) = v.category
        && !["AUTHENTICATION", "MARKETING", "UTILITY"].contains(&cat.to_ascii_uppercase().as_str())
    {
        cx.emit(
            "unknown-category",
            "/category",
            format!("`{cat}` is not a template category"),
            "use AUTHENTICATION, MARKETING or UTILITY",
        );
    }
    if let Some(pf) = v.parameter_format
        && !pf.eq_ignore_ascii_case("positional")
        && !pf.eq_ignore_ascii_case("named")
    {
        cx.emit(
            "unknown-parameter-format",
            "/parameter_format",
            format!("`{pf}` is not a parameter format"),
            "use `positional` ({{1}}, {{2}} …) or `named` ({{first_name}} …), or leave it out (positional)",
        );
    }
}

pub(super) fn components(cx: &mut Ctx<'_>, v: &TemplateView<'_>) {
    let mut counts = std::collections::BTreeMap::new();
    for c in &v.components {
        if c.kind.is_empty() {
            continue;
        }
        if !COMPONENT_TYPES.contains(&c.kind.as_str()) {
            cx.emit(
                "unknown-component-type",
                &format!("{}/type", c.pointer),
                format!("component type `{}` is not a known template component", c.kind),
                format!("use one of {}", COMPONENT_TYPES.join(", ")),
            );
            continue;
        }
        let n = counts.entry(c.kind.clone()).or_insert(0usize);
        *n += 1;
        if *n == 2 {
            cx.emit(
                "duplicate-component",
                &c.pointer,
                format!("a template has at most one {} component", c.kind),
                "merge the components into one",
            );
        }
    }
    let has_components = matches!(v.raw.get("components"), Some(Value::Array(_)));
    if has_components && v.component("BODY").is_none() {
        cx.emit(
            "body-missing",
            "/components",
            "the template has no BODY component",
            "add a component with `type = \"BODY\"` and its text",
        );
    }
}
