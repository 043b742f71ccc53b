//! `waba send cta-url --to +E164 --body TEXT --display-text LABEL --url URL`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use super::interactive::Texts;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body;

/// Arguments of `send cta-url`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send cta-url --to +16505551234 --body Shipped --display-text Track --url https://x.io/t"
)]
pub struct CtaUrlArgs {
    #[command(flatten)]
    to: To,

    #[command(flatten)]
    texts: Texts,

    /// The button's label (at most 20 characters)
    #[arg(long, value_name = "LABEL")]
    display_text: String,

    /// The https:// URL the button opens
    #[arg(long)]
    url: String,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &CtaUrlArgs) -> CliResult {
    let object = body::cta_url(&args.texts.texts(), &args.display_text, &args.url);
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
