//! `waba templates delete NAME [--language L]`.

use clap::Args;
use serde::Serialize;

use super::lookup;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::TemplateStatus;
use crate::render::{Cell, Table, diag};

/// Arguments of `templates delete`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba templates delete seasonal_promotion\n  \
waba templates delete order_update --language es_ES --yes\n\n\
Meta keeps a deleted approved template's name for 30 days: it cannot be reused until then.")]
pub struct DeleteArgs {
    /// The template's name (every language unless --language)
    name: String,

    /// Delete only this language (by its template id)
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,
}

#[derive(Serialize)]
struct Deleted {
    name: String,
    languages: Vec<String>,
    success: bool,
}

pub async fn run(ctx: &mut Ctx, args: &DeleteArgs) -> CliResult {
    let client = ctx.client().await?;
    let found = lookup::by_name(ctx, &client, &args.name, args.language.as_deref()).await?;
    if let Some(t) = found.iter().find(|t| t.status == TemplateStatus::Disabled) {
        return Err(CliError::usage(format!("template {} ({}) is DISABLED and cannot be deleted", t.name, t.language))
            .hint("Meta keeps disabled templates; create a new template with different content instead"));
    }
    let languages: Vec<String> = found.iter().map(|t| t.language.clone()).collect();
    if !args.yes {
        let prompt = format!("Delete template {} ({})?", args.name, languages.join(", "));
        if !ctx.confirm(&prompt, &format!("refusing to delete template {} without confirmation", args.name))? {
            diag::note("nothing deleted");
            return Ok(());
        }
    }
    let waba = ctx.account_id()?;
    let hsm_id = match (&args.language, found.first()) {
        (Some(_), Some(t)) => Some(t.id.as_str().to_string()),
        _ => None,
    };
    let success = client.delete_template(&waba, &args.name, hsm_id.as_deref()).await?;
    if success && found.iter().any(|t| t.status == TemplateStatus::Approved) {
        let (path, mut journal) = super::sync::journal(ctx)?;
        journal.deleted_name(&args.name, super::sync::now());
        super::sync::save_journal(&path, &mut journal)?;
    }
    let answer = Deleted { name: args.name.clone(), languages, success };
    let table = Table::record(vec![
        ("deleted", Cell::plain(&answer.name)),
        ("languages", Cell::plain(answer.languages.join(", "))),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}
