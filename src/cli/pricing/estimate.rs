//! `waba pricing estimate`: a planned month from counts.

use clap::Args;
use jiff::civil::Date;

use super::view;
use super::{RuleArgs, parse_date, sim_error};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Report, Section, Table, Tone};
use crate::sim::pricing::{Plan, estimate};

/// Arguments of `pricing estimate`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba pricing estimate --market India --marketing 20000 --utility 5000\n  \
waba pricing estimate --market +5511987654321 --authentication 100000 --date 2026-11-01\n  \
waba pricing estimate --market US --marketing 1000 -o json")]
pub struct EstimateArgs {
    /// The market: its name on the rate card (India, "North America", "Rest of Africa", Other), a
    /// country's ISO code or name (IN, Kenya) or a number in it (+919876500003)
    #[arg(long, value_name = "MARKET")]
    market: String,

    /// Marketing templates (conversations under conversation-based pricing)
    #[arg(long, value_name = "N", default_value_t = 0)]
    marketing: u64,

    /// Utility templates charged (outside a customer-service window)
    #[arg(long, value_name = "N", default_value_t = 0)]
    utility: u64,

    /// Authentication templates
    #[arg(long, value_name = "N", default_value_t = 0)]
    authentication: u64,

    /// Service (non-template) messages, for one business phone number
    #[arg(long, value_name = "N", default_value_t = 0)]
    service: u64,

    /// A day of the planned month (YYYY-MM-DD); picks the regime and the card; default today (UTC)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<Date>,

    #[command(flatten)]
    rules: RuleArgs,
}

pub fn run(ctx: &mut Ctx, args: &EstimateArgs) -> CliResult {
    let date = args.date.unwrap_or_else(super::today);
    let plan = Plan {
        date,
        market: super::market_name(&args.market, date)?,
        marketing: args.marketing,
        utility: args.utility,
        authentication: args.authentication,
        service: args.service,
    };
    let cfg = args.rules.config()?;
    let result = estimate(&plan, &cfg).map_err(|e| sim_error("estimate", e))?;
    let mut table = Table::new(["category", "count", "free", "rate", "cost (USD)"]);
    for line in &result.lines {
        table.push(vec![
            Cell::plain(line.category),
            Cell::plain(crate::render::thousands(line.count)),
            Cell::toned(crate::render::thousands(line.free), Tone::Dim),
            Cell::opt(line.rate),
            Cell::plain(line.cost.to_string()),
        ]);
    }
    table.push(vec![
        Cell::toned("total", Tone::Good),
        Cell::plain(crate::render::thousands(result.lines.iter().map(|l| l.count).sum::<u64>())),
        Cell::plain(crate::render::thousands(result.lines.iter().map(|l| l.free).sum::<u64>())),
        Cell::plain(""),
        Cell::toned(result.total.to_string(), Tone::Good),
    ]);
    let title =
        format!("Estimate for {}, month of {} ({})", result.market, date.strftime("%Y-%m"), result.regime.name());
    let mut sections = vec![Section::Table(Some(title), table.clone())];
    sections.extend(view::assumptions(&result.assumptions));
    ctx.out.emit_rows(&result, &result.lines, &Report { sections, csv: table })?;
    Ok(())
}
