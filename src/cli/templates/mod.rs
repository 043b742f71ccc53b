//! `waba templates`: message templates kept as files.

mod lint;
mod rules;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;

/// Template commands.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Check template files offline against Meta's rules; exit 8 on errors
    Lint(lint::LintArgs),
    /// List the lint rules with their severity and source
    Rules,
}

/// Run a templates command.
pub async fn run(ctx: &mut Ctx, cmd: TemplatesCommand) -> CliResult {
    match cmd {
        TemplatesCommand::Lint(args) => lint::run(ctx, &args),
        TemplatesCommand::Rules => rules::run(ctx),
    }
}
