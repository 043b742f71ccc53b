//! `waba limits`: messaging limits, live and simulated, under both of Meta's regimes.

mod check;
mod plan;
mod show;
mod simulate;
mod throughput;
mod view;

pub(crate) use show::tier_of;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;
use crate::sim::limits::{Regime, Tier};

/// Limits commands.
#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// The account's messaging limit now, each number's quality and status, and what the next level needs
    Show(show::ShowArgs),
    /// Replay an event log against the limits; exit 8 when a send would have been blocked
    Check(check::CheckArgs),
    /// What-if: the limit day by day for a planned volume
    Simulate(simulate::SimulateArgs),
    /// The fastest schedule the rules allow from one tier to another
    Plan(plan::PlanArgs),
    /// A number's throughput level, what it means, and the webhook capacity it needs
    Throughput(throughput::ThroughputArgs),
}

/// Run a limits command.
pub async fn run(ctx: &mut Ctx, cmd: LimitsCommand) -> CliResult {
    match cmd {
        LimitsCommand::Show(args) => show::run(ctx, &args).await,
        LimitsCommand::Check(args) => check::run(ctx, &args),
        LimitsCommand::Simulate(args) => simulate::run(ctx, &args),
        LimitsCommand::Plan(args) => plan::run(ctx, &args),
        LimitsCommand::Throughput(args) => throughput::run(ctx, &args).await,
    }
}

/// `--regime` values.
fn parse_regime(s: &str) -> Result<Regime, String> {
    Regime::parse(s).ok_or_else(|| "expected per-number or per-portfolio".to_string())
}

/// Tier names: 250, 1K, 2K, 10K, 100K, unlimited (or Meta's TIER_… names).
fn parse_tier(s: &str) -> Result<Tier, String> {
    Tier::parse(s).map_err(|e| e.to_string())
}
