//! `waba webhooks listen`: receive Meta's deliveries, check them, print their events.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::secrets::{self, FromStdin};
use super::sink::Sink;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::diag;
use crate::webhooks::receiver::{self, Incoming, ReceiverConfig};
use crate::webhooks::{Filter, SignatureError};

/// Arguments of `webhooks listen`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba webhooks listen --port 8080\n  \
  waba webhooks listen --port 0 --count 1 --until status:delivered -o ndjson\n  \
  waba webhooks listen --until id=wamid.HBgL,event=read --timeout 5m\n  \
  waba webhooks listen --forward-to http://127.0.0.1:3000/webhook --save deliveries.ndjson\n  \
  waba webhooks listen --exec 'jq -c .summary >> events.log'\n  \
  waba webhooks listen --job spring-sale\n\n\
GET answers Meta's verification handshake (hub.mode=subscribe and the right hub.verify_token:\n\
hub.challenge is echoed, 200; otherwise 403). POST checks X-Hub-Signature-256 over the body as\n\
received: a missing signature is answered 401, a wrong one 403; both are reported here and never\n\
processed. An accepted delivery is answered 200 at once and processed in order from a bounded\n\
queue (when it is full the sender waits).\n\n\
The app secret comes from --app-secret-stdin, WABA_APP_SECRET or the profile\n\
(`waba profile set NAME --app-secret-stdin`); the verify token likewise (--verify-token-stdin,\n\
WABA_VERIFY_TOKEN). With both stdin flags, line 1 is the app secret and line 2 the verify token.\n\n\
One line per event: on a terminal time, kind:event, number, user, summary; NDJSON when piped or\n\
with -o ndjson|json (Meta's object in `value`; unknown fields are printed whole).\n\n\
--until takes conditions joined by commas that one event must all meet: NAME=VALUE (kind, event,\n\
id, wa_id, field, waba_id, phone_number_id, display_phone_number, or value.PATH such as\n\
value.errors.0.code), NAME!=VALUE, or KIND:EVENT (status:delivered). Repeat it for either-or.\n\
It stops after the first matching event (exit 0); --count stops after N events; with --timeout,\n\
waiting longer exits 9. --exec runs `sh -c CMD` per event with the event's JSON on stdin (the\n\
event is never put into the command line). --job records the status events of a `waba send bulk`\n\
job's messages into its journal, for `waba send status JOB`.")]
pub struct ListenArgs {
    /// Address to listen on
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    addr: IpAddr,

    /// Port to listen on (0: any free port; the one taken is printed on stderr)
    #[arg(long, short = 'p', default_value_t = 8080)]
    port: u16,

    /// Path Meta posts to
    #[arg(long, default_value = "/webhook", value_name = "PATH")]
    path: String,

    /// Read the app secret from standard input
    #[arg(long)]
    app_secret_stdin: bool,

    /// Read the verify token from standard input
    #[arg(long)]
    verify_token_stdin: bool,

    /// Accept deliveries without checking their signature (anyone can then post events)
    #[arg(long)]
    no_signature_check: bool,

    /// Pass each delivery on, body and signature header unchanged, and print the answer code
    #[arg(long, value_name = "URL")]
    forward_to: Option<String>,

    /// Append each delivery (headers and raw body, one JSON line) to FILE, for `webhooks replay`
    #[arg(long, value_name = "FILE")]
    save: Option<PathBuf>,

    /// Run `sh -c CMD` for every event, its JSON on standard input
    #[arg(long, value_name = "CMD")]
    exec: Option<String>,

    /// Record the statuses of this bulk job's messages in its journal (see `waba send status JOB`)
    #[arg(long, value_name = "JOB")]
    job: Option<String>,

    /// Stop after N events
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    count: Option<u64>,

    /// Stop after the first event matching EXPR (e.g. status:delivered,id=wamid.X)
    #[arg(long, value_name = "EXPR")]
    until: Vec<Filter>,

    /// Give up after DURATION (e.g. 30s, 5m, 500ms) with exit 9
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::duration::positive)]
    timeout: Option<Duration>,

    /// Deliveries waiting to be processed at most, before senders are made to wait
    #[arg(long, value_name = "N", default_value_t = receiver::DEFAULT_QUEUE as u64,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    queue: u64,
}

/// Run `webhooks listen`.
pub async fn run(ctx: &mut Ctx, args: ListenArgs) -> CliResult {
    if !args.path.starts_with('/') || args.path.contains(['?', '#', ' ']) {
        return Err(CliError::usage(format!("--path {:?} is not a URL path", args.path))
            .hint("give an absolute path such as --path /webhook"));
    }
    if ctx.out.format() == crate::render::Format::Toml {
        return Err(CliError::usage("webhooks listen prints a stream: -o toml is not offered")
            .hint("use -o ndjson (or json), csv, or table"));
    }
    let stdin = FromStdin { app_secret: args.app_secret_stdin, verify_token: args.verify_token_stdin };
    let secrets = secrets::resolve(ctx, stdin)?;
    let app_secret = if args.no_signature_check {
        diag::warning(
            "--no-signature-check: deliveries are NOT checked; anyone who can reach this port can post events",
        );
        None
    } else {
        Some(secrets.require_app_secret("webhook signatures cannot be checked without it")?)
    };
    let verify_token = secrets.verify_token.as_ref().map(|t| secrecy::ExposeSecret::expose_secret(t).to_string());
    if verify_token.is_none() && !ctx.global.quiet {
        diag::note("no verify token (WABA_VERIFY_TOKEN, --verify-token-stdin or the profile): handshakes get 403");
    }
    let journal = match &args.job {
        Some(job) => Some(super::job::open(ctx, job)?),
        None => None,
    };
    let mut sink = Sink::new(ctx, args.forward_to.as_deref(), args.save.as_deref(), args.exec.clone())?;
    let config = ReceiverConfig {
        path: args.path.clone(),
        app_secret,
        verify_token,
        queue: usize::try_from(args.queue).unwrap_or(receiver::DEFAULT_QUEUE),
    };
    let bind = SocketAddr::new(args.addr, args.port);
    // Its own two threads check signatures while this one parses and prints.
    let mut server = receiver::start_on_threads(bind, config, 2).map_err(|e| {
        CliError::new(Kind::Config, format!("cannot listen on {bind}: {e}"))
            .hint("choose another --port (0 takes any free one) or --addr")
    })?;
    let addr = server.local_addr();
    diag::note(&format!("listening on http://{addr}{} (Ctrl-C stops)", args.path));
    let deadline = args.timeout.map(|t| tokio::time::Instant::now() + t);
    let (mut seen, mut done) = (0u64, false);
    while !done {
        let next = match deadline {
            Some(at) => match tokio::time::timeout_at(at, server.recv()).await {
                Ok(next) => next,
                Err(_) => {
                    sink.flush(ctx)?;
                    server.shutdown().await;
                    return Err(timed_out(&args, seen));
                }
            },
            None => server.recv().await,
        };
        let Some(incoming) = next else { break };
        match incoming {
            Incoming::Delivery(delivery) => {
                for event in sink.delivery(ctx, &delivery).await? {
                    seen += 1;
                    if let Some(j) = &journal {
                        super::job::record(j, &event)?;
                    }
                    let matched = args.until.iter().any(|f| f.matches(&event));
                    sink.event(ctx, &event).await?;
                    if matched || args.count.is_some_and(|n| seen >= n) {
                        done = true;
                        break;
                    }
                }
                // Lines are written in batches while a burst is queued, at once otherwise.
                if server.pending() == 0 {
                    sink.flush(ctx)?;
                }
            }
            Incoming::Refused { reason, status, bytes, .. } => {
                let what = match reason {
                    SignatureError::Missing => "an unsigned",
                    _ => "a wrongly signed",
                };
                diag::warning(&format!("refused {what} delivery ({bytes} bytes) with {status}: {reason}"));
            }
            Incoming::Handshake { accepted, why } => {
                if accepted {
                    diag::note("answered a verification handshake (hub.challenge echoed)");
                } else {
                    diag::warning(&format!("refused a verification handshake with 403: {why}"));
                }
            }
        }
    }
    server.shutdown().await;
    sink.finish(ctx)
}

fn timed_out(args: &ListenArgs, seen: u64) -> CliError {
    let waited = args.timeout.map(crate::cli::duration::show).unwrap_or_default();
    let message = match (args.until.is_empty(), args.count) {
        (false, _) => format!("no event matched --until within {waited} ({seen} events received)"),
        (true, Some(n)) => format!("received {seen} of {n} events within {waited}"),
        (true, None) => format!("stopped listening after {waited} ({seen} events received)"),
    };
    CliError::new(Kind::Timeout, message).hint("wait longer with a larger --timeout")
}
