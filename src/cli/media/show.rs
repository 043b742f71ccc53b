//! `waba media show ID`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::graph::MediaInfo;
use crate::render::{Cell, Table};

/// Arguments of `media show`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba media show 1037543291543636\n  \
waba media show 1037543291543636 -o json | jq -r .url\n\n\
The URL is valid for 5 minutes and serves the bytes only with the access token: use `waba media download`.")]
pub struct ShowArgs {
    /// The media id (from `waba media upload` or a webhook)
    #[arg(value_name = "ID")]
    pub id: String,
}

/// Run `media show`.
pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    let id = super::check_id(&args.id)?;
    let client = ctx.client().await?;
    let info = client.media(id).await?;
    ctx.out.emit(&info, &record(&info))?;
    Ok(())
}

pub(super) fn record(info: &MediaInfo) -> Table {
    Table::record(vec![
        ("id", Cell::plain(&info.id)),
        ("mime_type", Cell::plain(&info.mime_type)),
        ("file_size", Cell::plain(&info.file_size)),
        ("sha256", Cell::plain(&info.sha256)),
        ("url", Cell::plain(&info.url)),
    ])
}
