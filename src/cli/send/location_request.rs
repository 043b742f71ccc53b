//! `waba send location-request --to +E164 --body TEXT`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body;

/// Arguments of `send location-request`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send location-request --to +16505551234 --body 'Where should we deliver?'"
)]
pub struct LocationRequestArgs {
    #[command(flatten)]
    to: To,

    /// The message's body (at most 1,024 characters)
    #[arg(long)]
    body: String,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &LocationRequestArgs) -> CliResult {
    let body = args.delivery.envelope(&args.to).body("interactive", body::location_request(&args.body));
    deliver(ctx, &args.delivery, &body, None).await
}
