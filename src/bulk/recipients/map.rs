//! A row's columns mapped to a template's parameters (see the parent module for the columns).

use serde_json::Value;

use super::{RawRow, RowError};
use crate::messages::media::{self, Source};
use crate::messages::template::{HeaderMedia, Param, Params};

/// A row mapped to a send.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient {
    /// Line number in the file.
    pub line: u64,
    /// `to`, as written.
    pub to: String,
    /// Template parameters.
    pub params: Params,
    /// biz_opaque_callback_data.
    pub callback_data: Option<String>,
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `button_url_suffix` is 1, `button_url_suffix_2` is 2, …
fn indexed(column: &str, prefix: &str) -> Option<usize> {
    let rest = column.strip_prefix(prefix)?;
    if rest.is_empty() {
        return Some(1);
    }
    rest.strip_prefix('_')?.parse::<usize>().ok().filter(|n| *n >= 1 && *n <= 10)
}

fn put(list: &mut Vec<String>, index: usize, value: String) {
    if list.len() < index {
        list.resize(index, String::new());
    }
    list[index - 1] = value;
}

/// Map a row's cells to a recipient; the reason names the column.
pub fn map(row: RawRow) -> Result<Recipient, RowError> {
    let line = row.line;
    let err = |reason: String| RowError { line, reason };
    let mut to = None;
    let mut params = Params::default();
    let mut positional: Vec<(usize, Param)> = Vec::new();
    let mut callback_data = None;
    for (column, value) in row.cells {
        let as_text = || text(&value).ok_or_else(|| err(format!("column {column}: expected a string")));
        match column.as_str() {
            "to" => to = Some(as_text()?),
            "callback_data" => callback_data = Some(as_text()?),
            "code" => params.code = Some(as_text()?),
            "header_text" => params.header_text = Some(as_text()?),
            "header_image" | "header_video" | "header_document" => {
                let raw = as_text()?;
                let source = match media::source(&raw, &column).map_err(|e| err(e.to_string()))? {
                    Source::Remote(r) => r,
                    Source::File(_) => {
                        return Err(err(format!(
                            "column {column}: '{raw}' is neither an https:// link nor a media id; upload the file \
                             once (`waba media upload FILE`) and put its id in the column"
                        )));
                    }
                };
                let format = column.trim_start_matches("header_").to_ascii_uppercase();
                params.header_media = Some(HeaderMedia { format, source });
            }
            c if indexed(c, "button_url_suffix").is_some() => {
                put(&mut params.url_suffixes, indexed(c, "button_url_suffix").unwrap_or(1), as_text()?);
            }
            c if indexed(c, "button_payload").is_some() => {
                put(&mut params.payloads, indexed(c, "button_payload").unwrap_or(1), as_text()?);
            }
            c if !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()) => {
                let n = c.parse::<usize>().ok().filter(|n| (1..=1000).contains(n));
                let n = n.ok_or_else(|| err(format!("column {c}: positional columns are numbered from 1")))?;
                let p = Param::from_json(&value).map_err(|e| err(format!("column {c}: {e}")))?;
                positional.push((n, p));
            }
            c if c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') && !c.is_empty() => {
                let p = Param::from_json(&value).map_err(|e| err(format!("column {c}: {e}")))?;
                params.named.push((c.to_string(), p));
            }
            c => {
                return Err(err(format!(
                    "column '{c}' is not a parameter name (lower-case letters, digits, underscores) nor a \
                     documented column (to, 1, 2, …, header_text, header_image, button_url_suffix, code, …)"
                )));
            }
        }
    }
    positional.sort_by_key(|(n, _)| *n);
    for (i, (n, _)) in positional.iter().enumerate() {
        if *n != i + 1 {
            return Err(err(format!(
                "column {} is missing or empty (positional columns go 1, 2, 3, … in order)",
                i + 1
            )));
        }
    }
    params.positional = positional.into_iter().map(|(_, p)| p).collect();
    let to = to.ok_or_else(|| err("no `to`: every row needs the recipient, E.164 with '+'".into()))?;
    Ok(Recipient { line, to, params, callback_data })
}
