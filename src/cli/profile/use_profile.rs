//! `waba profile use`.

use clap::Args;

use super::Store;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::diag;

/// Arguments of `profile use`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba profile use staging\n\n\
For one command with another profile, without switching: waba --profile NAME …")]
pub struct UseArgs {
    /// Profile to make the default
    pub name: String,
}

/// Run `profile use`.
pub fn run(ctx: &mut Ctx, args: &UseArgs) -> CliResult {
    let mut store = Store::load(ctx)?;
    store.config.profile(&args.name)?;
    store.config.default_profile = Some(args.name.clone());
    store.config.save(&ctx.paths.config_file())?;
    if !ctx.global.quiet {
        diag::note(&format!("default profile is now '{}'", args.name));
    }
    Ok(())
}
