//! `waba media`: upload, look up, download and delete media objects (graph-api.md §8).

mod delete;
mod download;
mod show;
mod upload;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::{CliError, CliResult, Kind};

/// Media commands.
#[derive(Debug, Subcommand)]
pub enum MediaCommand {
    /// Upload a file (type and size checked against Meta's limits first); prints the media id
    Upload(upload::UploadArgs),
    /// Show a media object: download URL (valid 5 minutes), MIME type, SHA-256, size
    Show(show::ShowArgs),
    /// Download a media object to a file, verifying its SHA-256
    Download(download::DownloadArgs),
    /// Delete a media object
    Delete(delete::DeleteArgs),
}

/// Run a media command.
pub async fn run(ctx: &mut Ctx, cmd: MediaCommand) -> CliResult {
    match cmd {
        MediaCommand::Upload(args) => upload::run(ctx, &args).await,
        MediaCommand::Show(args) => show::run(ctx, &args).await,
        MediaCommand::Download(args) => download::run(ctx, &args).await,
        MediaCommand::Delete(args) => delete::run(ctx, &args).await,
    }
}

/// The configured phone-number id, or a configuration error naming the ways to set it.
pub fn phone_number_id(ctx: &mut Ctx) -> CliResult<String> {
    ctx.settings()?.phone_number_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
        CliError::new(Kind::Config, "no phone-number id is configured").hint(
            "pass --phone-number-id, set WABA_PHONE_NUMBER_ID, or add it to the profile (see `waba numbers list`)",
        )
    })
}

/// A media id as Meta issues them: digits only.
fn check_id(id: &str) -> CliResult<&str> {
    let id = id.trim();
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) || id.len() > 32 {
        return Err(CliError::usage(format!("'{id}' is not a media id")).hint(
            "a media id is the number `waba media upload` printed (or a webhook's media id), e.g. 1037543291543636",
        ));
    }
    Ok(id)
}
