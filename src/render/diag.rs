//! Diagnostics on stderr: errors, warnings, notes. Never data.
#![allow(clippy::print_stderr)]

use std::io::Write;

use anstyle::{AnsiColor, Style};

const ERROR: Style = AnsiColor::Red.on_default().bold();
const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const HINT: Style = AnsiColor::Cyan.on_default().bold();

/// Print `error: message` and an optional `hint:` line.
pub fn error(message: &str, hint: Option<&str>) {
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{ERROR}error:{ERROR:#} {message}");
    if let Some(hint) = hint {
        let _ = writeln!(err, "  {HINT}hint:{HINT:#} {hint}");
    }
}

/// Print `warning: message`.
pub fn warning(message: &str) {
    let _ = writeln!(anstream::stderr().lock(), "{WARNING}warning:{WARNING:#} {message}");
}

/// Print a plain informational line.
pub fn note(message: &str) {
    let _ = writeln!(anstream::stderr().lock(), "{message}");
}

/// Print a JSON value on one line (errors in `-o json` mode).
pub fn json(value: &serde_json::Value) {
    let _ = writeln!(anstream::stderr().lock(), "{value}");
}
