//! `waba send jobs`: the bulk jobs of the data directory.

use std::collections::BTreeMap;

use clap::Args;
use serde::Serialize;

use super::bulk::journal_error;
use crate::bulk::journal::Journal;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table};

/// Arguments of `send jobs`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba send jobs\n  waba send jobs -o json\n\n\
Jobs are the SQLite journals in <data dir>/jobs/ written by `waba send bulk`.")]
pub struct JobsArgs {}

#[derive(Serialize)]
struct Job {
    job: String,
    created: Option<String>,
    template: Option<String>,
    phone_number_id: Option<String>,
    counts: BTreeMap<&'static str, u64>,
}

pub fn run(ctx: &mut Ctx, _args: &JobsArgs) -> CliResult {
    let dir = ctx.paths.data_dir.join("jobs");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".db")).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut jobs = Vec::new();
    for name in names {
        let journal = Journal::open(&crate::bulk::job_path(&ctx.paths.data_dir, &name)).map_err(journal_error)?;
        let get = |k: &str| journal.get(k).ok().flatten().filter(|s| !s.is_empty());
        jobs.push(Job {
            created: get("created"),
            template: get("template"),
            phone_number_id: get("phone_number_id"),
            counts: journal.counts().map_err(journal_error)?,
            job: name,
        });
    }
    let mut table = Table::new(["job", "created", "template", "pending", "accepted", "rejected", "uncertain"]);
    for j in &jobs {
        let n = |s: &str| Cell::plain(crate::render::thousands(j.counts.get(s).copied().unwrap_or(0)));
        table.push(vec![
            Cell::plain(&j.job),
            Cell::opt(j.created.as_ref()),
            Cell::opt(j.template.as_ref()),
            n("pending"),
            n("accepted"),
            n("rejected"),
            n("uncertain"),
        ]);
    }
    ctx.out.emit(&jobs, &table)?;
    Ok(())
}
