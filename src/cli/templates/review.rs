//! Waiting for several templates to leave review: `wait --all`, `apply --wait`, `create --wait`.
//! One spinner line per template on a terminal (nothing when stderr is piped), then one row per
//! template through the output writer.

use std::time::Duration;

use clap::Args;
use serde::Serialize;

use super::wait::Until;
use crate::cli::ctx::Ctx;
use crate::cli::duration::parse as parse_duration;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::render::{Cell, Fit, Format, Table, Tone, diag};

mod poll;

use poll::State;
pub use poll::{Reviewed, Target, wait};

/// `--wait` and its `--timeout`, for the commands that submit templates.
#[derive(Debug, Args)]
pub struct WaitFlags {
    /// Then wait until review decides every template submitted (exit 8 when any is not approved)
    #[arg(long)]
    pub wait: bool,

    /// With --wait: give up after this long (exit 9), e.g. 90s, 10m, 1h
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_duration, requires = "wait")]
    pub timeout: Duration,
}

impl WaitFlags {
    /// `-o csv` holds one table, so it cannot carry the command's rows and the review's.
    pub fn check_format(&self, ctx: &Ctx) -> CliResult {
        if self.wait && ctx.out.format() == Format::Csv {
            return Err(CliError::usage("--wait cannot be combined with -o csv (one table per output)")
                .hint("use -o json or -o ndjson, or run `waba templates wait --all -o csv` afterwards"));
        }
        Ok(())
    }

    /// Whether the command's rows must wait for the review's, to share one JSON / TOML document.
    pub fn defers_output(&self, ctx: &Ctx) -> bool {
        self.wait && matches!(ctx.out.format(), Format::Json | Format::Toml)
    }
}

/// The rows as a table.
pub fn table(rows: &[Reviewed]) -> Table {
    let mut table = Table::new(["name", "language", "status", "id", "elapsed", "detail"])
        .list_keeping(&[0, 1, 2])
        .fit(&[(3, Fit::Shorten), (5, Fit::Wrap)]);
    for r in rows {
        let tone = match r.state {
            State::Approved => Tone::Good,
            State::InReview => Tone::Warn,
            State::NotApproved => Tone::Bad,
        };
        table.push(vec![
            Cell::plain(&r.name),
            Cell::plain(&r.language),
            Cell::toned(&r.status, tone),
            Cell::plain(&r.id),
            Cell::plain(format!("{} s", r.elapsed_seconds)),
            Cell::opt(r.detail.as_ref()),
        ]);
    }
    table
}

/// The review rows on their own (table or NDJSON after the command's rows; `wait --all`).
pub fn emit(ctx: &mut Ctx, rows: &[Reviewed]) -> CliResult {
    if rows.is_empty() && ctx.out.format() == Format::Table {
        if !ctx.global.quiet {
            diag::note("nothing to wait for: no template submitted or in review");
        }
        return Ok(());
    }
    ctx.out.emit(&rows, &table(rows))?;
    Ok(())
}

/// The exit status of a wait: 0 when every template is approved (with `--until decided`: when
/// review decided each), 8 when any is not, 9 when the time ran out first with none refused.
pub fn verdict(rows: &[Reviewed], until: Until) -> CliResult {
    let refused: Vec<&Reviewed> =
        rows.iter().filter(|r| until == Until::Approved && r.state == State::NotApproved).collect();
    let pending: Vec<&Reviewed> = rows.iter().filter(|r| r.state == State::InReview).collect();
    let still = if pending.is_empty() { String::new() } else { format!("; {} still in review", pending.len()) };
    if !refused.is_empty() {
        let which: Vec<String> = refused
            .iter()
            .map(|r| {
                let why = r.detail.as_deref().map(|d| format!(": {}", d.trim_start_matches("rejected: ")));
                format!("{} ({}) is {}{}", r.name, r.language, r.status, why.unwrap_or_default())
            })
            .collect();
        let quality = refused.iter().any(|r| matches!(r.status.as_str(), "PAUSED" | "DISABLED"));
        let fix = if quality {
            "improve the content or audience of a paused or disabled one, then `waba templates edit` it"
        } else {
            "fix it (`waba templates lint`), then `waba templates edit` it or create it under a new name"
        };
        return Err(CliError::new(
            Kind::CheckFailed,
            format!("{} of {} template(s) not approved{still}", refused.len(), rows.len()),
        )
        .hint(format!("{}: {fix}", which.join("; "))));
    }
    if let Some(first) = pending.first() {
        let names: Vec<String> = pending.iter().map(|r| format!("{} ({})", r.name, r.language)).collect();
        return Err(CliError::new(
            Kind::Timeout,
            format!(
                "{} of {} template(s) still in review after {} s: {}",
                pending.len(),
                rows.len(),
                first.elapsed_seconds,
                names.join(", ")
            ),
        )
        .hint("Meta's review can take up to 24 hours; `waba templates wait --all` again or pass a longer --timeout"));
    }
    Ok(())
}

/// The rows of a command that submitted templates (written by `emit_rows`) and, with `--wait`,
/// the review of `targets` after them: a table or NDJSON lines each, or one JSON / TOML document
/// holding the command's rows under `key` and the review under `review`. Returns the review's
/// rows when it waited.
pub async fn emit_then_wait(
    ctx: &mut Ctx,
    client: &GraphClient,
    flags: &WaitFlags,
    (key, rows): (&str, &impl Serialize),
    emit_rows: impl FnOnce(&mut Ctx) -> CliResult,
    targets: &[Target],
) -> CliResult<Option<Vec<Reviewed>>> {
    if !flags.wait {
        emit_rows(ctx)?;
        return Ok(None);
    }
    let defer = flags.defers_output(ctx);
    if !defer {
        emit_rows(ctx)?;
    }
    let reviewed = wait(ctx, client, targets, flags.timeout).await?;
    if defer {
        emit_combined(ctx, key, rows, &reviewed)?;
    } else {
        emit(ctx, &reviewed)?;
    }
    Ok(Some(reviewed))
}

/// The JSON / TOML document of a command that waited: its own rows under `key`, then `review`.
fn emit_combined(ctx: &mut Ctx, key: &str, rows: &impl Serialize, reviewed: &[Reviewed]) -> CliResult {
    let mut doc = serde_json::Map::new();
    doc.insert(key.to_string(), serde_json::to_value(rows).map_err(|e| CliError::usage(e.to_string()))?);
    doc.insert("review".to_string(), serde_json::to_value(reviewed).map_err(|e| CliError::usage(e.to_string()))?);
    ctx.out.emit(&doc, &table(reviewed))?;
    Ok(())
}
