//! `waba numbers register | deregister`: the number on the Cloud API.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::cli::verify::explain::explain;
use crate::cli::verify::secret::{self, PIN};
use crate::render::{Cell, Table};

/// Arguments of `numbers register`.
#[derive(Debug, Args)]
#[command(after_long_help = "The number must have proven ownership with a code (`waba verify \
request-code`, `waba verify code`). With two-step verification off, the six digits become its PIN; \
with it on, they must be its PIN (133005; wrong PINs lead to a lock-out, 133008). The PIN is read \
from standard input with --pin-stdin, or asked for (hidden) on a terminal, never taken as an \
argument. Register and deregister are limited to 10 calls per number in 72 hours (133016).\n\n\
Examples:\n  waba numbers register\n  \
printf %s \"$PIN\" | waba --phone-number-id 1100000000000006 numbers register --pin-stdin\n  \
printf %s \"$PIN\" | waba numbers register --pin-stdin --data-localization-region DE")]
pub struct RegisterArgs {
    /// Read the two-step PIN from standard input
    #[arg(long)]
    pin_stdin: bool,
    /// Store message data at rest in this country, where Meta offers it (AE AU BH BR CA CH DE GB ID IN JP KR SG ZA)
    #[arg(long, value_name = "CC")]
    data_localization_region: Option<String>,
    /// Refused: a PIN on the command line stays in shell history
    #[arg(value_name = "PIN", hide = true)]
    pin: Option<String>,
}

/// Arguments of `numbers deregister`.
#[derive(Debug, Args)]
#[command(after_long_help = "The number stops sending and receiving messages on the Cloud API until \
it is registered again (`waba numbers register`, with its two-step PIN). Asks for confirmation on a \
terminal; --yes is needed otherwise.\n\n\
Examples:\n  waba numbers deregister\n  \
waba --phone-number-id 1100000000000006 numbers deregister --yes")]
pub struct DeregisterArgs {
    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long)]
    yes: bool,
}

#[derive(Serialize)]
struct Outcome {
    id: String,
    display_phone_number: Option<String>,
    status: Option<String>,
    success: bool,
}

fn table(o: &Outcome) -> Table {
    Table::record(vec![
        ("id", Cell::plain(&o.id)),
        ("display_phone_number", Cell::plain(o.display_phone_number.as_deref().unwrap_or("-"))),
        ("status", Cell::plain(o.status.as_deref().unwrap_or("-"))),
        ("success", Cell::plain(o.success.to_string())),
    ])
}

pub(super) async fn register(ctx: &mut Ctx, args: &RegisterArgs) -> CliResult {
    secret::refuse_argument(PIN, args.pin.is_some())?;
    let regions = crate::lifecycle::DATA_LOCALIZATION_REGIONS;
    let region = match &args.data_localization_region {
        Some(r) if regions.contains(&r.to_ascii_uppercase().as_str()) => Some(r.to_ascii_uppercase()),
        Some(r) => {
            return Err(CliError::usage(format!(
                "--data-localization-region '{r}' is not a country where Meta offers local storage"
            ))
            .hint(format!("use one of {}", regions.join(", "))));
        }
        None => None,
    };
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let pin = secret::read(ctx, PIN, args.pin_stdin)?;
    let client = ctx.client().await?;
    let success = client.register(&phone, &pin, region.as_deref()).await.map_err(explain)?;
    let n = client.lifecycle(&phone).await?;
    let o = Outcome {
        id: phone,
        display_phone_number: n.display_phone_number,
        status: n.status.map(|s| s.as_str().to_owned()),
        success,
    };
    ctx.out.emit(&o, &table(&o))?;
    Ok(())
}

pub(super) async fn deregister(ctx: &mut Ctx, args: &DeregisterArgs) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let n = client.lifecycle(&phone).await?;
    let shown = format!(
        "{} ({}, id {phone})",
        n.display_phone_number.as_deref().unwrap_or("?"),
        n.verified_name.as_deref().unwrap_or("no name")
    );
    if !args.yes {
        let prompt = format!(
            "Deregister 1 number, {shown}? It stops sending and receiving on the Cloud API until registered again"
        );
        if !ctx.confirm(&prompt, &format!("refusing to deregister {shown} without confirmation"))? {
            return Err(CliError::usage("not deregistered").hint("nothing was changed"));
        }
    }
    let success = client.deregister(&phone).await.map_err(explain)?;
    let o = Outcome {
        id: phone,
        display_phone_number: n.display_phone_number,
        status: Some("DISCONNECTED".into()),
        success,
    };
    ctx.out.emit(&o, &table(&o))?;
    Ok(())
}
