//! `waba templates lint FILE|DIR…`: offline checks, fast enough for a pre-commit hook.

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Report, Section, Table};
use crate::templates::lint::{Diagnostic, LintReport, Severity, lint_paths};

/// Arguments of `templates lint`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba templates lint templates/\n  \
waba templates lint templates/ --deny-warnings -q   # a CI gate: silent when clean\n  \
waba templates lint order_update.toml -o json")]
pub struct LintArgs {
    /// Template files (.json or .toml) or directories searched recursively
    #[arg(value_name = "FILE|DIR", required = true)]
    paths: Vec<PathBuf>,

    /// Fail (exit 8) on warnings too
    #[arg(long)]
    deny_warnings: bool,
}

pub fn run(ctx: &mut Ctx, args: &LintArgs) -> CliResult {
    for path in &args.paths {
        if !path.exists() {
            return Err(CliError::usage(format!("{}: no such file or directory", path.display()))
                .hint("pass template files (.json, .toml) or directories holding them"));
        }
    }
    let report = lint_paths(&args.paths);
    if report.files_checked == 0 {
        let paths: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        return Err(CliError::usage(format!("no template files in {}: nothing was checked", paths.join(", ")))
            .hint("template files are *.toml or *.json (directories are searched recursively); check the path"));
    }
    let view = Report { sections: vec![Section::Text(None, text(&report))], csv: csv(&report) };
    // One finding per line with -o ndjson / row with -o csv; a passing lint under -q prints nothing.
    if !ctx.global.quiet || report.failed(args.deny_warnings) {
        ctx.out.emit_rows(&report, &report.diagnostics, &view)?;
    }
    if report.failed(args.deny_warnings) {
        let what = if report.errors > 0 { "errors" } else { "warnings (--deny-warnings)" };
        return Err(CliError::new(Kind::CheckFailed, format!("the templates have {what}")));
    }
    Ok(())
}

/// Compiler-style text: one block per diagnostic, then a summary line.
fn text(report: &LintReport) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        out.push_str(&format!("{}[{}]: {}\n  --> {}\n", d.severity, d.rule, d.message, location(d)));
        if !d.fix.is_empty() {
            out.push_str(&format!("  = fix: {}\n", d.fix));
        }
        out.push('\n');
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    out.push_str(&format!(
        "checked {}: {}, {}",
        plural(report.files_checked, "file"),
        plural(report.errors, "error"),
        plural(report.warnings, "warning")
    ));
    out
}

fn location(d: &Diagnostic) -> String {
    let mut at = d.file.display().to_string();
    if let Some(line) = d.line {
        at.push_str(&format!(":{line}"));
    }
    if !d.pointer.is_empty() {
        at.push_str(&format!(" ({})", d.pointer));
    }
    at
}

fn csv(report: &LintReport) -> Table {
    let mut table = Table::new(["file", "line", "pointer", "severity", "rule", "message", "fix"]);
    for d in &report.diagnostics {
        table.push(vec![
            Cell::plain(d.file.display().to_string()),
            Cell::opt(d.line),
            Cell::plain(&d.pointer),
            Cell::plain(if d.severity == Severity::Error { "error" } else { "warning" }),
            Cell::plain(d.rule),
            Cell::plain(&d.message),
            Cell::plain(&d.fix),
        ]);
    }
    table
}
