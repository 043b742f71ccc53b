//! `waba profile remove`.

use clap::Args;

use super::Store;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::diag;

/// Arguments of `profile remove`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba profile remove staging\n  waba profile remove staging --yes   # in a script"
)]
pub struct RemoveArgs {
    /// Profile to remove
    pub name: String,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// Run `profile remove`.
pub fn run(ctx: &mut Ctx, args: &RemoveArgs) -> CliResult {
    let mut store = Store::load(ctx)?;
    store.config.profile(&args.name)?;
    if !args.yes {
        let prompt = format!("Remove profile '{}' and its stored token?", args.name);
        let refusal = format!("refusing to remove profile '{}' without confirmation", args.name);
        if !ctx.confirm(&prompt, &refusal)? {
            diag::note("nothing removed");
            return Ok(());
        }
    }
    store.config.profiles.remove(&args.name);
    store.credentials.profiles.remove(&args.name);
    if store.config.default_profile.as_deref() == Some(&args.name) {
        store.config.default_profile = None;
    }
    store.save(ctx)?;
    if !ctx.global.quiet {
        diag::note(&format!("removed profile '{}'", args.name));
    }
    Ok(())
}
