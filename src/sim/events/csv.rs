//! CSV reader: a header row names the columns (any order, any case); `csv::ByteRecord` is reused.

use super::fields::{self, Raw, StrOrNum};
use super::{Event, LogError};
use std::io::Read;

const COLUMNS: [&str; 9] =
    ["ts", "dir", "user", "type", "category", "entry_point", "phone_number_id", "delivered", "id"];

pub(super) struct CsvReader<R: Read> {
    rdr: csv::Reader<R>,
    rec: csv::ByteRecord,
    /// Column index of each of [`COLUMNS`], if present.
    idx: [Option<usize>; 9],
    started: bool,
    done: bool,
}

impl<R: Read> CsvReader<R> {
    pub(super) fn new(input: R) -> Self {
        let rdr =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).buffer_capacity(1 << 16).from_reader(input);
        CsvReader { rdr, rec: csv::ByteRecord::new(), idx: [None; 9], started: false, done: false }
    }

    fn read(&mut self) -> Option<Result<u64, LogError>> {
        loop {
            match self.rdr.read_byte_record(&mut self.rec) {
                Ok(false) => return None,
                Ok(true) => {
                    let line = self.rec.position().map_or(0, |p| p.line());
                    if self.rec.len() == 1 && self.rec.get(0).is_some_and(|f| f.iter().all(u8::is_ascii_whitespace)) {
                        continue;
                    }
                    return Some(Ok(line));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    let io = e.is_io_error();
                    let err = LogError::new(line, None, format!("unreadable CSV: {e}"));
                    return Some(Err(if io { err.hint(super::READ_ERROR_HINT) } else { err }));
                }
            }
        }
    }

    fn header(&mut self, line: u64) -> Result<(), LogError> {
        for (i, name) in self.rec.iter().enumerate() {
            let name = String::from_utf8_lossy(name);
            let name = name.trim().trim_start_matches('\u{feff}');
            if let Some(c) = COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(name)) {
                self.idx[c] = Some(i);
            }
        }
        for (c, name) in COLUMNS.iter().enumerate().take(4) {
            if self.idx[c].is_none() {
                return Err(LogError::new(line, Some(name), "the header row has no such column")
                    .hint("the header must name at least ts, dir, user and type"));
            }
        }
        Ok(())
    }

    pub(super) fn next_event(&mut self) -> Option<Result<Event, LogError>> {
        if self.done {
            return None;
        }
        let line = match self.read() {
            None => {
                self.done = true;
                return None;
            }
            Some(Err(e)) => {
                self.done = true;
                return Some(Err(e));
            }
            Some(Ok(l)) => l,
        };
        if !self.started {
            self.started = true;
            if let Err(e) = self.header(line) {
                self.done = true;
                return Some(Err(e));
            }
            return self.next_event();
        }
        Some(self.event(line))
    }

    /// Field `c` of the current record from the record's text validated once as UTF-8.
    fn field<'a>(&self, all: &'a str, c: usize) -> Option<&'a str> {
        let r = self.rec.range(self.idx[c]?)?;
        let s = all.get(r)?.trim_ascii();
        if s.is_empty() { None } else { Some(s) }
    }

    fn event(&self, line: u64) -> Result<Event, LogError> {
        let all = match std::str::from_utf8(self.rec.as_slice()) {
            Ok(all) => all,
            Err(_) => {
                let bad = (0..COLUMNS.len()).find(|&c| {
                    self.idx[c].and_then(|i| self.rec.get(i)).is_some_and(|b| std::str::from_utf8(b).is_err())
                });
                return Err(LogError::new(line, bad.map(|c| COLUMNS[c]), "not valid UTF-8"));
            }
        };
        let delivered = match self.field(all, 7) {
            None => None,
            Some(s) => Some(fields::delivered(line, s)?),
        };
        let raw = Raw {
            ts: self.field(all, 0),
            dir: self.field(all, 1),
            user: self.field(all, 2).map(StrOrNum::Str),
            kind: self.field(all, 3),
            category: self.field(all, 4),
            entry_point: self.field(all, 5),
            phone_number_id: self.field(all, 6).map(StrOrNum::Str),
            delivered,
            id: self.field(all, 8),
        };
        fields::assemble(line, &raw)
    }
}
