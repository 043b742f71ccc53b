//! `waba sandbox messages`: what the sandbox received, with each message's status and pricing.

use std::path::PathBuf;

use clap::Args;

use super::Location;
use crate::cli::ctx::{Ctx, sandbox_status_delay};
use crate::cli::error::{CliError, CliResult};
use crate::render::{Cell, Fit, Table, Tone};
use crate::sandbox::messages::report::{self, MessageView};

/// Arguments of `sandbox messages`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba sandbox messages\n  \
waba sandbox messages --to +12025550145 -o json\n\n\
Statuses advance on the sandbox's schedule (WABA_SANDBOX_STATUS_DELAY_MS apart, default 300 ms; \
set the same value for this command and the server); `pricing` and `cost` come from waba's pricing \
engine, as `waba pricing simulate` computes them for `waba sandbox log`.")]
pub struct MessagesArgs {
    /// Only messages to or from this user (E.164)
    #[arg(long, value_name = "+E164")]
    to: Option<String>,

    /// Show at most the N most recent messages
    #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..))]
    limit: u32,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

pub(super) fn run(ctx: &mut Ctx, args: MessagesArgs) -> CliResult {
    let wa_id = user_filter(args.to.as_deref())?;
    let location = Location::resolve(ctx, args.state);
    let delay = i64::try_from(sandbox_status_delay().as_millis()).unwrap_or(i64::MAX);
    let now = jiff::Timestamp::now().as_millisecond();
    let mut messages = report::list(&location.db, wa_id.as_deref(), delay, now)?;
    let skip = messages.len().saturating_sub(args.limit as usize);
    messages.drain(..skip);
    ctx.out.emit(&messages, &table(&messages))?;
    Ok(())
}

/// The digits of `--to`, refused unless E.164 with `+`.
pub(super) fn user_filter(to: Option<&str>) -> CliResult<Option<String>> {
    let Some(to) = to else { return Ok(None) };
    match report::digits(to).filter(|_| to.trim_start().starts_with('+')) {
        Some(digits) => Ok(Some(digits)),
        None => Err(CliError::usage(format!("--to {to:?} is not an E.164 number"))
            .hint("give the user's number with + and country code, e.g. --to +15550100101")),
    }
}

fn table(messages: &[MessageView]) -> Table {
    let mut table = Table::new(["timestamp", "dir", "user", "type", "status", "cost", "error", "id"])
        .list_keeping(&[1, 2, 3, 4, 5])
        .fit(&[(0, Fit::Below), (6, Fit::Wrap), (7, Fit::Below)]);
    for m in messages {
        let tone = match m.status.as_str() {
            "read" | "delivered" => Tone::Good,
            "failed" => Tone::Bad,
            _ => Tone::Plain,
        };
        let error = m.error.as_ref().map(|e| {
            let code = e["code"].as_i64().map(|c| c.to_string()).unwrap_or_default();
            format!("{code} {}", e["title"].as_str().unwrap_or_default()).trim().to_string()
        });
        let kind = match (&m.template, &m.category) {
            (Some(name), Some(category)) => format!("template {name} ({category})"),
            (Some(name), None) => format!("template {name}"),
            _ => m.kind.clone(),
        };
        table.push(vec![
            Cell::plain(&m.timestamp),
            Cell::plain(&m.direction),
            Cell::plain(format!("+{}", m.wa_id)),
            Cell::plain(kind),
            Cell::toned(&m.status, tone),
            Cell::opt(m.cost.as_ref()),
            Cell::opt(error),
            Cell::plain(&m.id),
        ]);
    }
    table
}
