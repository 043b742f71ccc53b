//! `waba verify status`: a number and its business in one view — code verification,
//! registration, two-step PIN, display name and its review, Official Business Account, the
//! portfolio's business verification, the WABA's review — each with what it unlocks or blocks.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::models::Waba;
use crate::graph::{GraphClient, PageRequest};
use crate::lifecycle::{allowance, name_status_meaning};
use crate::render::{Cell, Table, Tone};

/// Arguments of `verify status`.
#[derive(Debug, Args)]
#[command(after_long_help = "Each item is ok, warn (something to do) or blocked (the number cannot \
send, or the business cannot grow); exit 8 when any item is blocked, as `numbers health` does for \
quality. The business's own verification status is read from the business portfolio when its id is \
configured (--business-id, WABA_BUSINESS_ID), else from the WABA's copy of it.\n\n\
Examples:\n  waba verify status\n  \
waba --phone-number-id 1100000000000006 verify status -o json")]
pub struct StatusArgs {}

/// One item of the picture.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Item {
    pub item: &'static str,
    pub status: String,
    /// `ok`, `warn` or `blocked`.
    pub level: &'static str,
    pub meaning: String,
}

#[derive(Serialize)]
struct Picture {
    id: String,
    display_phone_number: Option<String>,
    ok: bool,
    items: Vec<Item>,
}

fn item(item: &'static str, status: impl Into<String>, level: &'static str, meaning: impl Into<String>) -> Item {
    Item { item, status: status.into(), level, meaning: meaning.into() }
}

/// The business portfolio's verification status: the Business node when its id is configured,
/// else the WABA's `business_verification_status` (of `waba` when already read).
pub(crate) async fn business_verification(
    ctx: &mut Ctx,
    client: &GraphClient,
    waba: Option<&Waba>,
) -> CliResult<Option<String>> {
    if let Some(id) = ctx.settings()?.business_id.as_ref().map(|s| s.value.clone()) {
        return Ok(client.business(&id).await?.verification_status);
    }
    match waba {
        Some(w) => Ok(w.business_verification_status.clone()),
        None => {
            let id = ctx.account_id()?;
            Ok(client.waba(&id).await?.business_verification_status)
        }
    }
}

pub(super) async fn run(ctx: &mut Ctx, _args: &StatusArgs) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let waba_id = ctx.account_id()?;
    let client = ctx.client().await?;
    let (n, waba, numbers, oba) = tokio::join!(
        client.lifecycle(&phone),
        client.waba(&waba_id),
        client.phone_numbers(&waba_id, PageRequest::All),
        client.oba_status(&phone)
    );
    let (n, waba, numbers) = (n?, waba?, numbers?);
    let verification = business_verification(ctx, &client, Some(&waba)).await?;
    let mut items = Vec::new();
    let code = n.code_verification_status.clone().unwrap_or_else(|| "-".into());
    items.push(if code.eq_ignore_ascii_case("VERIFIED") {
        item("code_verification", code, "ok", "ownership proven by a code")
    } else {
        item(
            "code_verification",
            code,
            "blocked",
            "prove ownership: `waba verify request-code`, then `waba verify code`",
        )
    });
    let status = n.status.as_ref().map(|s| s.as_str().to_owned()).unwrap_or_else(|| "-".into());
    items.push(if status.eq_ignore_ascii_case("CONNECTED") {
        item("registration", status, "ok", "registered on the Cloud API: the number can send")
    } else if crate::lifecycle::is_registered_status(&status) {
        item("registration", status, "warn", "registered, but not in good standing: see `waba numbers health`")
    } else {
        item("registration", status, "blocked", "not registered: `waba numbers register --pin-stdin`")
    });
    let pin_level = if n.is_pin_enabled == Some(true) { "ok" } else { "warn" };
    let pin = n.is_pin_enabled.map_or("-".to_owned(), |b| if b { "on".into() } else { "off".into() });
    items.push(item("two_step_pin", pin, pin_level, super::pin::pin_meaning(n.is_pin_enabled)));
    let name = n.name_status.clone().unwrap_or_else(|| "-".into());
    let name_level = match name.to_ascii_uppercase().as_str() {
        "APPROVED" => "ok",
        "DECLINED" | "EXPIRED" => "blocked",
        _ => "warn",
    };
    let shown = format!("{} ({name})", n.verified_name.as_deref().unwrap_or("-"));
    items.push(item("display_name", shown, name_level, name_status_meaning(&name).unwrap_or("Meta did not say")));
    if let (Some(new), Some(st)) = (&n.new_display_name, &n.new_name_status) {
        let level = if st.eq_ignore_ascii_case("DECLINED") { "warn" } else { "ok" };
        items.push(item("new_display_name", format!("{new} ({st})"), level, name_status_meaning(st).unwrap_or("-")));
    }
    items.push(match oba {
        Ok(o) => {
            let st = o.oba_status.unwrap_or_else(|| "-".into());
            let meaning = o.status_message.unwrap_or_else(|| super::oba::status_meaning(&st).to_owned());
            item("official_business_account", st, "ok", meaning)
        }
        Err(_) => {
            let official = n.is_official_business_account == Some(true);
            let meaning = if official { "the number has the badge" } else { "no badge: see `waba verify oba check`" };
            item("official_business_account", if official { "APPROVED" } else { "-" }, "ok", meaning)
        }
    });
    let verified = verification.as_deref().is_some_and(allowance::is_verified);
    let v = verification.clone().unwrap_or_else(|| "-".into());
    items.push(if verified {
        item(
            "business_verification",
            v,
            "ok",
            format!("{} numbers allowed; the messaging limit can grow past 250 users/24h; OBA possible", allowance::VERIFIED),
        )
    } else {
        let level = if v.eq_ignore_ascii_case("rejected") || v.eq_ignore_ascii_case("failed") { "blocked" } else { "warn" };
        item(
            "business_verification",
            v,
            level,
            format!(
                "unverified: {} numbers, 250 business-initiated users/24h, no OBA; verify the business in Meta Business Suite",
                allowance::UNVERIFIED
            ),
        )
    });
    let held = numbers.items.len();
    let limit = allowance::for_status(verification.as_deref().unwrap_or(""));
    let level = if held >= limit { "warn" } else { "ok" };
    items.push(item(
        "numbers",
        format!("{held} of {limit}"),
        level,
        "numbers on this WABA, against the portfolio's allowance",
    ));
    let review = waba.account_review_status.clone().unwrap_or_else(|| "-".into());
    items.push(match review.to_ascii_uppercase().as_str() {
        "APPROVED" => item("account_review", review, "ok", "the WhatsApp Business Account may message"),
        "PENDING" => item("account_review", review, "warn", "Meta is reviewing the account: messaging waits for it"),
        _ => item("account_review", review, "blocked", "the account was not approved: see WhatsApp Manager"),
    });
    let ok = items.iter().all(|i| i.level != "blocked");
    let picture =
        Picture { id: n.id.as_str().to_owned(), display_phone_number: n.display_phone_number.clone(), ok, items };
    let mut table = Table::new(["item", "status", "what it means"]);
    for i in &picture.items {
        let tone = match i.level {
            "ok" => Tone::Good,
            "warn" => Tone::Warn,
            _ => Tone::Bad,
        };
        table.push(vec![Cell::plain(i.item), Cell::toned(&i.status, tone), Cell::plain(&i.meaning)]);
    }
    ctx.out.emit(&picture, &table)?;
    if ok {
        Ok(())
    } else {
        let blocked: Vec<&str> = picture.items.iter().filter(|i| i.level == "blocked").map(|i| i.item).collect();
        Err(CliError::new(Kind::CheckFailed, format!("blocked: {}", blocked.join(", ")))
            .hint("each blocked item says what to do"))
    }
}
