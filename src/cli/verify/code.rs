//! `waba verify request-code` and `waba verify code`.

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::explain::explain;
use super::secret::{self, CODE};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::{Cell, Table, diag};

/// How the code is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Method {
    Sms,
    Voice,
}

/// Arguments of `verify request-code`.
#[derive(Debug, Args)]
#[command(after_long_help = "Meta sends a six-digit code to the number (which must be able to receive \
an SMS or a call). Codes can be requested about once a minute and a few times an hour (136024 says when \
to retry). On the sandbox nothing leaves the machine: `waba sandbox codes` shows the code.\n\n\
Examples:\n  waba verify request-code\n  \
waba --phone-number-id 1100000000000006 verify request-code --method voice --language en_US")]
pub struct RequestArgs {
    /// How to deliver the code
    #[arg(long, value_enum, default_value = "sms")]
    method: Method,
    /// Language of the message or call, e.g. en_US, pt_BR, es_ES
    #[arg(long, value_name = "LOCALE", default_value = "en_US")]
    language: String,
}

/// Arguments of `verify code`.
#[derive(Debug, Args)]
#[command(after_long_help = "The code is read from standard input with --code-stdin, or asked for \
(hidden) on a terminal; it is never taken as an argument. A wrong or expired code is refused (136025); \
request a new one with `waba verify request-code`.\n\n\
Examples:\n  waba verify code\n  \
printf %s \"$CODE\" | waba --phone-number-id 1100000000000006 verify code --code-stdin")]
pub struct CodeArgs {
    /// Read the code from standard input
    #[arg(long)]
    code_stdin: bool,

    /// Refused: a code on the command line stays in shell history
    #[arg(value_name = "CODE", hide = true)]
    code: Option<String>,
}

#[derive(Serialize)]
struct Requested {
    id: String,
    code_method: &'static str,
    language: String,
    success: bool,
}

#[derive(Serialize)]
struct Verified {
    id: String,
    code_verification_status: &'static str,
    success: bool,
}

pub(super) async fn request(ctx: &mut Ctx, args: &RequestArgs) -> CliResult {
    if !crate::lifecycle::is_code_language(&args.language) {
        return Err(CliError::usage(format!("--language '{}' is not a language code", args.language))
            .hint("use a locale such as en_US, pt_BR or es_ES (or a two-letter code such as en)"));
    }
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let method = match args.method {
        Method::Sms => "SMS",
        Method::Voice => "VOICE",
    };
    let success = client.request_code(&phone, method, &args.language).await.map_err(explain)?;
    let answer = Requested { id: phone, code_method: method, language: args.language.clone(), success };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("code_method", Cell::plain(method)),
        ("language", Cell::plain(&answer.language)),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    if !ctx.global.quiet {
        let next = if ctx.global.sandbox {
            "the sandbox sends nothing: `waba sandbox codes` shows the code; then `waba verify code`"
        } else {
            "enter the code with `waba verify code` (it is read hidden, or from --code-stdin)"
        };
        diag::note(next);
    }
    Ok(())
}

pub(super) async fn verify(ctx: &mut Ctx, args: &CodeArgs) -> CliResult {
    secret::refuse_argument(CODE, args.code.is_some())?;
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let code = secret::read(ctx, CODE, args.code_stdin)?;
    let client = ctx.client().await?;
    let success = client.verify_code(&phone, &code).await.map_err(explain)?;
    let answer = Verified { id: phone, code_verification_status: "VERIFIED", success };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("code_verification_status", Cell::plain("VERIFIED")),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}
