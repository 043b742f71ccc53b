//! `waba templates plan DIR`: what `apply` would change; exit 8 when anything would.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Format, Report, Section, diag};
use crate::templates::plan::{Action, ActionKind, Plan};

/// Arguments of `templates plan`.
#[derive(Debug, Args)]
#[command(after_long_help = "Lints the files, reads the account's templates and shows, per template, \
what `apply` would do: create, update (with each changed value, account → file), delete (only with \
--prune), unchanged, remote-only (on the account, not in DIR; left alone without --prune), blocked \
(Meta's rules refuse it) or invalid (lint errors; apply refuses to run). The status column is the \
account's; a REJECTED or PAUSED template that matches its file says so.\n\nExit status: 0 when apply has \
nothing to do, 8 when anything is pending, blocked or invalid, for drift detection in CI.\n\nExamples:\n  \
waba templates plan templates/\n  waba templates plan templates/ --prune -o json")]
pub struct PlanArgs {
    /// The directory of template files
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Plan as `apply --prune` would: templates on the account that have no file become deletions
    #[arg(long)]
    prune: bool,
}

/// The JSON document: the rows (the same fields `apply` reports) and their counts.
#[derive(Serialize)]
struct PlanDoc<'a> {
    in_sync: bool,
    prune: bool,
    counts: Counts,
    actions: &'a [Action],
}

/// How many actions of each kind a plan holds.
#[derive(Serialize)]
pub struct Counts {
    create: usize,
    update: usize,
    delete: usize,
    unchanged: usize,
    remote_only: usize,
    blocked: usize,
    invalid: usize,
}

impl Counts {
    pub fn of(plan: &Plan) -> Self {
        Self {
            create: plan.count(ActionKind::Create),
            update: plan.count(ActionKind::Update),
            delete: plan.count(ActionKind::Delete),
            unchanged: plan.count(ActionKind::Unchanged),
            remote_only: plan.count(ActionKind::RemoteOnly),
            blocked: plan.count(ActionKind::Blocked),
            invalid: plan.count(ActionKind::Invalid),
        }
    }
}

pub async fn run(ctx: &mut Ctx, args: &PlanArgs) -> CliResult {
    let local = sync::local_files(&args.dir, None)?;
    let client = ctx.client().await?;
    let (_, journal) = sync::journal(ctx)?;
    let remote = sync::remote_all(ctx, &client, &journal).await?;
    let plan = sync::build_plan(&local, &remote, &journal, args.prune);
    let table = sync::plan_table(&plan);
    let summary = plan.summary();
    // Cron mails on any output: a plan in sync under -q prints nothing at all.
    if ctx.global.quiet && plan.in_sync() {
        return Ok(());
    }
    if ctx.out.format() == Format::Ndjson {
        ctx.out.emit(&plan.actions, &table)?;
    } else {
        let doc =
            PlanDoc { in_sync: plan.in_sync(), prune: args.prune, counts: Counts::of(&plan), actions: &plan.actions };
        let report = Report {
            sections: vec![Section::Table(None, table.clone()), Section::Text(None, summary.clone())],
            csv: table,
        };
        ctx.out.emit_report(&doc, &report)?;
    }
    if let Some(why) = plan.mass_delete().filter(|_| !ctx.global.quiet) {
        diag::warning(&format!("{why}: `apply --prune` would also need --allow-mass-delete"));
    }
    if plan.in_sync() {
        return Ok(());
    }
    let hint = if plan.count(ActionKind::Invalid) > 0 {
        "fix the invalid files first (`waba templates lint DIR`); apply refuses to run while any has errors"
    } else {
        "`waba templates apply DIR` carries out the plan (with --prune it also deletes what has no file)"
    };
    Err(CliError::new(Kind::CheckFailed, format!("the account differs from {}: {summary}", args.dir.display()))
        .hint(hint))
}
