//! `waba sandbox log`: what the sandbox sent and received, as the event log `pricing` and
//! `limits` read.

use std::path::PathBuf;

use clap::Args;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::Output;

/// Arguments of `sandbox log`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba sandbox log > sent.jsonl && waba pricing simulate sent.jsonl\n  \
waba sandbox log --to +15550100101 | waba limits check -\n\n\
One JSON object a line, in time order, in the event-log format of `waba pricing simulate` and \
`waba limits check` (ts, dir, user, type, category, phone_number_id, delivered, id): what the \
pricing engine makes of it equals the `pricing` of the sandbox's statuses.")]
pub struct LogArgs {
    /// Only messages to or from this user (E.164)
    #[arg(long, value_name = "+E164")]
    to: Option<String>,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

pub(super) fn run(ctx: &mut Ctx, args: LogArgs) -> CliResult {
    let wa_id = super::messages::user_filter(args.to.as_deref())?;
    let location = Location::resolve(ctx, args.state);
    let lines = crate::sandbox::messages::report::event_log(&location.db, wa_id.as_deref())?;
    // The event log is JSONL whatever -o says: it is an input format, not a report.
    let mut out = Output::to_writer(crate::render::Format::Ndjson, Box::new(std::io::stdout().lock()));
    out.emit(&lines, &crate::render::Table::default())?;
    Ok(())
}
