//! `waba sandbox allowlist list | add | remove`: the recipients a test number may message.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::messages::recipient;
use crate::render::{Cell, Table, diag};
use crate::sandbox::allowlist::{self, AllowList, AllowListError, Change};

/// Arguments of `sandbox allowlist`.
#[derive(Debug, Args)]
pub struct AllowlistArgs {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Show the recipients the test number may message
    #[command(after_long_help = "Examples:\n  waba sandbox allowlist list\n  \
waba sandbox allowlist list -o json\n\n\
The sandbox's seeded test number (+1 555-010-0005, id 1100000000000005, account_mode SANDBOX) \
behaves like the free test number of a Meta developer app: a send to anyone not on its list is \
refused with 131030. The seed allows +12025550100 (a magic recipient that is delivered and read).")]
    List(Target),
    /// Allow recipients (Meta allows at most 5 per test number)
    #[command(after_long_help = "Examples:\n  waba sandbox allowlist add +12025550121\n  \
waba sandbox allowlist add +12025550141 +447700900123 --number 1100000000000005")]
    Add(Recipients),
    /// Take recipients off the list (their later sends get 131030)
    #[command(after_long_help = "Examples:\n  waba sandbox allowlist remove +12025550121")]
    Remove(Recipients),
}

#[derive(Debug, Args)]
struct Target {
    /// The test number's phone-number id [default: the sandbox's first test number]
    #[arg(long, value_name = "ID")]
    number: Option<String>,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct Recipients {
    /// Recipients in E.164 (+ and digits)
    #[arg(value_name = "+E164", required = true)]
    recipients: Vec<String>,

    #[command(flatten)]
    target: Target,
}

/// One allowed recipient: a row of the output.
#[derive(Serialize)]
struct Row<'a> {
    phone_number_id: &'a str,
    display_phone_number: &'a str,
    recipient: String,
}

pub(super) fn run(ctx: &mut Ctx, args: AllowlistArgs) -> CliResult {
    let outcome = match args.action {
        Action::List(t) => allowlist::show(&Location::resolve(ctx, t.state).db, t.number.as_deref())?,
        Action::Add(r) => {
            let change = Change::Add(digits(&r.recipients)?);
            allowlist::change(&Location::resolve(ctx, r.target.state).db, r.target.number.as_deref(), &change)?
        }
        Action::Remove(r) => {
            let change = Change::Remove(digits(&r.recipients)?);
            allowlist::change(&Location::resolve(ctx, r.target.state).db, r.target.number.as_deref(), &change)?
        }
    };
    render(ctx, &outcome.map_err(refusal)?)
}

/// The digits of each recipient, checked as a send's `--to` is.
fn digits(recipients: &[String]) -> CliResult<Vec<String>> {
    recipients.iter().map(|r| recipient::check(r, "recipient").map_err(CliError::from)).collect()
}

fn refusal(e: AllowListError) -> CliError {
    let hint = match &e {
        AllowListError::UnknownNumber(_) | AllowListError::NotTestNumber { .. } | AllowListError::NoTestNumber => {
            "`waba --sandbox numbers list` lists the sandbox's numbers; the test number's account_mode is SANDBOX \
             (`waba sandbox reset` restores the seeded one)"
        }
        AllowListError::Full { .. } => "remove one first: `waba sandbox allowlist remove +E164`",
        AllowListError::NotListed(..) => "`waba sandbox allowlist list` shows who is on it",
    };
    let kind = match e {
        AllowListError::Full { .. } | AllowListError::NotTestNumber { .. } => Kind::Usage,
        _ => Kind::NotFound,
    };
    CliError::new(kind, e.to_string()).hint(hint)
}

fn render(ctx: &mut Ctx, list: &AllowList) -> CliResult {
    let rows: Vec<Row<'_>> = list
        .recipients
        .iter()
        .map(|r| Row {
            phone_number_id: &list.phone_number_id,
            display_phone_number: &list.display_phone_number,
            recipient: format!("+{r}"),
        })
        .collect();
    if rows.is_empty() && !ctx.global.quiet {
        diag::note(&format!(
            "the allow-list of {} ({}) is empty: every send from it gets 131030; add a recipient with \
             `waba sandbox allowlist add +E164`",
            list.phone_number_id, list.display_phone_number
        ));
    }
    let mut table = Table::new(["recipient", "phone number id", "display phone number"]);
    for r in &rows {
        table.push(vec![
            Cell::plain(&r.recipient),
            Cell::plain(r.phone_number_id),
            Cell::plain(r.display_phone_number),
        ]);
    }
    ctx.out.emit(&rows, &table)?;
    Ok(())
}
