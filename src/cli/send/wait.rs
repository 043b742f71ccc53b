//! `waba send … --wait sent|delivered|read`: send, then wait for the message's status
//! webhooks on a local listener. Against the sandbox the listener registers itself as a
//! watcher (beside the app's callback URL, which stays as it is); against Meta it must be
//! reachable as the app's callback URL (`--listen ADDR` behind a tunnel or ingress).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, ValueEnum};
use serde::Serialize;
use serde_json::Value;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::cli::webhooks::secrets::{self, FromStdin};
use crate::graph::{GraphClient, SentMessage};
use crate::render::{Cell, Table, diag};
use crate::webhooks::receiver::{self, Incoming, ReceiverConfig};

/// The `--wait` options of every send.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Wait for the message's status webhook: exit 0 when it is reached, 8 when the message failed, 9 on --timeout
    #[arg(long, value_enum, value_name = "STATUS", help_heading = "Waiting")]
    pub wait: Option<WaitFor>,

    /// With --wait, receive the webhooks on ADDR (against Meta: where your tunnel or ingress forwards the app's callback URL)
    #[arg(long, value_name = "ADDR", requires = "wait", help_heading = "Waiting")]
    pub listen: Option<SocketAddr>,

    /// With --wait, the path the listener answers (the callback URL's path)
    #[arg(
        long = "listen-path",
        value_name = "PATH",
        default_value = "/webhook",
        requires = "wait",
        help_heading = "Waiting"
    )]
    pub listen_path: String,

    /// With --wait, give up after DURATION (e.g. 30s, 5m) with exit 9
    #[arg(long, value_name = "DURATION", default_value = "2m", value_parser = crate::cli::duration::positive, requires = "wait", help_heading = "Waiting")]
    pub timeout: Duration,
}

impl WaitArgs {
    /// No waiting (a send built by waba itself, e.g. each message of a bulk job).
    pub fn none() -> Self {
        Self { wait: None, listen: None, listen_path: "/webhook".into(), timeout: Duration::from_secs(120) }
    }
}

/// A status to wait for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WaitFor {
    /// Meta handed the message to WhatsApp
    Sent,
    /// It reached the recipient's device
    Delivered,
    /// The recipient read it (only when they share read receipts)
    Read,
}

impl WaitFor {
    fn name(self) -> &'static str {
        match self {
            WaitFor::Sent => "sent",
            WaitFor::Delivered => "delivered",
            WaitFor::Read => "read",
        }
    }

    /// How far a status webhook's `status` got (`played` is a voice message listened to).
    fn reached(status: &str) -> Option<WaitFor> {
        match status {
            "sent" => Some(WaitFor::Sent),
            "delivered" => Some(WaitFor::Delivered),
            "read" | "played" => Some(WaitFor::Read),
            _ => None,
        }
    }
}

/// What `--wait` prints: Meta's send answer and the message's statuses as received.
#[derive(Serialize)]
struct Waited<'a> {
    #[serde(flatten)]
    sent: &'a SentMessage,
    statuses: &'a [Value],
}

/// Removes the sandbox watcher when the wait ends, however it ends.
struct Watching {
    db: PathBuf,
    url: String,
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = crate::sandbox::deliver::watchers::remove(&self.db, &self.url);
    }
}

/// Starts the listener (registering it with the sandbox), sends `body` from `from`, and
/// waits for the status `args.wait` asks for.
pub async fn send_and_wait(
    ctx: &mut Ctx,
    client: &GraphClient,
    from: &str,
    body: &Value,
    args: &WaitArgs,
    want: WaitFor,
) -> CliResult {
    let sandbox = ctx.global.sandbox;
    let addr = match args.listen {
        Some(addr) => addr,
        None if sandbox => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        None => {
            return Err(CliError::usage("--wait against Meta needs --listen ADDR").hint(
                "Meta posts status webhooks to your app's callback URL: forward it (a tunnel or ingress) to \
                 ADDR, e.g. --listen 127.0.0.1:8080 with the callback URL https://YOUR-HOST/webhook",
            ));
        }
    };
    let secrets = secrets::resolve(ctx, FromStdin::default())?;
    let app_secret = if sandbox {
        // The sandbox's own secret is the one its deliveries carry, whatever the app's is.
        ctx.sandbox_app_secret().map(|s| s.as_bytes().to_vec()).or_else(|| secrets.app_secret_bytes())
    } else {
        Some(secrets.require_app_secret("--wait checks the signature of the status webhooks")?)
    };
    let config = ReceiverConfig {
        path: args.listen_path.clone(),
        app_secret,
        verify_token: secrets.verify_token.as_ref().map(|t| secrecy::ExposeSecret::expose_secret(t).to_string()),
        queue: receiver::DEFAULT_QUEUE,
    };
    let mut listener = receiver::start(addr, config).await.map_err(|e| {
        CliError::new(Kind::Usage, format!("--listen {addr}: cannot listen there: {e}"))
            .hint("pick a free port (0 takes any) on an address of this machine")
    })?;
    let url = callback_url(listener.local_addr(), &args.listen_path);
    let _watching = if sandbox {
        let db = ctx.paths.sandbox_db();
        let until = jiff::Timestamp::now().as_millisecond()
            + i64::try_from(args.timeout.as_millis()).unwrap_or(i64::MAX / 2)
            + 5_000;
        crate::sandbox::deliver::watchers::add(&db, &url, until)?;
        Some(Watching { db, url: url.clone() })
    } else {
        None
    };
    if !ctx.global.quiet {
        let whose = if sandbox { "the sandbox's" } else { "Meta's (through your app's callback URL)" };
        diag::note(&format!("waiting for {whose} status webhooks on {url}"));
    }
    let sent = client.send_message(from, body).await?;
    let Some(wamid) = sent.messages.first().map(|m| m.id.clone()) else {
        return Err(CliError::new(Kind::Api, "Meta's answer has no message id to wait for"));
    };
    let deadline = tokio::time::Instant::now() + args.timeout;
    let mut statuses: Vec<Value> = Vec::new();
    let mut warned = false;
    loop {
        let incoming = tokio::select! {
            i = listener.recv() => i,
            () = tokio::time::sleep_until(deadline) => None,
        };
        match incoming {
            Some(Incoming::Delivery(d)) => {
                let Ok(events) = crate::webhooks::event::parse(&d.body) else { continue };
                for event in events.into_iter().filter(|e| e.kind == "status" && e.id.as_deref() == Some(&wamid)) {
                    let status = event.event.clone().unwrap_or_default();
                    statuses.push(event.value.clone());
                    if status == "failed" {
                        emit(ctx, &sent, &statuses, "failed")?;
                        let (code, title) = event.error().unwrap_or((0, "no error given".into()));
                        return Err(CliError::new(
                            Kind::CheckFailed,
                            format!("message {wamid} failed: ({code}) {title}"),
                        )
                        .hint(failure_hint(code)));
                    }
                    if WaitFor::reached(&status).is_some_and(|r| r >= want) {
                        return emit(ctx, &sent, &statuses, &status);
                    }
                }
            }
            Some(Incoming::Refused { reason, .. }) if !warned => {
                warned = true;
                diag::warning(&format!(
                    "a webhook delivery was refused ({reason}): it is not signed with the app secret waba checks"
                ));
            }
            Some(_) => {}
            None => {
                let last = statuses.last().and_then(|s| s.get("status")).and_then(Value::as_str).unwrap_or("no status");
                if ctx.global.json_errors() {
                    emit(ctx, &sent, &statuses, last)?;
                }
                let hint = if sandbox {
                    "the sandbox delivers only for a WABA the app is subscribed to (`waba webhooks status`); \
                     a slow magic recipient takes longer: pass a longer --timeout"
                } else {
                    "check that the app's callback URL reaches --listen and that the app is subscribed to the \
                     account's `messages` field (`waba webhooks status`)"
                };
                return Err(CliError::new(
                    Kind::Timeout,
                    format!(
                        "message {wamid}: {last} after {}, not {}",
                        crate::cli::duration::show(args.timeout),
                        want.name()
                    ),
                )
                .hint(hint));
            }
        }
    }
}

/// The URL the listener answers at (a wildcard address is reached on the loopback).
fn callback_url(addr: SocketAddr, path: &str) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let path = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
    format!("http://{}{path}", SocketAddr::new(ip, addr.port()))
}

fn emit(ctx: &mut Ctx, sent: &SentMessage, statuses: &[Value], last: &str) -> CliResult {
    let id = sent.messages.first().map(|m| m.id.clone()).unwrap_or_default();
    let mut fields = vec![("message id", Cell::plain(id))];
    if let Some(c) = sent.contacts.first() {
        fields.push(("to", Cell::plain(&c.input)));
        fields.push(("wa_id", Cell::plain(&c.wa_id)));
    }
    fields.push(("status", Cell::plain(last)));
    ctx.out.emit(&Waited { sent, statuses }, &Table::record(fields))?;
    Ok(())
}

/// What to do about a failed status's error code (graph-api.md §3.2).
fn failure_hint(code: i64) -> &'static str {
    match code {
        131047 => "more than 24 hours since the user last wrote: send an approved template instead",
        131026 => "the recipient cannot receive it (not on WhatsApp, or an old app version): check the number",
        131049 => "Meta held it to keep engagement healthy (ecosystem limit): do not retry at once",
        131050 => "the user opted out of marketing messages from this business",
        131053 => "the media could not be used: upload it again and send the new media id",
        _ => "the error's code and title are Meta's; see the status webhook in -o json for its details",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_later_status_satisfies_an_earlier_wait() {
        assert!(WaitFor::reached("read").is_some_and(|r| r >= WaitFor::Delivered));
        assert!(WaitFor::reached("delivered").is_some_and(|r| r >= WaitFor::Sent));
        assert_eq!(WaitFor::reached("sent"), Some(WaitFor::Sent));
        assert!(WaitFor::Sent < WaitFor::Delivered);
        assert_eq!(WaitFor::reached("failed"), None);
    }

    #[test]
    fn the_callback_url_of_a_wildcard_address_is_on_the_loopback() {
        let addr: SocketAddr = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(callback_url(addr, "/webhook"), "http://127.0.0.1:8080/webhook");
        assert_eq!(callback_url("127.0.0.1:9".parse().unwrap(), "hook"), "http://127.0.0.1:9/hook");
    }
}
