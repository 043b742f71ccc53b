//! `waba send reaction --to +E164 --message-id WAMID --emoji E`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body;

/// Arguments of `send reaction`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send reaction --to +16505551234 --message-id wamid.HBgL... --emoji 👍\n  \
waba send reaction --to +16505551234 --message-id wamid.HBgL... --emoji ''   # removes it"
)]
pub struct ReactionArgs {
    #[command(flatten)]
    to: To,

    /// The message reacted to
    #[arg(long, value_name = "WAMID")]
    message_id: String,

    /// The emoji; an empty string removes the reaction
    #[arg(long)]
    emoji: String,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &ReactionArgs) -> CliResult {
    let body = args.delivery.envelope(&args.to).body("reaction", body::reaction(&args.message_id, &args.emoji));
    deliver(ctx, &args.delivery, &body, None).await
}
