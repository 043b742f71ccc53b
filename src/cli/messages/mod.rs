//! `waba messages`: what is done with messages received (read receipts).

mod read;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;

/// Messages commands.
#[derive(Debug, Subcommand)]
pub enum MessagesCommand {
    /// Mark a received message as read (blue ticks), optionally showing the typing indicator
    Read(read::ReadArgs),
}

/// Run a messages command.
pub async fn run(ctx: &mut Ctx, cmd: MessagesCommand) -> CliResult {
    match cmd {
        MessagesCommand::Read(args) => read::run(ctx, &args).await,
    }
}
