//! `waba sandbox codes`: the verification codes the sandbox "sent" by SMS or voice.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table, Tone, diag};

/// Arguments of `sandbox codes`.
#[derive(Debug, Args)]
#[command(after_long_help = "The sandbox never sends an SMS or places a call: a code requested with \
`waba verify request-code` is shown here (and on `waba sandbox serve`'s log) until it is verified or \
replaced. A code is valid for 10 minutes.\n\n\
Examples:\n  waba sandbox codes\n  \
waba sandbox codes --number 1100000000000006 -o json\n  \
waba sandbox codes --number 1100000000000006 -o json | jq -r '.[0].code' | waba --sandbox verify code --code-stdin --phone-number-id 1100000000000006")]
pub struct CodesArgs {
    /// Only this phone number's code
    #[arg(long, value_name = "ID")]
    number: Option<String>,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    state: Option<PathBuf>,
}

#[derive(Serialize)]
struct Row {
    phone_number_id: String,
    display_phone_number: String,
    code: String,
    method: String,
    language: String,
    expires: String,
    expired: bool,
}

pub(super) fn run(ctx: &mut Ctx, args: CodesArgs) -> CliResult {
    let db = Location::resolve(ctx, args.state).db;
    let now = jiff::Timestamp::now().as_millisecond();
    let rows: Vec<Row> = crate::sandbox::lifecycle::codes_in(&db, now)?
        .into_iter()
        .filter(|(n, _)| args.number.as_ref().is_none_or(|id| *id == n.phone_number_id))
        .map(|(n, expired)| Row {
            phone_number_id: n.phone_number_id,
            display_phone_number: n.display_phone_number,
            code: n.code,
            method: n.method,
            language: n.language,
            expires: n.expires,
            expired,
        })
        .collect();
    if rows.is_empty() && !ctx.global.quiet {
        diag::note("no verification code is outstanding; request one with `waba --sandbox verify request-code`");
    }
    let mut table = Table::new(["phone number id", "display phone number", "code", "method", "expires"]);
    for r in &rows {
        let expires = if r.expired { Cell::toned("expired", Tone::Bad) } else { Cell::plain(&r.expires) };
        table.push(vec![
            Cell::plain(&r.phone_number_id),
            Cell::plain(&r.display_phone_number),
            Cell::plain(&r.code),
            Cell::plain(&r.method),
            expires,
        ]);
    }
    ctx.out.emit(&rows, &table)?;
    Ok(())
}
