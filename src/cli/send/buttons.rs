//! `waba send buttons --to +E164 --body TEXT --button ID:TITLE…` (1–3 reply buttons).

use clap::Args;

use super::common::{Delivery, To, deliver};
use super::interactive::Texts;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body;

/// Arguments of `send buttons`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send buttons --to +16505551234 --body 'Confirm?' --button yes:Confirm --button no:Cancel\n\n\
The id comes back in the user's reply (a webhook); the title is what the user sees."
)]
pub struct ButtonsArgs {
    #[command(flatten)]
    to: To,

    #[command(flatten)]
    texts: Texts,

    /// A reply button as ID:TITLE (1 to 3; id at most 256 characters, title at most 20)
    #[arg(long = "button", value_name = "ID:TITLE", required = true)]
    buttons: Vec<String>,

    #[command(flatten)]
    delivery: Delivery,
}

/// `ID:TITLE` split at the first colon.
pub fn id_title(value: &str, flag: &str) -> CliResult<(String, String)> {
    match value.split_once(':') {
        Some((id, title)) if !id.is_empty() && !title.is_empty() => Ok((id.to_string(), title.to_string())),
        _ => {
            Err(CliError::usage(format!("{flag} {value}: expected ID:TITLE")).hint(format!("e.g. {flag} yes:Confirm")))
        }
    }
}

pub async fn run(ctx: &mut Ctx, args: &ButtonsArgs) -> CliResult {
    let buttons = args.buttons.iter().map(|b| id_title(b, "--button")).collect::<CliResult<Vec<_>>>()?;
    let body = args.delivery.envelope(&args.to).body("interactive", body::buttons(&args.texts.texts(), &buttons));
    deliver(ctx, &args.delivery, &body, None).await
}
