//! The checks behind [`super::lint_file`], one module per part of the template.
//!
//! [`run`] walks the template view and dispatches to the per-component checks; every check reports
//! through [`Ctx::emit`], which looks up the rule's severity. Lines are filled in at the end.

mod auth;
mod body;
mod buttons;
mod carousel;
mod header;
mod lto;
mod promotional;
mod structure;
mod text;
mod variables;

use std::collections::HashMap;

use super::rules::rule;
use super::{Diagnostic, Severity};
use crate::templates::file::TemplateFile;

pub use promotional::PROMOTIONAL_WORDS;

/// Diagnostics shown per rule and place; further ones are counted in one closing diagnostic, so that an input
/// with thousands of faults (a body of `{{{{…`) gives a readable report in linear time.
const PER_PLACE: usize = 10;

struct Ctx<'f> {
    file: &'f TemplateFile,
    out: Vec<Diagnostic>,
    /// Diagnostics emitted per (rule, pointer), and the index of the first one.
    seen: HashMap<(&'static str, String), (usize, usize)>,
}

impl Ctx<'_> {
    fn emit(&mut self, id: &'static str, pointer: &str, message: impl Into<String>, fix: impl Into<String>) {
        let next = self.out.len();
        let entry = self.seen.entry((id, pointer.to_string())).or_insert((0, next));
        entry.0 += 1;
        if entry.0 > PER_PLACE {
            return;
        }
        let severity = rule(id).map_or(Severity::Error, |r| r.severity);
        self.out.push(Diagnostic {
            rule: id,
            severity,
            file: self.file.path.clone(),
            pointer: pointer.to_string(),
            line: None,
            message: message.into(),
            fix: fix.into(),
        });
    }
}

fn len(s: &str) -> usize {
    s.chars().count()
}

pub(super) fn run(file: &TemplateFile) -> Vec<Diagnostic> {
    let view = file.view();
    let mut cx = Ctx { file, out: Vec::new(), seen: HashMap::new() };
    for issue in &view.issues {
        cx.emit(
            "invalid-structure",
            &issue.pointer,
            if issue.pointer.is_empty() {
                issue.message.clone()
            } else {
                format!("`{}` {}", issue.pointer, issue.message)
            },
            "write the payload in the shape of Meta's create request (see examples/templates)",
        );
    }
    text::control_characters(&mut cx, &file.payload);
    structure::top_level(&mut cx, &view);
    structure::components(&mut cx, &view);
    let has_lto = view.component("LIMITED_TIME_OFFER").is_some();
    for c in &view.components {
        match c.kind.as_str() {
            "HEADER" => header::header(&mut cx, &view, c),
            "BODY" => {
                let max = if has_lto { body::BODY_MAX_LTO } else { body::BODY_MAX };
                body::body(&mut cx, &view, c, max, "body");
            }
            "FOOTER" => body::footer(&mut cx, c),
            "BUTTONS" => buttons::buttons(&mut cx, &view, c, false),
            "CAROUSEL" => carousel::carousel(&mut cx, &view, c),
            _ => {}
        }
    }
    if view.category_upper().as_deref() == Some("AUTHENTICATION") {
        auth::authentication(&mut cx, &view);
    }
    if has_lto {
        lto::lto(&mut cx, &view);
    }
    if view.category_upper().as_deref() == Some("UTILITY") {
        promotional::promotional(&mut cx, &view);
    }
    let mut out = cx.out;
    let mut capped: Vec<(usize, usize)> =
        cx.seen.values().filter(|(n, _)| *n > PER_PLACE).map(|(n, first)| (*first, n - PER_PLACE)).collect();
    capped.sort_unstable();
    for (first, hidden) in capped {
        let mut d = out[first].clone();
        d.message = format!("… and {hidden} more like this at `{}` (not shown)", d.pointer);
        out.push(d);
    }
    if !out.is_empty() {
        let pointers: Vec<&str> = out.iter().map(|d| d.pointer.as_str()).collect();
        let lines = file.lines_of(&pointers);
        for (d, line) in out.iter_mut().zip(lines) {
            d.line = line;
        }
    }
    out
}
