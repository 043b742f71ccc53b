//! `waba limits plan`: the fastest schedule from one tier to another.

use clap::Args;

use super::view::{self, thousands};
use super::{parse_regime, parse_tier};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::{Cell, Report, Section, Table};
use crate::sim::limits::{Regime, Tier, plan};

/// Arguments of `limits plan`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba limits plan --target 10K\n  \
waba limits plan --from 2K --target unlimited --verified -o json")]
pub struct PlanArgs {
    /// The tier to reach: 1K, 2K, 10K, 100K, unlimited
    #[arg(long, value_name = "TIER", value_parser = parse_tier)]
    target: Tier,

    /// The tier to start from
    #[arg(long, value_name = "TIER", value_parser = parse_tier, default_value = "250")]
    from: Tier,

    /// Which rules: per-number (until 2025-10-06) or per-portfolio (from 2025-10-07)
    #[arg(long, value_name = "REGIME", value_parser = parse_regime, default_value = "per-portfolio")]
    regime: Regime,

    /// The business is verified
    #[arg(long)]
    verified: bool,
}

pub fn run(ctx: &mut Ctx, args: &PlanArgs) -> CliResult {
    let schedule = plan(args.from, args.target, args.regime, args.verified).map_err(|e| {
        CliError::usage(e.to_string())
            .hint("tiers per-number: 250 1K 10K 100K unlimited; per-portfolio: 250 2K 10K 100K unlimited")
    })?;
    let mut table = Table::new(["day", "limit at start", "reach new users", "7-day unique", "change"]);
    for day in &schedule.days {
        let change: Vec<String> = day.changes.iter().map(|c| format!("→ {} at {:02}:00", c.to, c.hour)).collect();
        table.push(vec![
            Cell::plain(day.day.to_string()),
            Cell::plain(day.limit_at_start.map_or("unlimited".to_string(), thousands)),
            Cell::plain(thousands(day.new_unique_users)),
            Cell::plain(thousands(day.unique_7d)),
            Cell::plain(change.join("; ")),
        ]);
    }
    let reached: Vec<String> =
        schedule.reached.iter().map(|t| format!("{} on day {} at {:02}:00", t.tier, t.day, t.hour)).collect();
    let title = format!(
        "{} → {} under the {} regime: {} new unique users in all",
        schedule.from,
        schedule.target,
        schedule.regime,
        thousands(schedule.total_new_users)
    );
    let mut sections = vec![
        Section::Table(Some(title), table.clone()),
        Section::Text(Some("Earliest day each tier is in force".into()), reached.join("\n")),
    ];
    sections.extend(view::assumptions(&schedule.assumptions));
    ctx.out.emit_rows(&schedule, &schedule.days, &Report { sections, csv: table })?;
    Ok(())
}
