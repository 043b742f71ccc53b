//! `waba verify`: prove a number's ownership with a code, its two-step PIN, the whole
//! verification picture, and the Official Business Account. Codes and PINs are read from
//! standard input or a hidden prompt, never from the command line.

mod code;
pub(crate) mod explain;
mod oba;
mod pin;
pub(crate) mod secret;
mod status;

pub(crate) use status::business_verification;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;

/// Verification commands.
#[derive(Debug, Subcommand)]
pub enum VerifyCommand {
    /// Ask Meta to send the number a verification code by SMS or voice call
    RequestCode(code::RequestArgs),
    /// Enter the code received (from standard input or a hidden prompt)
    Code(code::CodeArgs),
    /// The two-step verification PIN: set or change it, see whether it is on
    #[command(subcommand)]
    Pin(pin::PinCommand),
    /// The whole picture: code, registration, PIN, display name, OBA, business and account review
    Status(status::StatusArgs),
    /// Official Business Account (the badge): check the criteria, request it, see the request
    #[command(subcommand)]
    Oba(oba::ObaCommand),
}

/// Run a verify command.
pub async fn run(ctx: &mut Ctx, cmd: VerifyCommand) -> CliResult {
    match cmd {
        VerifyCommand::RequestCode(args) => code::request(ctx, &args).await,
        VerifyCommand::Code(args) => code::verify(ctx, &args).await,
        VerifyCommand::Pin(cmd) => pin::run(ctx, cmd).await,
        VerifyCommand::Status(args) => status::run(ctx, &args).await,
        VerifyCommand::Oba(cmd) => oba::run(ctx, cmd).await,
    }
}
