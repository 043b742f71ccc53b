//! The validation pass: the file read row by row, each row checked and written to the journal
//! as `pending`; bad rows and duplicates listed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::BulkArgs;
use crate::bulk::estimate::Markets;
use crate::bulk::journal::Journal;
use crate::bulk::recipients::{self, Format, RowError, Rows};
use crate::bulk::validate::{Content, check_row};
use crate::bulk::{default_job_name, job_path, valid_job_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::cli::send::template_def::definition;
use crate::render::diag;

/// Rows listed in the output at most (the counts are always exact).
pub const LISTED: usize = 1000;

/// A bad row.
#[derive(Debug, Clone, Serialize)]
pub struct BadRow {
    pub line: u64,
    pub reason: String,
}

/// A recipient listed again.
#[derive(Debug, Clone, Serialize)]
pub struct Duplicate {
    pub line: u64,
    pub to: String,
    pub first_line: u64,
}

/// What the validation pass found.
#[derive(Debug, Default, Serialize)]
pub struct Validation {
    pub rows: u64,
    pub valid: u64,
    pub invalid: u64,
    pub duplicates: u64,
    pub unique_recipients: u64,
    pub invalid_rows: Vec<BadRow>,
    pub duplicate_rows: Vec<Duplicate>,
    #[serde(skip)]
    pub markets: Markets,
}

/// A job ready to estimate and run.
pub struct Prepared {
    pub name: String,
    /// `None` with `--dry-run` (the journal is in memory).
    pub path: Option<PathBuf>,
    pub journal: Journal,
    pub content: Content,
    pub validation: Validation,
}

pub fn journal_error(e: crate::bulk::journal::JournalError) -> CliError {
    CliError::new(Kind::Config, e.to_string()).hint("check that the data directory is writable and not full")
}

fn open_input(path: &Path) -> CliResult<Box<dyn std::io::Read + Send>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin()));
    }
    let file = std::fs::File::open(path).map_err(|e| crate::cli::input::unreadable(path, &e))?;
    Ok(Box::new(file))
}

pub async fn prepare(ctx: &mut Ctx, args: &BulkArgs, source: &Path) -> CliResult<Prepared> {
    let name = match &args.job {
        Some(n) if !valid_job_name(n) => {
            return Err(CliError::usage(format!("--job {n:?} is not a job name"))
                .hint("use letters, digits, '-', '_' and '.', at most 100 characters"));
        }
        Some(n) => n.clone(),
        None => default_job_name(source, jiff::Timestamp::now()),
    };
    let path = job_path(&ctx.paths.data_dir, &name);
    if !args.dry_run && path.exists() {
        return Err(CliError::usage(format!("job {name} already exists ({})", path.display()))
            .hint(format!("continue it with `waba send bulk --resume {name}`, or choose another --job")));
    }
    let content = match (&args.template, &args.text) {
        (Some(t), _) => Content::Template(Box::new(definition(ctx, t, args.language.as_deref(), args.refresh).await?)),
        (None, Some(text)) => {
            diag::warning(
                "free-form --text is delivered only to users inside a customer-service window (24 h after they \
                 last wrote); Meta rejects the rest with 131047. Send a template to reach everyone.",
            );
            Content::Text { body: text.clone(), preview_url: args.preview_url }
        }
        (None, None) => return Err(CliError::usage("send bulk needs --template NAME or --text TEXT")),
    };
    let rows = Rows::new(open_input(source)?, Format::from_path(source)).map_err(|e| bad_file(source, &e))?;
    let journal = if args.dry_run { Journal::in_memory() } else { Journal::create(&path) }.map_err(journal_error)?;
    let path = (!args.dry_run).then_some(path);
    let validation = match validate(&journal, &content, rows, args.allow_duplicates) {
        Ok(v) => v,
        Err(e) => {
            if let Some(p) = &path {
                drop(journal);
                Journal::remove(p);
            }
            return Err(e);
        }
    };
    Ok(Prepared { name, path, journal, content, validation })
}

fn bad_file(source: &Path, e: &RowError) -> CliError {
    let shown = crate::cli::input::display(source);
    CliError::usage(format!("{shown}: line {}: {}", e.line, e.reason))
        .hint("give a CSV file whose first line names the columns (to,1,2 or to,first_name,…), or JSON Lines")
}

fn validate(journal: &Journal, content: &Content, rows: Rows, allow_duplicates: bool) -> CliResult<Validation> {
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    let mut v = Validation::default();
    let mut seen: HashMap<u64, u64> = HashMap::new();
    let bad = |v: &mut Validation, e: RowError| {
        v.invalid += 1;
        if v.invalid_rows.len() < LISTED {
            v.invalid_rows.push(BadRow { line: e.line, reason: e.reason });
        }
    };
    journal.begin().map_err(journal_error)?;
    for row in rows {
        v.rows += 1;
        let checked = match row.and_then(recipients::map).and_then(|r| check_row(content, r)) {
            Ok(c) => c,
            Err(e) => {
                bad(&mut v, e);
                continue;
            }
        };
        let key = checked.wa_id.parse::<u64>().unwrap_or(0);
        if let Some(first) = seen.get(&key) {
            v.duplicates += 1;
            if v.duplicate_rows.len() < LISTED {
                v.duplicate_rows.push(Duplicate { line: checked.line, to: checked.to.clone(), first_line: *first });
            }
            if !allow_duplicates {
                continue;
            }
        } else {
            seen.insert(key, checked.line);
        }
        v.valid += 1;
        v.markets.add(&checked.wa_id, today);
        let body = serde_json::to_string(&checked.body).unwrap_or_default();
        journal.insert(checked.line, &checked.to, &checked.wa_id, &body).map_err(journal_error)?;
    }
    journal.commit().map_err(journal_error)?;
    v.unique_recipients = seen.len() as u64;
    Ok(v)
}

/// Print the bad rows and duplicates on stderr (at most 20 of each).
pub fn report(v: &Validation) {
    for r in v.invalid_rows.iter().take(20) {
        diag::note(&format!("line {}: {}", r.line, r.reason));
    }
    if v.invalid > 20 {
        diag::note(&format!("… and {} more invalid rows (-o json lists up to {LISTED})", v.invalid - 20));
    }
    if v.duplicates > 0 {
        let shown: Vec<String> = v
            .duplicate_rows
            .iter()
            .take(5)
            .map(|d| format!("line {} ({}, first on line {})", d.line, d.to, d.first_line))
            .collect();
        let more = if v.duplicates > 5 { format!(" and {} more", v.duplicates - 5) } else { String::new() };
        diag::warning(&format!("{} duplicate recipients: {}{more}", v.duplicates, shown.join(", ")));
    }
}
