//! `waba pricing simulate LOG`.

use clap::Args;
use serde::Serialize;

use super::view::{self, EXPLAIN_COLUMNS};
use super::{RuleArgs, sim_error};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::cli::eventlog::{self, LogArgs, ReadStats};
use crate::cli::input;
use crate::render::{Fit, Format, Report, Section, Table, thousands};
use crate::sim::pricing::{ExplainRow, Pricer, Summary};

/// `--explain` rows shown in a table; JSON, NDJSON and CSV carry them all.
const TABLE_ROWS: usize = 50;

/// Arguments of `pricing simulate`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba pricing simulate events.csv\n  \
waba pricing simulate events.jsonl --regime pmp-2026-10 --bsp-fee 0.002\n  \
waba pricing simulate events.csv --explain -o ndjson > priced.ndjson")]
pub struct SimulateArgs {
    #[command(flatten)]
    log: LogArgs,

    #[command(flatten)]
    rules: RuleArgs,

    /// Add one row per event: market, pricing model, type, category, rate, cost, conversation, reason
    #[arg(long)]
    explain: bool,
}

/// `-o json`: the summary and the count of skipped lines. With `--explain` the document starts
/// with `events` (written as they are priced), and these fields follow it.
#[derive(Serialize)]
struct Document<'a> {
    #[serde(flatten)]
    summary: &'a Summary,
    skipped_lines: u64,
}

pub fn run(ctx: &mut Ctx, args: &SimulateArgs) -> CliResult {
    let mut cfg = args.rules.config()?;
    cfg.explain = args.explain;
    let mut pricer = Pricer::new(cfg);
    let name = input::display(&args.log.log);
    let quiet = ctx.global.quiet;
    if args.explain && ctx.out.streams_rows() {
        // JSON, NDJSON and CSV write each explained event as it is priced: memory stays bounded.
        let mut stream = ctx.out.stream_rows("events", EXPLAIN_COLUMNS)?;
        let stats = eventlog::for_each_event(&args.log, quiet, |event| {
            if let Some(row) = pricer.push(event).map_err(|e| sim_error(&name, e.into()))? {
                stream.push(&row)?;
            }
            Ok(())
        })?;
        let summary = pricer.finish();
        stream.finish(&Document { summary: &summary, skipped_lines: stats.skipped })?;
        return Ok(());
    }
    // A table keeps the first rows; TOML (a document that cannot be streamed) keeps them all.
    let keep = if ctx.out.format() == Format::Toml { usize::MAX } else { TABLE_ROWS };
    let mut rows = Vec::new();
    let mut explained = 0u64;
    let stats: ReadStats = eventlog::for_each_event(&args.log, quiet, |event| {
        if let Some(row) = pricer.push(event).map_err(|e| sim_error(&name, e.into()))? {
            explained += 1;
            if rows.len() < keep {
                rows.push(row);
            }
        }
        Ok(())
    })?;
    let summary = pricer.finish();
    let document = Document { summary: &summary, skipped_lines: stats.skipped };
    let report = report(ctx, &summary, &rows, explained);
    if ctx.out.format() == Format::Toml && args.explain {
        #[derive(Serialize)]
        struct WithEvents<'a> {
            events: &'a [ExplainRow],
            #[serde(flatten)]
            document: Document<'a>,
        }
        ctx.out.emit(&WithEvents { events: &rows, document }, &report.csv)?;
        return Ok(());
    }
    ctx.out.emit_rows(&document, &view::summary_rows(&summary), &report)?;
    Ok(())
}

fn report(ctx: &Ctx, summary: &Summary, rows: &[ExplainRow], explained: u64) -> Report {
    let mut sections = Vec::new();
    if !rows.is_empty() {
        let title = if (rows.len() as u64) < explained {
            format!(
                "Events: first {} of {} (-o csv, -o ndjson or -o json for every event)",
                rows.len(),
                thousands(explained)
            )
        } else {
            "Events".to_string()
        };
        sections.push(Section::Table(Some(title), explain_table(rows)));
    }
    sections.push(Section::Table(Some("Totals".into()), view::totals(summary)));
    sections.push(Section::Table(None, view::bucket_table("category", &summary.by_category)));
    if ctx.out.charts() && summary.total.micros() > 0 {
        let items = summary.by_category.iter().map(|(k, b)| (k.clone(), b.cost));
        sections.push(view::cost_chart("Cost by category", items, ctx.out.width()));
    }
    sections.push(Section::Table(None, view::bucket_table("market", &summary.by_market)));
    sections.push(Section::Table(None, view::bucket_table("month", &summary.by_month)));
    sections.extend(view::assumptions(&summary.assumptions));
    Report { sections, csv: Table::new(view::SUMMARY_COLUMNS.iter().copied()) }
}

fn explain_table(rows: &[ExplainRow]) -> Table {
    let columns = ["line", "ts", "user", "market", "pricing_type", "pricing_category", "cost", "reason"];
    // On a narrow terminal the time (the line number finds it) and the reason go under the row;
    // a long market name shortens to a unique prefix; the pricing itself stays whole.
    let mut table =
        Table::new(columns).list_keeping(&[0, 2, 4, 5, 6]).fit(&[(1, Fit::Below), (3, Fit::Shorten), (7, Fit::Wrap)]);
    for row in rows {
        let value = serde_json::to_value(row).unwrap_or_default();
        table.push(view::flat_cells(&value, &columns).into_iter().map(crate::render::Cell::plain).collect());
    }
    table
}
