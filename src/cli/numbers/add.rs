//! `waba numbers add`: add a phone number to the WhatsApp Business Account
//! (`POST /{waba-id}/phone_numbers`), checked before sending.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::{GraphClient, GraphError, PageRequest};
use crate::lifecycle::{allowance, number};
use crate::render::{Cell, Table, diag};

/// Arguments of `numbers add`.
#[derive(Debug, Args)]
#[command(after_long_help = "The number must be yours, have a country and an area code (short codes \
are not supported), receive an SMS or a voice call, and not be in use on another WhatsApp account. It \
is checked before anything is sent (exit 2), and the display name is checked as `waba numbers \
display-name lint` checks it (--no-lint skips that). A portfolio holds 2 numbers until its business \
verification is approved, then 20; when Meta refuses, waba says how many the portfolio holds.\n\n\
Next: `waba verify request-code`, `waba verify code`, `waba numbers register --pin-stdin`.\n\n\
Examples:\n  waba numbers add --cc 1 --number 2025550142 --verified-name \"Acme Shoes\"\n  \
waba numbers add --cc 44 --number \"7700 900123\" --verified-name \"Acme Shoes UK\" -o json")]
pub struct AddArgs {
    /// Country calling code, e.g. 1 (US, Canada), 44 (UK), 91 (India)
    #[arg(long, value_name = "CODE")]
    cc: String,
    /// The national number with its area code, without the country code
    #[arg(long, value_name = "NUMBER")]
    number: String,
    /// The display name to submit for review (2 to 75 characters)
    #[arg(long, value_name = "NAME")]
    verified_name: String,
    /// Submit the name even when it breaks waba's display-name rules
    #[arg(long)]
    no_lint: bool,
}

#[derive(Serialize)]
struct Added {
    id: String,
    display_phone_number: String,
    verified_name: String,
}

pub(super) async fn run(ctx: &mut Ctx, args: &AddArgs) -> CliResult {
    let checked = number::check(&args.cc, &args.number).map_err(|p| {
        let mut e = CliError::usage(format!("not sent: {}", p.message)).hint(p.hint);
        e.details = Some(Box::new(serde_json::json!({ "rule": p.rule })));
        e
    })?;
    let name = args.verified_name.trim();
    if !args.no_lint {
        if let Some(f) = crate::display_name::lint(name).into_iter().next() {
            return Err(CliError::usage(format!("not sent: --verified-name: {} [{}]", f.message, f.rule))
                .hint("`waba numbers display-name lint NAME` lists every rule; --no-lint submits it anyway"));
        }
    }
    let waba = ctx.account_id()?;
    let client = ctx.client().await?;
    let id = match client.add_phone_number(&waba, &checked.cc, &checked.national, name).await {
        Ok(id) => id,
        Err(e) => return Err(with_allowance(ctx, &client, &waba, e).await),
    };
    let answer = Added { id, display_phone_number: checked.display(), verified_name: name.to_owned() };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("display_phone_number", Cell::plain(&answer.display_phone_number)),
        ("verified_name", Cell::plain(&answer.verified_name)),
    ]);
    ctx.out.emit(&answer, &table)?;
    if !ctx.global.quiet {
        diag::note(&format!(
            "next: waba --phone-number-id {} verify request-code (then `verify code`, `numbers register`)",
            answer.id
        ));
    }
    Ok(())
}

/// Meta's refusal, with the portfolio's allowance when it may be the reason.
async fn with_allowance(ctx: &mut Ctx, client: &GraphClient, waba: &str, err: GraphError) -> CliError {
    let mut e = CliError::from(err);
    if e.kind != Kind::Api {
        return e;
    }
    let held = client.phone_numbers(waba, PageRequest::All).await.map(|l| l.items.len());
    let verification = crate::cli::verify::business_verification(ctx, client, None).await;
    if let (Ok(held), Ok(status)) = (held, verification) {
        let status = status.unwrap_or_else(|| "unknown".into());
        let limit = allowance::for_status(&status);
        let ours = format!(
            "this account holds {held} numbers; a portfolio whose business verification is {status} may hold {limit} \
             ({} until verified, {} after)",
            allowance::UNVERIFIED,
            allowance::VERIFIED
        );
        e.hint = Some(match e.hint.take() {
            Some(meta) => format!("{meta} ({ours})"),
            None => ours,
        });
    }
    e
}
