//! Field parsers shared by the JSONL and CSV readers. Each returns a [`LogError`] naming the field.

use super::{Category, Dir, EntryPoint, LogError};

/// Parses `ts`: RFC 3339 with an offset (`Z` or `±hh:mm`).
pub fn ts(line: u64, s: &str) -> Result<jiff::Timestamp, LogError> {
    if let Some(t) = super::rfc3339::fast(s.as_bytes()) {
        return Ok(t);
    }
    s.parse::<jiff::Timestamp>().map_err(|_| {
        LogError::new(line, Some("ts"), format!("not an RFC 3339 timestamp with offset ({s:?})"))
            .hint("write it like 2025-07-01T09:30:00Z or 2025-07-01T09:30:00-03:00")
    })
}

/// Parses `dir`: `out` or `in` (any case).
pub fn dir(line: u64, s: &str) -> Result<Dir, LogError> {
    if s.eq_ignore_ascii_case("out") {
        Ok(Dir::Out)
    } else if s.eq_ignore_ascii_case("in") {
        Ok(Dir::In)
    } else {
        Err(LogError::new(line, Some("dir"), format!("unknown direction ({s:?})")).hint("use `out` or `in`"))
    }
}

/// Parses `user`: optional `+`, then 8–15 digits, first not 0.
pub fn user(line: u64, s: &str) -> Result<u64, LogError> {
    let digits = s.strip_prefix('+').unwrap_or(s).as_bytes();
    let ok = (8..=15).contains(&digits.len()) && digits.iter().all(u8::is_ascii_digit) && digits[0] != b'0';
    if !ok {
        return Err(LogError::new(line, Some("user"), format!("not an E.164 number ({s:?})"))
            .hint("write it as +14155550100 (8 to 15 digits with the country code)"));
    }
    Ok(digits.iter().fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0')))
}

/// Checks a numeric `user` given as a JSON number.
pub fn user_num(line: u64, n: u64) -> Result<u64, LogError> {
    if (10_000_000..=999_999_999_999_999).contains(&n) {
        Ok(n)
    } else {
        Err(LogError::new(line, Some("user"), format!("not an E.164 number ({n})"))
            .hint("write it as +14155550100 (8 to 15 digits with the country code)"))
    }
}

/// Parses `category` (any case). `None` for empty.
pub fn category(line: u64, s: &str) -> Result<Option<Category>, LogError> {
    let c = if s.is_empty() {
        return Ok(None);
    } else if s.eq_ignore_ascii_case("marketing") {
        Category::Marketing
    } else if s.eq_ignore_ascii_case("utility") {
        Category::Utility
    } else if s.eq_ignore_ascii_case("authentication") {
        Category::Authentication
    } else {
        return Err(LogError::new(line, Some("category"), format!("unknown template category ({s:?})"))
            .hint("use marketing, utility or authentication"));
    };
    Ok(Some(c))
}

/// Parses `entry_point`. `None` for empty.
pub fn entry_point(line: u64, s: &str) -> Result<Option<EntryPoint>, LogError> {
    if s.is_empty() {
        Ok(None)
    } else if s.eq_ignore_ascii_case("ctwa_ad") {
        Ok(Some(EntryPoint::CtwaAd))
    } else if s.eq_ignore_ascii_case("page_cta") {
        Ok(Some(EntryPoint::PageCta))
    } else {
        Err(LogError::new(line, Some("entry_point"), format!("unknown entry point ({s:?})"))
            .hint("use ctwa_ad or page_cta, or leave it out"))
    }
}

/// Parses `phone_number_id` digits. `None` for empty.
pub fn phone_number_id(line: u64, s: &str) -> Result<Option<u64>, LogError> {
    if s.is_empty() {
        return Ok(None);
    }
    let bad = || {
        LogError::new(line, Some("phone_number_id"), format!("not a numeric id ({s:?})"))
            .hint("use the Graph id of the business number, digits only")
    };
    if s.len() > 19 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    Ok(Some(s.bytes().fold(0u64, |a, b| a * 10 + u64::from(b - b'0'))))
}

/// Parses CSV `delivered`: `true`/`false`/empty (default true), any case; also `1`/`0`.
pub fn delivered(line: u64, s: &str) -> Result<bool, LogError> {
    if s.is_empty() || s.eq_ignore_ascii_case("true") || s == "1" {
        Ok(true)
    } else if s.eq_ignore_ascii_case("false") || s == "0" {
        Ok(false)
    } else {
        Err(LogError::new(line, Some("delivered"), format!("not a boolean ({s:?})")).hint("use true or false"))
    }
}

/// Parses `type`: `true` when it is `template` (any case); errors when empty.
pub fn is_template(line: u64, s: &str) -> Result<bool, LogError> {
    if s.is_empty() {
        return Err(LogError::new(line, Some("type"), "missing message type").hint("use template, text, image, …"));
    }
    Ok(s.eq_ignore_ascii_case("template"))
}

/// A numeric field that JSON may give as a string or a number.
#[derive(Debug, Clone, Copy)]
pub enum StrOrNum<'a> {
    /// Text form.
    Str(&'a str),
    /// Number form.
    Num(u64),
}

/// The raw fields of one line, before validation.
#[derive(Debug, Default, Clone, Copy)]
pub struct Raw<'a> {
    /// `ts`
    pub ts: Option<&'a str>,
    /// `dir`
    pub dir: Option<&'a str>,
    /// `user`
    pub user: Option<StrOrNum<'a>>,
    /// `type`
    pub kind: Option<&'a str>,
    /// `category`
    pub category: Option<&'a str>,
    /// `entry_point`
    pub entry_point: Option<&'a str>,
    /// `phone_number_id`
    pub phone_number_id: Option<StrOrNum<'a>>,
    /// `delivered` (already a bool in JSON; CSV text goes through [`delivered`]).
    pub delivered: Option<bool>,
    /// `id`
    pub id: Option<&'a str>,
}

fn missing(line: u64, field: &'static str, hint: &str) -> LogError {
    LogError::new(line, Some(field), "missing required field").hint(hint)
}

/// Validates raw fields into an [`super::Event`].
pub fn assemble(line: u64, raw: &Raw<'_>) -> Result<super::Event, LogError> {
    let ts = ts(line, raw.ts.ok_or_else(|| missing(line, "ts", "add an RFC 3339 timestamp"))?)?;
    let dir = dir(line, raw.dir.ok_or_else(|| missing(line, "dir", "add `out` or `in`"))?)?;
    let user = match raw.user.ok_or_else(|| missing(line, "user", "add the user's E.164 number"))? {
        StrOrNum::Str(s) => user(line, s)?,
        StrOrNum::Num(n) => user_num(line, n)?,
    };
    let template = is_template(line, raw.kind.ok_or_else(|| missing(line, "type", "add template, text, …"))?)?;
    let kind = if template {
        match category(line, raw.category.unwrap_or(""))? {
            Some(c) => super::Kind::Template(c),
            None if dir == Dir::Out => {
                return Err(missing(line, "category", "outgoing templates need marketing, utility or authentication"));
            }
            None => super::Kind::Other,
        }
    } else {
        super::Kind::Other
    };
    let entry_point = entry_point(line, raw.entry_point.unwrap_or(""))?;
    if entry_point.is_some() && dir == Dir::Out {
        return Err(LogError::new(line, Some("entry_point"), "only inbound (`in`) events have an entry point")
            .hint("remove it from outgoing events"));
    }
    let phone_number_id = match raw.phone_number_id {
        None => None,
        Some(StrOrNum::Str(s)) => phone_number_id(line, s)?,
        Some(StrOrNum::Num(n)) => Some(n),
    };
    let id = raw.id.filter(|s| !s.is_empty()).map(Box::from);
    Ok(super::Event {
        line,
        ts,
        dir,
        user,
        kind,
        entry_point,
        phone_number_id,
        delivered: raw.delivered.unwrap_or(true),
        id,
    })
}
