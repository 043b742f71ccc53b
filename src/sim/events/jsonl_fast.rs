//! Fast path for the common JSONL line: a flat object whose strings have no escapes and whose
//! numbers are plain non-negative integers. Anything else returns `None` and the caller falls back to
//! serde_json, which also produces the error messages.

use super::fields::{Raw, StrOrNum};

enum Val<'a> {
    Str(&'a str),
    Num(u64),
    Bool(bool),
    Null,
}

struct P<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> P<'a> {
    fn ws(&mut self) {
        while self.b.get(self.i).is_some_and(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) -> Option<()> {
        self.ws();
        (self.b.get(self.i) == Some(&c)).then(|| self.i += 1)
    }
    fn string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.i;
        let mut end = start;
        loop {
            match *self.b.get(end)? {
                b'"' => break,
                b'\\' => return None,
                c if c < 0x20 => return None,
                _ => end += 1,
            }
        }
        self.i = end + 1;
        self.s.get(start..end)
    }
    fn lit(&mut self, w: &[u8]) -> Option<()> {
        (self.b.get(self.i..self.i + w.len())? == w).then(|| self.i += w.len())
    }
    fn value(&mut self) -> Option<Val<'a>> {
        self.ws();
        match *self.b.get(self.i)? {
            b'"' => self.string().map(Val::Str),
            b't' => self.lit(b"true").map(|_| Val::Bool(true)),
            b'f' => self.lit(b"false").map(|_| Val::Bool(false)),
            b'n' => self.lit(b"null").map(|_| Val::Null),
            b'0'..=b'9' => {
                let mut n: u64 = 0;
                let start = self.i;
                while let Some(c @ b'0'..=b'9') = self.b.get(self.i) {
                    n = n.checked_mul(10)?.checked_add(u64::from(c - b'0'))?;
                    self.i += 1;
                }
                let next = self.b.get(self.i).copied();
                if matches!(next, Some(b'.' | b'e' | b'E')) || (self.i - start > 1 && self.b[start] == b'0') {
                    return None;
                }
                Some(Val::Num(n))
            }
            _ => None,
        }
    }
}

/// Parses a flat line into raw fields, or `None` to ask for the general parser.
pub(super) fn parse<'a>(line: &'a str) -> Option<Raw<'a>> {
    let mut p = P { s: line, b: line.as_bytes(), i: 0 };
    let mut raw = Raw::default();
    let mut seen: u16 = 0;
    p.eat(b'{')?;
    p.ws();
    if p.b.get(p.i) == Some(&b'}') {
        p.i += 1;
    } else {
        loop {
            let key = p.string()?;
            p.eat(b':')?;
            let v = p.value()?;
            let slot = match key {
                "ts" => 0,
                "dir" => 1,
                "user" => 2,
                "type" => 3,
                "category" => 4,
                "entry_point" => 5,
                "phone_number_id" => 6,
                "delivered" => 7,
                "id" => 8,
                _ => 9,
            };
            if slot < 9 {
                if seen & (1 << slot) != 0 {
                    return None; // duplicate: let serde report it
                }
                seen |= 1 << slot;
            }
            let text = |v: &Val<'a>| match v {
                Val::Str(s) => Some(Some(*s)),
                Val::Null => Some(None),
                _ => None,
            };
            let num = |v: &Val<'a>| match v {
                Val::Str(s) => Some(Some(StrOrNum::Str(s))),
                Val::Num(n) => Some(Some(StrOrNum::Num(*n))),
                Val::Null => Some(None),
                Val::Bool(_) => None,
            };
            match slot {
                0 => raw.ts = text(&v)?,
                1 => raw.dir = text(&v)?,
                2 => raw.user = num(&v)?,
                3 => raw.kind = text(&v)?,
                4 => raw.category = text(&v)?,
                5 => raw.entry_point = text(&v)?,
                6 => raw.phone_number_id = num(&v)?,
                7 => {
                    raw.delivered = match v {
                        Val::Bool(b) => Some(b),
                        Val::Null => None,
                        _ => return None,
                    }
                }
                8 => raw.id = text(&v)?,
                _ => {}
            }
            p.ws();
            match p.b.get(p.i)? {
                b',' => p.i += 1,
                b'}' => {
                    p.i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    p.ws();
    (p.i == p.b.len()).then_some(raw)
}
