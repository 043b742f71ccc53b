//! `waba send image|video|audio|document|sticker FILE|URL|MEDIA_ID --to +E164`.

use clap::Args;

use super::common::{Delivery, To, deliver, media_ref};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body;

/// Arguments of the media sends.
#[derive(Debug, Args)]
pub struct MediaArgs {
    #[command(flatten)]
    to: To,

    /// A local file (checked and uploaded first), an https:// link, or an uploaded media id
    #[arg(value_name = "FILE|URL|MEDIA_ID")]
    media: String,

    /// Caption (image, video, document; at most 1,024 characters)
    #[arg(long)]
    caption: Option<String>,

    /// File name shown to the user (document only)
    #[arg(long)]
    filename: Option<String>,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, kind: &str, args: &MediaArgs) -> CliResult {
    let source = media_ref(ctx, &args.delivery, kind, &args.media, &format!("{kind} {}", args.media)).await?;
    let object = body::media(&source, args.caption.as_deref(), args.filename.as_deref());
    let body = args.delivery.envelope(&args.to).body(kind, object);
    deliver(ctx, &args.delivery, &body, None).await
}
