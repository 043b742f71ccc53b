//! `waba send text --to +E164 TEXT`.

use std::io::Read;

use clap::Args;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body;

/// Arguments of `send text`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba send text --to +16505551234 'Your order has shipped'\n  \
echo 'Build 1234 failed' | waba send text --to +16505551234 -\n  \
waba --sandbox send text --to +16505551234 'Hello' --dry-run\n  \
waba send text --to +16505551234 'Deploy done' --wait delivered --listen 127.0.0.1:8080\n\n\
Outside the customer-service window (24 hours after the user last wrote) Meta refuses free-form\n\
messages with 131047: send a template instead.")]
pub struct TextArgs {
    #[command(flatten)]
    to: To,

    /// The text (at most 4,096 characters); `-` reads it from standard input
    text: String,

    /// Show a preview of the first URL in the text
    #[arg(long)]
    preview_url: bool,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &TextArgs) -> CliResult {
    let text = if args.text == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| CliError::usage(format!("cannot read standard input: {e}")).hint("pipe UTF-8 text"))?;
        s.strip_suffix('\n').map(|t| t.strip_suffix('\r').unwrap_or(t).to_string()).unwrap_or(s)
    } else {
        args.text.clone()
    };
    let body = args.delivery.envelope(&args.to).body("text", body::text(&text, args.preview_url));
    deliver(ctx, &args.delivery, &body, None).await
}
