//! `waba numbers health`: the ops view, fit for cron and monitoring.

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::{quality_cell, status_cell};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::PageRequest;
use crate::graph::models::{PhoneNumber, Waba};
use crate::health::{self, FailOn, Level, Verdict};
use crate::render::{Cell, Fit, Table, Tone};

/// Arguments of `numbers health`.
#[derive(Debug, Args)]
#[command(after_long_help = "A number fails when its quality is at or below --fail-on, when its status is \
FLAGGED, RESTRICTED, BANNED or DISCONNECTED, or when Meta reports it BLOCKED from sending. The account \
fails when its review status is REJECTED, RESTRICTED or DISABLED. An unverified business only warns.\n\n\
Exit status: 0 when nothing failed, 8 when anything failed.")]
pub struct HealthArgs {
    /// Quality rating at or below which a number fails
    #[arg(long, value_enum, default_value_t = FailOnArg::Red, value_name = "QUALITY")]
    pub fail_on: FailOnArg,
}

/// `--fail-on` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOnArg {
    /// Fail on YELLOW (medium) or RED (low)
    Yellow,
    /// Fail on RED (low) only
    Red,
}

#[derive(Serialize)]
struct Report {
    ok: bool,
    fail_on: &'static str,
    business: BusinessReport,
    waba: WabaReport,
    phone_numbers: Vec<NumberReport>,
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
    let fail_on = match args.fail_on {
        FailOnArg::Yellow => FailOn::Yellow,
        FailOnArg::Red => FailOn::Red,
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
        fail_on: match fail_on {
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
    let (checked, failed) = verdicts.fold((0, 0), |(n, f), v| (n + 1, f + usize::from(v.level == Level::Fail)));
    let report = Report { ok: failed == 0, ..report };
    ctx.out.emit(&report, &table(&report))?;
    if failed > 0 {
        return Err(CliError::new(
            Kind::CheckFailed,
            format!("health check failed: {failed} of {checked} checked items failed"),
        )
        .hint("see the VERDICT and REASON columns (or `verdict` in -o json)"));
    }
    Ok(())
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
        Level::Fail => "FAIL",
    };
    [Cell::toned(word, tone), Cell::plain(&v.reason)]
}

fn table(r: &Report) -> Table {
    let mut t = Table::new(["kind", "id", "name", "quality", "status", "limit", "throughput", "verdict", "reason"])
        .list_keeping(&[0, 3, 4, 7])
        .fit(&[(1, Fit::Shorten), (2, Fit::Shorten), (8, Fit::Wrap)]);
    let dash = || Cell::plain("-");
    let [bv, br] = verdict_cells(&r.business.verdict);
    t.push(vec![
        Cell::plain("business"),
        Cell::opt(r.business.id.as_ref()),
        Cell::opt(r.business.name.as_ref()),
        dash(),
        Cell::opt(r.business.verification_status.as_ref()),
        dash(),
        dash(),
        bv,
        br,
    ]);
    let [wv, wr] = verdict_cells(&r.waba.verdict);
    t.push(vec![
        Cell::plain("waba"),
        Cell::plain(r.waba.waba.id.as_str()),
        Cell::opt(r.waba.waba.name.as_ref()),
        dash(),
        Cell::opt(r.waba.waba.account_review_status.as_ref()),
        dash(),
        dash(),
        wv,
        wr,
    ]);
    for n in &r.phone_numbers {
        let [v, reason] = verdict_cells(&n.verdict);
        let name = n.number.display_phone_number.as_ref().or(n.number.verified_name.as_ref());
        t.push(vec![
            Cell::plain("number"),
            Cell::plain(n.number.id.as_str()),
            Cell::opt(name),
            quality_cell(&n.number),
            status_cell(&n.number),
            Cell::opt(n.number.messaging_limit()),
            Cell::opt(n.number.throughput.as_ref().map(|t| &t.level)),
            v,
            reason,
        ]);
    }
    t
}
