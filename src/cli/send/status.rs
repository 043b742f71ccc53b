//! `waba send status JOB`: a bulk job's rows by state and, with webhooks recorded
//! (`waba webhooks listen --job JOB`), their delivery outcomes.

use std::collections::BTreeMap;

use clap::Args;
use serde::Serialize;

use super::bulk::journal_error;
use crate::bulk::journal::Journal;
use crate::bulk::{job_path, valid_job_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Format, Report, Section, Table};

/// Arguments of `send status`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba send status spring-sale\n  \
waba send status spring-sale -o csv > outcome.csv\n  waba send status spring-sale -o json\n\n\
With -o csv or -o ndjson: one row per recipient (line, to, state, id, error_code, error_message,\n\
status, status_error_code, updated). Delivery outcomes (delivered, read, failed by error code) come\n\
from the status webhooks recorded by `waba webhooks listen --job JOB`.")]
pub struct StatusArgs {
    /// The job's name (`waba send jobs` lists them)
    job: String,
}

#[derive(Serialize)]
struct Status {
    job: String,
    template: Option<String>,
    counts: BTreeMap<&'static str, u64>,
    rejected_by_code: BTreeMap<i64, u64>,
    /// Accepted messages by their furthest webhook status.
    delivery: BTreeMap<String, u64>,
    /// Failed statuses by error code.
    failed_by_code: BTreeMap<i64, u64>,
}

const COLUMNS: &[&str] =
    &["line", "to", "state", "id", "error_code", "error_message", "status", "status_error_code", "updated"];

pub fn run(ctx: &mut Ctx, args: &StatusArgs) -> CliResult {
    let path = job_path(&ctx.paths.data_dir, &args.job);
    if !valid_job_name(&args.job) || !path.is_file() {
        return Err(
            CliError::new(Kind::NotFound, format!("no job named {}", args.job)).hint("`waba send jobs` lists the jobs")
        );
    }
    let journal = Journal::open(&path).map_err(journal_error)?;
    if matches!(ctx.out.format(), Format::Csv | Format::Ndjson) {
        let mut stream = ctx.out.stream_rows("recipients", COLUMNS)?;
        // A closed stdout ends the listing (rows() stops at the first write error).
        journal.rows(|row| stream.push(&row)).map_err(journal_error)?;
        stream.finish(&serde_json::json!({}))?;
        return Ok(());
    }
    let (delivery, failed_by_code) = journal.outcomes().map_err(journal_error)?;
    let status = Status {
        job: args.job.clone(),
        template: journal.get("template").map_err(journal_error)?.filter(|s| !s.is_empty()),
        counts: journal.counts().map_err(journal_error)?,
        rejected_by_code: journal.rejected_by_code().map_err(journal_error)?,
        delivery,
        failed_by_code,
    };
    let mut states = Table::new(["state", "rows"]);
    for (s, n) in &status.counts {
        states.push(vec![Cell::plain(*s), Cell::plain(crate::render::thousands(*n))]);
    }
    let mut sections = vec![Section::Table(Some(format!("Job {}", status.job)), states.clone())];
    let by_code = |title: &str, m: &BTreeMap<i64, u64>| {
        let mut t = Table::new(["error code", "rows"]);
        for (c, n) in m {
            t.push(vec![Cell::plain(c.to_string()), Cell::plain(crate::render::thousands(*n))]);
        }
        Section::Table(Some(title.to_string()), t)
    };
    if !status.rejected_by_code.is_empty() {
        sections.push(by_code("Rejected by code", &status.rejected_by_code));
    }
    if status.delivery.keys().any(|k| k != "no status yet") {
        let mut t = Table::new(["status", "messages"]);
        for (s, n) in &status.delivery {
            t.push(vec![Cell::plain(s), Cell::plain(crate::render::thousands(*n))]);
        }
        sections.push(Section::Table(Some("Delivery (webhooks)".into()), t));
    }
    if !status.failed_by_code.is_empty() {
        sections.push(by_code("Failed by code (webhooks)", &status.failed_by_code));
    }
    ctx.out.emit_report(&status, &Report { sections, csv: states })?;
    Ok(())
}
