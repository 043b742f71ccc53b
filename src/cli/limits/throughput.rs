//! `waba limits throughput`: a number's throughput level, what it means, and the webhook capacity it needs.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::{Cell, Report, Section, Table};
use crate::sim::limits::{ThroughputInfo, ThroughputLevel, throughput};

/// Arguments of `limits throughput`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba --sandbox limits throughput\n  \
waba limits throughput --level high --reply-ratio 0.5\n\n\
Without --level the level is read from the phone number (--phone-number-id, \
WABA_PHONE_NUMBER_ID or the profile); with --level nothing is read and no account is needed.")]
pub struct ThroughputArgs {
    /// Explain this level instead of reading the number's: standard (80 msg/s) or high (1,000 msg/s)
    #[arg(long, value_name = "LEVEL", value_parser = parse_level)]
    level: Option<ThroughputLevel>,

    /// Share of sent messages that users answer, for the webhook estimate (0 to 1)
    #[arg(long, value_name = "RATIO", default_value_t = 0.3)]
    reply_ratio: f64,

    /// The number is also used in the WhatsApp Business app (coexistence: 20 msg/s)
    #[arg(long)]
    shared_with_business_app: bool,
}

fn parse_level(s: &str) -> Result<ThroughputLevel, String> {
    ThroughputLevel::parse(s)
        .filter(|level| *level != ThroughputLevel::NotApplicable)
        .ok_or_else(|| "expected standard or high".to_string())
}

/// `-o json`: the number read, if any, and what its level means.
#[derive(Serialize)]
struct Answer {
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_number_id: Option<String>,
    #[serde(flatten)]
    info: ThroughputInfo,
}

pub async fn run(ctx: &mut Ctx, args: &ThroughputArgs) -> CliResult {
    let (level, phone_number_id) = match args.level {
        Some(level) => (level, None),
        None => {
            let id = ctx.settings()?.phone_number_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
                CliError::usage("no phone number is configured to read the throughput level of")
                    .hint("pass --phone-number-id ID (or set WABA_PHONE_NUMBER_ID), or --level standard|high to explain a level offline")
            })?;
            let number = ctx.client().await?.phone_number(&id).await?;
            let reported = number.throughput.as_ref().map(|t| t.level.to_string()).unwrap_or_default();
            let level = ThroughputLevel::parse(&reported).ok_or_else(|| {
                CliError::new(
                    crate::cli::error::Kind::Api,
                    format!("phone number {id} reports throughput level {reported:?}"),
                )
                .hint("pass --level standard|high to explain a level")
            })?;
            (level, Some(id))
        }
    };
    let info = throughput(level, args.shared_with_business_app, args.reply_ratio)
        .map_err(|e| CliError::usage(format!("--reply-ratio: {e}")))?;
    let table = Table::record(vec![
        ("phone number", Cell::opt(phone_number_id.as_ref())),
        ("level", Cell::plain(info.level.as_str())),
        ("messages per second", Cell::plain(super::view::thousands(u64::from(info.messages_per_second)))),
        ("reply ratio", Cell::plain(format!("{:.0} %", info.reply_ratio * 100.0))),
        ("status webhooks/s", per_second(info.status_webhooks_per_second)),
        ("incoming webhooks/s", per_second(info.incoming_webhooks_per_second)),
        ("webhook capacity needed/s", per_second(info.total_webhooks_per_second)),
    ]);
    let mut sections = vec![Section::Table(None, table.clone())];
    sections.extend(Section::bullets("1,000 msg/s needs", info.requirements_for_high.iter().map(|r| r.to_string())));
    sections.extend(Section::bullets("Notes", info.notes.iter().map(|n| n.to_string())));
    sections.extend(super::view::assumptions(&info.assumptions));
    ctx.out.emit_report(&Answer { phone_number_id, info }, &Report { sections, csv: table })?;
    Ok(())
}

/// A rate, rounded and grouped in thousands like every count in a table.
fn per_second(rate: f64) -> Cell {
    // Rates here are small non-negative figures (webhooks per second); the cast cannot truncate.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let rounded = rate.max(0.0).round() as u64;
    Cell::plain(super::view::thousands(rounded))
}
