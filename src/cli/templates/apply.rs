//! `waba templates apply DIR`: make the account match the files.

mod steps;

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::review::{self, Target, WaitFlags};
use super::sync::{self, LintGate};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Fit, Format, Table, Tone, diag};
use crate::templates::plan::{Action, ActionKind, Plan};
pub use steps::edit_body;
use steps::{carry_out, remember};

/// Arguments of `templates apply`.
#[derive(Debug, Args)]
#[command(after_long_help = "Lints the files first (errors stop everything), then creates missing \
templates, edits changed ones and, with --prune, deletes templates that have no file. Blocked changes \
(e.g. a new category for an approved template) are reported, not attempted. Running it twice in a row \
changes nothing the second time; `waba templates plan DIR` (with --prune when you prune) previews it.\n\n\
Safety: a directory holding no template file is refused. On a terminal the plan is shown and confirmed; \
elsewhere --yes is required. Deleting more than 10 templates, or more than half of the account's, also \
needs --allow-mass-delete (a deleted name cannot be reused for 30 days).\n\n\
Media headers (`header_file`) are uploaded and the uploads recorded locally, so that `plan` compares \
them by content and `pull` writes the `header_file` back. With --wait, apply then waits for review of \
the templates it created or edited, one row each after the apply results (with -o json one document: \
`applied` and `review`).\n\n\
Exit status: 0 when everything was applied (and, with --wait, approved), 8 when something was blocked \
or review did not approve it, 9 when --timeout passed first, otherwise the code of the first \
failure.\n\nExamples:\n  waba templates apply templates/\n  \
waba templates apply templates/ --prune --yes -o json\n  \
waba templates apply templates/ --yes --wait --timeout 30m")]
pub struct ApplyArgs {
    /// The directory of template files
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Also delete templates that exist on the account but have no file in DIR
    #[arg(long)]
    prune: bool,

    /// Allow --prune to delete more than 10 templates, or more than half of the account's
    #[arg(long, requires = "prune")]
    allow_mass_delete: bool,

    /// Treat lint warnings as errors: send nothing when any file has one
    #[arg(long)]
    deny_warnings: bool,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,

    #[command(flatten)]
    wait: WaitFlags,
}

/// What happened to one template: the plan's fields, plus the result.
#[derive(Serialize)]
struct Outcome<'a> {
    action: ActionKind,
    name: &'a str,
    language: &'a str,
    status: Option<&'a str>,
    id: Option<String>,
    file: Option<&'a Path>,
    /// `done`, `blocked` or `failed`.
    result: &'static str,
    detail: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: &ApplyArgs) -> CliResult {
    let local =
        sync::local_files(&args.dir, Some(LintGate { deny_warnings: args.deny_warnings, quiet: ctx.global.quiet }))?;
    args.wait.check_format(ctx)?;
    let client = ctx.client().await?;
    let (journal_path, mut journal) = sync::journal(ctx)?;
    let remote = sync::remote_all(ctx, &client, &journal).await?;
    let plan = sync::build_plan(&local, &remote, &journal, args.prune);
    let todo: Vec<&Action> =
        plan.actions.iter().filter(|a| a.kind.is_change() || a.kind == ActionKind::Blocked).collect();
    if let Some(why) = plan.mass_delete().filter(|_| !args.allow_mass_delete) {
        return Err(CliError::usage(format!("refusing to delete templates: {why}; nothing was changed")).hint(
            "`waba templates plan DIR --prune` lists them; pass --allow-mass-delete too if you mean it \
             (deleted names are locked for 30 days)",
        ));
    }
    let changes = todo.iter().filter(|a| a.kind.is_change()).count();
    if changes > 0 && !args.yes {
        if !ctx.global.quiet {
            diag::note(&sync::plan_table(&plan).render(false, None));
        }
        let prompt = format!("Apply to the account's templates: {}?", change_counts(&plan));
        if !ctx.confirm(&prompt, "refusing to change templates without confirmation")? {
            return Err(CliError::usage("not confirmed: nothing was changed"));
        }
    }
    let waba = ctx.account_id()?;
    let mut outcomes = Vec::new();
    let mut submitted = Vec::new();
    let mut first_failure: Option<CliError> = None;
    for action in todo {
        let result = carry_out(ctx, &client, &waba, &local, action).await;
        let (result, detail, id) = match result {
            Ok((id, _)) if action.kind == ActionKind::Blocked => ("blocked", action.detail.clone(), id),
            Ok((id, uploads)) => {
                submitted.extend(remember(&client, &mut journal, &remote, action, id.as_deref(), uploads).await);
                ("done", None, id)
            }
            Err(err) => {
                let message = err.message.clone();
                first_failure.get_or_insert(err);
                ("failed", Some(message), action.id.clone())
            }
        };
        outcomes.push(Outcome {
            action: action.kind,
            name: &action.name,
            language: &action.language,
            status: action.status.as_deref(),
            id,
            file: action.file.as_deref(),
            result,
            detail,
        });
    }
    let targets: Vec<Target> = submitted.iter().map(Target::from).collect();
    journal.submitted_batch(submitted);
    if outcomes.iter().any(|o| o.result == "done") {
        sync::save_journal(&journal_path, &mut journal)?;
    }
    let rows = ("applied", &outcomes);
    let reviewed =
        review::emit_then_wait(ctx, &client, &args.wait, rows, |ctx| emit(ctx, &outcomes, &plan), &targets).await?;
    if let Some(err) = first_failure {
        return Err(err);
    }
    let blocked = outcomes.iter().filter(|o| o.result == "blocked").count();
    if blocked > 0 {
        return Err(CliError::new(Kind::CheckFailed, format!("{blocked} change(s) blocked by Meta's rules"))
            .hint("the detail column names the rule; `waba templates plan DIR` shows them too"));
    }
    reviewed.map_or(Ok(()), |rows| review::verdict(&rows, super::wait::Until::Approved))
}

/// `"1 to create, 2 to update, 3 to delete"`, the kinds that change the account.
fn change_counts(plan: &Plan) -> String {
    [(ActionKind::Create, "to create"), (ActionKind::Update, "to update"), (ActionKind::Delete, "to delete")]
        .iter()
        .map(|(k, label)| format!("{} {label}", plan.count(*k)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn emit(ctx: &mut Ctx, outcomes: &[Outcome], plan: &Plan) -> CliResult {
    let unchanged = plan.count(ActionKind::Unchanged);
    let remote_only = plan.count(ActionKind::RemoteOnly);
    if outcomes.is_empty() && ctx.out.format() == Format::Table {
        if !ctx.global.quiet {
            let left = if remote_only > 0 {
                format!("; {remote_only} only on the account, left alone")
            } else {
                String::new()
            };
            diag::note(&format!("nothing to change: {unchanged} template(s) match their files{left}"));
        }
        return Ok(());
    }
    let mut table = Table::new(["action", "name", "language", "result", "id", "detail"])
        .list_keeping(&[0, 1, 2, 3])
        .fit(&[(4, Fit::Shorten), (5, Fit::Wrap)]);
    for o in outcomes {
        let tone = match o.result {
            "done" => Tone::Good,
            "blocked" => Tone::Warn,
            _ => Tone::Bad,
        };
        table.push(vec![
            sync::action_cell(o.action),
            Cell::plain(o.name),
            Cell::plain(o.language),
            Cell::toned(o.result, tone),
            Cell::opt(o.id.as_ref()),
            Cell::opt(o.detail.as_ref()),
        ]);
    }
    ctx.out.emit(&outcomes, &table)?;
    if !ctx.global.quiet {
        let done = |k: ActionKind| outcomes.iter().filter(|o| o.action == k && o.result == "done").count();
        let count = |r: &str| outcomes.iter().filter(|o| o.result == r).count();
        diag::note(&format!(
            "{} created, {} updated, {} deleted, {} blocked, {} failed, {unchanged} unchanged{}",
            done(ActionKind::Create),
            done(ActionKind::Update),
            done(ActionKind::Delete),
            count("blocked"),
            count("failed"),
            if remote_only > 0 { format!(", {remote_only} only on the account") } else { String::new() }
        ));
    }
    Ok(())
}
