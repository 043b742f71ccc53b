//! `waba limits simulate`: the limit day by day for a planned volume.

use std::path::PathBuf;

use clap::Args;

use super::view::{self, thousands};
use super::{parse_regime, parse_tier};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::cli::input;
use crate::render::chart::{Bar, bar_chart};
use crate::render::{Cell, Report, Section, Table};
use crate::sim::limits::{Regime, SimConfig, SimReport, Tier, daily_plan, parse_plan, simulate};

/// Arguments of `limits simulate`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba limits simulate --daily 400 --days 21\n  \
waba limits simulate --plan campaign.csv --start-tier 2K --verified\n  \
waba limits simulate --daily 900 --regime per-number -o csv > days.csv")]
#[command(group = clap::ArgGroup::new("volume").required(true).args(["daily", "plan"]))]
pub struct SimulateArgs {
    /// The limit on day 1: 250, 1K, 2K, 10K, 100K, unlimited
    #[arg(long, value_name = "TIER", value_parser = parse_tier, default_value = "250")]
    start_tier: Tier,

    /// Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)
    #[arg(long, value_name = "REGIME", value_parser = parse_regime, default_value = "per-portfolio")]
    regime: Regime,

    /// Days to simulate (default: the plan's length; with --daily, 14)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=3650))]
    days: Option<u32>,

    /// The same number of new unique users every day
    #[arg(long, value_name = "UNIQUE_USERS")]
    daily: Option<u64>,

    /// A CSV plan: day,new_unique_users[,quality] (quality high|medium|low, default high)
    #[arg(long, value_name = "FILE")]
    plan: Option<PathBuf>,

    /// The business is verified
    #[arg(long)]
    verified: bool,
}

pub fn run(ctx: &mut Ctx, args: &SimulateArgs) -> CliResult {
    let (plan, days) = match (&args.plan, args.daily) {
        (Some(path), _) => {
            let plan = parse_plan(&input::read_text(path)?).map_err(|e| {
                CliError::usage(format!("{}: {e}", input::display(path)))
                    .hint("each line: day,new_unique_users[,quality], days 1, 2, 3 … in order")
            })?;
            (plan, args.days.unwrap_or(0))
        }
        (None, Some(users)) => {
            let days = args.days.unwrap_or(14);
            (daily_plan(days, users), days)
        }
        (None, None) => return Err(CliError::usage("pass --daily UNIQUE_USERS or --plan FILE")),
    };
    let cfg = SimConfig { start_tier: args.start_tier, regime: args.regime, days, verified: args.verified, plan };
    let report = simulate(&cfg).map_err(|e| CliError::usage(e.to_string()))?;
    let view = render(ctx, &report);
    ctx.out.emit_rows(&report, &report.rows, &view)?;
    Ok(())
}

fn render(ctx: &Ctx, r: &SimReport) -> Report {
    let mut table =
        Table::new(["day", "limit at start", "attempted", "delivered", "blocked", "7-day unique", "change"]);
    for row in &r.rows {
        let change: Vec<String> =
            row.changes.iter().map(|c| format!("→ {} at {:02}:00 ({})", c.to, c.hour, view::cause(&c.cause))).collect();
        table.push(vec![
            Cell::plain(row.day.to_string()),
            Cell::plain(row.limit_at_start.map_or("unlimited".to_string(), thousands)),
            Cell::plain(thousands(row.attempted)),
            Cell::plain(thousands(row.delivered)),
            Cell::plain(thousands(row.blocked)),
            Cell::plain(thousands(row.unique_7d)),
            Cell::plain(change.join("; ")),
        ]);
    }
    let mut sections = vec![Section::Table(Some(format!("Messaging limit, {} regime", r.regime)), table.clone())];
    if let Some(p) = &r.pending {
        sections.push(Section::Text(
            None,
            format!("Pending after the last day: → {} on day {} at {:02}:00", p.to, p.day, p.hour),
        ));
    }
    if ctx.out.charts() {
        let bars: Vec<Bar> = r
            .rows
            .iter()
            .map(|row| {
                let limit = row.limit_at_start.map_or("unlimited".to_string(), thousands);
                Bar::new(
                    format!("day {}", row.day),
                    row.delivered as f64,
                    format!("{} of {limit}", thousands(row.delivered)),
                )
            })
            .collect();
        let width = usize::from(ctx.out.width().unwrap_or(80));
        sections.push(Section::Text(Some("Delivered per day (of the limit)".into()), bar_chart(&bars, width)));
    }
    sections.extend(view::assumptions(&r.assumptions));
    Report { sections, csv: table }
}
