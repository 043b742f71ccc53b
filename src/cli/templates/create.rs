//! `waba templates create FILE…`: lint, upload media headers, submit.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::graph::models::CreatedTemplate;
use crate::render::{Cell, Table, Tone, diag};
use crate::templates::file::TemplateFile;
use crate::templates::lint::{Severity, file_error_diagnostic, lint_file};
use crate::templates::payload::{header_files, mime_type, set_handle};
use crate::templates::plan::{comparable, diff_paths, remote_to_file_payload};

/// Arguments of `templates create`.
#[derive(Debug, Args)]
#[command(after_long_help = "Every file is linted first (errors stop everything; warnings are printed). \
Then each file is created in turn: a failure does not stop the others, and the command exits with the \
first failure's code at the end. A template that already exists with the same content is reported as \
`exists`, not as an error; `waba templates apply DIR` is the idempotent path.")]
pub struct CreateArgs {
    /// Template files (.json or .toml) holding Meta's create payload
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Print the requests instead of sending them (media headers are not uploaded)
    #[arg(long)]
    dry_run: bool,

    /// Refuse (exit 8) files with lint warnings too, before anything is sent
    #[arg(long)]
    deny_warnings: bool,
}

/// One created template.
#[derive(Serialize)]
pub struct Created {
    file: String,
    name: String,
    language: String,
    #[serde(flatten)]
    /// Meta's answer.
    pub template: CreatedTemplate,
}

/// What happened to one file of a batch.
#[derive(Serialize)]
struct Outcome {
    file: String,
    name: String,
    language: String,
    /// `created`, `exists` or `failed`.
    result: &'static str,
    id: Option<String>,
    status: Option<String>,
    category: Option<String>,
    /// Meta's own message (or what went wrong before Meta was asked).
    detail: Option<String>,
    /// waba's advice.
    hint: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: &CreateArgs) -> CliResult {
    // Everything is linted before anything is sent.
    let files = load_and_lint(&args.files, args.deny_warnings, ctx.global.quiet)?;
    if args.dry_run {
        if ctx.global.sandbox {
            ctx.ensure_sandbox().await?;
        }
        // Without a configured account the path shows a placeholder: nothing is sent anyway.
        let waba = ctx.account_id().unwrap_or_else(|_| "{waba-id}".to_string());
        let requests: Vec<Value> = files
            .iter()
            .map(|f| json!({"method": "POST", "path": format!("/{waba}/message_templates"), "body": f.payload}))
            .collect();
        let text = serde_json::to_string_pretty(&requests).unwrap_or_default();
        let table = Table::record(vec![("requests", Cell::plain(text))]);
        ctx.out.emit(&requests, &table)?;
        return Ok(());
    }
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let remote = super::sync::remote_all(ctx, &client, &Default::default()).await?;
    let mut outcomes = Vec::new();
    let mut first_failure: Option<CliError> = None;
    for file in &files {
        let (name, language) = file.identity().unwrap_or(("", ""));
        let mut row = Outcome {
            file: file.path.display().to_string(),
            name: name.to_string(),
            language: language.to_string(),
            result: "created",
            id: None,
            status: None,
            category: None,
            detail: None,
            hint: None,
        };
        let existing = remote.iter().find(|r| {
            r.name == name && r.language == language && !matches!(r.status.as_str(), "DELETED" | "PENDING_DELETION")
        });
        if let Some(r) = existing {
            row.id = Some(r.id.clone());
            row.status = Some(r.status.clone());
            row.category = Some(r.category.clone());
            let changes = diff_paths(&comparable(&file.payload), &comparable(&remote_to_file_payload(r)));
            if changes.is_empty() {
                row.result = "exists";
                row.hint = Some(
                    "already on the account with this content; `waba templates apply DIR` is the idempotent path"
                        .into(),
                );
            } else {
                row.result = "failed";
                row.detail =
                    Some(format!("{name} ({language}) exists on the account with different {}", changes.join(", ")));
                row.hint = Some("`waba templates edit FILE` or `waba templates apply DIR` changes it".into());
                first_failure.get_or_insert_with(|| CliError::new(Kind::Api, "exists with different content"));
            }
            outcomes.push(row);
            continue;
        }
        match submit(ctx, &client, &waba, file).await {
            Ok(created) => {
                row.id = Some(created.template.id.as_str().to_string());
                row.status = created.template.status.as_ref().map(|s| s.as_str().to_string());
                row.category = created.template.category.as_ref().map(|c| c.as_str().to_string());
            }
            Err(mut err) => {
                row.result = "failed";
                row.detail = Some(err.api.as_ref().map(|a| a.message.clone()).unwrap_or_else(|| err.message.clone()));
                if err.kind == Kind::Network {
                    let hint = "the template may or may not have been created: check `waba templates list --name NAME` before sending it again";
                    err.hint = Some(match err.hint.take() {
                        Some(h) => format!("{h}; {hint}"),
                        None => hint.to_string(),
                    });
                }
                row.hint = err.hint.clone();
                first_failure.get_or_insert(err);
            }
        }
        outcomes.push(row);
    }
    emit(ctx, &outcomes)?;
    match first_failure {
        None => Ok(()),
        Some(first) => {
            let failed = outcomes.iter().filter(|o| o.result == "failed").count();
            let mut err = CliError::new(first.kind, format!("{failed} of {} file(s) failed", outcomes.len()))
                .hint("the table names each failure; the others were created or already exist");
            err.api = None;
            Err(err)
        }
    }
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

/// The file's payload as Meta wants it: every `header_file` uploaded and replaced by its handle.
pub async fn prepared_payload(ctx: &mut Ctx, client: &GraphClient, file: &TemplateFile) -> CliResult<Value> {
    let mut payload = file.payload.clone();
    for header in header_files(&payload) {
        let path = file.base_dir().join(&header.file);
        let handle = upload(ctx, client, &path).await?;
        set_handle(&mut payload, &header.pointer, &handle);
    }
    Ok(payload)
}

/// Create one template from its file.
pub async fn submit(ctx: &mut Ctx, client: &GraphClient, waba: &str, file: &TemplateFile) -> CliResult<Created> {
    let payload = prepared_payload(ctx, client, file).await?;
    let (name, language) = file.identity().unwrap_or(("", ""));
    let template = client.create_template(waba, &payload).await?;
    if !ctx.global.quiet {
        diag::note(&format!("created {name} ({language}): id {}", template.id.as_str()));
    }
    Ok(Created { file: file.path.display().to_string(), name: name.into(), language: language.into(), template })
}

/// Upload a media header through the Resumable Upload API; returns the handle.
pub async fn upload(ctx: &mut Ctx, client: &GraphClient, path: &Path) -> CliResult<String> {
    let app_id = ctx.settings()?.app_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
        CliError::new(Kind::Config, "uploading a media header needs the Meta app id")
            .hint("pass --app-id, set WABA_APP_ID, or add it to the profile (`waba profile add NAME --app-id ID`)")
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mime =
        mime_type(&name).ok_or_else(|| CliError::usage(format!("{}: unsupported media type", path.display())))?;
    let bytes = std::fs::read(path).map_err(|e| crate::cli::input::unreadable(path, &e))?;
    Ok(client.upload_file(&app_id, &name, mime, &bytes).await?)
}

fn emit(ctx: &mut Ctx, outcomes: &[Outcome]) -> CliResult {
    let mut table =
        Table::new(["file", "name", "language", "result", "id", "status", "detail"]).list_keeping(&[1, 2, 3]);
    for o in outcomes {
        let tone = match o.result {
            "created" => Tone::Good,
            "exists" => Tone::Dim,
            _ => Tone::Bad,
        };
        let detail = match (&o.detail, &o.hint) {
            (Some(d), Some(h)) => format!("{d} (hint: {h})"),
            (Some(d), None) => d.clone(),
            (None, Some(h)) => format!("hint: {h}"),
            (None, None) => String::new(),
        };
        table.push(vec![
            Cell::plain(&o.file),
            Cell::plain(&o.name),
            Cell::plain(&o.language),
            Cell::toned(o.result, tone),
            Cell::opt(o.id.as_ref()),
            Cell::opt(o.status.as_ref()),
            Cell::plain(detail),
        ]);
    }
    ctx.out.emit(&outcomes, &table)?;
    Ok(())
}
