//! `waba messages read WAMID [--typing]`.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::{Cell, Table};

/// Arguments of `messages read`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba messages read wamid.HBgLMTU1NTAxMDAwMDEVAgASGBQzQTdGNkM5\n  \
waba messages read wamid.HBgLMTU1NTAxMDAwMDEVAgASGBQzQTdGNkM5 --typing\n\n\
Marking a message read also marks every earlier message of the conversation read. --typing shows the \
typing indicator to the user until you reply or for at most 25 seconds.")]
pub struct ReadArgs {
    /// The id of the message received (`wamid.…`, from the messages webhook)
    #[arg(value_name = "WAMID")]
    pub message_id: String,

    /// Also show the typing indicator
    #[arg(long)]
    pub typing: bool,
}

#[derive(Serialize)]
struct Read {
    message_id: String,
    typing_indicator: bool,
    success: bool,
}

/// Run `messages read`.
pub async fn run(ctx: &mut Ctx, args: &ReadArgs) -> CliResult {
    let wamid = args.message_id.trim();
    let plausible = wamid.strip_prefix("wamid.").is_some_and(|rest| {
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=+/".contains(&b))
    });
    if !plausible {
        return Err(CliError::usage(format!("'{wamid}' is not a WhatsApp message id"))
            .hint("pass the `id` of an inbound message from the messages webhook, e.g. wamid.HBgLMTU1NTAxMDAwMDEVAgASGBQzQTdGNkM5"));
    }
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let success = client.mark_read(&phone, wamid, args.typing).await?;
    let answer = Read { message_id: wamid.to_string(), typing_indicator: args.typing, success };
    let table = Table::record(vec![
        ("message_id", Cell::plain(&answer.message_id)),
        ("typing_indicator", Cell::plain(answer.typing_indicator.to_string())),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}
