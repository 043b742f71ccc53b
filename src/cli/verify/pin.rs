//! `waba verify pin set | status`: the number's two-step verification PIN.

use clap::{Args, Subcommand};
use serde::Serialize;

use super::explain::explain;
use super::secret::{self, NEW_PIN};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table, Tone};

/// PIN commands.
#[derive(Debug, Subcommand)]
pub enum PinCommand {
    /// Set or change the two-step verification PIN (from standard input or a hidden prompt)
    Set(SetArgs),
    /// Whether two-step verification is on
    #[command(after_long_help = "Examples:\n  waba verify pin status\n  waba verify pin status -o json")]
    Status,
}

/// Arguments of `verify pin set`.
#[derive(Debug, Args)]
#[command(after_long_help = "The number must be registered. The new PIN is asked twice (hidden) on a \
terminal, or read from standard input with --pin-stdin; it is never taken as an argument. Keep it: \
registering the number again needs it. Turning two-step verification off is not possible through the \
API (WhatsApp Manager sends an email link).\n\n\
Examples:\n  waba verify pin set\n  \
printf %s \"$NEW_PIN\" | waba verify pin set --pin-stdin")]
pub struct SetArgs {
    /// Read the PIN from standard input
    #[arg(long)]
    pin_stdin: bool,

    /// Refused: a PIN on the command line stays in shell history
    #[arg(value_name = "PIN", hide = true)]
    pin: Option<String>,
}

#[derive(Serialize)]
struct PinSet {
    id: String,
    is_pin_enabled: bool,
    success: bool,
}

#[derive(Serialize)]
struct PinStatus {
    id: String,
    display_phone_number: Option<String>,
    is_pin_enabled: Option<bool>,
    meaning: &'static str,
}

pub(super) async fn run(ctx: &mut Ctx, cmd: PinCommand) -> CliResult {
    match cmd {
        PinCommand::Set(args) => set(ctx, &args).await,
        PinCommand::Status => status(ctx).await,
    }
}

async fn set(ctx: &mut Ctx, args: &SetArgs) -> CliResult {
    secret::refuse_argument(NEW_PIN, args.pin.is_some())?;
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let pin = secret::read(ctx, NEW_PIN, args.pin_stdin)?;
    let client = ctx.client().await?;
    let success = client.set_pin(&phone, &pin).await.map_err(explain)?;
    let answer = PinSet { id: phone, is_pin_enabled: true, success };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("is_pin_enabled", Cell::toned("true", Tone::Good)),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

async fn status(ctx: &mut Ctx) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let n = client.lifecycle(&phone).await?;
    let meaning = pin_meaning(n.is_pin_enabled);
    let answer = PinStatus {
        id: n.id.as_str().to_owned(),
        display_phone_number: n.display_phone_number,
        is_pin_enabled: n.is_pin_enabled,
        meaning,
    };
    let enabled = match answer.is_pin_enabled {
        Some(true) => Cell::toned("true", Tone::Good),
        Some(false) => Cell::toned("false", Tone::Warn),
        None => Cell::plain("-"),
    };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("display_phone_number", Cell::plain(answer.display_phone_number.as_deref().unwrap_or("-"))),
        ("is_pin_enabled", enabled),
        ("meaning", Cell::plain(meaning)),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

/// What `is_pin_enabled` means.
pub(super) fn pin_meaning(enabled: Option<bool>) -> &'static str {
    match enabled {
        Some(true) => "on: registering the number needs the PIN; required for an Official Business Account",
        Some(false) => "off: set one with `waba verify pin set` (required for an Official Business Account)",
        None => "Meta did not say",
    }
}
