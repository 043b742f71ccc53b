//! BODY components (template and carousel-card bodies) and FOOTER components.

use super::variables::{check_examples, variables};
use super::{Ctx, len};
use crate::templates::lint::vars::scan;
use crate::templates::view::{Component, TemplateView};

pub(super) const BODY_MAX: usize = 1024;
pub(super) const BODY_MAX_LTO: usize = 600;
pub(super) const CARD_BODY_MAX: usize = 160;
const FOOTER_MAX: usize = 60;
/// Heuristic for `variable-ratio`: fixed words required per variable.
const WORDS_PER_VARIABLE: usize = 3;

pub(super) fn body(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>, max: usize, what: &str) {
    let ptr = format!("{}/text", c.pointer);
    let Some(text) = c.text else {
        let auth = v.category_upper().as_deref() == Some("AUTHENTICATION");
        if !auth && c.raw.get("text").is_none() {
            cx.emit("body-missing", &c.pointer, format!("the {what} has no `text`"), "add the body text");
        }
        return;
    };
    if len(text) > max {
        cx.emit(
            "body-too-long",
            &ptr,
            format!("{what} text is {} characters; the maximum here is {max}", len(text)),
            "shorten the text (variables count too)",
        );
    }
    let s = variables(cx, v, text, &ptr);
    if let (Some(first), Some(last)) = (s.vars.first(), s.vars.last()) {
        let lead = text[..first.start].trim().is_empty();
        let trail = text[last.end..].trim().is_empty();
        if lead || trail {
            cx.emit(
                "dangling-variable",
                &ptr,
                format!("the {what} {} with a variable", if lead { "starts" } else { "ends" }),
                "add fixed text before the first / after the last variable",
            );
        }
    }
    for pair in s.vars.windows(2) {
        if text[pair[0].end..pair[1].start].trim().is_empty() {
            cx.emit(
                "adjacent-variables",
                &ptr,
                format!(
                    "`{}` and `{}` have no text between them",
                    &text[pair[0].start..pair[0].end],
                    &text[pair[1].start..pair[1].end]
                ),
                "put words between variables or merge them into one",
            );
        }
    }
    let nvars = s.vars.len();
    if nvars > 0 {
        let mut fixed = String::with_capacity(text.len());
        let mut at = 0;
        for var in &s.vars {
            fixed.push_str(&text[at..var.start]);
            fixed.push(' ');
            at = var.end;
        }
        fixed.push_str(&text[at..]);
        let words = fixed.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        if words < WORDS_PER_VARIABLE * nvars {
            cx.emit(
                "variable-ratio",
                &ptr,
                format!("{nvars} variable(s) in only {words} word(s) of fixed text; Meta rejects templates with too many variables for their length"),
                "add more fixed text or use fewer variables",
            );
        }
    }
    check_examples(cx, v, c, &s, false);
}

pub(super) fn footer(cx: &mut Ctx<'_>, c: &Component<'_>) {
    let Some(text) = c.text else { return };
    let ptr = format!("{}/text", c.pointer);
    if len(text) > FOOTER_MAX {
        cx.emit(
            "footer-too-long",
            &ptr,
            format!("footer text is {} characters; the maximum is {FOOTER_MAX}", len(text)),
            "shorten the footer",
        );
    }
    if !scan(text).vars.is_empty() {
        cx.emit("footer-has-variables", &ptr, "footer text cannot contain variables", "move the variable to the body");
    }
}
