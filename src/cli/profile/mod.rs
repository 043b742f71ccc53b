//! `waba profile`: named accounts in `config.toml`, their secrets in `credentials.toml`.

mod add;
mod list;
mod remove;
mod set;
mod show;
mod use_profile;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::{CliError, CliResult};
use crate::config::{ConfigFile, Credentials, validate_profile_name};

/// Profile commands.
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add (or with --force replace) a profile; prompts on a terminal, flags otherwise
    Add(add::AddArgs),
    /// Change a profile's ids or API version; its stored token is kept
    Set(set::SetArgs),
    /// List profiles
    #[command(after_long_help = "Examples:\n  waba profile list\n  waba profile list -o json")]
    List,
    /// Show every resolved setting and where it came from (secrets masked)
    Show(show::ShowArgs),
    /// Make a profile the default
    Use(use_profile::UseArgs),
    /// Remove a profile and its secrets
    Remove(remove::RemoveArgs),
}

/// Run a profile command.
pub async fn run(ctx: &mut Ctx, cmd: ProfileCommand) -> CliResult {
    match cmd {
        ProfileCommand::Add(args) => add::run(ctx, &args).await,
        ProfileCommand::Set(args) => set::run(ctx, &args),
        ProfileCommand::List => list::run(ctx),
        ProfileCommand::Show(args) => show::run(ctx, &args).await,
        ProfileCommand::Use(args) => use_profile::run(ctx, &args),
        ProfileCommand::Remove(args) => remove::run(ctx, &args),
    }
}

/// The two files of the profile store.
struct Store {
    config: ConfigFile,
    credentials: Credentials,
}

impl Store {
    fn load(ctx: &Ctx) -> CliResult<Self> {
        let paths = &ctx.paths;
        Ok(Self {
            config: ConfigFile::load(&paths.config_file())?,
            credentials: Credentials::load(&paths.credentials_file())?,
        })
    }

    fn save(&self, ctx: &Ctx) -> CliResult {
        let paths = &ctx.paths;
        self.credentials.save(&paths.credentials_file())?;
        self.config.save(&paths.config_file())?;
        Ok(())
    }
}

fn check_name(name: &str) -> CliResult {
    validate_profile_name(name).map_err(|e| CliError::usage(e.to_string()))
}
