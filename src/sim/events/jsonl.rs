//! JSONL reader: one JSON object per line, borrowed from a reused line buffer.

use super::fields::{self, Raw, StrOrNum};
use super::{Event, LogError, READ_ERROR_HINT};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Read};

/// A string that borrows from the line unless it had escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V(std::marker::PhantomData))
    }
}

/// A number given as a string or as a JSON integer.
enum Numish<'a> {
    Str(Cow<'a, str>),
    Num(u64),
}

impl<'de: 'a, 'a> Deserialize<'de> for Numish<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Numish<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a non-negative integer")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Numish::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Numish::Str(Cow::Owned(v.to_owned())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(Numish::Num(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl Numish<'_> {
    fn raw(&self) -> StrOrNum<'_> {
        match self {
            Numish::Str(s) => StrOrNum::Str(s),
            Numish::Num(n) => StrOrNum::Num(*n),
        }
    }
}

#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    ts: Option<Text<'a>>,
    #[serde(borrow)]
    dir: Option<Text<'a>>,
    #[serde(borrow)]
    user: Option<Numish<'a>>,
    #[serde(borrow, rename = "type")]
    kind: Option<Text<'a>>,
    #[serde(borrow)]
    category: Option<Text<'a>>,
    #[serde(borrow)]
    entry_point: Option<Text<'a>>,
    #[serde(borrow)]
    phone_number_id: Option<Numish<'a>>,
    delivered: Option<bool>,
    #[serde(borrow)]
    id: Option<Text<'a>>,
}

fn text<'a>(t: &'a Option<Text<'_>>) -> Option<&'a str> {
    t.as_ref().map(|t| t.0.as_ref())
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

pub(super) struct JsonlReader<R: Read> {
    input: BufReader<R>,
    buf: Vec<u8>,
    line: u64,
    done: bool,
}

impl<R: Read> JsonlReader<R> {
    pub(super) fn new(input: R) -> Self {
        JsonlReader {
            input: BufReader::with_capacity(1 << 16, input),
            buf: Vec::with_capacity(256),
            line: 0,
            done: false,
        }
    }

    pub(super) fn next_event(&mut self) -> Option<Result<Event, LogError>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    let err = LogError::new(self.line + 1, None, format!("read error: {e}"));
                    return Some(Err(err.hint(READ_ERROR_HINT)));
                }
            }
            self.line += 1;
            // A UTF-8 byte-order mark before the first line (as editors on Windows write) is not data.
            if self.line == 1 && self.buf.starts_with(UTF8_BOM) {
                self.buf.drain(..UTF8_BOM.len());
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(parse_line(self.line, &self.buf));
        }
    }
}

/// How a line must look.
const LINE_HINT: &str = "each line must be one JSON object like {\"ts\":…,\"dir\":\"out\",…}";

/// The fields of a line, as errors name them.
const FIELDS: [&str; 9] =
    ["ts", "dir", "user", "type", "category", "entry_point", "phone_number_id", "delivered", "id"];

/// Parses one JSONL line (without validation of ordering).
pub(super) fn parse_line(line: u64, bytes: &[u8]) -> Result<Event, LogError> {
    if let Ok(text) = std::str::from_utf8(bytes)
        && let Some(raw) = super::jsonl_fast::parse(text)
    {
        return fields::assemble(line, &raw);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let l: Line<'_> = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        // A field of the wrong type is named; anything else is a malformed line.
        match FIELDS.iter().find(|f| **f == path) {
            Some(field) if inner.is_data() => LogError::new(line, Some(field), inner.to_string())
                .hint("see the field list in README (e.g. \"delivered\": false, \"user\": \"+14155550100\")"),
            _ => LogError::new(line, None, format!("not a JSON object: {inner}")).hint(LINE_HINT),
        }
    })?;
    de.end().map_err(|e| LogError::new(line, None, format!("not a JSON object: {e}")).hint(LINE_HINT))?;
    let raw = Raw {
        ts: text(&l.ts),
        dir: text(&l.dir),
        user: l.user.as_ref().map(Numish::raw),
        kind: text(&l.kind),
        category: text(&l.category),
        entry_point: text(&l.entry_point),
        phone_number_id: l.phone_number_id.as_ref().map(Numish::raw),
        delivered: l.delivered,
        id: text(&l.id),
    };
    fields::assemble(line, &raw)
}
