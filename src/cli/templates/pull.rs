//! `waba templates pull DIR`: the account's templates as files.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::fsutil;
use crate::render::{Cell, Table, Tone};
use crate::templates::file::FileFormat;
use crate::templates::plan::{file_path_for, remote_to_file_payload};
use crate::templates::serialize::to_toml_string;

/// Arguments of `templates pull`.
#[derive(Debug, Args)]
pub struct PullArgs {
    /// Where to write `<name>/<language>.toml` (created if missing)
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Overwrite files that differ from what pull would write
    #[arg(long)]
    force: bool,
}

#[derive(Serialize)]
struct Pulled {
    name: String,
    language: String,
    status: String,
    file: String,
    written: bool,
}

pub async fn run(ctx: &mut Ctx, args: &PullArgs) -> CliResult {
    let client = ctx.client().await?;
    let remote = sync::remote_all(ctx, &client, &Default::default()).await?;
    let mut planned = Vec::new();
    for template in remote.iter().filter(|t| !matches!(t.status.as_str(), "DELETED" | "PENDING_DELETION")) {
        let path = file_path_for(&args.dir, &template.name, &template.language, FileFormat::Toml);
        let text = to_toml_string(&remote_to_file_payload(template))
            .map_err(|e| CliError::usage(format!("cannot write {} ({}): {e}", template.name, template.language)))?;
        let current = std::fs::read_to_string(&path).ok();
        planned.push((template, path, text, current));
    }
    // Nothing is written when a local file would be overwritten with different content.
    let clobbered: Vec<String> = planned
        .iter()
        .filter(|(_, path, text, current)| {
            current.as_ref().is_some_and(|c| c != text) || (current.is_none() && path.exists())
        })
        .map(|(_, path, _, _)| path.display().to_string())
        .collect();
    if !clobbered.is_empty() && !args.force {
        return Err(CliError::usage(format!(
            "{} local file(s) differ from the account and would be overwritten: {}",
            clobbered.len(),
            clobbered.join(", ")
        ))
        .hint("nothing was written; commit or move your changes, `waba templates plan DIR` shows the differences, or pass --force to overwrite"));
    }
    let mut pulled = Vec::new();
    for (template, path, text, current) in planned {
        // Unchanged files are left alone, so a second pull touches nothing.
        let written = current.as_deref() != Some(text.as_str());
        if written {
            fsutil::write_atomic(&path, text.as_bytes(), 0o644)
                .map_err(|e| CliError::usage(format!("cannot write {}: {e}", path.display())))?;
        }
        pulled.push(Pulled {
            name: template.name.clone(),
            language: template.language.clone(),
            status: template.status.clone(),
            file: path.display().to_string(),
            written,
        });
    }
    let mut table = Table::new(["file", "status", "written"]).list_keeping(&[0]);
    for p in &pulled {
        let written = if p.written { Cell::toned("written", Tone::Good) } else { Cell::toned("unchanged", Tone::Dim) };
        table.push(vec![Cell::plain(&p.file), Cell::plain(&p.status), written]);
    }
    ctx.out.emit(&pulled, &table)?;
    Ok(())
}
