//! `waba pricing simulate LOG`.

use clap::Args;
use serde::Serialize;

use super::view::{self, EXPLAIN_COLUMNS};
use super::{RuleArgs, sim_error};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::cli::eventlog::{self, LogArgs};
use crate::cli::input;
use crate::render::{Format, Report, Section, Table};
use crate::sim::pricing::{ExplainRow, Pricer, Summary};

/// Arguments of `pricing simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    #[command(flatten)]
    log: LogArgs,

    #[command(flatten)]
    rules: RuleArgs,

    /// Add one row per event: market, pricing model, type, category, rate, cost, conversation, reason
    #[arg(long)]
    explain: bool,
}

/// `-o json`: the summary, then the explained events when asked for.
#[derive(Serialize)]
struct Document<'a> {
    #[serde(flatten)]
    summary: &'a Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<&'a [ExplainRow]>,
    skipped_lines: u64,
}

pub fn run(ctx: &mut Ctx, args: &SimulateArgs) -> CliResult {
    let mut cfg = args.rules.config()?;
    cfg.explain = args.explain;
    let mut pricer = Pricer::new(cfg);
    let format = ctx.out.format();
    // NDJSON and CSV stream the explained events as they come; JSON and tables hold them.
    let stream = args.explain && matches!(format, Format::Ndjson | Format::Csv);
    let mut rows = Vec::new();
    let name = input::display(&args.log.log);
    let stats = eventlog::for_each_event(&args.log, ctx.global.quiet, |event| {
        let row = pricer.push(event).map_err(|e| sim_error(&name, e.into()))?;
        if let Some(row) = row {
            if stream {
                let value = serde_json::to_value(&row).unwrap_or_default();
                ctx.out.stream_record(&row, EXPLAIN_COLUMNS, &view::flat_cells(&value, EXPLAIN_COLUMNS))?;
            } else {
                rows.push(row);
            }
        }
        Ok(())
    })?;
    let summary = pricer.finish();
    if stream {
        ctx.out.flush()?;
        return Ok(());
    }
    let document =
        Document { summary: &summary, events: args.explain.then_some(&rows[..]), skipped_lines: stats.skipped };
    let report = report(ctx, &summary, &rows);
    ctx.out.emit_report(&document, &report)?;
    Ok(())
}

fn report(ctx: &Ctx, summary: &Summary, rows: &[ExplainRow]) -> Report {
    let mut sections = Vec::new();
    if !rows.is_empty() {
        sections.push(Section::Table(Some("Events".into()), explain_table(rows)));
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
    Report { sections, csv: view::summary_csv(summary) }
}

fn explain_table(rows: &[ExplainRow]) -> Table {
    let columns = ["line", "ts", "user", "market", "pricing_type", "pricing_category", "cost", "reason"];
    let mut table = Table::new(columns).list_keeping(&[0, 1, 2]);
    for row in rows {
        let value = serde_json::to_value(row).unwrap_or_default();
        table.push(view::flat_cells(&value, &columns).into_iter().map(crate::render::Cell::plain).collect());
    }
    table
}
