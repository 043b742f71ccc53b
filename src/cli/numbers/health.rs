//! `waba numbers health`: the ops view, fit for cron and monitoring.

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::{quality_cell, status_cell};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::PageRequest;
use crate::graph::models::{PhoneNumber, Waba};
use crate::health::{self, FailOn, Level, Verdict};
use crate::render::{Cell, Fit, Section, Table, Tone};

/// Arguments of `numbers health`.
#[derive(Debug, Args)]
#[command(after_long_help = "A number fails when its quality is at or below --fail-quality, when its status \
is FLAGGED, RESTRICTED, BANNED or DISCONNECTED, or when Meta reports it BLOCKED from sending. The account \
fails when its review status is REJECTED, RESTRICTED or DISABLED. An unverified business only warns.\n\n\
Exit status: 0 when no item is at or above --fail-on, 8 when one is. With the default --fail-on fail, \
warnings exit 0; with --fail-on warn they exit 8, so a monitor can tell WARN from OK (the `summary` \
counts ok, warn and fail in -o json). With -q a passing check prints nothing.\n\n\
Examples:\n  waba numbers health -q --fail-on warn     # cron: silent and exit 0 only when all is ok\n  \
waba numbers health -o json | jq .summary")]
pub struct HealthArgs {
    /// The verdict at or above which the check fails (exit 8)
    #[arg(long, value_enum, default_value_t = FailOnArg::Fail, value_name = "LEVEL")]
    pub fail_on: FailOnArg,

    /// Quality rating at or below which a number fails
    #[arg(long, value_enum, default_value_t = FailQualityArg::Red, value_name = "QUALITY")]
    pub fail_quality: FailQualityArg,
}

/// `--fail-on` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Fail on any warning or failure
    Warn,
    /// Fail on failures only; warnings exit 0
    Fail,
}

/// `--fail-quality` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailQualityArg {
    /// Fail on YELLOW (medium) or RED (low)
    Yellow,
    /// Fail on RED (low) only
    Red,
}

#[derive(Serialize)]
struct Report {
    ok: bool,
    fail_on: Level,
    fail_quality: &'static str,
    summary: Summary,
    business: BusinessReport,
    waba: WabaReport,
    phone_numbers: Vec<NumberReport>,
}

/// How many checked items got each verdict.
#[derive(Serialize, Default)]
struct Summary {
    checked: usize,
    ok: usize,
    warn: usize,
    fail: usize,
}

/// One checked item, flat: the rows of `-o ndjson` and `-o csv`.
#[derive(Serialize)]
struct Row<'a> {
    kind: &'static str,
    id: Option<&'a str>,
    name: Option<&'a str>,
    quality_rating: Option<&'a str>,
    status: Option<&'a str>,
    messaging_limit: Option<String>,
    throughput_level: Option<String>,
    verdict: Level,
    reason: &'a str,
}

#[derive(Serialize)]
struct BusinessReport {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    verification_status: Option<String>,
    verdict: Verdict,
}

#[derive(Serialize)]
struct WabaReport {
    #[serde(flatten)]
    waba: Waba,
    verdict: Verdict,
}

#[derive(Serialize)]
struct NumberReport {
    #[serde(flatten)]
    number: PhoneNumber,
    verdict: Verdict,
}

/// Run `numbers health`.
pub async fn run(ctx: &mut Ctx, args: &HealthArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba_id = ctx.account_id()?;
    let fail_on = match args.fail_quality {
        FailQualityArg::Yellow => FailOn::Yellow,
        FailQualityArg::Red => FailOn::Red,
    };
    let fail_level = match args.fail_on {
        FailOnArg::Warn => Level::Warn,
        FailOnArg::Fail => Level::Fail,
    };
    let (waba, numbers) = tokio::try_join!(client.waba(&waba_id), client.phone_numbers(&waba_id, PageRequest::All))?;
    let business_id = ctx.settings()?.business_id.as_ref().map(|s| s.value.clone());
    let business = match &business_id {
        Some(id) => Some(client.business(id).await?),
        None => None,
    };
    // The business node's own status when we know the business, else the WABA's copy of it.
    let verification = business
        .as_ref()
        .and_then(|b| b.verification_status.clone())
        .or_else(|| waba.business_verification_status.clone());
    let report = Report {
        ok: true,
        fail_on: fail_level,
        summary: Summary::default(),
        fail_quality: match fail_on {
            FailOn::Yellow => "yellow",
            FailOn::Red => "red",
        },
        business: BusinessReport {
            id: business_id,
            name: business.and_then(|b| b.name),
            verdict: health::business_verdict(verification.as_deref()),
            verification_status: verification,
        },
        waba: WabaReport { verdict: health::waba_verdict(&waba), waba },
        phone_numbers: numbers
            .items
            .into_iter()
            .map(|number| NumberReport { verdict: health::phone_verdict(&number, fail_on), number })
            .collect(),
    };
    let verdicts = std::iter::once(&report.business.verdict)
        .chain(std::iter::once(&report.waba.verdict))
        .chain(report.phone_numbers.iter().map(|n| &n.verdict));
    let summary = verdicts.fold(Summary::default(), |mut s, v| {
        s.checked += 1;
        match v.level {
            Level::Ok => s.ok += 1,
            Level::Warn => s.warn += 1,
            Level::Fail => s.fail += 1,
        }
        s
    });
    let failed = if fail_level == Level::Warn { summary.warn + summary.fail } else { summary.fail };
    let checked = summary.checked;
    let report = Report { ok: failed == 0, summary, ..report };
    // Cron mails on any output: a passing check under -q prints nothing at all.
    if !(ctx.global.quiet && failed == 0) {
        let (accounts, numbers) = tables(&report);
        // CSV comes from the rows; the numbers table is only its fallback.
        let csv = numbers.clone();
        let sections = vec![Section::Table(None, accounts), Section::Table(None, numbers)];
        let view = crate::render::Report { sections, csv };
        ctx.out.emit_rows(&report, &rows(&report), &view)?;
    }
    if failed > 0 {
        let what = if fail_level == Level::Warn { "warned or failed" } else { "failed" };
        return Err(CliError::new(
            Kind::CheckFailed,
            format!("health check failed: {failed} of {checked} checked items {what} (--fail-on {fail_level})"),
        )
        .hint("see the VERDICT and REASON columns (or `verdict` in -o json)"));
    }
    Ok(())
}

fn rows(r: &Report) -> Vec<Row<'_>> {
    let mut rows = vec![
        Row {
            kind: "business",
            id: r.business.id.as_deref(),
            name: r.business.name.as_deref(),
            quality_rating: None,
            status: r.business.verification_status.as_deref(),
            messaging_limit: None,
            throughput_level: None,
            verdict: r.business.verdict.level,
            reason: &r.business.verdict.reason,
        },
        Row {
            kind: "waba",
            id: Some(r.waba.waba.id.as_str()),
            name: r.waba.waba.name.as_deref(),
            quality_rating: None,
            status: r.waba.waba.account_review_status.as_deref(),
            messaging_limit: None,
            throughput_level: None,
            verdict: r.waba.verdict.level,
            reason: &r.waba.verdict.reason,
        },
    ];
    rows.extend(r.phone_numbers.iter().map(|n| Row {
        kind: "number",
        id: Some(n.number.id.as_str()),
        name: n.number.display_phone_number.as_deref().or(n.number.verified_name.as_deref()),
        quality_rating: n.number.quality_rating.as_ref().map(|q| q.as_str()),
        status: n.number.status.as_ref().map(|s| s.as_str()),
        messaging_limit: n.number.messaging_limit().map(|l| l.to_string()),
        throughput_level: n.number.throughput.as_ref().map(|t| t.level.to_string()),
        verdict: n.verdict.level,
        reason: &n.verdict.reason,
    }));
    rows
}

fn verdict_cells(v: &Verdict) -> [Cell; 2] {
    let tone = match v.level {
        Level::Ok => Tone::Good,
        Level::Warn => Tone::Warn,
        Level::Fail => Tone::Bad,
    };
    let word = match v.level {
        Level::Ok => "ok",
        Level::Warn => "warn",
        Level::Fail => "fail",
    };
    // The verdict already says ok; a table repeats nothing.
    let reason = if v.level == Level::Ok && v.reason == "ok" { "-" } else { v.reason.as_str() };
    [Cell::toned(word, tone), Cell::plain(reason)]
}

/// For people: the business and the account (no quality, limit or throughput of their own),
/// then the numbers. On a narrow terminal ids and reasons move under their rows; statuses,
/// ratings, limits, throughput and verdicts stay whole.
fn tables(r: &Report) -> (Table, Table) {
    let mut accounts = Table::new(["kind", "id", "name", "status", "verdict", "reason"]).fit(&[
        (0, Fit::Keep),
        (1, Fit::Below),
        (2, Fit::Shorten),
        (3, Fit::Keep),
        (4, Fit::Keep),
        (5, Fit::Wrap),
    ]);
    let [bv, br] = verdict_cells(&r.business.verdict);
    accounts.push(vec![
        Cell::plain("business"),
        Cell::opt(r.business.id.as_ref()),
        Cell::opt(r.business.name.as_ref()),
        Cell::opt(r.business.verification_status.as_ref()),
        bv,
        br,
    ]);
    let [wv, wr] = verdict_cells(&r.waba.verdict);
    accounts.push(vec![
        Cell::plain("waba"),
        Cell::plain(r.waba.waba.id.as_str()),
        Cell::opt(r.waba.waba.name.as_ref()),
        Cell::opt(r.waba.waba.account_review_status.as_ref()),
        wv,
        wr,
    ]);
    let keep = [0, 2, 3, 4, 5, 6].map(|i| (i, Fit::Keep));
    let mut numbers = Table::new(["number", "id", "quality", "status", "limit", "throughput", "verdict", "reason"])
        .fit(&keep)
        .fit(&[(1, Fit::Below), (7, Fit::Wrap)]);
    for n in &r.phone_numbers {
        let [v, reason] = verdict_cells(&n.verdict);
        let name = n.number.display_phone_number.as_ref().or(n.number.verified_name.as_ref());
        numbers.push(vec![
            Cell::opt(name),
            Cell::plain(n.number.id.as_str()),
            quality_cell(&n.number),
            status_cell(&n.number),
            Cell::opt(n.number.messaging_limit()),
            Cell::opt(n.number.throughput.as_ref().map(|t| &t.level)),
            v,
            reason,
        ]);
    }
    (accounts, numbers)
}
