//! `waba numbers`: the business phone numbers of the account.

mod add;
mod display_name;
mod health;
mod list;
mod profile;
mod register;
mod show;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;
use crate::graph::models::{PhoneNumber, PhoneStatus, QualityRating};
use crate::render::{Cell, Tone};

/// Phone-number commands.
#[derive(Debug, Subcommand)]
pub enum NumbersCommand {
    /// List the account's phone numbers
    List(list::ListArgs),
    /// Show one phone number in full
    Show(show::ShowArgs),
    /// Check quality, status and limits of every number and of the account; exit 8 on problems
    Health(health::HealthArgs),
    /// Add a phone number to the account (checked first; the portfolio's allowance explained)
    Add(add::AddArgs),
    /// Register the number on the Cloud API with its two-step PIN (read from stdin or a prompt)
    Register(register::RegisterArgs),
    /// Deregister the number from the Cloud API (asks first; --yes when not on a terminal)
    Deregister(register::DeregisterArgs),
    /// The number's display name: check it offline, submit it for review, see the review
    #[command(subcommand)]
    DisplayName(display_name::DisplayNameCommand),
    /// The number's business profile: about, address, description, email, websites, vertical
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
}

/// Run a numbers command.
pub async fn run(ctx: &mut Ctx, cmd: NumbersCommand) -> CliResult {
    match cmd {
        NumbersCommand::List(args) => list::run(ctx, &args).await,
        NumbersCommand::Show(args) => show::run(ctx, &args).await,
        NumbersCommand::Health(args) => health::run(ctx, &args).await,
        NumbersCommand::Add(args) => add::run(ctx, &args).await,
        NumbersCommand::Register(args) => register::register(ctx, &args).await,
        NumbersCommand::Deregister(args) => register::deregister(ctx, &args).await,
        NumbersCommand::DisplayName(cmd) => display_name::run(ctx, cmd).await,
        NumbersCommand::Profile(cmd) => profile::run(ctx, cmd).await,
    }
}

fn quality_cell(number: &PhoneNumber) -> Cell {
    match &number.quality_rating {
        Some(q @ QualityRating::Green) => Cell::toned(q.as_str(), Tone::Good),
        Some(q @ QualityRating::Yellow) => Cell::toned(q.as_str(), Tone::Warn),
        Some(q @ QualityRating::Red) => Cell::toned(q.as_str(), Tone::Bad),
        other => Cell::opt(other.as_ref()),
    }
}

fn status_cell(number: &PhoneNumber) -> Cell {
    match &number.status {
        Some(s @ PhoneStatus::Connected) => Cell::toned(s.as_str(), Tone::Good),
        Some(
            s @ (PhoneStatus::Flagged | PhoneStatus::Restricted | PhoneStatus::Banned | PhoneStatus::Disconnected),
        ) => Cell::toned(s.as_str(), Tone::Bad),
        Some(s) => Cell::toned(s.as_str(), Tone::Warn),
        None => Cell::plain("-"),
    }
}

fn limit_text(number: &PhoneNumber) -> String {
    match number.messaging_limit() {
        Some(limit) => match limit.daily_users() {
            Some(n) => format!("{limit} ({} users/24h)", crate::render::thousands(n)),
            None => limit.to_string(),
        },
        None => "-".to_string(),
    }
}

fn throughput_text(number: &PhoneNumber) -> String {
    match number.throughput.as_ref().map(|t| &t.level) {
        Some(level) => match level.messages_per_second() {
            Some(mps) => format!("{level} ({} msg/s)", crate::render::thousands(u64::from(mps))),
            None => level.to_string(),
        },
        None => "-".to_string(),
    }
}
