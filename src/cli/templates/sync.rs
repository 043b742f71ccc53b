//! What `pull`, `plan`, `apply` and `edit` share: the account's templates as the planner sees
//! them, the local directory, and how a plan looks.

use std::path::{Path, PathBuf};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::{GraphClient, PageRequest, TemplateFilter};
use crate::render::{Cell, Table, Tone};
use crate::templates::file::{TemplateFile, find_template_files};
use crate::templates::journal::{Journal, JournalError};
use crate::templates::plan::{Action, ActionKind, Plan, RemoteTemplate};

/// Every template of the account, with the edits waba made to each (from the journal).
pub async fn remote_all(ctx: &mut Ctx, client: &GraphClient, journal: &Journal) -> CliResult<Vec<RemoteTemplate>> {
    let waba = ctx.account_id()?;
    let listing = client.templates(&waba, &TemplateFilter::default(), PageRequest::All).await?;
    Ok(listing
        .items
        .iter()
        .map(|t| RemoteTemplate { last_edits: journal.edits_of(t.id.as_str()), ..super::show::remote(t) })
        .collect())
}

/// The account's local journal (edits and deletions made through waba) and its path.
pub fn journal(ctx: &mut Ctx) -> CliResult<(PathBuf, Journal)> {
    let waba = ctx.account_id()?;
    let path = Journal::path(&ctx.paths.data_dir, &waba);
    let journal = Journal::load(&path).map_err(journal_error)?;
    Ok((path, journal))
}

/// Save the journal (after changes were made).
pub fn save_journal(path: &Path, journal: &mut Journal) -> CliResult {
    journal.save(path, now()).map_err(journal_error)
}

fn journal_error(err: JournalError) -> CliError {
    CliError::new(Kind::Config, format!("template journal {err}"))
        .hint("the journal records waba's own edits and deletions; delete the file to start afresh")
}

/// Every template file below `dir`; with `lint`, a lint error stops everything (exit 8),
/// otherwise only files that cannot be read or parsed do.
pub fn local_files(dir: &Path, lint: bool) -> CliResult<Vec<TemplateFile>> {
    if !dir.is_dir() {
        return Err(CliError::usage(format!("{}: not a directory", dir.display()))
            .hint("pass the directory holding the template files (e.g. templates/)"));
    }
    let paths = find_template_files(dir).map_err(|e| CliError::usage(e.to_string()))?;
    if lint {
        return super::create::load_and_lint(&paths, false, true);
    }
    paths
        .iter()
        .map(|path| {
            TemplateFile::load(path).map_err(|e| {
                CliError::usage(e.to_string()).hint("fix the file; `waba templates lint DIR` checks them all")
            })
        })
        .collect()
}

/// Seconds since 1970, for the planner's 24-hour, 30-day rules.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// The plan as a table: one row per template.
pub fn plan_table(plan: &Plan) -> Table {
    let mut table = Table::new(["action", "name", "language", "detail", "file"]).list_keeping(&[0, 1, 2]);
    for a in &plan.actions {
        table.push(vec![
            action_cell(a),
            Cell::plain(&a.name),
            Cell::plain(&a.language),
            Cell::plain(detail(a)),
            Cell::opt(a.file.as_ref().map(|f| f.display())),
        ]);
    }
    table
}

fn action_cell(a: &Action) -> Cell {
    let tone = match a.kind {
        ActionKind::Create => Tone::Good,
        ActionKind::Update | ActionKind::RemoteOnly => Tone::Warn,
        ActionKind::Unchanged => Tone::Dim,
        ActionKind::Blocked => Tone::Bad,
    };
    Cell::toned(kind_name(a.kind), tone)
}

/// How an action is named in tables.
pub fn kind_name(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::Create => "create",
        ActionKind::Update => "update",
        ActionKind::Unchanged => "unchanged",
        ActionKind::RemoteOnly => "remote-only",
        ActionKind::Blocked => "blocked",
    }
}

fn detail(a: &Action) -> String {
    match (&a.reason, a.changes.is_empty()) {
        (Some(reason), _) => reason.clone(),
        (None, false) => format!("changes {}", a.changes.join(", ")),
        (None, true) => String::new(),
    }
}
