//! `waba templates pull DIR`: the account's templates as files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::fsutil;
use crate::render::{Cell, Table, Tone, diag};
use crate::templates::file::{FileFormat, TemplateFile, find_template_files};
use crate::templates::plan::{file_path_for, remote_to_file_payload};
use crate::templates::serialize::to_toml_string;

/// Arguments of `templates pull`.
#[derive(Debug, Args)]
#[command(after_long_help = "Writes each template of the account to DIR/<name>/<language>.toml. A file \
that already holds exactly that is left alone, so a second pull touches nothing. A file that differs \
(local edits, a `header_file` where the account has an upload handle) is not overwritten: pull refuses \
and writes nothing unless --force. Local files whose template is no longer on the account are listed \
as `stale`; --prune deletes them (confirmed on a terminal, --yes otherwise).\n\nExamples:\n  \
waba templates pull templates/\n  waba templates pull templates/ --force --prune --yes")]
pub struct PullArgs {
    /// Where to write `<name>/<language>.toml` (created if missing)
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Overwrite files that differ from the account's template
    #[arg(long)]
    force: bool,

    /// Delete local files whose template is no longer on the account
    #[arg(long)]
    prune: bool,

    /// Do not ask before deleting files with --prune (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,
}

#[derive(Serialize)]
struct Pulled {
    name: String,
    language: String,
    status: String,
    file: String,
    /// `written`, `unchanged`, `overwritten`, `stale` or `removed`.
    result: &'static str,
    written: bool,
}

/// One file to write and what it holds now.
struct Planned<'a> {
    name: &'a str,
    language: &'a str,
    status: &'a str,
    path: PathBuf,
    text: String,
    differs: bool,
    exists: bool,
}

pub async fn run(ctx: &mut Ctx, args: &PullArgs) -> CliResult {
    let client = ctx.client().await?;
    let remote = sync::remote_all(ctx, &client, &Default::default()).await?;
    let live: Vec<_> = remote.iter().filter(|t| !matches!(t.status.as_str(), "DELETED" | "PENDING_DELETION")).collect();
    let mut planned = Vec::new();
    for template in &live {
        let path = file_path_for(&args.dir, &template.name, &template.language, FileFormat::Toml);
        let text = to_toml_string(&remote_to_file_payload(template))
            .map_err(|e| CliError::usage(format!("cannot write {} ({}): {e}", template.name, template.language)))?;
        let current = std::fs::read_to_string(&path).ok();
        planned.push(Planned {
            name: &template.name,
            language: &template.language,
            status: &template.status,
            exists: current.is_some() || path.exists(),
            differs: current.as_deref() != Some(text.as_str()),
            path,
            text,
        });
    }
    let clobbered: Vec<&Planned> = planned.iter().filter(|p| p.exists && p.differs).collect();
    if !clobbered.is_empty() && !args.force {
        let files: Vec<String> = clobbered.iter().map(|p| format!("  {}", p.path.display())).collect();
        return Err(CliError::usage(format!(
            "{} file(s) differ from the account's template; nothing was written:\n{}",
            clobbered.len(),
            files.join("\n")
        ))
        .hint("`waba templates plan DIR` shows the differences; commit or move your edits, or pass --force"));
    }
    let stale = stale_files(&args.dir, &live)?;
    let mut pulled = Vec::new();
    for p in &planned {
        if p.differs {
            fsutil::write_atomic(&p.path, p.text.as_bytes(), 0o644)
                .map_err(|e| CliError::usage(format!("cannot write {}: {e}", p.path.display())))?;
        }
        let result = match (p.differs, p.exists) {
            (false, _) => "unchanged",
            (true, true) => "overwritten",
            (true, false) => "written",
        };
        pulled.push(Pulled {
            name: p.name.into(),
            language: p.language.into(),
            status: p.status.into(),
            file: p.path.display().to_string(),
            result,
            written: p.differs,
        });
    }
    let removed = args.prune && !stale.is_empty() && confirm_removal(ctx, args, &stale)?;
    for (file, name, language) in &stale {
        if removed {
            std::fs::remove_file(file)
                .map_err(|e| CliError::usage(format!("cannot remove {}: {e}", file.display())))?;
        }
        pulled.push(Pulled {
            name: name.clone(),
            language: language.clone(),
            status: "-".into(),
            file: file.display().to_string(),
            result: if removed { "removed" } else { "stale" },
            written: false,
        });
    }
    emit(ctx, &pulled)?;
    if !stale.is_empty() && !removed && !ctx.global.quiet {
        diag::note(&format!(
            "{} local file(s) name templates no longer on the account; `pull --prune` removes them",
            stale.len()
        ));
    }
    Ok(())
}

/// Files below `dir` whose name + language is not among `live` (unreadable files are left out).
fn stale_files(
    dir: &Path,
    live: &[&crate::templates::plan::RemoteTemplate],
) -> CliResult<Vec<(PathBuf, String, String)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let known: BTreeSet<(&str, &str)> = live.iter().map(|t| (t.name.as_str(), t.language.as_str())).collect();
    let paths = find_template_files(dir).map_err(|e| CliError::usage(e.to_string()))?;
    Ok(paths
        .into_iter()
        .filter_map(|path| {
            let file = TemplateFile::load(&path).ok()?;
            let (name, language) = file.identity()?;
            (!known.contains(&(name, language))).then(|| (path.clone(), name.to_string(), language.to_string()))
        })
        .collect())
}

fn confirm_removal(ctx: &Ctx, args: &PullArgs, stale: &[(PathBuf, String, String)]) -> CliResult<bool> {
    if args.yes {
        return Ok(true);
    }
    for (file, _, _) in stale {
        diag::note(&format!("would remove {}", file.display()));
    }
    let prompt = format!("Remove {} local file(s) whose template is no longer on the account?", stale.len());
    if !ctx.confirm(&prompt, "refusing to remove files without confirmation")? {
        return Err(CliError::usage("not confirmed: no file was removed"));
    }
    Ok(true)
}

fn emit(ctx: &mut Ctx, pulled: &[Pulled]) -> CliResult {
    let mut table = Table::new(["file", "status", "result"]).list_keeping(&[0, 1, 2]);
    for p in pulled {
        let tone = match p.result {
            "written" => Tone::Good,
            "overwritten" | "stale" => Tone::Warn,
            "removed" => Tone::Bad,
            _ => Tone::Dim,
        };
        table.push(vec![Cell::plain(&p.file), Cell::plain(&p.status), Cell::toned(p.result, tone)]);
    }
    ctx.out.emit(&pulled, &table)?;
    Ok(())
}
