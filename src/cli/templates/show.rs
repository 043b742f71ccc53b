//! `waba templates show NAME`.

use clap::{Args, ValueEnum};

use super::lookup;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::MessageTemplate;
use crate::render::{Cell, Table};
use crate::templates::plan::{RemoteTemplate, remote_to_file_payload};
use crate::templates::serialize::{to_json_string, to_toml_string};

/// The file forms of a template.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FileForm {
    /// TOML, as `templates pull` writes it
    Toml,
    /// JSON: Meta's create payload
    Json,
}

/// Arguments of `templates show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The template's name
    name: String,

    /// Its language (needed when the template exists in several)
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// Print it as a template file (Meta's create payload) instead, ready to keep in git
    #[arg(long, value_name = "FORM", value_enum)]
    file: Option<FileForm>,
}

pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    let client = ctx.client().await?;
    let template = lookup::one(ctx, &client, &args.name, args.language.as_deref()).await?;
    if let Some(form) = args.file {
        let payload = remote_to_file_payload(&remote(&template));
        let text = match form {
            FileForm::Toml => to_toml_string(&payload),
            FileForm::Json => to_json_string(&payload),
        }
        .map_err(|e| CliError::usage(format!("cannot write {} as a file: {e}", args.name)))?;
        ctx.out.raw(text.as_bytes())?;
        return Ok(());
    }
    let components = serde_json::to_string_pretty(&template.components).unwrap_or_default();
    let table = Table::record(vec![
        ("id", Cell::plain(template.id.as_str())),
        ("name", Cell::plain(&template.name)),
        ("language", Cell::plain(&template.language)),
        ("category", Cell::plain(template.category.as_str())),
        ("status", super::list::status_cell(&template.status)),
        ("quality", Cell::opt(template.quality_score.as_ref().map(|q| q.score.as_str().to_string()))),
        ("rejected reason", Cell::opt(template.rejected_reason.as_ref())),
        ("parameter format", Cell::opt(template.parameter_format.as_ref())),
        ("components", Cell::plain(components)),
    ]);
    ctx.out.emit(&template, &table)?;
    Ok(())
}

/// The planner's view of a template read from the API.
pub fn remote(t: &MessageTemplate) -> RemoteTemplate {
    RemoteTemplate {
        id: t.id.as_str().to_string(),
        name: t.name.clone(),
        language: t.language.clone(),
        category: t.category.as_str().to_string(),
        status: t.status.as_str().to_string(),
        parameter_format: t.parameter_format.clone(),
        components: t.components.clone(),
        last_edits: Vec::new(),
    }
}
