//! `waba templates show NAME`.

use clap::{Args, ValueEnum};

use super::lookup;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::MessageTemplate;
use crate::render::{Cell, Table};
use crate::templates::plan::{RemoteTemplate, remote_to_file_payload};
use crate::templates::serialize::{to_json_string, to_toml_string};

/// Arguments of `templates show`.
#[derive(Debug, Args)]
#[command(after_long_help = "The table shows the template in full (id, status, quality, components); \
-o json gives Meta's object, as every -o json does. --as-file toml|json prints the template file \
instead: Meta's create payload in the stable key order `templates pull` writes, ready to keep in git.

Examples:
  waba templates show order_update --language en_US -o json
  waba templates show order_update --language en_US --as-file toml > order_update/en_US.toml")]
pub struct ShowArgs {
    /// The template's name
    name: String,

    /// Its language (needed when the template exists in several)
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// Print the template file (Meta's create payload) in this format instead of the template
    #[arg(long, value_enum, value_name = "FORMAT")]
    as_file: Option<AsFile>,
}

/// The format of `--as-file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AsFile {
    /// TOML, as `templates pull` writes
    Toml,
    /// JSON
    Json,
}

pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    let client = ctx.client().await?;
    let template = lookup::one(ctx, &client, &args.name, args.language.as_deref()).await?;
    // --as-file gives the template file (Meta's create payload), ready to keep in git.
    if let Some(as_file) = args.as_file {
        let payload = remote_to_file_payload(&remote(&template));
        let text = match as_file {
            AsFile::Toml => to_toml_string(&payload),
            AsFile::Json => to_json_string(&payload),
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
