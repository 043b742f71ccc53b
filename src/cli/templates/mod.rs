//! `waba templates`: message templates kept as files.

mod apply;
mod create;
mod delete;
mod edit;
mod lint;
mod list;
mod lookup;
pub(crate) mod media;
mod plan;
mod pull;
mod review;
mod rules;
mod show;
mod sync;
mod wait;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;

/// Template commands.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the account's templates: name, language, category, status, quality
    List(list::ListArgs),
    /// Show one template in full, or as a template file (--as-file toml|json)
    Show(show::ShowArgs),
    /// Lint template files, upload their media headers and submit them for review
    Create(create::CreateArgs),
    /// Change an existing template from its file, where Meta allows edits
    Edit(edit::EditArgs),
    /// Delete a template: every language, or one with --language
    Delete(delete::DeleteArgs),
    /// Wait until review approves (exit 0) or rejects (exit 8) a template, or --all
    Wait(wait::WaitArgs),
    /// Write the account's templates as files (<name>/<language>.toml)
    Pull(pull::PullArgs),
    /// Compare a directory of files with the account; exit 8 when they differ
    Plan(plan::PlanArgs),
    /// Make the account match a directory of files: create, edit, --prune to delete
    Apply(apply::ApplyArgs),
    /// Check template files offline against Meta's rules; exit 8 on errors
    Lint(lint::LintArgs),
    /// List the lint rules with their severity and source
    #[command(after_long_help = "Examples:\n  waba templates rules\n  waba templates rules -o json | jq -r '.[].id'")]
    Rules,
}

/// Run a templates command.
pub async fn run(ctx: &mut Ctx, cmd: TemplatesCommand) -> CliResult {
    match cmd {
        TemplatesCommand::List(args) => list::run(ctx, &args).await,
        TemplatesCommand::Show(args) => show::run(ctx, &args).await,
        TemplatesCommand::Create(args) => create::run(ctx, &args).await,
        TemplatesCommand::Edit(args) => edit::run(ctx, &args).await,
        TemplatesCommand::Delete(args) => delete::run(ctx, &args).await,
        TemplatesCommand::Wait(args) => wait::run(ctx, &args).await,
        TemplatesCommand::Pull(args) => pull::run(ctx, &args).await,
        TemplatesCommand::Plan(args) => plan::run(ctx, &args).await,
        TemplatesCommand::Apply(args) => apply::run(ctx, &args).await,
        TemplatesCommand::Lint(args) => lint::run(ctx, &args),
        TemplatesCommand::Rules => rules::run(ctx),
    }
}
