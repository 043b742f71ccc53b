//! The one output writer. Everything a command prints as data goes through [`Output`]:
//! tables for people, JSON / NDJSON / CSV for programs. Diagnostics never come here;
//! they go to stderr through [`diag`].

pub mod chart;
pub mod diag;
mod fields;
mod fit;
mod stream;
mod table;

use std::io::{self, Write};

use serde::Serialize;

use fields::{csv_records, field_name};
pub use fields::{field_names, thousands};
pub use fit::{Fit, wrap_prose};
pub use stream::{JsonDocument, RowStream};
pub use table::{Cell, Table, Tone};

/// Output formats of `-o/--output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for people.
    Table,
    /// One JSON document (lists are one array).
    Json,
    /// One JSON value per line (lists: one item per line).
    Ndjson,
    /// Comma-separated values; the header row holds the JSON field names (nested objects
    /// as `parent.child`), so every format names a field the same way.
    Csv,
    /// TOML; null values are left out (TOML has none) and a list becomes `[[items]]`.
    Toml,
}

/// Whether to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour when the stream is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Resolve for a stream, honouring `NO_COLOR` (<https://no-color.org>).
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// The stdout writer.
pub struct Output {
    format: Format,
    color: bool,
    width: Option<u16>,
    terminal: bool,
    /// Leave the assumptions section out of tables (`--quiet`, `--no-assumptions`).
    hide_assumptions: bool,
    out: Box<dyn Write>,
}

/// The title of the assumptions section, which `--no-assumptions` leaves out.
pub const ASSUMPTIONS_TITLE: &str = "Assumptions";

/// A report for people: titled sections of tables and text (charts), plus the one
/// flat table that CSV output carries.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Sections in order.
    pub sections: Vec<Section>,
    /// The rows written with `-o csv`.
    pub csv: Table,
}

impl Section {
    /// A titled list, one `- item` a line; `None` when there is nothing to list.
    pub fn bullets(title: &str, items: impl IntoIterator<Item = String>) -> Option<Section> {
        let lines: Vec<String> = items.into_iter().map(|item| format!("- {item}")).collect();
        (!lines.is_empty()).then(|| Section::Text(Some(title.to_string()), lines.join("\n")))
    }

    /// The assumptions behind a figure, one per line; left out with `--no-assumptions`.
    pub fn assumptions(items: impl IntoIterator<Item = String>) -> Option<Section> {
        Self::bullets(ASSUMPTIONS_TITLE, items)
    }
}

/// One part of a [`Report`].
#[derive(Debug, Clone)]
pub enum Section {
    /// A table under an optional title.
    Table(Option<String>, Table),
    /// Preformatted text (a chart, a note) under an optional title.
    Text(Option<String>, String),
}

impl Output {
    /// Write to stdout.
    pub fn stdout(format: Format, color: ColorChoice) -> Self {
        use std::io::IsTerminal;
        let terminal = io::stdout().is_terminal();
        let width = terminal_width(terminal);
        Self {
            format,
            color: color.enabled(terminal),
            width,
            terminal,
            hide_assumptions: false,
            out: Box::new(io::BufWriter::with_capacity(1 << 16, io::stdout().lock())),
        }
    }

    /// Write to any writer (tests).
    pub fn to_writer(format: Format, out: Box<dyn Write>) -> Self {
        Self { format, color: false, width: None, terminal: false, hide_assumptions: false, out }
    }

    /// Leave the assumptions section out of tables.
    pub fn hide_assumptions(&mut self, hide: bool) {
        self.hide_assumptions = hide;
    }

    /// Whether decorations for people (charts) belong in the output: a table on a terminal.
    pub fn charts(&self) -> bool {
        self.format == Format::Table && self.terminal
    }

    /// The terminal width, when writing to a terminal.
    pub fn width(&self) -> Option<u16> {
        self.width
    }

    /// Emit a report: sections for a table, `json` otherwise (CSV: from `json` when it is a
    /// list of objects, else from the report's CSV table).
    pub fn emit_report(&mut self, json: &impl Serialize, report: &Report) -> io::Result<()> {
        if self.format != Format::Table {
            return self.emit(json, &report.csv);
        }
        self.sections(report)
    }

    /// Emit a report whose machine form is a document plus a list: `-o json` and TOML write
    /// `document`, `-o ndjson` writes each of `rows` on a line of its own and `-o csv` writes
    /// `rows` with their field names as the header.
    pub fn emit_rows(&mut self, document: &impl Serialize, rows: &impl Serialize, report: &Report) -> io::Result<()> {
        match self.format {
            Format::Table => self.sections(report),
            Format::Json | Format::Toml => self.emit(document, &report.csv),
            Format::Ndjson | Format::Csv => self.emit(rows, &report.csv),
        }
    }

    fn sections(&mut self, report: &Report) -> io::Result<()> {
        let mut first = true;
        let hidden = |s: &&Section| matches!(s, Section::Text(Some(t), _) if t == ASSUMPTIONS_TITLE);
        for section in report.sections.iter().filter(|s| !(self.hide_assumptions && hidden(s))) {
            if !first {
                writeln!(self.out)?;
            }
            first = false;
            let (title, body) = match section {
                Section::Table(title, table) => (title, table.render(self.color, self.width)),
                Section::Text(title, text) => {
                    (title, self.width.map_or_else(|| text.clone(), |w| wrap_prose(text, w.into())))
                }
            };
            if let Some(title) = title {
                let title = &self.width.map_or_else(|| title.clone(), |w| wrap_prose(title, w.into()));
                let bold = anstyle::Style::new().bold();
                let title = if self.color { format!("{bold}{title}{bold:#}") } else { title.clone() };
                writeln!(self.out, "{title}")?;
            }
            writeln!(self.out, "{body}")?;
        }
        self.out.flush()
    }

    /// The format in use.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Emit data: `table` for a table, `json` for the machine formats.
    ///
    /// With NDJSON, a JSON array is written one element per line. With CSV, a JSON array of
    /// objects is written with its field names as the header (nested objects flattened to
    /// `parent.child`, lists as JSON text); anything else falls back to `table`, whose
    /// headers are then written as field names (`snake_case`).
    pub fn emit(&mut self, json: &impl Serialize, table: &Table) -> io::Result<()> {
        match self.format {
            Format::Table => {
                let text = table.render(self.color, self.width);
                writeln!(self.out, "{text}")?;
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut self.out);
                match csv_records(&serde_json::to_value(json)?) {
                    Some((headers, rows)) => {
                        w.write_record(&headers)?;
                        for row in rows {
                            w.write_record(&row)?;
                        }
                    }
                    None => {
                        w.write_record(table.headers().iter().map(|h| field_name(h)))?;
                        for row in table.rows() {
                            w.write_record(row.iter().map(|c| c.text.as_str()))?;
                        }
                    }
                }
                w.flush()?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.out, json)?;
                writeln!(self.out)?;
            }
            Format::Toml => {
                let text = to_toml(serde_json::to_value(json)?)?;
                self.out.write_all(text.as_bytes())?;
            }
            Format::Ndjson => match serde_json::to_value(json)? {
                serde_json::Value::Array(items) => {
                    for item in items {
                        serde_json::to_writer(&mut self.out, &item)?;
                        writeln!(self.out)?;
                    }
                }
                value => {
                    serde_json::to_writer(&mut self.out, &value)?;
                    writeln!(self.out)?;
                }
            },
        }
        self.out.flush()
    }

    /// Flush what was streamed.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// Emit raw text (e.g. a completion script or man page), whatever the format.
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.out.flush()
    }
}

/// A JSON value as a TOML document.
fn to_toml(value: serde_json::Value) -> io::Result<String> {
    let value = match without_nulls(value) {
        serde_json::Value::Object(map) => serde_json::Value::Object(map),
        other => serde_json::json!({ "items": other }),
    };
    toml::to_string(&value).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            Value::Object(map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().filter(|v| !v.is_null()).map(without_nulls).collect()),
        other => other,
    }
}

/// `COLUMNS` when set (also when piped, so a width can be asked for), else the terminal's.
fn terminal_width(terminal: bool) -> Option<u16> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse::<u16>().ok()).filter(|&c| c > 0) {
        return Some(cols);
    }
    if terminal { comfy_table::Table::new().width() } else { None }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn run(format: Format) -> String {
        let buf = Buf::default();
        let mut out = Output::to_writer(format, Box::new(buf.clone()));
        let mut table = Table::new(["id", "name"]);
        table.push(vec![Cell::plain("1"), Cell::plain("a, b")]);
        out.emit(&serde_json::json!([{"id": "1", "name": "a, b"}]), &table).unwrap();
        String::from_utf8(buf.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn formats() {
        assert_eq!(run(Format::Csv), "id,name\n1,\"a, b\"\n");
        assert_eq!(run(Format::Ndjson), "{\"id\":\"1\",\"name\":\"a, b\"}\n");
        assert!(run(Format::Json).starts_with("[\n"));
        assert_eq!(run(Format::Toml), "[[items]]\nid = \"1\"\nname = \"a, b\"\n");
        let table = run(Format::Table);
        assert_eq!(table, "ID  NAME\n1   a, b\n");
    }

    #[test]
    fn rows_one_per_line_and_csv_fallback_uses_field_names() {
        let buf = Buf::default();
        let mut out = Output::to_writer(Format::Ndjson, Box::new(buf.clone()));
        let doc = serde_json::json!({"total": 2, "items": [{"a": 1}, {"a": 2}]});
        out.emit_rows(&doc, &doc["items"], &Report::default()).unwrap();
        assert_eq!(String::from_utf8(buf.0.lock().unwrap().clone()).unwrap(), "{\"a\":1}\n{\"a\":2}\n");

        let buf = Buf::default();
        let mut out = Output::to_writer(Format::Csv, Box::new(buf.clone()));
        let mut table = Table::new(["Messaging limit"]);
        table.push(vec![Cell::plain("TIER_1K")]);
        out.emit(&serde_json::json!({"messaging_limit": "TIER_1K"}), &table).unwrap();
        assert_eq!(String::from_utf8(buf.0.lock().unwrap().clone()).unwrap(), "messaging_limit\nTIER_1K\n");
    }
}
