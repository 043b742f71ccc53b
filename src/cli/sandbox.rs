//! `waba sandbox`: the built-in Graph API emulator, standalone.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use super::ctx::{Ctx, random_token};
use super::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Format, Table, diag};
use crate::sandbox::{self, SandboxOptions};

/// Sandbox commands.
#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox on 127.0.0.1 until interrupted; prints its base URL and token
    Serve(ServeArgs),
    /// Restore the sandbox's seeded world (discards every change)
    Reset(ResetArgs),
}

/// Arguments of `sandbox serve`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba sandbox serve\n  waba sandbox serve --port 8080 --state /tmp/sandbox.json\n\n\
Point waba (or any Graph API client) at it from another shell:\n  \
export WABA_BASE_URL=<base_url> WABA_TOKEN=<token> WABA_ACCOUNT_ID=<account_id>\n\n\
The sandbox is a test double: its token is not a secret and it listens on loopback only."
)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,

    /// State file [default: <data dir>/sandbox/state.json]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Token clients must send (a random one when absent; this is the sandbox's, not a Meta token)
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
}

/// Arguments of `sandbox reset`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba sandbox reset\n  waba sandbox reset --state /tmp/sandbox.json -o json")]
pub struct ResetArgs {
    /// State file [default: <data dir>/sandbox/state.json]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// What `sandbox reset` did, for the machine formats.
#[derive(serde::Serialize)]
struct Reset {
    reset: bool,
    state: String,
}

/// Run a sandbox command.
pub async fn run(ctx: &mut Ctx, cmd: SandboxCommand) -> CliResult {
    match cmd {
        SandboxCommand::Serve(args) => serve(ctx, args).await,
        SandboxCommand::Reset(args) => {
            let path = args.state.unwrap_or_else(|| ctx.paths.sandbox_state());
            sandbox::reset(&path)?;
            if ctx.out.format() == Format::Table {
                if !ctx.global.quiet {
                    diag::note(&format!("sandbox state reset: {}", path.display()));
                }
                return Ok(());
            }
            let done = Reset { reset: true, state: path.display().to_string() };
            let table = Table::record(vec![("reset", Cell::plain("true")), ("state", Cell::plain(&done.state))]);
            ctx.out.emit(&done, &table)?;
            Ok(())
        }
    }
}

async fn serve(ctx: &mut Ctx, args: ServeArgs) -> CliResult {
    // Listen for Ctrl-C before announcing the server, so an early one still stops it cleanly.
    let interrupted = interrupt_listener()?;
    let state = args.state.unwrap_or_else(|| ctx.paths.sandbox_state());
    let token = args.token.unwrap_or_else(random_token);
    let running = sandbox::start(SandboxOptions {
        state_path: Some(state.clone()),
        token: token.clone(),
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], args.port)),
        review_delay: super::ctx::sandbox_review_delay(),
    })
    .await?;
    let id = running.identity();
    let info = json!({
        "base_url": running.base_url(),
        "token": token,
        "account_id": id.waba_id,
        "phone_number_id": id.phone_number_id,
        "business_id": id.business_id,
        "app_id": id.app_id,
        "state": state.display().to_string(),
    });
    let mut fields = Vec::new();
    if let Some(map) = info.as_object() {
        for (key, value) in map {
            fields.push((key.as_str(), Cell::plain(value.as_str().unwrap_or_default())));
        }
    }
    ctx.out.emit(&info, &Table::record(fields))?;
    if !ctx.global.quiet {
        diag::note(&format!(
            "sandbox listening; in another shell:\n  export WABA_BASE_URL={} WABA_TOKEN={} WABA_ACCOUNT_ID={}\nPress Ctrl-C to stop.",
            running.base_url(),
            token,
            id.waba_id
        ));
    }
    tokio::select! {
        () = running.wait() => {}
        () = interrupted => {}
    }
    Ok(())
}

#[cfg(unix)]
fn interrupt_listener() -> CliResult<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())
        .map_err(|e| CliError::new(Kind::Config, format!("cannot listen for Ctrl-C: {e}")))?;
    let mut terminate = signal(SignalKind::terminate())
        .map_err(|e| CliError::new(Kind::Config, format!("cannot listen for SIGTERM: {e}")))?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

#[cfg(not(unix))]
fn interrupt_listener() -> CliResult<impl Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
