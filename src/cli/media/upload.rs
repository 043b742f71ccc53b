//! `waba media upload FILE`.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::media::{self, Refusal};
use crate::render::{Cell, Table};

/// Arguments of `media upload`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba media upload banner.png\n  \
waba media upload invoice.pdf -o json | jq -r .id\n  \
waba media upload voice.ogg --type 'audio/ogg; codecs=opus'\n\n\
Meta accepts audio (aac, amr, mp3, m4a, ogg/opus; 16 MB), documents (txt, pdf, doc, docx, xls, xlsx, ppt, \
pptx; 100 MB), images (jpeg, png; 5 MB), stickers (webp; 100 KB static, 500 KB animated) and video (mp4, 3gp; \
16 MB). A file outside these is refused (exit 2) before anything is sent. Uploaded media live 30 days.")]
pub struct UploadArgs {
    /// The file to upload
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Its MIME type (default: from the file name's extension)
    #[arg(long = "type", value_name = "MIME")]
    pub mime: Option<String>,
}

#[derive(Serialize)]
struct Uploaded {
    id: String,
    file: String,
    mime_type: String,
    file_size: u64,
    sha256: String,
}

/// Run `media upload`.
pub async fn run(ctx: &mut Ctx, args: &UploadArgs) -> CliResult {
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).map_err(|e| crate::cli::input::unreadable(&args.file, &e))?;
    let name = args.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| shown.clone());
    let mime = match &args.mime {
        Some(m) => m.trim().to_string(),
        None => media::by_extension(&name).map(|t| t.mime.to_string()).ok_or_else(|| {
            CliError::usage(format!("{shown}: cannot tell the media type from the file name"))
                .hint(format!("pass --type MIME; Meta accepts {}", media::accepted_text()))
        })?,
    };
    let head = &bytes[..bytes.len().min(64)];
    let ty = media::check(&mime, bytes.len() as u64, head).map_err(|r| refused(&shown, &r))?;
    let phone = super::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let sha256 = crate::templates::media::sha256_hex(&bytes);
    let file_size = bytes.len() as u64;
    let id = client.upload_media(&phone, &name, ty.mime, bytes).await?;
    let answer = Uploaded { id, file: shown, mime_type: ty.mime.to_string(), file_size, sha256 };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("file", Cell::plain(&answer.file)),
        ("mime_type", Cell::plain(&answer.mime_type)),
        ("file_size", Cell::plain(answer.file_size.to_string())),
        ("sha256", Cell::plain(&answer.sha256)),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

fn refused(shown: &str, refusal: &Refusal) -> CliError {
    let hint = match refusal {
        Refusal::Unsupported(_) => format!("Meta accepts {}", media::accepted_text()),
        Refusal::Mismatch { mime } => {
            format!("the file's bytes do not look like {mime}; check the file or pass the right --type")
        }
        Refusal::TooLarge { .. } => "compress or shrink the file, or send it as a document (100 MB)".to_string(),
    };
    CliError::usage(format!("{shown}: {refusal}; nothing was uploaded")).hint(hint)
}
