//! What `pull`, `plan`, `apply` and `edit` share: the account's templates as the planner sees
//! them, the local directory, and how a plan looks.

use std::path::{Path, PathBuf};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::{GraphClient, PageRequest, TemplateFilter};
use crate::render::{Cell, Fit, Table, Tone, diag};
use crate::templates::file::{TemplateFile, find_template_files};
use crate::templates::journal::{Journal, JournalError};
use crate::templates::lint::{Severity, file_error_diagnostic, lint_file};
use crate::templates::media::Media;
use crate::templates::plan::{Action, ActionKind, Plan, RemoteTemplate, plan_with};

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

/// How `apply` lints the files before it sends anything.
pub struct LintGate {
    /// Warnings count as errors.
    pub deny_warnings: bool,
    /// Do not print the warnings.
    pub quiet: bool,
}

/// Every template file below `dir`; with a `lint` gate, a lint error (or a warning, when denied)
/// stops everything (exit 8), otherwise only files that cannot be read or parsed do. A directory
/// holding no template file is refused (exit 2): a mistyped path must never look like an empty
/// set of templates.
pub fn local_files(dir: &Path, lint: Option<LintGate>) -> CliResult<Vec<TemplateFile>> {
    let paths = template_paths(dir)?;
    if let Some(gate) = lint {
        return load_and_lint(&paths, gate.deny_warnings, gate.quiet);
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

/// The template files below `dir`, refusing a path that is not a directory or holds none.
pub fn template_paths(dir: &Path) -> CliResult<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Err(CliError::usage(format!("{}: not a directory", dir.display()))
            .hint("pass the directory holding the template files (e.g. templates/)"));
    }
    let paths = find_template_files(dir).map_err(|e| CliError::usage(e.to_string()))?;
    if paths.is_empty() {
        return Err(CliError::usage(format!("{}: no template files in this directory", dir.display())).hint(
            "template files are *.toml or *.json, e.g. DIR/<name>/<language>.toml (`waba templates pull DIR` \
             writes them); check the path",
        ));
    }
    Ok(paths)
}

/// Load every file and lint it; any error (any warning too, with `deny_warnings`) stops before a
/// request is made (exit 8). Warnings are printed on stderr unless `quiet`.
pub fn load_and_lint(paths: &[PathBuf], deny_warnings: bool, quiet: bool) -> CliResult<Vec<TemplateFile>> {
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return Err(CliError::usage(format!("{}: no such file", missing.display()))
            .hint("pass template files (.json or .toml)"));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        match TemplateFile::load(path) {
            Ok(file) => {
                let (errors, warns): (Vec<_>, Vec<_>) =
                    lint_file(&file).into_iter().partition(|d| d.severity == Severity::Error);
                problems.extend(errors);
                warnings.extend(warns);
                files.push(file);
            }
            Err(err) => problems.push(file_error_diagnostic(&err)),
        }
    }
    let at = |d: &crate::templates::lint::Diagnostic| {
        let line = d.line.map(|l| format!(":{l}")).unwrap_or_default();
        format!("[{}] {}{line}: {}", d.rule, d.file.display(), d.message)
    };
    if deny_warnings {
        problems.append(&mut warnings);
    }
    if !quiet {
        for d in &warnings {
            let fix = if d.fix.is_empty() { String::new() } else { format!(" (fix: {})", d.fix) };
            diag::warning(&format!("{}{fix}", at(d)));
        }
    }
    if problems.is_empty() {
        return Ok(files);
    }
    for d in &problems {
        diag::error(&at(d), Some(&d.fix));
    }
    let what = if deny_warnings { "lint error(s) or warning(s) (--deny-warnings)" } else { "lint error(s)" };
    Err(CliError::new(Kind::CheckFailed, format!("{} {what}; nothing was sent", problems.len()))
        .hint("`waba templates lint FILE…` shows them all, warnings included"))
}

/// The plan for `local` against the account: media headers compared through the journal's
/// uploads, pruning when `prune`, and files with lint errors marked invalid (with the first
/// error) so the plan shows what `apply` would refuse.
pub fn build_plan(local: &[TemplateFile], remote: &[RemoteTemplate], journal: &Journal, prune: bool) -> Plan {
    let media = Media::new(&journal.media, local);
    let mut plan = plan_with(local, remote, &journal.deleted, now(), &media);
    if prune {
        plan = plan.prune();
    }
    for file in local {
        let errors: Vec<_> = lint_file(file).into_iter().filter(|d| d.severity == Severity::Error).collect();
        if let Some(first) = errors.first() {
            let more = match errors.len() {
                1 => String::new(),
                n => format!(" (and {} more; `waba templates lint` lists them)", n - 1),
            };
            plan.invalidate(&file.path, format!("{}: {}{more}", first.rule, first.message));
        }
    }
    plan
}

/// Seconds since 1970, for the planner's 24-hour, 30-day rules.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// The plan as a table: one row per template.
pub fn plan_table(plan: &Plan) -> Table {
    // action, name, language and status are never cut; the detail wraps and the file path gives
    // way first (it is whole in -o json).
    let mut table = Table::new(["action", "name", "language", "status", "detail", "file"])
        .list_keeping(&[0, 1, 2, 3])
        .fit(&[(4, Fit::Wrap), (5, Fit::Below)]);
    for a in &plan.actions {
        table.push(vec![
            action_cell(a.kind),
            Cell::plain(&a.name),
            Cell::plain(&a.language),
            Cell::opt(a.status.as_ref()),
            Cell::plain(detail(a)),
            Cell::opt(a.file.as_ref().map(|f| f.display())),
        ]);
    }
    table
}

/// An action's name, coloured by what it does to the account.
pub fn action_cell(kind: ActionKind) -> Cell {
    let tone = match kind {
        ActionKind::Create => Tone::Good,
        ActionKind::Update | ActionKind::RemoteOnly => Tone::Warn,
        ActionKind::Unchanged => Tone::Dim,
        ActionKind::Delete | ActionKind::Blocked | ActionKind::Invalid => Tone::Bad,
    };
    Cell::toned(kind.as_str(), tone)
}

/// The reason, or for an update each change as `path: old → new`, one a line.
fn detail(a: &Action) -> String {
    if let Some(detail) = &a.detail {
        return detail.clone();
    }
    let show = |v: &Option<serde_json::Value>| v.as_ref().map_or_else(|| "(none)".to_string(), |v| v.to_string());
    a.changes.iter().map(|c| format!("{}: {} → {}", c.path, show(&c.old), show(&c.new))).collect::<Vec<_>>().join("\n")
}
