//! `waba limits check LOG`: replay a log against the messaging limits and the pair rate.

use clap::Args;
use serde::Serialize;

use super::view::{self, e164, scope};
use super::{parse_regime, parse_tier};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::cli::eventlog::{self, LogArgs};
use crate::cli::input;
use crate::render::{Cell, Report, Section, Table, Tone};
use crate::sim::limits::{CheckConfig, CheckReport, Checker, PairViolationKind, Regime, Tier, parse_quality_timeline};

/// Rows of blocked sends and pair-rate violations shown in a table; JSON and CSV carry them all.
const TABLE_ROWS: usize = 20;

/// Arguments of `limits check`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba limits check events.csv --start-tier 1K\n  \
waba limits check events.jsonl --verified --quality quality.csv -o json\n  \
waba limits check events.csv -q   # a monitor: silent and exit 0 when nothing would be blocked")]
pub struct CheckArgs {
    #[command(flatten)]
    log: LogArgs,

    /// The messaging limit at the start of the log: 250, 1K, 2K, 10K, 100K, unlimited
    #[arg(long, value_name = "TIER", value_parser = parse_tier, default_value = "250")]
    start_tier: Tier,

    /// The business is verified (per-portfolio: starts at 2K; per-number: the half-limit path out of 250)
    #[arg(long)]
    verified: bool,

    /// Force one regime instead of choosing by date (per-portfolio from 2025-10-07)
    #[arg(long, value_name = "REGIME", value_parser = parse_regime)]
    regime: Option<Regime>,

    /// The WABA's time zone (IANA name): when 2025-10-07 begins
    #[arg(long, value_name = "IANA", default_value = "UTC", value_parser = eventlog::parse_time_zone)]
    timezone: jiff::tz::TimeZone,

    /// Quality ratings over time, CSV `ts,quality` (high|medium|low); High when not given
    #[arg(long, value_name = "FILE")]
    quality: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &CheckArgs) -> CliResult {
    let quality = match &args.quality {
        Some(path) => parse_quality_timeline(&input::read_text(path)?)
            .map_err(|e| CliError::usage(format!("{}: {e}", input::display(path))))?,
        None => Vec::new(),
    };
    let cfg = CheckConfig {
        start_tier: args.start_tier,
        verified: args.verified,
        regime: args.regime,
        time_zone: args.timezone.clone(),
        quality,
        ..CheckConfig::default()
    };
    let name = input::display(&args.log.log);
    let mut checker = Checker::new(cfg).map_err(|e| CliError::usage(e.to_string()))?;
    eventlog::for_each_event(&args.log, ctx.global.quiet, |event| {
        checker.push(event).map_err(|e| CliError::usage(format!("{name}: {e}")))
    })?;
    let report = checker.finish();
    if report.blocked_truncated || report.pair_violations_truncated {
        crate::render::diag::warning(&format!(
            "only the first {} blocked sends and pair-rate violations of each kind are listed; the totals count them all",
            view::thousands(CheckConfig::default().max_listed as u64)
        ));
    }
    let failures = report.blocked_total + report.pair_violations_total;
    // Cron mails on any output: a passing check under -q prints nothing at all.
    if !(ctx.global.quiet && failures == 0) {
        let view = render(&report);
        ctx.out.emit_rows(&report, &problems(&report), &view)?;
    }
    if failures > 0 {
        return Err(CliError::new(
            Kind::CheckFailed,
            format!(
                "{} send(s) would have been blocked by the messaging limit, {} by the pair rate",
                view::thousands(report.blocked_total),
                view::thousands(report.pair_violations_total)
            ),
        ));
    }
    Ok(())
}

fn render(r: &CheckReport) -> Report {
    let regimes: Vec<String> = r.regimes.iter().map(|s| format!("{} ({} … {})", s.regime, s.from, s.to)).collect();
    let finals: Vec<String> = r.final_tiers.iter().map(|f| format!("{}: {}", scope(&f.scope), f.tier)).collect();
    let bad = |n: u64| if n > 0 { Tone::Bad } else { Tone::Good };
    let summary = Table::record(vec![
        ("events", Cell::plain(view::thousands(r.events))),
        ("outgoing", Cell::plain(view::thousands(r.outgoing))),
        ("counted toward a limit", Cell::plain(view::thousands(r.counted))),
        ("regimes", Cell::plain(regimes.join("; "))),
        ("limit at the end", Cell::plain(finals.join("; "))),
        ("blocked by the limit", Cell::toned(view::thousands(r.blocked_total), bad(r.blocked_total))),
        ("pair-rate violations", Cell::toned(view::thousands(r.pair_violations_total), bad(r.pair_violations_total))),
    ]);
    let mut sections = vec![Section::Table(Some("Summary".into()), summary)];

    let mut peaks = Table::new(["scope", "regime", "peak users/24h", "at", "limit then"]);
    for p in &r.peaks {
        let over = p.limit.is_some_and(|l| p.peak_unique_users >= l);
        peaks.push(vec![
            Cell::plain(scope(&p.scope)),
            Cell::plain(p.regime.to_string()),
            Cell::toned(view::thousands(p.peak_unique_users), if over { Tone::Warn } else { Tone::Plain }),
            Cell::plain(p.at.to_string()),
            Cell::plain(view::limit(p.tier)),
        ]);
    }
    if !r.peaks.is_empty() {
        sections.push(Section::Table(Some("Peak unique users in any 24 hours".into()), peaks));
    }

    let changes: Vec<_> =
        r.tier_changes.iter().map(|c| (c, "")).chain(r.pending.iter().map(|c| (c, " (after the log)"))).collect();
    if !changes.is_empty() {
        let mut table = Table::new(["scope", "change", "effective", "triggered", "cause"]);
        for (c, note) in changes {
            table.push(vec![
                Cell::plain(scope(&c.scope)),
                Cell::plain(format!("{} → {}{note}", c.from, c.to)),
                Cell::plain(c.effective_at.to_string()),
                Cell::plain(c.triggered_at.to_string()),
                Cell::plain(view::cause(&c.cause)),
            ]);
        }
        sections.push(Section::Table(Some("Tier changes".into()), table));
    }

    if !r.blocked.is_empty() {
        let mut table = Table::new(["line", "at", "user", "phone_number_id", "limit"]).list_keeping(&[0, 1, 2]);
        for b in r.blocked.iter().take(TABLE_ROWS) {
            table.push(vec![
                Cell::plain(b.line.to_string()),
                Cell::plain(b.at.to_string()),
                Cell::plain(e164(b.user)),
                Cell::opt(b.phone_number_id),
                Cell::plain(view::limit(b.tier)),
            ]);
        }
        sections.push(Section::Table(Some(listed("Blocked sends", r.blocked.len(), r.blocked_total)), table));
    }
    if !r.pair_violations.is_empty() {
        let mut table = Table::new(["line", "at", "user", "phone_number_id", "kind", "wait"]).list_keeping(&[0, 1, 2]);
        for v in r.pair_violations.iter().take(TABLE_ROWS) {
            table.push(vec![
                Cell::plain(v.line.to_string()),
                Cell::plain(v.at.to_string()),
                Cell::plain(e164(v.user)),
                Cell::opt(v.phone_number_id),
                Cell::plain(format!("{:?}", v.kind).to_lowercase()),
                Cell::plain(format!("{} s", v.wait_secs)),
            ]);
        }
        let title = listed("Pair-rate violations (error 131056)", r.pair_violations.len(), r.pair_violations_total);
        sections.push(Section::Table(Some(title), table));
    }
    sections.extend(view::assumptions(&r.assumptions));
    Report { sections, csv: Table::new(PROBLEM_COLUMNS.iter().copied()) }
}

/// A title that says how much of a list is shown.
fn listed(what: &str, listed: usize, total: u64) -> String {
    let shown = listed.min(TABLE_ROWS) as u64;
    if shown < total {
        format!("{what}: first {shown} of {} (-o csv or -o json for the list)", view::thousands(total))
    } else {
        what.to_string()
    }
}

/// Columns of `-o csv` (and keys of each `-o ndjson` line), in order: the JSON field names.
const PROBLEM_COLUMNS: &[&str] =
    &["problem", "line", "at", "user", "phone_number_id", "tier", "limit", "kind", "wait_secs"];

/// One blocked send (`problem: blocked`, with the `tier` and `limit` then) or pair-rate
/// violation (`problem: pair_rate`, with its `kind` and `wait_secs`): a CSV row, an NDJSON line.
#[derive(Serialize)]
struct Problem {
    problem: &'static str,
    line: u64,
    at: jiff::Timestamp,
    #[serde(serialize_with = "crate::sim::ids::e164")]
    user: u64,
    #[serde(serialize_with = "crate::sim::ids::opt_id")]
    phone_number_id: Option<u64>,
    tier: Option<Tier>,
    limit: Option<u64>,
    kind: Option<PairViolationKind>,
    wait_secs: Option<u64>,
}

/// Every listed blocked send, then every listed pair-rate violation.
fn problems(r: &CheckReport) -> Vec<Problem> {
    let blocked = r.blocked.iter().map(|b| Problem {
        problem: "blocked",
        line: b.line,
        at: b.at,
        user: b.user,
        phone_number_id: b.phone_number_id,
        tier: Some(b.tier),
        limit: Some(b.limit),
        kind: None,
        wait_secs: None,
    });
    let pair = r.pair_violations.iter().map(|v| Problem {
        problem: "pair_rate",
        line: v.line,
        at: v.at,
        user: v.user,
        phone_number_id: v.phone_number_id,
        tier: None,
        limit: None,
        kind: Some(v.kind),
        wait_secs: Some(v.wait_secs),
    });
    blocked.chain(pair).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_columns_are_the_json_field_names() {
        let row = Problem {
            problem: "blocked",
            line: 1,
            at: jiff::Timestamp::UNIX_EPOCH,
            user: 14155550100,
            phone_number_id: None,
            tier: Some(Tier::T250),
            limit: Some(250),
            kind: None,
            wait_secs: None,
        };
        assert_eq!(crate::render::field_names(&serde_json::to_value(&row).unwrap()), PROBLEM_COLUMNS);
    }
}
