//! `waba sandbox`: the built-in Graph API emulator, standalone. One file per
//! subcommand: `serve`, `reset`, `status`, `inbound`, `messages`, `log`, `allowlist`, `codes`,
//! `trigger`.

mod allowlist;
mod codes;
mod inbound;
mod log;
mod messages;
mod reset;
mod serve;
mod status;
mod trigger;
mod webhook_args;

use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;
use crate::render::diag;

pub use reset::ResetArgs;
pub use serve::ServeArgs;
pub use status::StatusArgs;

/// Sandbox commands.
#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token
    Serve(ServeArgs),
    /// Restore the sandbox's seeded world (discards every change)
    Reset(ResetArgs),
    /// Show where the sandbox's world lives, whether a server runs, and what it holds
    Status(StatusArgs),
    /// Simulate a user writing in (opens their customer-service window)
    Inbound(inbound::InboundArgs),
    /// List the messages the sandbox received, with their statuses and pricing
    Messages(messages::MessagesArgs),
    /// Export the sandbox's messages as an event log for `pricing simulate` and `limits check`
    Log(log::LogArgs),
    /// Show or change the recipients the sandbox's test number may message (131030 otherwise)
    Allowlist(allowlist::AllowlistArgs),
    /// Show the verification codes the sandbox sent (by "SMS" or "voice"), until used
    Codes(codes::CodesArgs),
    /// Cause a platform event: a template's quality drops, a number is flagged, an account restricted
    Trigger(trigger::TriggerArgs),
}

/// Run a sandbox command.
pub async fn run(ctx: &mut Ctx, cmd: SandboxCommand) -> CliResult {
    match cmd {
        SandboxCommand::Serve(args) => serve::run(ctx, args).await,
        SandboxCommand::Reset(args) => reset::run(ctx, args),
        SandboxCommand::Status(args) => status::run(ctx, args),
        SandboxCommand::Inbound(args) => inbound::run(ctx, args),
        SandboxCommand::Messages(args) => messages::run(ctx, args),
        SandboxCommand::Log(args) => log::run(ctx, args),
        SandboxCommand::Allowlist(args) => allowlist::run(ctx, args),
        SandboxCommand::Codes(args) => codes::run(ctx, args),
        SandboxCommand::Trigger(args) => trigger::run(ctx, args),
    }
}

/// Where the world lives: `--state FILE`, else the data dir's database. The old
/// state file is only considered (migrated or set aside) for the default database.
struct Location {
    db: PathBuf,
    legacy: Option<PathBuf>,
    /// Whether `db` is the data directory's database (the one a server records).
    default: bool,
}

impl Location {
    fn resolve(ctx: &Ctx, state: Option<PathBuf>) -> Self {
        let default_db = ctx.paths.sandbox_db();
        let db = state.unwrap_or_else(|| default_db.clone());
        let default = db == default_db;
        let legacy = default.then(|| ctx.paths.sandbox_legacy_state());
        Location { db, legacy, default }
    }

    fn legacy(&self) -> Option<&Path> {
        self.legacy.as_deref()
    }
}

/// Tells (unless `-q`) that an old state file was migrated.
pub(crate) fn note_migrated(ctx: &Ctx, migrated: Option<&Path>, db: &Path) {
    if let Some(file) = migrated
        && !ctx.global.quiet
    {
        diag::note(&format!(
            "migrated the old sandbox state file {} into {} (the file is kept as {}.migrated)",
            file.display(),
            db.display(),
            file.display()
        ));
    }
}
