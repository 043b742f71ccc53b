//! `waba send contact --to +E164 FILE` (a vCard or JSON file of 1–5 cards).

use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::vcard;

/// Arguments of `send contact`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba send contact --to +16505551234 ada.vcf\n  \
waba send contact --to +16505551234 cards.json\n\n\
A JSON file holds Meta's contact objects (one, or an array of 1 to 5): {\"name\": {\"formatted_name\": \"Ada\"},\n\
\"phones\": [{\"phone\": \"+447700900123\", \"type\": \"CELL\"}]}. A vCard file may hold several cards.")]
pub struct ContactArgs {
    #[command(flatten)]
    to: To,

    /// A vCard (.vcf) or JSON file; `-` reads standard input
    #[arg(value_name = "FILE")]
    file: PathBuf,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &ContactArgs) -> CliResult {
    let text = crate::cli::input::read_text(&args.file)?;
    let shown = crate::cli::input::display(&args.file);
    let cards = if text.trim_start().starts_with(['{', '[']) {
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Array(cards)) => cards,
            Ok(card @ Value::Object(_)) => vec![card],
            Ok(_) => {
                return Err(CliError::usage(format!("{shown}: expected a contact object or an array of them"))
                    .hint("see --help"));
            }
            Err(e) => return Err(CliError::usage(format!("{shown}: not JSON: {e}")).hint("see --help")),
        }
    } else {
        vcard::parse(&text, &shown)?
    };
    let body = args.delivery.envelope(&args.to).body("contacts", Value::Array(cards));
    deliver(ctx, &args.delivery, &body, None).await
}
