//! `waba webhooks subscribe | unsubscribe | status`: the app's subscription to the
//! WABA's webhooks (`/{waba-id}/subscribed_apps`), with Meta's per-WABA callback override.

use clap::Args;
use serde::Serialize;

use super::secrets::{self, FromStdin};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::CallbackOverride;
use crate::render::{Cell, Fit, Table, diag};

/// Arguments of `webhooks subscribe`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba webhooks subscribe\n  \
WABA_VERIFY_TOKEN=… waba webhooks subscribe --callback-url https://hooks.example.com/wa\n  \
waba webhooks subscribe --callback-url https://hooks.example.com/wa --verify-token-stdin < token.txt\n\n\
Without --callback-url the app is subscribed with its own callback URL (set in the App Dashboard); \
this also clears an earlier override. With --callback-url, Meta first sends the verification \
request (hub.mode=subscribe, hub.verify_token, hub.challenge) to that URL, and the subscription \
fails (code 2200) unless the URL echoes the challenge: start `waba webhooks listen` (or your app) \
there first. The verify token comes from --verify-token-stdin, WABA_VERIFY_TOKEN or the profile.")]
pub struct SubscribeArgs {
    /// Send this WABA's webhooks to URL instead of the app's callback (https)
    #[arg(long, value_name = "URL")]
    callback_url: Option<String>,

    /// Read the verify token from standard input (instead of WABA_VERIFY_TOKEN or the profile)
    #[arg(long)]
    verify_token_stdin: bool,
}

/// Arguments of `webhooks unsubscribe`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba webhooks unsubscribe --yes\n\n\
The app stops receiving every webhook of the WABA (messages, statuses, template and account events) \
until `waba webhooks subscribe` is run again.")]
pub struct UnsubscribeArgs {
    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,
}

/// Arguments of `webhooks status`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba webhooks status\n  waba webhooks status -o json\n\n\
Lists the apps subscribed to the WABA's webhooks and the callback override each set; exits 8 when \
no app is subscribed (nothing receives the WABA's webhooks).")]
pub struct StatusArgs {}

#[derive(Serialize)]
struct Changed {
    waba_id: String,
    success: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    override_callback_uri: Option<String>,
}

pub async fn subscribe(ctx: &mut Ctx, args: SubscribeArgs) -> CliResult {
    let callback = match &args.callback_url {
        None => None,
        Some(url) => {
            check_url(url)?;
            let found = secrets::resolve(ctx, FromStdin { app_secret: false, verify_token: args.verify_token_stdin })?;
            let Some(verify_token) = found.verify_token else {
                return Err(CliError::new(Kind::Config, "--callback-url needs a verify token").hint(
                    "set WABA_VERIFY_TOKEN, store it with `waba profile set NAME --verify-token-stdin`, or pipe it \
                     in with --verify-token-stdin",
                ));
            };
            Some(CallbackOverride { url: url.clone(), verify_token })
        }
    };
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let success = client.subscribe_app(&waba, callback.as_ref()).await?;
    let answer = Changed { waba_id: waba, success, override_callback_uri: args.callback_url };
    let mut fields = vec![("subscribed", Cell::plain(&answer.waba_id)), ("success", Cell::plain(success.to_string()))];
    if let Some(url) = &answer.override_callback_uri {
        fields.push(("override callback uri", Cell::plain(url)));
    }
    ctx.out.emit(&answer, &Table::record(fields))?;
    Ok(())
}

pub async fn unsubscribe(ctx: &mut Ctx, args: UnsubscribeArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let apps = client.subscribed_apps(&waba).await?;
    if apps.is_empty() {
        return Err(CliError::new(Kind::NotFound, format!("no app is subscribed to WABA {waba}'s webhooks"))
            .hint("`waba webhooks status` shows the subscriptions"));
    }
    if !args.yes {
        let prompt = format!(
            "Unsubscribe this app from WABA {waba}'s webhooks ({} app(s) subscribed now)? It stops receiving them.",
            apps.len()
        );
        if !ctx.confirm(&prompt, &format!("refusing to unsubscribe from WABA {waba} without confirmation"))? {
            diag::note("nothing changed");
            return Ok(());
        }
    }
    let success = client.unsubscribe_app(&waba).await?;
    let answer = Changed { waba_id: waba, success, override_callback_uri: None };
    let table = Table::record(vec![
        ("unsubscribed", Cell::plain(&answer.waba_id)),
        ("success", Cell::plain(success.to_string())),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

pub async fn status(ctx: &mut Ctx, _args: StatusArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let apps = client.subscribed_apps(&waba).await?;
    let mut table = Table::new(["app id", "name", "override callback uri"]).fit(&[(1, Fit::Wrap)]);
    for a in &apps {
        table.push(vec![Cell::plain(&a.id), Cell::opt(a.name.as_ref()), Cell::opt(a.override_callback_uri.as_ref())]);
    }
    ctx.out.emit(&apps, &table)?;
    if apps.is_empty() {
        return Err(CliError::new(Kind::CheckFailed, format!("no app is subscribed to WABA {waba}'s webhooks"))
            .hint("`waba webhooks subscribe` subscribes the token's app"));
    }
    Ok(())
}

/// https, or plain http to a loopback host (a local receiver).
fn check_url(url: &str) -> CliResult {
    if crate::webhooks::is_callback_url(url) {
        return Ok(());
    }
    Err(CliError::usage(format!(
        "--callback-url {url:?} must be https (or http to localhost); Meta calls only https callbacks"
    ))
    .hint("give the public https URL of your receiver, e.g. https://hooks.example.com/wa"))
}
