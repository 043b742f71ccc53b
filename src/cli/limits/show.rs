//! `waba limits show`: the live messaging limit, each number, and what the next level needs.

use clap::Args;
use serde::Serialize;

use super::view;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::graph::PageRequest;
use crate::graph::models::PhoneNumber;
use crate::render::{Cell, Fit, Report, Section, Table};
use crate::sim::limits::{NextLevel, NumberStatus, Quality, Regime, Tier, next_level};

/// Arguments of `limits show`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba --sandbox limits show\n  waba limits show -o json\n\n\
The limit is read from whatsapp_business_manager_messaging_limit (API v24.0 and \
newer: the business portfolio's limit) or messaging_limit_tier (v23.0 and older: each number's own). The \
next-level requirements follow the rules of today's regime; usage over the last 7 or 30 days is not \
available from the API, so those conditions are shown without a verdict.")]
pub struct ShowArgs {}

/// One number as `limits show` sees it, with Meta's field names: the limit is in
/// whichever of the two fields the API version returned (the other is null).
#[derive(Serialize)]
struct NumberLimit {
    id: String,
    display_phone_number: Option<String>,
    quality_rating: Option<String>,
    status: Option<String>,
    whatsapp_business_manager_messaging_limit: Option<String>,
    messaging_limit_tier: Option<String>,
    throughput: Option<ThroughputLevel>,
}

/// Meta's `throughput` object.
#[derive(Serialize)]
struct ThroughputLevel {
    level: String,
}

impl NumberLimit {
    fn limit(&self) -> Option<&String> {
        self.whatsapp_business_manager_messaging_limit.as_ref().or(self.messaging_limit_tier.as_ref())
    }
}

/// `-o json`.
#[derive(Serialize)]
struct Answer {
    regime: Regime,
    business_verification_status: Option<String>,
    messaging_limit: Option<String>,
    next_level: Option<NextLevel>,
    phone_numbers: Vec<NumberLimit>,
}

pub async fn run(ctx: &mut Ctx, _args: &ShowArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba_id = ctx.account_id()?;
    let waba = client.waba(&waba_id).await?;
    let numbers = client.phone_numbers(&waba_id, PageRequest::All).await?.items;
    let verification = waba.business_verification_status.clone();
    let verified = verification.as_deref().is_some_and(|v| v.eq_ignore_ascii_case("verified"));
    let regime = Regime::at(jiff::Timestamp::now(), &jiff::tz::TimeZone::UTC);
    // Under per-portfolio every number reports the same limit; take the highest, as Meta did at migration.
    let tiers: Vec<Tier> = numbers.iter().filter_map(tier_of).collect();
    let current = tiers.iter().copied().max();
    let quality = numbers.iter().filter_map(quality_of).min().unwrap_or(Quality::High);
    // A limit is usable when at least one number can send.
    let statuses: Vec<NumberStatus> =
        numbers.iter().map(|n| NumberStatus::parse(n.status.as_ref().map_or("", |s| s.as_str()))).collect();
    let status = statuses.iter().copied().find(|s| *s == NumberStatus::Connected).or(statuses.first().copied());
    let next = match current {
        Some(tier) => next_level(regime, tier, quality, status.unwrap_or(NumberStatus::Other), verified).ok(),
        None => None,
    };
    let answer = Answer {
        regime,
        business_verification_status: verification,
        messaging_limit: current.map(|t| t.api_name().to_string()),
        next_level: next,
        phone_numbers: numbers.iter().map(number_limit).collect(),
    };
    let report = render(&answer);
    ctx.out.emit_rows(&answer, &answer.phone_numbers, &report)?;
    Ok(())
}

/// The messaging limit a number reports (either API field), as a tier.
pub(crate) fn tier_of(n: &PhoneNumber) -> Option<Tier> {
    n.messaging_limit().and_then(|l| Tier::parse(&l.to_string()).ok())
}

fn quality_of(n: &PhoneNumber) -> Option<Quality> {
    n.quality_rating.as_ref().and_then(|q| Quality::parse(q.as_str()))
}

fn number_limit(n: &PhoneNumber) -> NumberLimit {
    NumberLimit {
        id: n.id.to_string(),
        display_phone_number: n.display_phone_number.clone(),
        quality_rating: n.quality_rating.as_ref().map(|q| q.as_str().to_string()),
        status: n.status.as_ref().map(|s| s.as_str().to_string()),
        whatsapp_business_manager_messaging_limit: n
            .whatsapp_business_manager_messaging_limit
            .as_ref()
            .map(|l| l.to_string()),
        messaging_limit_tier: n.messaging_limit_tier.as_ref().map(|l| l.to_string()),
        throughput: n.throughput.as_ref().map(|t| ThroughputLevel { level: t.level.to_string() }),
    }
}

fn render(a: &Answer) -> Report {
    let limit = a.messaging_limit.as_deref().and_then(|t| Tier::parse(t).ok());
    let summary = Table::record(vec![
        ("regime", Cell::plain(a.regime.to_string())),
        ("messaging limit", Cell::plain(limit.map_or("-".to_string(), view::limit))),
        ("business verification", Cell::opt(a.business_verification_status.as_ref())),
    ]);
    let mut sections = vec![Section::Table(Some("Messaging limit".into()), summary)];
    let mut table = Table::new(["id", "number", "quality", "status", "limit", "throughput"])
        .list_keeping(&[1, 2, 3, 4, 5])
        .fit(&[(0, Fit::Below)]);
    for n in &a.phone_numbers {
        table.push(vec![
            Cell::plain(&n.id),
            Cell::opt(n.display_phone_number.as_ref()),
            Cell::opt(n.quality_rating.as_ref()),
            Cell::opt(n.status.as_ref()),
            Cell::opt(n.limit()),
            Cell::opt(n.throughput.as_ref().map(|t| &t.level)),
        ]);
    }
    sections.push(Section::Table(None, table.clone()));
    if let Some(next) = &a.next_level {
        sections.push(Section::Text(Some(next_title(next)), next_text(next)));
        sections.extend(view::assumptions(&next.assumptions));
    }
    Report { sections, csv: table }
}

fn next_title(next: &NextLevel) -> String {
    match next.next {
        Some(tier) => format!("Next level: {} (within {} h of meeting one path)", view::limit(tier), next.delay_hours),
        None => "Next level: none, the limit is unlimited".to_string(),
    }
}

fn next_text(next: &NextLevel) -> String {
    let mut lines = Vec::new();
    for (i, path) in next.paths.iter().enumerate() {
        if next.paths.len() > 1 {
            lines.push(format!("path {}:", i + 1));
        }
        for req in path {
            let mark = match req.met {
                Some(true) => "[x]",
                Some(false) => "[ ]",
                None => "[?]",
            };
            lines.push(format!("  {mark} {}", req.text));
        }
    }
    lines.extend(next.warnings.iter().map(|w| format!("warning: {w}")));
    lines.join("\n")
}
