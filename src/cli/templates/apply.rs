//! `waba templates apply DIR`: make the account match the files.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde_json::{Map, Value};

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::render::{Cell, Format, Table, Tone, diag};
use crate::templates::file::TemplateFile;
use crate::templates::journal::Journal;
use crate::templates::plan::{Action, ActionKind, RemoteTemplate, plan};

/// Arguments of `templates apply`.
#[derive(Debug, Args)]
#[command(after_long_help = "Lints the files first (errors stop everything), then creates missing \
templates, edits changed ones and, with --prune, deletes templates that have no file. Blocked changes \
(e.g. a new category for an approved template) are reported, not attempted. Running it twice in a row \
changes nothing the second time.\n\nExit status: 0 when everything was applied, 8 when something was \
blocked, otherwise the code of the first failure.")]
pub struct ApplyArgs {
    /// The directory of template files
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Also delete templates that exist on the account but have no file
    #[arg(long)]
    prune: bool,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,
}

/// What happened to one template.
#[derive(Serialize)]
struct Outcome {
    action: ActionKind,
    name: String,
    language: String,
    id: Option<String>,
    result: &'static str,
    detail: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: &ApplyArgs) -> CliResult {
    let local = sync::local_files(&args.dir, true)?;
    let client = ctx.client().await?;
    let (journal_path, mut journal) = sync::journal(ctx)?;
    let remote = sync::remote_all(ctx, &client, &journal).await?;
    let plan = plan(&local, &remote, &journal.deleted, sync::now());
    let wanted = |a: &&Action| match a.kind {
        ActionKind::Create | ActionKind::Update | ActionKind::Blocked => true,
        ActionKind::RemoteOnly => args.prune,
        ActionKind::Unchanged => false,
    };
    let todo: Vec<&Action> = plan.actions.iter().filter(wanted).collect();
    let changes = todo.iter().filter(|a| a.kind != ActionKind::Blocked).count();
    if changes > 0 && !args.yes {
        if !ctx.global.quiet {
            diag::note(&sync::plan_table(&plan).render(false, None));
        }
        let prompt = format!("Apply {changes} change(s) to the account's templates?");
        if !ctx.confirm(&prompt, "refusing to change templates without confirmation")? {
            diag::note("nothing changed");
            return Ok(());
        }
    }
    let waba = ctx.account_id()?;
    let mut outcomes = Vec::new();
    let mut first_failure: Option<CliError> = None;
    for action in todo {
        // Meta keeps disabled templates: pruning one can only fail.
        let disabled = action.kind == ActionKind::RemoteOnly
            && remote.iter().any(|r| Some(&r.id) == action.remote_id.as_ref() && r.status == "DISABLED");
        if disabled {
            outcomes.push(Outcome {
                action: action.kind,
                name: action.name.clone(),
                language: action.language.clone(),
                id: action.remote_id.clone(),
                result: "blocked",
                detail: Some("disabled-not-deletable: Meta keeps DISABLED templates; they cannot be deleted".into()),
            });
            continue;
        }
        let result = carry_out(ctx, &client, &waba, &local, action).await;
        let (result, detail, id) = match result {
            Ok(id) if action.kind == ActionKind::Blocked => ("blocked", action.reason.clone(), id),
            Ok(id) => {
                record(&mut journal, &remote, action);
                ("done", None, id)
            }
            Err(err) => {
                let message = err.message.clone();
                first_failure.get_or_insert(err);
                ("failed", Some(message), action.remote_id.clone())
            }
        };
        outcomes.push(Outcome {
            action: action.kind,
            name: action.name.clone(),
            language: action.language.clone(),
            id,
            result,
            detail,
        });
    }
    if outcomes.iter().any(|o| o.result == "done") {
        sync::save_journal(&journal_path, &mut journal)?;
    }
    emit(ctx, &outcomes, plan.count(ActionKind::Unchanged))?;
    if let Some(err) = first_failure {
        return Err(err);
    }
    let blocked = outcomes.iter().filter(|o| o.result == "blocked").count();
    if blocked > 0 {
        return Err(CliError::new(Kind::CheckFailed, format!("{blocked} change(s) blocked by Meta's rules"))
            .hint("the detail column names the rule; `waba templates plan DIR` shows them too"));
    }
    Ok(())
}

/// Note an edit, or the deletion of an approved template, in the journal.
fn record(journal: &mut Journal, remote: &[RemoteTemplate], action: &Action) {
    let Some(id) = action.remote_id.as_deref() else { return };
    match action.kind {
        ActionKind::Update => journal.edited(id, sync::now()),
        ActionKind::RemoteOnly if remote.iter().any(|r| r.id == id && r.status == "APPROVED") => {
            journal.deleted_name(&action.name, sync::now())
        }
        _ => {}
    }
}

/// Do one action; returns the template id involved.
async fn carry_out(
    ctx: &mut Ctx,
    client: &GraphClient,
    waba: &str,
    local: &[TemplateFile],
    action: &Action,
) -> CliResult<Option<String>> {
    let file = || {
        local
            .iter()
            .find(|f| Some(&f.path) == action.file.as_ref())
            .ok_or_else(|| CliError::usage(format!("no file for {} ({})", action.name, action.language)))
    };
    match action.kind {
        ActionKind::Create => {
            let created = super::create::submit(ctx, client, waba, file()?).await?;
            Ok(Some(created.template.id.as_str().to_string()))
        }
        ActionKind::Update => {
            let id = action.remote_id.clone().unwrap_or_default();
            let payload = super::create::prepared_payload(ctx, client, file()?).await?;
            client.edit_template(&id, &edit_body(&payload)).await?;
            Ok(Some(id))
        }
        ActionKind::RemoteOnly => {
            let id = action.remote_id.clone().unwrap_or_default();
            client.delete_template(waba, &action.name, Some(&id)).await?;
            Ok(Some(id))
        }
        ActionKind::Blocked | ActionKind::Unchanged => Ok(action.remote_id.clone()),
    }
}

/// An edit sends only what Meta lets an edit change: category, components and the message TTL.
pub fn edit_body(payload: &Value) -> Value {
    let mut body = Map::new();
    for key in ["category", "components", "message_send_ttl_seconds"] {
        if let Some(value) = payload.get(key) {
            body.insert(key.to_string(), value.clone());
        }
    }
    Value::Object(body)
}

fn emit(ctx: &mut Ctx, outcomes: &[Outcome], unchanged: usize) -> CliResult {
    if outcomes.is_empty() && ctx.out.format() == Format::Table {
        if !ctx.global.quiet {
            diag::note(&format!("nothing to change: {unchanged} template(s) match their files"));
        }
        return Ok(());
    }
    let mut table = Table::new(["action", "name", "language", "result", "id", "detail"]).list_keeping(&[0, 1, 2, 3]);
    for o in outcomes {
        let tone = match o.result {
            "done" => Tone::Good,
            "blocked" => Tone::Warn,
            _ => Tone::Bad,
        };
        table.push(vec![
            Cell::plain(sync::kind_name(o.action)),
            Cell::plain(&o.name),
            Cell::plain(&o.language),
            Cell::toned(o.result, tone),
            Cell::opt(o.id.as_ref()),
            Cell::opt(o.detail.as_ref()),
        ]);
    }
    ctx.out.emit(&outcomes, &table)?;
    if !ctx.global.quiet {
        diag::note(&format!(
            "{} applied, {unchanged} unchanged",
            outcomes.iter().filter(|o| o.result == "done").count()
        ));
    }
    Ok(())
}
