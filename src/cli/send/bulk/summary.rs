//! The job summary: `-o json` on stdout, a record table otherwise, and the exit code.

use std::collections::BTreeMap;

use serde::Serialize;

use super::estimate::{Estimate, human_duration};
use super::prepare::Validation;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table};

/// `-o json`.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub job: String,
    /// The journal's path (absent with --dry-run).
    pub journal: Option<String>,
    pub dry_run: bool,
    pub resumed: bool,
    pub template: Option<String>,
    pub language: Option<String>,
    pub phone_number_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validation: Option<Validation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<Estimate>,
    /// Rows per state in the journal.
    pub counts: BTreeMap<&'static str, u64>,
    /// Rejected rows per Meta error code.
    pub rejected_by_code: BTreeMap<i64, u64>,
    pub interrupted: bool,
    /// Throttling answers seen (the rate was halved on each).
    pub throttled: u64,
    /// Rows that may have been sent twice (resent with --resend-uncertain).
    pub possible_duplicates: u64,
}

impl Summary {
    pub fn table(&self) -> Table {
        let mut f = vec![("job", Cell::plain(&self.job))];
        if let Some(j) = &self.journal {
            f.push(("journal", Cell::plain(j)));
        }
        if let Some(t) = &self.template {
            f.push(("template", Cell::plain(t)));
        }
        if let Some(v) = &self.validation {
            f.push(("rows", Cell::plain(crate::render::thousands(v.rows))));
            f.push(("valid", Cell::plain(crate::render::thousands(v.valid))));
            f.push(("invalid", Cell::plain(crate::render::thousands(v.invalid))));
            f.push(("duplicates", Cell::plain(crate::render::thousands(v.duplicates))));
        }
        if let Some(e) = &self.estimate {
            f.push(("category", Cell::plain(e.cost.category)));
            f.push(("estimated cost (USD)", Cell::plain(e.cost.total.to_string())));
            let limit = e.messaging_limit.limit.map_or("unlimited".to_string(), crate::render::thousands);
            f.push(("messaging limit", Cell::plain(limit)));
            f.push(("blocked by the limit", Cell::plain(crate::render::thousands(e.messaging_limit.blocked))));
            f.push(("rate", Cell::plain(format!("{}/s ({})", e.rate, e.rate_source))));
            f.push(("duration", Cell::plain(human_duration(e.duration_secs))));
        }
        if !self.dry_run {
            for (state, n) in &self.counts {
                f.push((state, Cell::plain(crate::render::thousands(*n))));
            }
        }
        if self.interrupted {
            f.push(("interrupted", Cell::plain("yes")));
        }
        Table::record(f)
    }

    /// 0 every row accepted; 10 some uncertain; 1 some rejected; 130 interrupted.
    pub fn outcome(&self) -> CliResult {
        let n = |s: &str| self.counts.get(s).copied().unwrap_or(0);
        let resume = format!("`waba send bulk --resume {}` continues it", self.job);
        if self.interrupted {
            return Err(CliError::new(
                Kind::Interrupted,
                format!("job {} interrupted; the journal is consistent", self.job),
            )
            .hint(resume));
        }
        if n("uncertain") > 0 {
            return Err(CliError::new(
                Kind::OutcomeUnknown,
                format!("job {}: {} rows have an unknown outcome (they may have been sent)", self.job, n("uncertain")),
            )
            .hint(format!(
                "`waba send status {}` lists them; `--resume {} --resend-uncertain` sends them again (possible duplicates)",
                self.job, self.job
            )));
        }
        if n("rejected") > 0 {
            let codes: Vec<String> = self.rejected_by_code.iter().map(|(c, k)| format!("{c}: {k}")).collect();
            return Err(CliError::new(
                Kind::Api,
                format!("job {}: {} rows rejected (by code: {})", self.job, n("rejected"), codes.join(", ")),
            )
            .hint(format!("`waba send status {} -o csv` lists each row with Meta's code", self.job)));
        }
        if n("pending") > 0 || n("in_flight") > 0 {
            return Err(CliError::new(
                Kind::Api,
                format!("job {} stopped with {} rows pending", self.job, n("pending")),
            )
            .hint(resume));
        }
        Ok(())
    }
}
