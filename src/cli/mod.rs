//! The command line: clap definitions, one module per command, one error mapper.

mod auth;
mod completions;
mod ctx;
mod duration;
pub mod error;
mod eventlog;
mod global;
mod help;
mod input;
mod limits;
mod media;
mod messages;
mod numbers;
mod pricing;
mod profile;
mod progress;
mod sandbox;
mod send;
mod templates;
mod verify;
mod webhooks;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

pub use ctx::Ctx;
use error::{CliError, CliResult, Kind};
pub use global::GlobalArgs;

/// Operations tool for the WhatsApp Business Platform (Cloud API and Business Management API).
///
/// Every command works against Meta or, with --sandbox, against a built-in local
/// emulator of the Graph API.
#[derive(Debug, Parser)]
#[command(name = "waba", version, propagate_version = true, max_term_width = 100)]
#[command(after_long_help = after_help())]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The access token: validity, expiry, scopes and app (Meta's debug_token)
    #[command(subcommand)]
    Auth(auth::AuthCommand),
    /// Messaging limits: the live limit, log replays, what-ifs and schedules
    #[command(subcommand)]
    Limits(limits::LimitsCommand),
    /// Media: upload, show, download (SHA-256 verified) and delete media objects
    #[command(subcommand)]
    Media(media::MediaCommand),
    /// Messages received: mark as read, typing indicator
    #[command(subcommand)]
    Messages(messages::MessagesCommand),
    /// Phone numbers: quality rating, status, messaging limit, throughput
    #[command(subcommand)]
    Numbers(numbers::NumbersCommand),
    /// What messages cost: simulate a log, estimate a month, show rate cards (offline)
    #[command(subcommand)]
    Pricing(pricing::PricingCommand),
    /// Manage profiles (accounts and their tokens)
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Message templates as code: list, create, wait, pull, plan, apply; lint files offline
    #[command(subcommand)]
    Templates(templates::TemplatesCommand),
    /// Send messages of every type, checked before they leave and never sent twice
    #[command(subcommand, after_long_help = SEND_HELP)]
    Send(send::SendCommand),
    /// Verify a number: code, two-step PIN, the whole picture, Official Business Account
    #[command(subcommand)]
    Verify(verify::VerifyCommand),
    /// Webhooks: listen with signature checks, trigger and replay signed events
    #[command(subcommand)]
    Webhooks(webhooks::WebhooksCommand),
    /// Run or reset the built-in Graph API sandbox
    #[command(subcommand)]
    Sandbox(sandbox::SandboxCommand),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff), or write one page per command
    Man(completions::ManArgs),
}

fn after_help() -> String {
    let mut text = String::from("Environment:\n");
    for (name, what) in crate::config::env::ALL {
        text.push_str(&format!("  {name:<22} {what}\n"));
    }
    text.push_str(&format!(
        "  {:<22} sandbox: template review delay in ms (default 3000)\n",
        crate::config::env::SANDBOX_REVIEW_DELAY_MS
    ));
    text.push_str(&format!(
        "  {:<22} sandbox: ms between a message's statuses (default 300)\n",
        crate::config::env::SANDBOX_STATUS_DELAY_MS
    ));
    text.push_str(&format!(
        "  {:<22} sandbox serve: app secret its webhooks are signed with\n",
        crate::config::env::SANDBOX_APP_SECRET
    ));
    text.push_str(
        "  NO_COLOR               disable colour\n\n\
         Exit codes:\n  0 success · 1 API rejected the request · 2 usage error · 3 configuration error\n  \
         4 authentication · 5 not found · 6 rate limited · 7 network or server error\n  \
         8 a check found problems (numbers health: an item at or above --fail-on)\n  \
         9 timed out waiting · 10 outcome unknown: the message may have been sent (not resent)\n  \
         130 interrupted",
    );
    text
}

/// The clap command, for parsing, completions, man pages and tests.
pub fn command() -> clap::Command {
    help::inherit_globals(Cli::command())
}

/// Parse arguments, run, and turn the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = match command().try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(err) => return parse_failed(&err),
    };
    init_logging(&cli.global);
    let json_errors = cli.global.json_errors();
    // `sandbox serve` stops cleanly on Ctrl-C by itself; everything else is interrupted.
    // `send bulk` stops taking rows on Ctrl-C and leaves its journal consistent.
    let own_interrupt = matches!(cli.command, Command::Sandbox(sandbox::SandboxCommand::Serve(_)))
        || matches!(cli.command, Command::Send(send::SendCommand::Bulk(_)));
    // A server answers on every core, as does a bulk send; a command is one client and needs one thread.
    let built = if own_interrupt {
        tokio::runtime::Builder::new_multi_thread().enable_all().build()
    } else {
        tokio::runtime::Builder::new_current_thread().enable_all().build()
    };
    let runtime = match built {
        Ok(rt) => rt,
        Err(e) => {
            return CliError::new(Kind::Network, format!("cannot start the async runtime: {e}")).report(json_errors);
        }
    };
    let outcome = runtime.block_on(async {
        if own_interrupt {
            return run(cli).await;
        }
        tokio::select! {
            result = run(cli) => result,
            _ = tokio::signal::ctrl_c() => Err(CliError::new(Kind::Interrupted, "interrupted")),
        }
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => err.report(json_errors),
    }
}

/// Report a clap error: help and version as clap prints them; a usage error as one JSON
/// error object on stderr when the arguments ask for `-o json|ndjson`.
fn parse_failed(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let args: Vec<String> = std::env::args().collect();
    let informational = matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if informational || !GlobalArgs::json_requested(&args) {
        let _ = err.print();
        return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
    }
    let text = err.render().to_string();
    // The first paragraph is the message (clap lists missing arguments on the lines below it).
    let message: Vec<&str> = text.lines().map(str::trim).take_while(|l| !l.is_empty()).collect();
    let message = message.join(" ").trim_start_matches("error: ").to_string();
    let message = if message.is_empty() { "invalid arguments".to_string() } else { message };
    let tip = text.lines().find_map(|l| l.trim().strip_prefix("tip: ")).map(str::to_string);
    let usage = text.lines().find_map(|l| l.trim().strip_prefix("Usage: ")).map(str::to_string);
    let hint = match (tip, usage) {
        (Some(tip), _) => tip,
        (None, Some(usage)) => format!("usage: {usage} (see --help)"),
        (None, None) => "see `waba --help`".to_string(),
    };
    CliError::usage(message).hint(hint).report(true)
}

/// What every send shares, shown by `waba send --help`.
const SEND_HELP: &str = "Every send takes --dry-run (print the request, send nothing), --reply-to,\n\
--callback-data and --from, and can wait for the message's status webhook:\n\n  \
waba --sandbox send text --to +12025550105 'Hello' --wait delivered\n  \
waba send template order_update --to +16505551234 --param Ada --wait read --listen 0.0.0.0:8080\n\n\
--wait sent|delivered|read exits 0 when the status is reached (a later one counts), 8 when the\n\
message failed (Meta's error code and title are printed), 9 after --timeout (2m by default).\n\
With --sandbox the listener takes a free loopback port and registers with the sandbox beside the\n\
app's callback URL (which stays as it is). Against Meta, statuses go to the app's callback URL:\n\
give --listen ADDR where your tunnel or ingress forwards it (and --listen-path if it is not\n\
/webhook); the signature is checked with the app secret (WABA_APP_SECRET or the profile's).\n\
With -o json the result carries Meta's answer and the message's `statuses` as received.";

async fn run(cli: Cli) -> CliResult {
    match cli.command {
        Command::Completions(args) => return completions::run(&args),
        Command::Man(args) => return completions::man(&args),
        _ => {}
    }
    let mut ctx = Ctx::new(cli.global)?;
    let result = match cli.command {
        Command::Auth(cmd) => auth::run(&mut ctx, cmd).await,
        Command::Limits(cmd) => limits::run(&mut ctx, cmd).await,
        Command::Media(cmd) => media::run(&mut ctx, cmd).await,
        Command::Messages(cmd) => messages::run(&mut ctx, cmd).await,
        Command::Numbers(cmd) => numbers::run(&mut ctx, cmd).await,
        Command::Pricing(cmd) => pricing::run(&mut ctx, cmd).await,
        Command::Profile(cmd) => profile::run(&mut ctx, cmd).await,
        Command::Sandbox(cmd) => sandbox::run(&mut ctx, cmd).await,
        Command::Send(cmd) => send::run(&mut ctx, cmd).await,
        Command::Templates(cmd) => templates::run(&mut ctx, cmd).await,
        Command::Verify(cmd) => verify::run(&mut ctx, cmd).await,
        Command::Webhooks(cmd) => webhooks::run(&mut ctx, cmd).await,
        Command::Completions(_) | Command::Man(_) => Ok(()),
    };
    ctx.finish().await;
    result
}

fn init_logging(global: &GlobalArgs) {
    use tracing_subscriber::EnvFilter;
    let level = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    // Only waba's own events: dependencies may log headers at trace level.
    let filter = EnvFilter::new(format!("off,waba={level}"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(global.color_choice().enabled(std::io::IsTerminal::is_terminal(&std::io::stderr())))
        .with_target(false)
        .without_time()
        .try_init();
}
