//! `waba numbers display-name …`: a number's display name, checked offline against Meta's
//! formatting guidelines.

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::display_name::{Finding, lint};
use crate::render::{Cell, Report, Section, Table};

/// Display-name commands.
#[derive(Debug, Subcommand)]
pub enum DisplayNameCommand {
    /// Check a display name offline against Meta's formatting guidelines; exit 8 when it fails
    Lint(LintArgs),
    /// Submit a new display name for Meta's review, after checking it offline
    Set(SetArgs),
    /// The number's display name, its review status and what it means
    #[command(after_long_help = "name_status is the review of the name in use, new_name_status that of a \
name submitted with `waba numbers display-name set`.\n\n\
Examples:\n  waba numbers display-name status\n  \
waba --phone-number-id 1100000000000002 numbers display-name status -o json")]
    Status,
}

/// Arguments of `numbers display-name set`.
#[derive(Debug, Args)]
#[command(after_long_help = "The name is checked as `waba numbers display-name lint` checks it; a name \
that breaks a rule is refused (exit 2, nothing sent) unless --no-lint is given, e.g. for a business that \
already brands itself that way. Meta reviews the name; `waba numbers display-name status` shows the \
review, and Meta reports the decision on the phone_number_name_update webhook.\n\n\
Examples:\n  waba numbers display-name set \"Acme Shoes\"\n  \
waba --phone-number-id 1100000000000002 numbers display-name set \"Acme Shoes UK\" -o json")]
pub struct SetArgs {
    /// The new display name (quote it)
    #[arg(value_name = "NAME")]
    name: String,

    /// Submit the name even when it breaks waba's display-name rules
    #[arg(long)]
    no_lint: bool,
}

/// What `set` prints.
#[derive(Debug, Serialize)]
struct Submitted {
    id: String,
    new_display_name: String,
    success: bool,
}

/// What `status` prints: Meta's fields, with what each status means.
#[derive(Debug, Serialize)]
struct Status {
    #[serde(flatten)]
    number: crate::graph::models::PhoneNumber,
    name_status_meaning: Option<&'static str>,
    new_name_status_meaning: Option<&'static str>,
}

/// Arguments of `numbers display-name lint`.
#[derive(Debug, Args)]
#[command(after_long_help = "Meta's reviewers also judge what cannot be checked offline: the name must \
represent the business, match its external branding and have a clear relationship with it. A business \
that already brands itself in capitals or with punctuation may keep that branding; the reviewer decides.\n\n\
Examples:\n  waba numbers display-name lint \"Acme Shoes\"\n  \
waba numbers display-name lint \"ACME SHOES!!\" -o json")]
pub struct LintArgs {
    /// The display name, as customers would see it (quote it)
    #[arg(value_name = "NAME")]
    name: String,
}

/// What `lint` prints with `-o json`.
#[derive(Debug, Serialize)]
struct LintReport<'a> {
    name: &'a str,
    passed: bool,
    findings: Vec<Finding>,
}

/// Run a display-name command.
pub async fn run(ctx: &mut Ctx, cmd: DisplayNameCommand) -> CliResult {
    match cmd {
        DisplayNameCommand::Lint(args) => lint_name(ctx, &args),
        DisplayNameCommand::Set(args) => set(ctx, &args).await,
        DisplayNameCommand::Status => status(ctx).await,
    }
}

async fn set(ctx: &mut Ctx, args: &SetArgs) -> CliResult {
    let findings = lint(&args.name);
    if !findings.is_empty() && !args.no_lint {
        let list: Vec<String> = findings.iter().map(|f| format!("{} ({}: {})", f.message, f.rule, f.fix)).collect();
        return Err(CliError::usage(format!("display name \"{}\" not submitted: {}", args.name, list.join("; ")))
            .hint("fix the name (`waba numbers display-name lint NAME` explains each rule), or pass --no-lint if the business already brands itself this way"));
    }
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let success = client.request_display_name(&phone, &args.name).await?;
    let answer = Submitted { id: phone, new_display_name: args.name.clone(), success };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("new_display_name", Cell::plain(&answer.new_display_name)),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    crate::render::diag::note("Meta reviews the name; see `waba numbers display-name status`");
    Ok(())
}

async fn status(ctx: &mut Ctx) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let number = client.display_name(&phone).await?;
    let answer = Status {
        name_status_meaning: number.name_status.as_deref().and_then(crate::lifecycle::name_status_meaning),
        new_name_status_meaning: number.new_name_status.as_deref().and_then(crate::lifecycle::name_status_meaning),
        number,
    };
    let text = |v: &Option<String>| Cell::plain(v.as_deref().unwrap_or("-"));
    let with_meaning = |v: &Option<String>, m: Option<&str>| match (v, m) {
        (Some(v), Some(m)) => Cell::plain(format!("{v}: {m}")),
        (v, _) => text(v),
    };
    let n = &answer.number;
    let table = Table::record(vec![
        ("id", Cell::plain(n.id.to_string())),
        ("display_phone_number", text(&n.display_phone_number)),
        ("verified_name", text(&n.verified_name)),
        ("name_status", with_meaning(&n.name_status, answer.name_status_meaning)),
        ("new_display_name", text(&n.new_display_name)),
        ("new_name_status", with_meaning(&n.new_name_status, answer.new_name_status_meaning)),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

/// What a `name_status` / `new_name_status` value means (platform-rules.md §6.4).
fn lint_name(ctx: &mut Ctx, args: &LintArgs) -> CliResult {
    let findings = lint(&args.name);
    let report = LintReport { name: &args.name, passed: findings.is_empty(), findings };
    let view = Report { sections: vec![Section::Text(None, text(&report))], csv: csv(&report) };
    if !ctx.global.quiet || !report.passed {
        ctx.out.emit_rows(&report, &report.findings, &view)?;
    }
    if report.passed {
        return Ok(());
    }
    let n = report.findings.len();
    Err(CliError::new(
        Kind::CheckFailed,
        format!("the display name breaks {n} rule{} of Meta's guidelines", if n == 1 { "" } else { "s" }),
    )
    .hint("fix what each finding says; a name the business already brands this way may still pass review"))
}

fn text(report: &LintReport<'_>) -> String {
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&format!(
            "{}[{}]: {}\n  = fix: {}\n  = source: {}\n\n",
            f.severity, f.rule, f.message, f.fix, f.source
        ));
    }
    if report.passed {
        out.push_str(&format!("\"{}\" passes Meta's display-name formatting rules", report.name));
    } else {
        let n = report.findings.len();
        out.push_str(&format!("\"{}\": {n} finding{}", report.name, if n == 1 { "" } else { "s" }));
    }
    out
}

fn csv(report: &LintReport<'_>) -> Table {
    let mut table = Table::new(["rule", "severity", "message", "fix", "source"]);
    for f in &report.findings {
        table.push(vec![
            Cell::plain(f.rule),
            Cell::plain(f.severity.to_string()),
            Cell::plain(&f.message),
            Cell::plain(&f.fix),
            Cell::plain(f.source),
        ]);
    }
    table
}
