//! `waba sandbox inbound`: a user writes in to a sandbox number.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table};
use crate::sandbox::messages::report;

/// Arguments of `sandbox inbound`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba sandbox inbound --from +15550100101 --text \"Where is my order?\"\n  \
echo \"Hi\" | waba sandbox inbound --from +447700900123 --text -\n\n\
The message opens (or resets) that user's 24-hour customer-service window with the number, so free-form \
messages to them are delivered instead of failing with 131047. A running `waba sandbox serve` \
delivers it to the webhook receiver as a `messages` event.")]
pub struct InboundArgs {
    /// The user writing in, in E.164 (+ and digits)
    #[arg(long, value_name = "+E164")]
    from: String,

    /// The message text; `-` reads standard input
    #[arg(long, value_name = "TEXT")]
    text: String,

    /// The business phone-number id written to [default: the sandbox's primary number]
    #[arg(long, value_name = "ID")]
    to_number: Option<String>,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

#[derive(Serialize)]
struct Received {
    id: String,
    from: String,
    phone_number_id: String,
    text: String,
}

pub(super) fn run(ctx: &mut Ctx, args: InboundArgs) -> CliResult {
    let Some(from) = report::digits(&args.from).filter(|_| args.from.trim_start().starts_with('+')) else {
        return Err(CliError::usage(format!("--from {:?} is not an E.164 number", args.from))
            .hint("give the user's number with + and country code, e.g. --from +15550100101"));
    };
    let text = if args.text == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| CliError::usage(format!("cannot read stdin: {e}")))?
    } else {
        args.text.clone()
    };
    let text = text.trim_end_matches('\n').to_string();
    if text.trim().is_empty() {
        return Err(CliError::usage("--text is empty").hint("give the words the user writes, e.g. --text \"Hi\""));
    }
    let location = Location::resolve(ctx, args.state);
    let now = jiff::Timestamp::now().as_millisecond();
    let (id, phone_number_id) =
        report::inbound(&location.db, &from, args.to_number.as_deref(), &text, now)?.map_err(|e| {
            CliError::new(Kind::NotFound, e).hint("`waba --sandbox numbers list` lists the sandbox's numbers")
        })?;
    let received = Received { id, from: format!("+{from}"), phone_number_id, text };
    let table = Table::record(vec![
        ("id", Cell::plain(&received.id)),
        ("from", Cell::plain(&received.from)),
        ("phone number id", Cell::plain(&received.phone_number_id)),
        ("text", Cell::plain(&received.text)),
    ]);
    ctx.out.emit(&received, &table)?;
    Ok(())
}
