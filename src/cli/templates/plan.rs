//! `waba templates plan DIR`: what `apply` would change; exit 8 when anything would.

use std::path::PathBuf;

use clap::Args;

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Report, Section};
use crate::templates::plan::{ActionKind, plan};

/// Arguments of `templates plan`.
#[derive(Debug, Args)]
#[command(after_long_help = "Exit status: 0 when the account matches the files, 8 when anything would \
change (create, update, remote-only or blocked), for drift detection in CI.")]
pub struct PlanArgs {
    /// The directory of template files
    #[arg(value_name = "DIR")]
    dir: PathBuf,
}

pub async fn run(ctx: &mut Ctx, args: &PlanArgs) -> CliResult {
    let local = sync::local_files(&args.dir, false)?;
    let client = ctx.client().await?;
    let (_, journal) = sync::journal(ctx)?;
    let remote = sync::remote_all(ctx, &client, &journal).await?;
    let plan = plan(&local, &remote, &journal.deleted, sync::now());
    let table = sync::plan_table(&plan);
    let count = |k| plan.count(k);
    let summary = format!(
        "{} to create, {} to update, {} unchanged, {} only on the account, {} blocked",
        count(ActionKind::Create),
        count(ActionKind::Update),
        count(ActionKind::Unchanged),
        count(ActionKind::RemoteOnly),
        count(ActionKind::Blocked)
    );
    let report = Report {
        sections: vec![Section::Table(None, table.clone()), Section::Text(None, summary.clone())],
        csv: table,
    };
    ctx.out.emit_report(&plan, &report)?;
    if plan.in_sync() {
        return Ok(());
    }
    Err(CliError::new(Kind::CheckFailed, format!("the account differs from {}: {summary}", args.dir.display()))
        .hint("`waba templates apply DIR` carries out the plan (--prune also deletes remote-only templates)"))
}
