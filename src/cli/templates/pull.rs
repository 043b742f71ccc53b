//! `waba templates pull DIR`: the account's templates as files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::sync;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::fsutil;
use crate::render::{Cell, Fit, Table, Tone, diag};
use crate::templates::file::{FileFormat, TemplateFile, find_template_files};
use crate::templates::journal::Journal;
use crate::templates::media::{Media, restore_header_files};
use crate::templates::plan::{ActionKind, RemoteTemplate, file_path_for, plan_with, remote_to_file_payload};
use crate::templates::serialize::{to_json_string, to_toml_string};

/// Arguments of `templates pull`.
#[derive(Debug, Args)]
#[command(after_long_help = "Writes each template of the account to DIR/<name>/<language>.toml, or to \
the file in DIR that already holds it (same name and language, any path, .toml or .json). A file that \
already says the same (byte for byte, or the same content written differently) is left alone, so a \
second pull touches nothing. A file that differs (local edits, a changed media file) is not \
overwritten: pull refuses and writes nothing unless --force. Local files whose template is no longer \
on the account are listed as `stale`; --prune deletes them (confirmed on a terminal, --yes \
otherwise).\n\nMedia headers: when `create` or `apply` uploaded the account's media from a \
`header_file` that is still beside the template file with the same content (SHA-256), pull writes \
that `header_file` back; otherwise it writes the account's handle, and the detail column says \
why.\n\nExamples:\n  waba templates pull templates/\n  \
waba templates pull templates/ --force --prune --yes\n  waba templates pull templates/ -o json")]
pub struct PullArgs {
    /// Where to write `<name>/<language>.toml` (created if missing)
    #[arg(value_name = "DIR")]
    dir: PathBuf,

    /// Overwrite files that differ from the account's template (and rewrite those that say the same differently)
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
    /// Why a media header is written as the account's handle rather than as `header_file`.
    detail: Option<String>,
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
    detail: Option<String>,
}

pub async fn run(ctx: &mut Ctx, args: &PullArgs) -> CliResult {
    let client = ctx.client().await?;
    let (_, journal) = sync::journal(ctx)?;
    let remote = sync::remote_all(ctx, &client, &journal).await?;
    let live: Vec<_> = remote.iter().filter(|t| !matches!(t.status.as_str(), "DELETED" | "PENDING_DELETION")).collect();
    let local = local_files(&args.dir)?;
    // A template already in DIR is compared and written where it is, whatever its path.
    let mut by_identity: BTreeMap<(&str, &str), &TemplateFile> = BTreeMap::new();
    for f in &local {
        if let Some(id) = f.identity() {
            by_identity.entry(id).or_insert(f);
        }
    }
    let mut planned = Vec::new();
    for template in &live {
        let found = by_identity.get(&(template.name.as_str(), template.language.as_str())).copied();
        let (path, format) = match found {
            Some(f) => (f.path.clone(), f.format),
            None => (file_path_for(&args.dir, &template.name, &template.language, FileFormat::Toml), FileFormat::Toml),
        };
        let dir = path.parent().unwrap_or(Path::new(""));
        let restored = restore_header_files(remote_to_file_payload(template), &journal.media, dir);
        let text = match format {
            FileFormat::Toml => to_toml_string(&restored.payload),
            FileFormat::Json => to_json_string(&restored.payload),
        }
        .map_err(|e| CliError::usage(format!("cannot write {} ({}): {e}", template.name, template.language)))?;
        let current = std::fs::read_to_string(&path).ok();
        let same_text = current.as_deref() == Some(text.as_str());
        // a file written differently (key order, comments) that means the same is left as it is,
        // unless --force asks for the account's version exactly
        let same_meaning = !same_text && !args.force && found.is_some_and(|f| unchanged(f, template, &journal));
        planned.push(Planned {
            name: &template.name,
            language: &template.language,
            status: &template.status,
            exists: current.is_some() || path.exists(),
            differs: !same_text && !same_meaning,
            detail: (!same_meaning && !restored.notes.is_empty()).then(|| restored.notes.join("; ")),
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
    let stale = stale_files(&local, &live);
    let mut pulled = Vec::new();
    for p in planned {
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
            detail: p.detail,
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
            detail: None,
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

/// The template files already in `dir` (none when it does not exist yet); unreadable or
/// invalid files are left out (a file pull would write there is then refused as differing).
fn local_files(dir: &Path) -> CliResult<Vec<TemplateFile>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let paths = find_template_files(dir).map_err(|e| CliError::usage(e.to_string()))?;
    Ok(paths.iter().filter_map(|path| TemplateFile::load(path).ok()).collect())
}

/// Whether the planner finds `file` the same as the account's `template` (media headers
/// compared through the journal's uploads).
fn unchanged(file: &TemplateFile, template: &RemoteTemplate, journal: &Journal) -> bool {
    let files = std::slice::from_ref(file);
    let media = Media::new(&journal.media, files);
    let plan = plan_with(files, std::slice::from_ref(template), &journal.deleted, sync::now(), &media);
    plan.actions.first().is_some_and(|a| a.kind == ActionKind::Unchanged)
}

/// Files whose name + language is not among `live`.
fn stale_files(local: &[TemplateFile], live: &[&RemoteTemplate]) -> Vec<(PathBuf, String, String)> {
    let known: BTreeSet<(&str, &str)> = live.iter().map(|t| (t.name.as_str(), t.language.as_str())).collect();
    local
        .iter()
        .filter_map(|file| {
            let (name, language) = file.identity()?;
            (!known.contains(&(name, language))).then(|| (file.path.clone(), name.to_string(), language.to_string()))
        })
        .collect()
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
    let mut table = Table::new(["file", "status", "result", "detail"]).list_keeping(&[0, 1, 2]).fit(&[(3, Fit::Wrap)]);
    for p in pulled {
        let tone = match p.result {
            "written" => Tone::Good,
            "overwritten" | "stale" => Tone::Warn,
            "removed" => Tone::Bad,
            _ => Tone::Dim,
        };
        table.push(vec![
            Cell::plain(&p.file),
            Cell::plain(&p.status),
            Cell::toned(p.result, tone),
            Cell::opt(p.detail.as_ref()),
        ]);
    }
    ctx.out.emit(&pulled, &table)?;
    Ok(())
}
