//! What every send shares: the recipient, the sending number, reply context, callback data,
//! `--dry-run`; the checks before sending and the output after.

use clap::Args;
use serde::Serialize;
use serde_json::Value;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::{PageRequest, SentMessage};
use crate::messages::body::{Envelope, MediaRef};
use crate::messages::{check, media};
use crate::render::{Cell, Table};

/// The recipient.
#[derive(Debug, Args)]
pub struct To {
    /// The recipient, E.164 with '+' and the country code (e.g. +16505551234)
    #[arg(long, value_name = "+E164")]
    pub to: String,
}

/// Options of every send.
#[derive(Debug, Args)]
pub struct Delivery {
    /// Send from this number of the account (its display number, e.g. +15550100001) instead of the configured phone-number id
    #[arg(long, value_name = "+E164")]
    pub from: Option<String>,

    /// Reply to (quote) this message (context.message_id)
    #[arg(long, value_name = "WAMID")]
    pub reply_to: Option<String>,

    /// Opaque data echoed in this message's status webhooks (biz_opaque_callback_data)
    #[arg(long, value_name = "DATA")]
    pub callback_data: Option<String>,

    /// Print the exact request body (and a template's preview) and send nothing
    #[arg(long)]
    pub dry_run: bool,

    #[command(flatten)]
    pub wait: super::wait::WaitArgs,
}

impl Delivery {
    /// The envelope for recipient `to`.
    pub fn envelope(&self, to: &To) -> Envelope {
        Envelope {
            to: to.to.trim().to_string(),
            reply_to: self.reply_to.clone(),
            callback_data: self.callback_data.clone(),
        }
    }
}

#[derive(Serialize)]
struct DryRun<'a> {
    dry_run: bool,
    body: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    preview: Option<&'a str>,
}

/// Check `body`, then print it (`--dry-run`) or send it and print Meta's answer.
pub async fn deliver(ctx: &mut Ctx, delivery: &Delivery, body: &Value, preview: Option<&str>) -> CliResult {
    check::check(body)?;
    if delivery.dry_run {
        if ctx.out.format() == crate::render::Format::Table {
            let mut text = serde_json::to_string_pretty(body).unwrap_or_default();
            text.push('\n');
            if let Some(p) = preview {
                text.push_str(&format!("\nPreview:\n{p}\n"));
            }
            ctx.out.raw(text.as_bytes())?;
        } else {
            ctx.out.emit(&DryRun { dry_run: true, body, preview }, &Table::record(Vec::new()))?;
        }
        return Ok(());
    }
    if delivery.wait.wait.is_some() {
        // An in-process sandbox must deliver webhooks for the wait to see them.
        ctx.want_sandbox_deliveries().await?;
    }
    let client = ctx.client().await?;
    let from = phone_number_id(ctx, delivery).await?;
    if let Some(want) = delivery.wait.wait {
        return super::wait::send_and_wait(ctx, &client, &from, body, &delivery.wait, want).await;
    }
    let sent = client.send_message(&from, body).await?;
    emit(ctx, &sent)
}

fn emit(ctx: &mut Ctx, sent: &SentMessage) -> CliResult {
    let id = sent.messages.first().map(|m| m.id.clone()).unwrap_or_default();
    let status = sent.messages.first().and_then(|m| m.message_status.clone());
    let mut fields = vec![("message id", Cell::plain(id))];
    if let Some(c) = sent.contacts.first() {
        fields.push(("to", Cell::plain(&c.input)));
        fields.push(("wa_id", Cell::plain(&c.wa_id)));
    }
    if let Some(status) = status {
        fields.push(("message_status", Cell::plain(status)));
    }
    ctx.out.emit(sent, &Table::record(fields))?;
    Ok(())
}

/// The sending phone-number id: `--from` resolved through the account's numbers, else the settings.
pub async fn phone_number_id(ctx: &mut Ctx, delivery: &Delivery) -> CliResult<String> {
    let client = ctx.client().await?;
    let Some(from) = &delivery.from else {
        return ctx.settings()?.phone_number_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
            CliError::new(Kind::Config, "no phone-number id to send from")
                .hint("pass --phone-number-id or --from +E164, set WABA_PHONE_NUMBER_ID, or add it to the profile")
        });
    };
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let want = digits(from);
    let waba = ctx.account_id()?;
    let numbers = client.phone_numbers(&waba, PageRequest::All).await?;
    let found = numbers.items.iter().find(|n| n.display_phone_number.as_deref().is_some_and(|d| digits(d) == want));
    match found {
        Some(n) => Ok(n.id.as_str().to_string()),
        None => {
            let known: Vec<String> = numbers.items.iter().filter_map(|n| n.display_phone_number.clone()).collect();
            Err(CliError::usage(format!("--from {from}: the account has no such number"))
                .hint(format!("its numbers: {}", if known.is_empty() { "none".into() } else { known.join(", ") })))
        }
    }
}

/// Media given as FILE|URL|MEDIA_ID: a file is checked for `kind` and uploaded (not with `--dry-run`).
pub async fn media_ref(
    ctx: &mut Ctx,
    delivery: &Delivery,
    kind: &str,
    value: &str,
    place: &str,
) -> CliResult<MediaRef> {
    match media::source(value, place)? {
        media::Source::Remote(r) => Ok(r),
        media::Source::File(path) => {
            let (mime, _) = media::check_file(kind, &path, place)?;
            if delivery.dry_run {
                return Ok(MediaRef::Id(format!("<media id of {} once uploaded>", path.display())));
            }
            let bytes = std::fs::read(&path).map_err(|e| crate::cli::input::unreadable(&path, &e))?;
            let client = ctx.client().await?;
            let from = phone_number_id(ctx, delivery).await?;
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "file".into());
            Ok(MediaRef::Id(client.upload_media(&from, &name, mime, bytes).await?))
        }
    }
}
