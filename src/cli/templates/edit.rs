//! `waba templates edit FILE`: change an existing template where Meta allows it.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::{lookup, sync};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table, diag};
use crate::templates::plan::{ActionKind, RemoteTemplate};

/// Arguments of `templates edit`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba templates edit templates/order_update/en_US.toml\n  \
waba --sandbox templates edit templates/order_update/en_US.toml -o json\n\n\
Meta allows edits of APPROVED, REJECTED and PAUSED templates only; an \
approved template keeps its category and can be edited once per 24 hours and 10 times per 30 days. \
A refused edit names the rule that refused it.")]
pub struct EditArgs {
    /// The template file with the new content (its name and language pick the template)
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Serialize)]
struct Edited {
    id: String,
    name: String,
    language: String,
    success: bool,
}

pub async fn run(ctx: &mut Ctx, args: &EditArgs) -> CliResult {
    let mut files = super::create::load_and_lint(std::slice::from_ref(&args.file), false, ctx.global.quiet)?;
    let file = files.remove(0);
    let (name, language) = file
        .identity()
        .map(|(n, l)| (n.to_string(), l.to_string()))
        .ok_or_else(|| CliError::usage(format!("{}: the file has no name or language", args.file.display())))?;
    let client = ctx.client().await?;
    let template = lookup::one(ctx, &client, &name, Some(&language)).await?;
    let (journal_path, mut journal) = sync::journal(ctx)?;
    let remote =
        [RemoteTemplate { last_edits: journal.edits_of(template.id.as_str()), ..super::show::remote(&template) }];
    let planned = sync::build_plan(std::slice::from_ref(&file), &remote, &journal, false);
    let Some(action) = planned.actions.first() else {
        return Err(CliError::usage("nothing to compare"));
    };
    match action.kind {
        ActionKind::Unchanged => {
            diag::note(&format!("{name} ({language}) already matches {}; nothing to change", args.file.display()));
            return Ok(());
        }
        ActionKind::Blocked => {
            let reason = action.detail.clone().unwrap_or_default();
            return Err(CliError::new(Kind::Api, format!("Meta would refuse this edit: {reason}"))
                .hint("create a new template under another name instead"));
        }
        _ => {}
    }
    let (payload, uploads) = super::media::prepare(ctx, &client, &file).await?;
    let success = client.edit_template(template.id.as_str(), &super::apply::edit_body(&payload)).await?;
    journal.edited(template.id.as_str(), sync::now());
    // Record the uploads so that `plan` and `pull` recognise the header media as this file's.
    super::media::record(&client, &mut journal, (&name, &language), template.id.as_str(), uploads).await;
    sync::save_journal(&journal_path, &mut journal)?;
    let answer = Edited { id: template.id.as_str().to_string(), name, language, success };
    let table = Table::record(vec![
        ("edited", Cell::plain(&answer.name)),
        ("language", Cell::plain(&answer.language)),
        ("id", Cell::plain(&answer.id)),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}
