//! Long lists written as they are produced, so memory stays bounded however long the list.
//!
//! - JSON: one pretty-printed document, `{"<key>": [row, row, …], <trailing fields>}`. The list
//!   comes first; the fields known only at the end (totals, counts) follow it.
//! - NDJSON: one row a line (the trailing fields are not written).
//! - CSV: a header row of the given columns (the JSON field names, nested objects as
//!   `parent.child`), then one row per item, cells as in every other CSV.
//! - Table and TOML: nothing is written; the command renders what it kept.

use std::io::{self, Write};

use serde::Serialize;

use super::fields::cells;
use super::{Format, Output};

/// A JSON object written member by member: arrays item by item, then plain fields. The text is
/// what `serde_json::to_writer_pretty` gives for the whole document.
pub struct JsonDocument<W: Write> {
    out: W,
    buf: Vec<u8>,
    members: usize,
    items: Option<usize>,
}

impl<W: Write> JsonDocument<W> {
    /// Start the document (`{`).
    pub fn new(mut out: W) -> io::Result<Self> {
        out.write_all(b"{")?;
        Ok(Self { out, buf: Vec::new(), members: 0, items: None })
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        self.out.write_all(if self.members == 0 { b"\n  " } else { b",\n  " })?;
        self.members += 1;
        serde_json::to_writer(&mut self.out, key)?;
        self.out.write_all(b": ")
    }

    /// Write `value` pretty-printed, each line after the first indented by `indent`.
    fn value(&mut self, value: &impl Serialize, indent: &[u8]) -> io::Result<()> {
        self.buf.clear();
        serde_json::to_writer_pretty(&mut self.buf, value)?;
        // JSON strings escape their newlines, so every raw newline starts a line of structure.
        for (i, line) in self.buf.split(|&b| b == b'\n').enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
                self.out.write_all(indent)?;
            }
            self.out.write_all(line)?;
        }
        Ok(())
    }

    /// Open the array member `key`.
    pub fn begin_array(&mut self, key: &str) -> io::Result<()> {
        self.end_array()?;
        self.key(key)?;
        self.out.write_all(b"[")?;
        self.items = Some(0);
        Ok(())
    }

    /// One item of the open array.
    pub fn item(&mut self, value: &impl Serialize) -> io::Result<()> {
        let n = self.items.ok_or_else(|| io::Error::other("JsonDocument::item outside an array"))?;
        self.out.write_all(if n == 0 { b"\n    " } else { b",\n    " })?;
        self.items = Some(n + 1);
        self.value(value, b"    ")
    }

    /// Close the open array, if any.
    pub fn end_array(&mut self) -> io::Result<()> {
        match self.items.take() {
            Some(0) => self.out.write_all(b"]"),
            Some(_) => self.out.write_all(b"\n  ]"),
            None => Ok(()),
        }
    }

    /// A plain member.
    pub fn field(&mut self, key: &str, value: &impl Serialize) -> io::Result<()> {
        self.end_array()?;
        self.key(key)?;
        self.value(value, b"  ")
    }

    /// Every member of `object` (anything that serializes to a JSON object), in order.
    pub fn fields(&mut self, object: &impl Serialize) -> io::Result<()> {
        match serde_json::to_value(object)? {
            serde_json::Value::Object(map) => map.iter().try_for_each(|(k, v)| self.field(k, v)),
            _ => Err(io::Error::other("JsonDocument::fields needs an object")),
        }
    }

    /// Close the document (`}` and a newline) and flush.
    pub fn finish(mut self) -> io::Result<W> {
        self.end_array()?;
        self.out.write_all(if self.members == 0 { b"}\n" } else { b"\n}\n" })?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Rows of a long list, written in the output format as they come (see the module docs).
pub struct RowStream<'a> {
    format: Format,
    columns: &'a [&'a str],
    csv_started: bool,
    json: Option<JsonDocument<&'a mut dyn Write>>,
    out: Option<&'a mut dyn Write>,
}

impl Output {
    /// Stream the rows of the list `key`; CSV writes `columns` (dotted JSON field names).
    pub fn stream_rows<'a>(&'a mut self, key: &str, columns: &'a [&'a str]) -> io::Result<RowStream<'a>> {
        let format = self.format;
        let out: &'a mut dyn Write = &mut *self.out;
        let (json, out) = match format {
            Format::Json => {
                let mut doc = JsonDocument::new(out)?;
                doc.begin_array(key)?;
                (Some(doc), None)
            }
            _ => (None, Some(out)),
        };
        Ok(RowStream { format, columns, csv_started: false, json, out })
    }

    /// Whether [`Output::stream_rows`] writes rows in this format (JSON, NDJSON, CSV).
    pub fn streams_rows(&self) -> bool {
        matches!(self.format, Format::Json | Format::Ndjson | Format::Csv)
    }
}

impl RowStream<'_> {
    /// Write one row.
    pub fn push(&mut self, row: &impl Serialize) -> io::Result<()> {
        if let Some(doc) = &mut self.json {
            return doc.item(row);
        }
        let Some(out) = &mut self.out else { return Ok(()) };
        match self.format {
            Format::Ndjson => {
                serde_json::to_writer(&mut *out, row)?;
                out.write_all(b"\n")
            }
            Format::Csv => {
                let mut w = csv::Writer::from_writer(&mut *out);
                if !self.csv_started {
                    w.write_record(self.columns)?;
                    self.csv_started = true;
                }
                w.write_record(cells(&serde_json::to_value(row)?, self.columns))?;
                w.flush()
            }
            Format::Json | Format::Table | Format::Toml => Ok(()),
        }
    }

    /// End the list; JSON then writes the members of `trailer` (an object) and closes the document.
    /// A CSV with no rows still gets its header.
    pub fn finish(mut self, trailer: &impl Serialize) -> io::Result<()> {
        if let Some(mut doc) = self.json.take() {
            doc.end_array()?;
            doc.fields(trailer)?;
            doc.finish()?;
            return Ok(());
        }
        if self.format == Format::Csv && !self.csv_started {
            if let Some(out) = self.out.as_deref_mut() {
                csv::Writer::from_writer(out).write_record(self.columns)?;
            }
        }
        if let Some(out) = &mut self.out {
            out.flush()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_document_is_the_pretty_document() {
        let rows = [serde_json::json!({"a": 1, "b": {"c": [1, 2]}}), serde_json::json!({"a": 2, "b": null})];
        let mut doc = JsonDocument::new(Vec::new()).unwrap();
        doc.begin_array("events").unwrap();
        for row in &rows {
            doc.item(row).unwrap();
        }
        doc.fields(&serde_json::json!({"total": "1.00", "by": {"x": 1}})).unwrap();
        let text = String::from_utf8(doc.finish().unwrap()).unwrap();
        let whole = serde_json::json!({"events": rows, "total": "1.00", "by": {"x": 1}});
        assert_eq!(text, format!("{}\n", serde_json::to_string_pretty(&whole).unwrap()));

        let mut doc = JsonDocument::new(Vec::new()).unwrap();
        doc.begin_array("events").unwrap();
        doc.field("n", &0).unwrap();
        let text = String::from_utf8(doc.finish().unwrap()).unwrap();
        assert_eq!(
            text,
            format!("{}\n", serde_json::to_string_pretty(&serde_json::json!({"events": [], "n": 0})).unwrap())
        );
        assert_eq!(String::from_utf8(JsonDocument::new(Vec::new()).unwrap().finish().unwrap()).unwrap(), "{}\n");
    }
}
