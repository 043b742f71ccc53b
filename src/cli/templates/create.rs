//! `waba templates create FILE…`: lint, upload media headers, submit.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use serde_json::{Value, json};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::graph::models::CreatedTemplate;
use crate::render::{Cell, Table, Tone, diag};
use crate::templates::file::TemplateFile;
use crate::templates::journal::Submitted;
use crate::templates::plan::{comparable, diff_paths, remote_to_file_payload};

use super::media::{self, Upload};
use super::review::{self, Target, WaitFlags};
pub use super::sync::load_and_lint;

/// Arguments of `templates create`.
#[derive(Debug, Args)]
#[command(after_long_help = "Every file is linted first (errors stop everything; warnings are printed). \
Then each file is created in turn: a failure does not stop the others, and the command exits with the \
first failure's code at the end. A template that already exists with the same content is reported as \
`exists`, not as an error; `waba templates apply DIR` is the idempotent path.\n\nEach media header \
(`header_file`) is uploaded, and the upload recorded locally, so that `templates plan` compares the \
file by content and `templates pull` writes the `header_file` back. --wait then waits for review of \
the templates created, as `waba templates wait --all` does (exit 8 when one is not approved, 9 on \
--timeout).\n\nExamples:\n  waba templates create templates/order_update/en_US.toml\n  \
waba templates create templates/*/*.toml --wait --timeout 30m")]
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

    #[command(flatten)]
    wait: WaitFlags,
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
    /// The media headers uploaded for it.
    #[serde(skip)]
    pub uploads: Vec<Upload>,
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
    args.wait.check_format(ctx)?;
    if args.dry_run && args.wait.wait {
        return Err(
            CliError::usage("--wait cannot be combined with --dry-run (nothing is submitted)").hint("drop one of them")
        );
    }
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
    let (journal_path, mut journal) = super::sync::journal(ctx)?;
    let mut submitted = Vec::new();
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
                let id = created.template.id.as_str().to_string();
                media::record(&client, &mut journal, (name, language), &id, created.uploads).await;
                let at = super::sync::now();
                submitted.push(Submitted { id: id.clone(), name: name.into(), language: language.into(), at });
                row.id = Some(id);
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
    let targets: Vec<Target> = submitted.iter().map(Target::from).collect();
    if !submitted.is_empty() {
        journal.submitted_batch(submitted);
        super::sync::save_journal(&journal_path, &mut journal)?;
    }
    let rows = ("created", &outcomes);
    let reviewed = review::emit_then_wait(ctx, &client, &args.wait, rows, |ctx| emit(ctx, &outcomes), &targets).await?;
    if let Some(first) = first_failure {
        let failed = outcomes.iter().filter(|o| o.result == "failed").count();
        let mut err = CliError::new(first.kind, format!("{failed} of {} file(s) failed", outcomes.len()))
            .hint("the table names each failure; the others were created or already exist");
        err.api = None;
        return Err(err);
    }
    match reviewed {
        Some(rows) => review::verdict(&rows, super::wait::Until::Approved),
        None => Ok(()),
    }
}

/// Create one template from its file (its media headers uploaded first).
pub async fn submit(ctx: &mut Ctx, client: &GraphClient, waba: &str, file: &TemplateFile) -> CliResult<Created> {
    let (payload, uploads) = media::prepare(ctx, client, file).await?;
    let (name, language) = file.identity().unwrap_or(("", ""));
    let template = client.create_template(waba, &payload).await?;
    if !ctx.global.quiet {
        diag::note(&format!("created {name} ({language}): id {}", template.id.as_str()));
    }
    Ok(Created {
        file: file.path.display().to_string(),
        name: name.into(),
        language: language.into(),
        template,
        uploads,
    })
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
