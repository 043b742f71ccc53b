//! Before the first message: the sending number, its rate, the cost and the messaging limit,
//! read live as `waba limits show` reads them.

use serde::Serialize;

use super::prepare::Validation;
use crate::bulk::estimate::{Cost, LimitCheck, cost, duration_secs, limit_check};
use crate::bulk::validate::Content;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::cli::limits::tier_of;
use crate::cli::send::common::{Delivery, phone_number_id};
use crate::graph::PageRequest;
use crate::sim::limits::throughput::{HIGH_MPS, STANDARD_MPS, ThroughputLevel};
use crate::sim::money::Money;
use crate::sim::pricing::PricingConfig;

/// The estimate shown before the first message (and with `--dry-run`).
#[derive(Debug, Clone, Serialize)]
pub struct Estimate {
    pub cost: Cost,
    pub messaging_limit: LimitCheck,
    /// Messages per second.
    pub rate: u32,
    /// Where the rate comes from: `--rate`, or the number's `throughput.level`.
    pub rate_source: String,
    pub duration_secs: f64,
}

/// The sending phone-number id (`--from` or the settings).
pub async fn sender(ctx: &mut Ctx, from: Option<&str>) -> CliResult<String> {
    let delivery = Delivery {
        from: from.map(str::to_string),
        reply_to: None,
        callback_data: None,
        dry_run: false,
        wait: super::super::wait::WaitArgs::none(),
    };
    phone_number_id(ctx, &delivery).await
}

/// The rate: `--rate`, else the number's throughput level (STANDARD 80/s, HIGH 1,000/s).
pub async fn rate(ctx: &mut Ctx, phone_number_id: &str, flag: Option<u32>) -> CliResult<(u32, String)> {
    if let Some(r) = flag {
        return Ok((r, "--rate".into()));
    }
    let client = ctx.client().await?;
    let number = client.phone_number(phone_number_id).await?;
    let level = number.throughput.as_ref().map(|t| t.level.to_string());
    let parsed = level.as_deref().and_then(ThroughputLevel::parse);
    let rate = match parsed {
        Some(ThroughputLevel::High) => HIGH_MPS,
        _ => STANDARD_MPS,
    };
    let source = match level {
        Some(l) => format!("throughput.level {l}"),
        None => "default (no throughput level in the answer)".into(),
    };
    Ok((rate, source))
}

pub async fn estimate(
    ctx: &mut Ctx,
    content: &Content,
    v: &Validation,
    rate: u32,
    rate_source: String,
) -> CliResult<Estimate> {
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    let cost = cost(content.category(), &v.markets, today, &PricingConfig::default()).map_err(|e| {
        CliError::usage(format!("cannot price the job: {e}")).hint("`waba pricing rates` shows the rate card in force")
    })?;
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let numbers = client.phone_numbers(&waba, PageRequest::All).await?.items;
    let tier = numbers.iter().filter_map(tier_of).max();
    let limit = limit_check(tier.map(|t| t.api_name().to_string()), tier.and_then(|t| t.limit()), v.unique_recipients);
    let duration = duration_secs(v.valid, f64::from(rate));
    Ok(Estimate { cost, messaging_limit: limit, rate, rate_source, duration_secs: duration })
}

/// `--max-cost AMOUNT`.
pub fn parse_max_cost(raw: &str) -> CliResult<Money> {
    match Money::parse(raw.trim().trim_start_matches('$')) {
        Some(m) if m.micros() >= 0 => Ok(m),
        _ => Err(CliError::usage(format!("--max-cost {raw:?} is not an amount"))
            .hint("give USD with at most 6 decimals, e.g. --max-cost 50 or --max-cost 12.5")),
    }
}

/// A duration for people: `45 s`, `12 min 5 s`, `3 h 20 min`.
pub fn human_duration(secs: f64) -> String {
    let s = secs.ceil() as u64;
    match s {
        0..=59 => format!("{s} s"),
        60..=3599 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}
