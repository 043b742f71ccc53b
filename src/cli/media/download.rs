//! `waba media download ID [--to FILE|-] [--force]`.
//!
//! `-o` is the global output format, so the destination is `--to`. The bytes go to a temporary file
//! beside the destination, are hashed on the way, and the file is put in place only when the
//! SHA-256 matches the one Meta gave; an existing file is kept unless `--force`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::{DownloadError, Downloaded, MediaInfo};
use crate::render::{Cell, Table, diag};

/// Arguments of `media download`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba media download 1037543291543636                 # writes ./1037543291543636.jpg\n  \
waba media download 1037543291543636 --to banner.jpg\n  \
waba media download 1037543291543636 --to - > banner.jpg\n  \
waba media download 1037543291543636 --to banner.jpg --force -o json\n\n\
The destination is --to (-o is the output format). Without --to the file is <ID>.<ext> in the current \
directory, the extension from the media's MIME type. An existing file is not overwritten without --force. \
The SHA-256 of the bytes is checked against Meta's; on a mismatch nothing is written (exit 7). With \
--to - the bytes are out before the check ends: test the exit code."
)]
pub struct DownloadArgs {
    /// The media id
    #[arg(value_name = "ID")]
    pub id: String,

    /// Where to write the file (`-` for standard output); default `<ID>.<ext>` here
    #[arg(long, value_name = "FILE")]
    pub to: Option<PathBuf>,

    /// Overwrite the file if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Serialize)]
struct Saved {
    id: String,
    file: String,
    mime_type: String,
    file_size: u64,
    sha256: String,
}

/// Run `media download`.
pub async fn run(ctx: &mut Ctx, args: &DownloadArgs) -> CliResult {
    let id = super::check_id(&args.id)?.to_string();
    if let Some(to) = args.to.as_deref().filter(|p| p.as_os_str() != "-") {
        refuse_existing(to, args.force)?;
    }
    let client = ctx.client().await?;
    let info = client.media(&id).await?;
    let to_stdout = args.to.as_deref().is_some_and(|p| p.as_os_str() == "-");
    if to_stdout {
        let mut out = std::io::stdout().lock();
        let got = client.download_media(&info.url, &mut out).await.map_err(download_error)?;
        verify(&info, &got)?;
        diag::note(&format!("{} bytes of {} written to standard output; SHA-256 verified", got.bytes, info.mime_type));
        return Ok(());
    }
    let path = args.to.clone().unwrap_or_else(|| default_name(&info));
    refuse_existing(&path, args.force)?;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| {
        CliError::usage(format!("cannot write to {}: {e}", dir.display()))
            .hint("check the directory and its permissions")
    })?;
    let got = {
        let mut sink = std::io::BufWriter::new(tmp.as_file_mut());
        let got = client.download_media(&info.url, &mut sink).await.map_err(download_error)?;
        sink.flush().map_err(|e| write_error(&path, &e))?;
        got
    };
    verify(&info, &got)?;
    let placed = if args.force { tmp.persist(&path).map(|_| ()) } else { tmp.persist_noclobber(&path).map(|_| ()) };
    placed.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists { exists(&path) } else { write_error(&path, &e.error) }
    })?;
    let saved = Saved {
        id: info.id.clone(),
        file: path.display().to_string(),
        mime_type: info.mime_type.clone(),
        file_size: got.bytes,
        sha256: got.sha256,
    };
    let table = Table::record(vec![
        ("id", Cell::plain(&saved.id)),
        ("file", Cell::plain(&saved.file)),
        ("mime_type", Cell::plain(&saved.mime_type)),
        ("file_size", Cell::plain(saved.file_size.to_string())),
        ("sha256", Cell::plain(format!("{} (verified)", saved.sha256))),
    ]);
    ctx.out.emit(&saved, &table)?;
    Ok(())
}

/// `<id>.<ext>`, the extension from the MIME type (`bin` when unknown).
fn default_name(info: &MediaInfo) -> PathBuf {
    let ext = crate::media::by_mime(&info.mime_type).and_then(|t| t.extensions.first()).copied().unwrap_or("bin");
    PathBuf::from(format!("{}.{ext}", info.id))
}

fn refuse_existing(path: &Path, force: bool) -> CliResult {
    if !force && path.exists() {
        return Err(exists(path));
    }
    Ok(())
}

fn exists(path: &Path) -> CliError {
    CliError::usage(format!("{} already exists; nothing was downloaded", path.display()))
        .hint("pass --force to overwrite it, or --to another file")
}

fn verify(info: &MediaInfo, got: &Downloaded) -> CliResult {
    if !got.sha256.eq_ignore_ascii_case(info.sha256.trim()) {
        return Err(CliError::new(
            Kind::Network,
            format!(
                "media {}: the {} bytes received have SHA-256 {}, not {} as Meta said",
                info.id, got.bytes, got.sha256, info.sha256
            ),
        )
        .hint("nothing was written; download again (the URL expires after 5 minutes, a new one is fetched each run)"));
    }
    Ok(())
}

fn download_error(err: DownloadError) -> CliError {
    match err {
        DownloadError::Graph(e) => e.into(),
        DownloadError::Write(e) => CliError::from(e),
    }
}

fn write_error(path: &Path, err: &std::io::Error) -> CliError {
    CliError::usage(format!("cannot write {}: {err}", path.display())).hint("check the path and its permissions")
}
