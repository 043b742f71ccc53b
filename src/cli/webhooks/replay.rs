//! `waba webhooks replay`: send saved deliveries again.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::secrets::{self, FromStdin};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table};
use crate::webhooks::saved;

/// Arguments of `webhooks replay`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba webhooks replay deliveries.ndjson --to http://127.0.0.1:8080/webhook\n  \
  waba webhooks replay deliveries.ndjson --to http://127.0.0.1:3000/webhook --original-signature\n  \
  waba webhooks replay payload.json --to http://127.0.0.1:8080/webhook\n\n\
FILE is what `webhooks listen --save` wrote (one JSON line per delivery: received_at, headers,\n\
body), or one webhook payload as Meta sends it. Each body is sent byte for byte, signed again\n\
with the app secret (--app-secret-stdin, WABA_APP_SECRET or the profile), or with the signature\n\
header it arrived with (--original-signature). Exit 0 when every delivery was answered 2xx,\n\
1 when one was not, 7 when the receiver cannot be reached.")]
pub struct ReplayArgs {
    /// Saved deliveries (`listen --save`) or a webhook payload; `-` reads standard input
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// The receiver's URL
    #[arg(long, value_name = "URL")]
    to: String,

    /// Send each delivery's saved X-Hub-Signature-256 instead of signing it again
    #[arg(long)]
    original_signature: bool,

    /// Read the app secret from standard input
    #[arg(long, conflicts_with = "original_signature")]
    app_secret_stdin: bool,
}

#[derive(Serialize)]
struct Sent {
    delivery: usize,
    received_at: Option<String>,
    bytes: usize,
    signature: &'static str,
    status: u16,
}

/// Run `webhooks replay`.
pub async fn run(ctx: &mut Ctx, args: ReplayArgs) -> CliResult {
    let url = super::http::check_url(&args.to, "--to")?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut crate::cli::input::open(&args.file)?, &mut bytes)
        .map_err(|e| crate::cli::input::unreadable(&args.file, &e))?;
    let shown = crate::cli::input::display(&args.file);
    let deliveries = saved::read(&bytes).map_err(|e| {
        CliError::usage(format!("{shown}, {e}"))
            .hint("give a file written by `waba webhooks listen --save`, or one webhook payload (JSON)")
    })?;
    let secret = if args.original_signature {
        None
    } else {
        let secrets = secrets::resolve(ctx, FromStdin { app_secret: args.app_secret_stdin, verify_token: false })?;
        Some(secrets.require_app_secret("the deliveries cannot be signed again (or pass --original-signature)")?)
    };
    let client = super::http::client()?;
    let mut rows = Vec::new();
    for (i, d) in deliveries.iter().enumerate() {
        let body = d.body_bytes().map_err(|e| CliError::usage(format!("{shown}, delivery {}: {e}", i + 1)))?;
        let (signature, how) = match &secret {
            Some(secret) => (Some(crate::webhooks::sign(secret, &body)), "re-signed"),
            None => match d.header(crate::webhooks::signature::HEADER) {
                Some(sig) => (Some(sig.to_string()), "original"),
                None => (None, "none"),
            },
        };
        let len = body.len();
        let status = super::http::post(&client, &url, body, d.header("content-type"), signature.as_deref())
            .await
            .map_err(|why| CliError::new(Kind::Network, why).hint("is the receiver running?"))?;
        rows.push(Sent { delivery: i + 1, received_at: d.received_at.clone(), bytes: len, signature: how, status });
    }
    let mut table = Table::new(["DELIVERY", "RECEIVED AT", "BYTES", "SIGNATURE", "STATUS"]);
    for r in &rows {
        table.push(vec![
            Cell::plain(r.delivery.to_string()),
            Cell::opt(r.received_at.as_deref()),
            Cell::plain(r.bytes.to_string()),
            Cell::plain(r.signature),
            Cell::plain(r.status.to_string()),
        ]);
    }
    ctx.out.emit(&rows, &table)?;
    let refused = rows.iter().filter(|r| !(200..300).contains(&r.status)).count();
    if refused > 0 {
        return Err(CliError::new(Kind::Api, format!("{refused} of {} deliveries were not answered 2xx", rows.len()))
            .hint("the STATUS column shows each answer"));
    }
    Ok(())
}
