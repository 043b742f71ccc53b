//! `waba auth status`: Meta's `debug_token` for the token in use.

use clap::Args;
use serde::Serialize;

use super::{date, expiry_text, inspect, now, warnings};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::graph::models::TokenInfo;
use crate::render::{Cell, Table, Tone, diag};

/// Arguments of `auth status`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba auth status\n  \
  waba --profile prod auth status -o json\n  \
  waba --sandbox auth status\n\n\
The token is the one in use (WABA_TOKEN, else the profile's); it is sent to Meta only as\n\
debug_token's input_token and never printed. Exit 4 when it is invalid or expired; a warning\n\
when it expires within 7 days or lacks whatsapp_business_management / whatsapp_business_messaging.")]
pub struct StatusArgs {}

/// `-o json`: Meta's `data` object, plus where the token came from (never the token).
#[derive(Serialize)]
struct Answer<'a> {
    #[serde(flatten)]
    data: &'a TokenInfo,
    profile: Option<String>,
    token_source: Option<String>,
}

/// Run `auth status`.
pub async fn run(ctx: &mut Ctx, _args: &StatusArgs) -> CliResult {
    let client = ctx.client().await?;
    let settings = ctx.settings()?;
    let profile = settings.profile.as_ref().map(|p| p.value.clone());
    let token_source = settings.token.as_ref().map(|t| t.source.to_string());
    let now = now();
    let info = inspect(&client, now).await?;
    if !ctx.global.quiet {
        for warning in warnings(&info, now) {
            diag::warning(&warning);
        }
    }
    let table = record(&info, profile.as_deref(), token_source.as_deref(), now);
    ctx.out.emit(&Answer { data: &info, profile, token_source }, &table)?;
    Ok(())
}

fn record(info: &TokenInfo, profile: Option<&str>, source: Option<&str>, now: i64) -> Table {
    let valid = if info.is_valid { Cell::toned("yes", Tone::Good) } else { Cell::toned("no", Tone::Bad) };
    let app = match (&info.application, &info.app_id) {
        (Some(name), Some(id)) => format!("{name} ({id})"),
        (Some(name), None) => name.clone(),
        (None, Some(id)) => id.to_string(),
        (None, None) => "-".to_string(),
    };
    let targets: Vec<String> = info
        .granular_scopes
        .iter()
        .map(|g| {
            let ids: Vec<&str> = g.target_ids.iter().map(|i| i.as_str()).collect();
            let ids = if ids.is_empty() { "all".to_string() } else { ids.join(", ") };
            format!("{}: {ids}", g.scope)
        })
        .collect();
    Table::record(vec![
        ("valid", valid),
        ("type", Cell::opt(info.token_type.as_ref())),
        ("app", Cell::plain(app)),
        ("user", Cell::opt(info.user_id.as_ref())),
        ("issued", Cell::opt(info.issued_at.map(date))),
        ("expires", Cell::plain(expiry_text(info.expires(), now))),
        ("data access expires", Cell::plain(expiry_text(info.data_access_expires(), now))),
        ("scopes", Cell::plain(if info.scopes.is_empty() { "-".to_string() } else { info.scopes.join(", ") })),
        ("granular targets", Cell::plain(if targets.is_empty() { "-".to_string() } else { targets.join("\n") })),
        ("profile", Cell::opt(profile)),
        ("token source", Cell::opt(source)),
    ])
}
