//! `waba templates show NAME`.

use clap::Args;

use super::lookup;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::MessageTemplate;
use crate::render::{Cell, Format, Table};
use crate::templates::plan::{RemoteTemplate, remote_to_file_payload};
use crate::templates::serialize::{to_json_string, to_toml_string};

/// Arguments of `templates show`.
#[derive(Debug, Args)]
#[command(after_long_help = "The table shows the template in full (id, status, quality, components). \
With -o json or -o toml the output is the template file instead: Meta's create payload in the \
stable key order `templates pull` writes, ready to keep in git.")]
pub struct ShowArgs {
    /// The template's name
    name: String,

    /// Its language (needed when the template exists in several)
    #[arg(long, value_name = "CODE")]
    language: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    let client = ctx.client().await?;
    let template = lookup::one(ctx, &client, &args.name, args.language.as_deref()).await?;
    // JSON and TOML give the template file (Meta's create payload), ready to keep in git.
    let format = ctx.out.format();
    if matches!(format, Format::Json | Format::Toml) {
        let payload = remote_to_file_payload(&remote(&template));
        let text = match format {
            Format::Toml => to_toml_string(&payload),
            _ => to_json_string(&payload),
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
        rejected_reason: t.rejected_reason.clone(),
        last_edits: Vec::new(),
    }
}
