//! Diagnostics on stderr: errors, warnings, notes. Never data.
//!
//! On a terminal, long messages wrap at word boundaries to its width, continuation lines
//! aligned after their label; piped, each stays on one line for logs and `grep`.
#![allow(clippy::print_stderr)]

use std::io::{IsTerminal, Write};

use anstyle::{AnsiColor, Style};

use super::fit;

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const HINT: Style = AnsiColor::Cyan.on_default().bold();

/// The width to wrap stderr at: only on a terminal (`COLUMNS` first, as for tables).
fn width() -> Option<usize> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let cols = std::env::var("COLUMNS").ok().and_then(|c| c.parse::<usize>().ok()).filter(|&c| c > 0);
    cols.or_else(|| comfy_table::Table::new().width().map(usize::from))
}

/// `indent` + `label` + `text`, wrapped to `width` with continuation lines under the text.
fn labelled(indent: &str, label: &str, style: Style, text: &str, width: Option<usize>) -> String {
    let lead = indent.len() + label.len() + 1;
    let pieces = match width {
        Some(w) if lead + fit::width(text) > w => fit::wrap(text, w.saturating_sub(lead).max(30)),
        _ => text.lines().map(str::to_string).collect(),
    };
    let mut out = String::new();
    for (k, piece) in pieces.iter().enumerate() {
        if k == 0 {
            out.push_str(&format!("{indent}{style}{label}{style:#} {piece}"));
        } else {
            out.push_str(&format!("\n{}{piece}", " ".repeat(lead)));
        }
    }
    if pieces.is_empty() {
        out.push_str(&format!("{indent}{style}{label}{style:#}"));
    }
    out
}

/// Print `error: message` and an optional `hint:` line.
pub fn error(message: &str, hint: Option<&str>) {
    let width = width();
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{}", labelled("", "error:", ERROR, message, width));
    if let Some(hint) = hint {
        let _ = writeln!(err, "{}", labelled("  ", "hint:", HINT, hint, width));
    }
}

/// Print `warning: message`.
pub fn warning(message: &str) {
    let _ = writeln!(anstream::stderr().lock(), "{}", labelled("", "warning:", WARNING, message, width()));
}

/// Print a plain informational line.
pub fn note(message: &str) {
    let text = width().map_or_else(|| message.to_string(), |w| fit::wrap_prose(message, w));
    let _ = writeln!(anstream::stderr().lock(), "{text}");
}

/// Print a JSON value on one line (errors in `-o json` mode).
pub fn json(value: &serde_json::Value) {
    let _ = writeln!(anstream::stderr().lock(), "{value}");
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Style = Style::new();

    #[test]
    fn wraps_under_the_label_on_a_terminal() {
        let hint = "pass --phone-number-id ID (or set WABA_PHONE_NUMBER_ID), or --level standard|high to explain a level offline";
        let text = labelled("  ", "hint:", PLAIN, hint, Some(60));
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 1, "{text}");
        assert!(lines.iter().all(|l| l.chars().count() <= 60), "{text}");
        assert!(lines[0].starts_with("  hint: pass"));
        assert!(lines[1..].iter().all(|l| l.starts_with("        ") && !l[8..].starts_with(' ')), "{text}");
        assert_eq!(text.split_whitespace().collect::<Vec<_>>()[1..].join(" "), hint);
    }

    #[test]
    fn one_line_when_piped() {
        let message = "word ".repeat(40);
        assert_eq!(labelled("", "error:", PLAIN, message.trim(), None).lines().count(), 1);
    }
}
