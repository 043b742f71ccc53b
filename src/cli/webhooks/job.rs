//! `webhooks listen --job JOB`: status events of a bulk job's messages recorded in its journal.

use crate::bulk::journal::Journal;
use crate::bulk::{job_path, valid_job_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::webhooks::Event;

/// Open the job's journal.
pub fn open(ctx: &Ctx, job: &str) -> CliResult<Journal> {
    let path = job_path(&ctx.paths.data_dir, job);
    if !valid_job_name(job) || !path.is_file() {
        return Err(
            CliError::new(Kind::NotFound, format!("--job {job}: no such job")).hint("`waba send jobs` lists the jobs")
        );
    }
    Journal::open(&path).map_err(|e| CliError::new(Kind::Config, e.to_string()))
}

/// Record `event` when it is a status of one of the job's messages.
pub fn record(journal: &Journal, event: &Event) -> CliResult {
    if event.kind != "status" {
        return Ok(());
    }
    let (Some(id), Some(status)) = (&event.id, &event.event) else { return Ok(()) };
    let error = event.error();
    journal
        .record_status(id, status, event.time, error.as_ref().map(|e| e.0), error.as_ref().map(|e| e.1.as_str()))
        .map_err(|e| CliError::new(Kind::Config, e.to_string()))?;
    Ok(())
}
