//! `waba templates create FILE…`: lint, upload media headers, submit.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::graph::models::CreatedTemplate;
use crate::render::{Cell, Table, diag};
use crate::templates::file::TemplateFile;
use crate::templates::lint::{Severity, file_error_diagnostic, lint_file};
use crate::templates::payload::{header_files, mime_type, set_handle};

/// Arguments of `templates create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Template files (.json or .toml) holding Meta's create payload
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Print the requests instead of sending them (media headers are not uploaded)
    #[arg(long)]
    dry_run: bool,
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

pub async fn run(ctx: &mut Ctx, args: &CreateArgs) -> CliResult {
    // Everything is checked before anything is sent.
    let files = load_and_lint(&args.files)?;
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
    let mut created = Vec::new();
    for file in &files {
        let outcome = submit(ctx, &client, &waba, file).await;
        match outcome {
            Ok(template) => created.push(template),
            Err(err) => {
                emit(ctx, &created)?;
                return Err(not_sent_after(err, file, &files));
            }
        }
    }
    emit(ctx, &created)
}

/// Load every file and lint it; any error stops before a request is made (exit 8).
pub fn load_and_lint(paths: &[PathBuf]) -> CliResult<Vec<TemplateFile>> {
    if let Some(missing) = paths.iter().find(|p| !p.exists()) {
        return Err(CliError::usage(format!("{}: no such file", missing.display()))
            .hint("pass template files (.json or .toml)"));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match TemplateFile::load(path) {
            Ok(file) => {
                problems.extend(lint_file(&file).into_iter().filter(|d| d.severity == Severity::Error));
                files.push(file);
            }
            Err(err) => problems.push(file_error_diagnostic(&err)),
        }
    }
    if problems.is_empty() {
        return Ok(files);
    }
    for d in &problems {
        let line = d.line.map(|l| format!(":{l}")).unwrap_or_default();
        diag::error(&format!("[{}] {}{line}: {}", d.rule, d.file.display(), d.message), Some(&d.fix));
    }
    Err(CliError::new(Kind::CheckFailed, format!("{} lint error(s); nothing was sent", problems.len()))
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

fn emit(ctx: &mut Ctx, created: &[Created]) -> CliResult {
    let mut table = Table::new(["name", "language", "id", "status", "category", "file"]).list_keeping(&[0, 1, 2]);
    for c in created {
        table.push(vec![
            Cell::plain(&c.name),
            Cell::plain(&c.language),
            Cell::plain(c.template.id.as_str()),
            Cell::opt(c.template.status.as_ref()),
            Cell::opt(c.template.category.as_ref()),
            Cell::plain(&c.file),
        ]);
    }
    ctx.out.emit(&created, &table)?;
    Ok(())
}

/// Say which files were not sent; a network failure on the create itself may or may not have
/// reached Meta, and a create is never retried, so the user must look before resending.
fn not_sent_after(mut err: CliError, failed: &TemplateFile, all: &[TemplateFile]) -> CliError {
    let at = all.iter().position(|f| f.path == failed.path).unwrap_or(0);
    let rest = all.len() - at - 1;
    let mut hint = err.hint.take().map(|h| format!("{h}; ")).unwrap_or_default();
    if err.kind == Kind::Network {
        hint.push_str("the template may or may not have been created: check `waba templates list --name NAME` before sending it again; ");
    }
    hint.push_str(&format!(
        "{} was not created{}",
        failed.path.display(),
        if rest > 0 { format!(", nor the {rest} file(s) after it") } else { String::new() }
    ));
    err.hint = Some(hint);
    err
}
