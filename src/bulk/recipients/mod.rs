//! The rows of a recipient file: CSV with a header, or JSON Lines (one object per line), read
//! one row at a time, and each row's columns mapped to a template's parameters.
//!
//! Columns: `to` (E.164); `1`, `2`, … positional body parameters; any other lower-case name a
//! named body parameter; and these documented names: `header_text`, `header_image`,
//! `header_video`, `header_document` (a link or an uploaded media id), `button_url_suffix`
//! (`button_url_suffix_2`, … for later URL buttons), `button_payload` (`button_payload_2`, …),
//! `code` (one-time password or coupon code) and `callback_data` (biz_opaque_callback_data).
//! An empty cell counts as absent. In JSONL a value may also be a typed parameter object
//! (`{"type": "currency", …}`).

use std::io::{BufRead, BufReader, Read};

use serde_json::Value;

mod map;
#[cfg(test)]
mod tests;

pub use map::{Recipient, map};

/// The two formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header line.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

impl Format {
    /// From the file name: `.jsonl`/`.ndjson`/`.json` → JSONL, anything else CSV; `None` for stdin.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        if path.as_os_str() == "-" {
            return None;
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase());
        Some(match ext.as_deref() {
            Some("jsonl" | "ndjson" | "json") => Format::Jsonl,
            _ => Format::Csv,
        })
    }
}

/// One row: its line (1 is the first line of the file) and its cells.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRow {
    /// Line number in the file.
    pub line: u64,
    /// `(column, value)`; CSV values are strings.
    pub cells: Vec<(String, Value)>,
}

/// A row that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Line number in the file (0: the file as a whole).
    pub line: u64,
    /// What is wrong and how to fix it.
    pub reason: String,
}

/// A streaming reader of rows.
pub struct Rows {
    kind: Kind,
}

enum Kind {
    Csv { reader: csv::Reader<Box<dyn Read + Send>>, headers: Vec<String>, record: csv::StringRecord },
    Jsonl { reader: BufReader<Box<dyn Read + Send>>, line: u64, buf: String },
}

impl Rows {
    /// Rows of `input`; `format` `None` sniffs it: a first non-blank byte `{` means JSONL.
    pub fn new(input: Box<dyn Read + Send>, format: Option<Format>) -> Result<Rows, RowError> {
        let mut reader = BufReader::with_capacity(64 * 1024, input);
        let format = match format {
            Some(f) => f,
            None => {
                let head = reader.fill_buf().map_err(|e| RowError { line: 0, reason: format!("cannot read: {e}") })?;
                match head.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'{') => Format::Jsonl,
                    _ => Format::Csv,
                }
            }
        };
        let kind = match format {
            Format::Jsonl => Kind::Jsonl { reader, line: 0, buf: String::new() },
            Format::Csv => {
                let boxed: Box<dyn Read + Send> = Box::new(reader);
                let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(boxed);
                let headers = reader
                    .headers()
                    .map_err(|e| RowError { line: 1, reason: format!("cannot read the CSV header: {e}") })?
                    .iter()
                    .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
                    .collect::<Vec<_>>();
                if !headers.iter().any(|h| h == "to") {
                    return Err(RowError {
                        line: 1,
                        reason: format!(
                            "the header has no `to` column (columns: {}); the first line must name the columns, \
                             e.g. to,first_name,order_number",
                            headers.join(",")
                        ),
                    });
                }
                Kind::Csv { reader, headers, record: csv::StringRecord::new() }
            }
        };
        Ok(Rows { kind })
    }
}

impl Iterator for Rows {
    type Item = Result<RawRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.kind {
            Kind::Csv { reader, headers, record } => match reader.read_record(record) {
                Ok(false) => None,
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let cells = headers
                        .iter()
                        .zip(record.iter())
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
                        .collect();
                    Some(Ok(RawRow { line, cells }))
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    let reason = match e.kind() {
                        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                            format!("{len} cells where the header has {expected_len}; quote cells holding commas")
                        }
                        _ => format!("unreadable CSV: {e}"),
                    };
                    // A malformed record still advances the reader.
                    Some(Err(RowError { line, reason }))
                }
            },
            Kind::Jsonl { reader, line, buf } => loop {
                buf.clear();
                *line += 1;
                match reader.read_line(buf) {
                    Ok(0) => return None,
                    Ok(_) if buf.trim().is_empty() => continue,
                    Ok(_) => {
                        let row = match serde_json::from_str::<Value>(buf) {
                            Ok(Value::Object(map)) => Ok(RawRow {
                                line: *line,
                                cells: map
                                    .into_iter()
                                    .filter(|(_, v)| !v.is_null() && v.as_str() != Some(""))
                                    .collect(),
                            }),
                            Ok(_) => Err(RowError {
                                line: *line,
                                reason: "not a JSON object; write one object per line, e.g. {\"to\": \"+16505551234\"}"
                                    .into(),
                            }),
                            Err(e) => Err(RowError { line: *line, reason: format!("invalid JSON: {e}") }),
                        };
                        return Some(row);
                    }
                    Err(e) => return Some(Err(RowError { line: *line, reason: format!("cannot read: {e}") })),
                }
            },
        }
    }
}
