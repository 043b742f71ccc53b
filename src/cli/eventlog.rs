//! The event log that `pricing` and `limits` read: arguments, opening, order, skipping.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::error::{CliError, CliResult, Kind};
use super::{input, progress};
use crate::render::diag;
use crate::sim::events::{self, Event, LogError, OrderCheck};

/// Format of an event log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// One JSON object a line
    Jsonl,
    /// CSV with a header row of the same field names
    Csv,
}

/// Where the events come from and how to read them.
#[derive(Debug, Clone, Args)]
pub struct LogArgs {
    /// The event log; `-` reads standard input. Fields: ts, dir, user, type, category,
    /// entry_point, phone_number_id, delivered, id (see README)
    #[arg(value_name = "LOG")]
    pub log: PathBuf,

    /// Format of the log [default: from the extension: .csv → csv, .jsonl or .ndjson → jsonl;
    /// jsonl for other names and standard input]
    #[arg(long, value_enum, help_heading = "Input")]
    pub format: Option<LogFormat>,

    /// Sort the events by time first, in memory (stable; about 80 bytes an event plus ids)
    #[arg(long, help_heading = "Input")]
    pub sort: bool,

    /// Skip lines that cannot be read, count them and report them on stderr, instead of stopping
    #[arg(long, help_heading = "Input")]
    pub skip_invalid: bool,
}

impl LogArgs {
    /// The format to read: `--format`, else the one the file's extension names, else JSONL.
    pub fn format(&self) -> LogFormat {
        self.format.unwrap_or_else(|| format_from_extension(&self.log).unwrap_or(LogFormat::Jsonl))
    }
}

/// The format a file's extension names: `.csv`, or `.jsonl` / `.ndjson` (any case).
pub fn format_from_extension(path: &Path) -> Option<LogFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" => Some(LogFormat::Csv),
        "jsonl" | "ndjson" => Some(LogFormat::Jsonl),
        _ => None,
    }
}

/// A path that cannot be a log (a directory): names it and says what is expected; exit 2.
fn not_a_log(path: &Path) -> CliResult {
    if path.as_os_str() != "-" && std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(CliError::usage(format!(
            "{}: is a directory, expected a CSV or JSONL event log",
            input::display(path)
        ))
        .hint("pass the log file itself, e.g. DIR/messages.jsonl; `-` reads standard input"));
    }
    Ok(())
}

/// `--timezone`: an IANA time-zone name (the WABA's zone), from the bundled database.
pub fn parse_time_zone(name: &str) -> Result<jiff::tz::TimeZone, String> {
    jiff::tz::TimeZone::get(name).map_err(|_| {
        format!("unknown time zone {name:?}; pass an IANA name such as UTC, America/Sao_Paulo or Asia/Kolkata")
    })
}

/// What reading left behind.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadStats {
    /// Events read.
    pub events: u64,
    /// Lines skipped with `--skip-invalid`.
    pub skipped: u64,
}

/// Skipped lines reported one by one before only the count is given.
const SKIPS_SHOWN: u64 = 5;

/// Read the log and hand each event, in time order, to `each`. A progress bar shows on a
/// terminal unless `quiet`.
pub fn for_each_event(args: &LogArgs, quiet: bool, mut each: impl FnMut(&Event) -> CliResult) -> CliResult<ReadStats> {
    let format = match args.format() {
        LogFormat::Jsonl => events::Format::Jsonl,
        LogFormat::Csv => events::Format::Csv,
    };
    not_a_log(&args.log)?;
    let source = input::open(&args.log)?;
    let progress = if quiet { None } else { progress::for_file(&args.log) };
    // Parsing runs ahead on a second thread, in batches.
    let reader: Box<dyn Read + Send> = match &progress {
        Some(bar) => Box::new(bar.wrap_read(source)),
        None => source,
    };
    let mut stats = ReadStats::default();
    let good = |item: Result<Event, LogError>, stats: &mut ReadStats| -> CliResult<Option<Event>> {
        match item {
            Ok(event) => {
                stats.events += 1;
                Ok(Some(event))
            }
            // A file that cannot be read is not a bad line: --skip-invalid does not skip it.
            Err(err) if args.skip_invalid && err.hint.as_deref() != Some(events::READ_ERROR_HINT) => {
                stats.skipped += 1;
                if stats.skipped <= SKIPS_SHOWN && !quiet {
                    diag::warning(&format!("{}: skipped {err}", input::display(&args.log)));
                }
                Ok(None)
            }
            Err(err) => Err(log_error(args, &err)),
        }
    };
    let result = (|| -> CliResult {
        if args.sort {
            let mut all = Vec::new();
            for item in events::read_events_threaded(reader, format) {
                all.extend(good(item, &mut stats)?);
            }
            for event in events::sort_events(all) {
                each(&event)?;
            }
        } else {
            let mut order = OrderCheck::new();
            for item in events::read_events_threaded(reader, format) {
                if let Some(event) = good(item, &mut stats)? {
                    order.check(&event).map_err(|e| log_error(args, &e))?;
                    each(&event)?;
                }
            }
        }
        Ok(())
    })();
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    result?;
    if stats.skipped > 0 && !quiet {
        diag::warning(&format!(
            "{}: skipped {} invalid line{} (--skip-invalid)",
            input::display(&args.log),
            stats.skipped,
            if stats.skipped == 1 { "" } else { "s" }
        ));
    }
    Ok(stats)
}

/// A bad line: names the file, the line and the field; exit 2.
pub fn log_error(args: &LogArgs, err: &LogError) -> CliError {
    let mut message = format!("{}: line {}", input::display(&args.log), err.line);
    if let Some(field) = err.field {
        message.push_str(&format!(", field `{field}`"));
    }
    message.push_str(&format!(": {}", err.reason));
    let hint = err
        .hint
        .clone()
        .unwrap_or_else(|| "fix the line, or pass --skip-invalid to skip bad lines (they are counted)".to_string());
    CliError::new(Kind::Usage, message).hint(hint)
}
