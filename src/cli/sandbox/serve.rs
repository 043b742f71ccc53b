//! `waba sandbox serve`: serve the sandbox until interrupted, recorded in the
//! data directory so that `--sandbox` commands use this server.

use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use super::Location;
use crate::cli::ctx::{Ctx, random_token, sandbox_review_delay, sandbox_status_delay};
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table, diag};
use crate::sandbox::faults::{FaultPlan, FaultSpec};
use crate::sandbox::{self, Lookup, SandboxOptions, ServerRecord, store::server};

/// Arguments of `sandbox serve`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba sandbox serve\n  waba sandbox serve --port 8080 --state /tmp/sandbox.db\n  \
waba sandbox serve --webhook-url http://127.0.0.1:8080/webhook --webhook-retry-base 500ms\n  \
waba sandbox serve --faults drop-after=5%,throttle=3%,slow=1%:500ms --faults-seed 7\n\n\
Point waba (or any Graph API client) at it from another shell:\n  \
export WABA_BASE_URL=<base_url> WABA_TOKEN=<token> WABA_ACCOUNT_ID=<account_id>\n\n\
While it runs, `waba --sandbox ...` commands with the same data directory use this server \
(it records itself in <data dir>/sandbox/server.json), so everything shares one world and one clock.\n\n\
Webhooks: the sandbox POSTs statuses of the messages it accepts, inbound messages \
(`sandbox inbound`) and template, number and account changes to the number's override, else the \
WABA subscription's override_callback_uri (verified with Meta's hub.challenge request when set), \
else --webhook-url; signed X-Hub-Signature-256 with the printed app_secret \
(WABA_SANDBOX_APP_SECRET, else one kept in the world database). Failures are retried \
(--webhook-retry-base, doubling, --webhook-attempts in all); delivery is at least once, so a \
receiver may see an event twice (same ids), and in no particular order. \
`waba sandbox status` counts deliveries.\n\n\
Faults (--faults SPEC, comma-separated KIND=P% items, each kind once, 0-100% with up to 4 \
decimals, 100% in all at most) strike sends only, POST /{phone-number-id}/messages (not \
mark-as-read, not other endpoints), and only sends the sandbox would accept; each such send \
draws once from an RNG seeded with --faults-seed:\n  \
drop-after        stored, then the connection is closed without an answer\n  \
error-500-after   stored, then answered HTTP 500, code 131000\n  \
error-500-before  answered HTTP 500, code 131000; not stored\n  \
throttle          answered 130429 as the throughput limit answers; not stored\n  \
slow=P%[:DELAY]   stored, answered after DELAY (default 2s)\n\
Stored means committed before the answer: `waba sandbox messages` is the ground truth, \
`waba sandbox status` counts the faults per kind (faults_*) and the serve log (-v) names each one.\n\n\
The sandbox is a test double: its token and app secret are not secrets and it listens on loopback only."
)]
pub struct ServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    pub port: u16,

    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Token clients must send (a random one when absent; this is the sandbox's, not a Meta token)
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Message throughput: each number's level as Meta enforces it (80 or 1,000 msg/s, then
    /// 130429), or unlimited for load tests (the pair rate and the messaging limit still apply)
    #[arg(long, value_enum, default_value_t = Throughput::Meta)]
    pub throughput: Throughput,

    /// Inject faults into sends (POST /{phone-number-id}/messages only), e.g.
    /// drop-after=5%,error-500-after=2%,error-500-before=1%,throttle=3%,slow=1%:2s (see below)
    #[arg(long, value_name = "SPEC", value_parser = parse_faults)]
    pub faults: Option<FaultSpec>,

    /// Seed of the fault draws: the same seed and the same sends give the same faults
    /// [default: a random one, printed as faults_seed]
    #[arg(long, value_name = "N", requires = "faults")]
    pub faults_seed: Option<u64>,

    #[command(flatten)]
    pub webhooks: super::webhook_args::WebhookArgs,
}

fn parse_faults(s: &str) -> Result<FaultSpec, String> {
    FaultSpec::parse(s)
}

/// `--throughput`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Throughput {
    /// Each number's throughput level, as Meta enforces it
    Meta,
    /// No per-number bucket
    Unlimited,
}

pub(super) async fn run(ctx: &mut Ctx, args: ServeArgs) -> CliResult {
    // Listen for Ctrl-C before announcing the server, so an early one still stops it cleanly.
    let interrupted = interrupt_listener()?;
    let location = Location::resolve(ctx, args.state);
    let (_, migrated) = sandbox::prepare(&location.db, location.legacy())?;
    super::note_migrated(ctx, migrated.as_deref(), &location.db);
    let token = args.token.unwrap_or_else(random_token);
    let webhooks = args.webhooks.options()?;
    let faults = args.faults.map(|spec| FaultPlan { spec, seed: args.faults_seed.unwrap_or_else(rand::random) });
    let app_secret = crate::cli::ctx::process_env(crate::config::env::SANDBOX_APP_SECRET).filter(|s| !s.is_empty());
    let running = sandbox::start(SandboxOptions {
        state_path: Some(location.db.clone()),
        token: token.clone(),
        addr: std::net::SocketAddr::from(([127, 0, 0, 1], args.port)),
        review_delay: sandbox_review_delay(),
        status_delay: sandbox_status_delay(),
        unlimited_throughput: args.throughput == Throughput::Unlimited,
        app_secret,
        webhooks: Some(webhooks),
        faults: faults.clone(),
    })
    .await?;
    if !ctx.global.quiet {
        // The sandbox's "SMS": codes are shown on this log, and by `waba sandbox codes`.
        running.state().on_codes(std::sync::Arc::new(|n: &sandbox::lifecycle::CodeNotice| {
            diag::note(&format!(
                "{} code for {} (id {}, {}): {}; valid until {}",
                n.method, n.display_phone_number, n.phone_number_id, n.language, n.code, n.expires
            ));
        }));
    }
    let pid = std::process::id();
    let record_path = ctx.paths.sandbox_server_record();
    let recorded =
        location.default && record(&record_path, &running.base_url(), &token, &running.app_secret(), pid, &location.db);
    let id = running.identity();
    let info = json!({
        "base_url": running.base_url(),
        "token": token,
        "app_secret": running.app_secret(),
        "account_id": id.waba_id,
        "phone_number_id": id.phone_number_id,
        "business_id": id.business_id,
        "app_id": id.app_id,
        "db": location.db.display().to_string(),
        "pid": pid.to_string(),
    });
    let mut info = info;
    if let Some(plan) = &faults {
        info["faults"] = json!(plan.spec.canonical());
        info["faults_seed"] = json!(plan.seed.to_string());
    }
    let mut fields = Vec::new();
    if let Some(map) = info.as_object() {
        for (key, value) in map {
            fields.push((key.as_str(), Cell::plain(value.as_str().unwrap_or_default())));
        }
    }
    ctx.out.emit(&info, &Table::record(fields))?;
    if !ctx.global.quiet {
        diag::note(&format!(
            "sandbox listening; in another shell:\n  export WABA_BASE_URL={} WABA_TOKEN={} WABA_ACCOUNT_ID={}\nor simply run `waba --sandbox ...`. Press Ctrl-C to stop.",
            running.base_url(),
            token,
            id.waba_id
        ));
    }
    // Stops gracefully: finishes the requests and deliveries in flight, writes the request log.
    running.serve_until(interrupted).await;
    if recorded {
        server::remove_if_owned(&record_path, pid);
    }
    Ok(())
}

/// Records this server unless another live one is recorded; returns whether it did.
fn record(
    path: &std::path::Path,
    base_url: &str,
    token: &str,
    app_secret: &str,
    pid: u32,
    db: &std::path::Path,
) -> bool {
    if let Lookup::Live(other) = server::find(path) {
        diag::warning(&format!(
            "another sandbox server is already recorded ({}, pid {}): `--sandbox` commands keep using that one",
            other.base_url, other.pid
        ));
        return false;
    }
    let record = ServerRecord {
        base_url: base_url.to_owned(),
        token: token.to_owned(),
        pid,
        started: jiff::Timestamp::now().to_string(),
        db: db.display().to_string(),
        app_secret: Some(app_secret.to_owned()),
    };
    match server::write(path, &record) {
        Ok(()) => true,
        Err(e) => {
            diag::warning(&format!("cannot record the server in {}: {e}", path.display()));
            false
        }
    }
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
