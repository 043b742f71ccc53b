//! The event log: one message event per line, JSONL or CSV with the same column names.
//!
//! Field rules (see also [`fields`]):
//! - `ts` — RFC 3339 timestamp with an offset (required).
//! - `dir` — `out` (business → user) or `in` (user → business) (required).
//! - `user` — E.164: an optional leading `+` then 8–15 digits, first digit not 0 (required). JSON
//!   may give it as a string or a number.
//! - `type` — `template` or any other non-empty string (required).
//! - `category` — `marketing` | `utility` | `authentication`, any case; required for `out`
//!   templates, ignored otherwise.
//! - `entry_point` — `ctwa_ad` | `page_cta`, only on `in` events (optional).
//! - `phone_number_id` — digits (optional).
//! - `delivered` — boolean, default true (CSV: `true`/`false`/empty, any case).
//! - `id` — optional text.
//!
//! Unknown JSON keys and CSV columns are ignored. Readers stream: memory does not grow with the log.

mod csv;
pub mod fields;
mod jsonl;
mod jsonl_fast;
mod rfc3339;
mod threaded;

pub use threaded::{ThreadedEvents, read_events_threaded};

use std::fmt;
use std::io::Read;

/// Direction of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dir {
    /// Business → user.
    Out,
    /// User → business.
    In,
}

/// Template category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Category {
    /// Marketing template.
    Marketing,
    /// Utility template.
    Utility,
    /// Authentication template.
    Authentication,
}

/// Message kind: a template of a category, or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A template message.
    Template(Category),
    /// Any non-template type (`text`, `image`, `interactive`, …).
    Other,
}

/// Free entry point a user came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryPoint {
    /// Click-to-WhatsApp ad.
    CtwaAd,
    /// Facebook Page call-to-action.
    PageCta,
}

/// One event of the log.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// 1-based line number in the input.
    pub line: u64,
    /// When it happened.
    pub ts: jiff::Timestamp,
    /// Direction.
    pub dir: Dir,
    /// E.164 digits without '+', e.g. 14155550100.
    pub user: u64,
    /// Template (with category) or other.
    pub kind: Kind,
    /// Entry point (inbound only).
    pub entry_point: Option<EntryPoint>,
    /// The business number's Graph id.
    pub phone_number_id: Option<u64>,
    /// Whether it was delivered (default true).
    pub delivered: bool,
    /// Optional id echoed in explanations.
    pub id: Option<Box<str>>,
}

/// Input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// The hint for a log that could not be read at all (not a bad line: skipping cannot help).
pub const READ_ERROR_HINT: &str = "the file could not be read; pass a readable CSV or JSONL event log";

/// A bad line: where, which field, why, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogError {
    /// 1-based line number.
    pub line: u64,
    /// The field at fault, if one.
    pub field: Option<&'static str>,
    /// What is wrong.
    pub reason: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl LogError {
    /// A new error.
    pub fn new(line: u64, field: Option<&'static str>, reason: impl Into<String>) -> Self {
        LogError { line, field, reason: reason.into(), hint: None }
    }

    /// With a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for LogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(field) = self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.reason)?;
        if let Some(h) = &self.hint {
            write!(f, "; {h}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LogError {}

enum Inner<R: Read> {
    Jsonl(jsonl::JsonlReader<R>),
    Csv(Box<csv::CsvReader<R>>),
}

/// Streaming reader yielding events in file order. After an I/O error it stops.
pub struct EventReader<R: Read> {
    inner: Inner<R>,
}

impl<R: Read> Iterator for EventReader<R> {
    type Item = Result<Event, LogError>;
    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            Inner::Jsonl(r) => r.next_event(),
            Inner::Csv(r) => r.next_event(),
        }
    }
}

/// Reads events from `input` in the given format.
pub fn read_events<R: Read>(input: R, format: Format) -> EventReader<R> {
    let inner = match format {
        Format::Jsonl => Inner::Jsonl(jsonl::JsonlReader::new(input)),
        Format::Csv => Inner::Csv(Box::new(csv::CsvReader::new(input))),
    };
    EventReader { inner }
}

/// Checks that events arrive in time order. Equal timestamps are fine.
#[derive(Debug, Default, Clone)]
pub struct OrderCheck {
    last: Option<(jiff::Timestamp, u64)>,
}

impl OrderCheck {
    /// A fresh check.
    pub fn new() -> Self {
        Self::default()
    }

    /// Errors if `ev` is earlier than the previous event, naming both lines.
    pub fn check(&mut self, ev: &Event) -> Result<(), LogError> {
        if let Some((ts, line)) = self.last
            && ev.ts < ts
        {
            return Err(LogError::new(ev.line, Some("ts"), format!("{} is earlier than {} on line {line}", ev.ts, ts))
                .hint("sort the log by time, or pass --sort"));
        }
        self.last = Some((ev.ts, ev.line));
        Ok(())
    }
}

/// Sorts events by timestamp, stable (equal timestamps keep file order). Holds the whole log in
/// memory: about 80 bytes per event plus any `id` text.
pub fn sort_events(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by_key(|e| e.ts);
    events
}

#[cfg(test)]
mod tests;
