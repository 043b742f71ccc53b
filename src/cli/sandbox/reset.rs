//! `waba sandbox reset`: restore the seeded world.

use std::path::PathBuf;

use clap::Args;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Format, Table, diag};
use crate::sandbox;

/// Arguments of `sandbox reset`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba sandbox reset\n  waba sandbox reset --state /tmp/sandbox.db -o json\n\n\
A running `waba sandbox serve` sees the reset world on its next request."
)]
pub struct ResetArgs {
    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// What `sandbox reset` did, for the machine formats.
#[derive(serde::Serialize)]
struct Reset {
    reset: bool,
    db: String,
    /// An old state file set aside (`state.json.discarded`).
    discarded: Option<String>,
}

pub(super) fn run(ctx: &mut Ctx, args: ResetArgs) -> CliResult {
    let location = Location::resolve(ctx, args.state);
    let discarded = sandbox::reset(&location.db, location.legacy())?;
    let done = Reset {
        reset: true,
        db: location.db.display().to_string(),
        discarded: discarded.as_ref().map(|p| p.display().to_string()),
    };
    if ctx.out.format() == Format::Table {
        if !ctx.global.quiet {
            diag::note(&format!("sandbox world reset: {}", done.db));
            if let Some(file) = &done.discarded {
                diag::note(&format!("the old state file was set aside as {file}"));
            }
        }
        return Ok(());
    }
    let mut fields = vec![("reset", Cell::plain("true")), ("db", Cell::plain(&done.db))];
    fields.push(("discarded", Cell::plain(done.discarded.clone().unwrap_or_default())));
    ctx.out.emit(&done, &Table::record(fields))?;
    Ok(())
}
