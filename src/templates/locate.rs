//! Best-effort mapping from a JSON pointer to a line in the source text of a template file.
//!
//! Only called when a diagnostic is produced, so clean files pay nothing. When the pointer names something that is
//! absent (e.g. a missing `example`), the line of the deepest existing ancestor is returned.

use toml::de::{DeTable, DeValue};

use crate::templates::file::line_col;

mod lines;

pub use lines::{json_lines, lines_at};

/// Splits an RFC 6901 pointer into unescaped segments (`""` → no segments).
pub fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.trim_start_matches('/').split('/').map(|s| s.replace("~1", "/").replace("~0", "~")).collect()
}

/// Escapes one segment for use in a pointer.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Line of `pointer` in JSON source.
pub fn json_line(src: &str, pointer: &str) -> Option<u32> {
    let b = src.as_bytes();
    let mut pos = skip_ws(b, 0);
    if pos >= b.len() {
        return None;
    }
    let mut best = pos;
    'segs: for seg in segments(pointer) {
        match b.get(pos)? {
            b'{' => {
                pos += 1;
                loop {
                    pos = skip_ws(b, pos);
                    match b.get(pos) {
                        Some(b'"') => {}
                        _ => break 'segs,
                    }
                    let key_start = pos;
                    let key_end = skip_value(b, pos);
                    let key: Option<String> = serde_json::from_slice(&b[key_start..key_end]).ok();
                    pos = skip_ws(b, key_end);
                    if b.get(pos) != Some(&b':') {
                        break 'segs;
                    }
                    pos = skip_ws(b, pos + 1);
                    if key.as_deref() == Some(seg.as_str()) {
                        best = key_start;
                        continue 'segs;
                    }
                    pos = skip_ws(b, skip_value(b, pos));
                    if b.get(pos) == Some(&b',') {
                        pos += 1;
                    } else {
                        break 'segs;
                    }
                }
            }
            b'[' => {
                let Ok(idx) = seg.parse::<usize>() else { break };
                pos += 1;
                let mut i = 0;
                loop {
                    pos = skip_ws(b, pos);
                    if pos >= b.len() || b[pos] == b']' {
                        break 'segs;
                    }
                    if i == idx {
                        best = pos;
                        continue 'segs;
                    }
                    pos = skip_ws(b, skip_value(b, pos));
                    if b.get(pos) == Some(&b',') {
                        pos += 1;
                        i += 1;
                    } else {
                        break 'segs;
                    }
                }
            }
            _ => break,
        }
    }
    Some(line_col(src, best).0)
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

/// Position just after the JSON string whose opening quote is at `pos` (lenient; never panics).
fn skip_string(b: &[u8], mut pos: usize) -> usize {
    pos += 1;
    while pos < b.len() {
        match b[pos] {
            b'\\' => pos += 2,
            b'"' => return pos + 1,
            _ => pos += 1,
        }
    }
    b.len()
}

/// Position just after the JSON value starting at `pos` (lenient; never panics).
fn skip_value(b: &[u8], mut pos: usize) -> usize {
    match b.get(pos) {
        Some(b'"') => skip_string(b, pos),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            while pos < b.len() {
                match b[pos] {
                    b'"' => {
                        pos = skip_value(b, pos);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return pos + 1;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            b.len()
        }
        _ => {
            while pos < b.len() && !matches!(b[pos], b',' | b']' | b'}') && !b[pos].is_ascii_whitespace() {
                pos += 1;
            }
            pos
        }
    }
}

/// Line of `pointer` in TOML source (uses the spans of toml's document parser).
pub fn toml_line(src: &str, pointer: &str) -> Option<u32> {
    toml_lines(src, &[pointer]).pop().flatten()
}

/// Lines of several pointers in TOML source, parsing the document once.
pub fn toml_lines(src: &str, pointers: &[&str]) -> Vec<Option<u32>> {
    let Ok(root) = DeTable::parse(src) else {
        return vec![None; pointers.len()];
    };
    let offsets: Vec<usize> = pointers.iter().map(|p| toml_offset(&root, p)).collect();
    lines_at(src, &offsets).into_iter().map(Some).collect()
}

fn toml_offset(root: &toml::Spanned<DeTable<'_>>, pointer: &str) -> usize {
    let mut best = root.span().start;
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut value: Option<&DeValue<'_>> = None;
    for seg in segments(pointer) {
        if let Some(t) = table.take() {
            let Some((k, v)) = t.iter().find(|(k, _)| k.get_ref().as_ref() == seg.as_str()) else {
                break;
            };
            best = k.span().start;
            value = Some(v.get_ref());
        } else if let Some(DeValue::Array(items)) = value {
            let Some(item) = seg.parse::<usize>().ok().and_then(|i| items.get(i)) else {
                break;
            };
            best = item.span().start;
            value = Some(item.get_ref());
        } else {
            break;
        }
        if let Some(DeValue::Table(t)) = value {
            table = Some(t);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines() {
        let src = "{\n  \"name\": \"x\",\n  \"components\": [\n    {\"type\": \"BODY\"},\n    {\n      \"type\": \"FOOTER\"\n    }\n  ]\n}";
        assert_eq!(json_line(src, "/name"), Some(2));
        assert_eq!(json_line(src, "/components/1/type"), Some(6));
        assert_eq!(json_line(src, "/components/0/text"), Some(4));
        assert_eq!(json_line(src, "/components/7"), Some(3));
        assert_eq!(json_line("[1,", "/0/x"), Some(1));
        assert_eq!(json_line("", "/a"), None);
    }

    #[test]
    fn toml_lines() {
        let src =
            "name = \"x\"\n\n[[components]]\ntype = \"BODY\"\n\n[[components]]\ntype = \"FOOTER\"\ntext = \"hi\"\n";
        assert_eq!(toml_line(src, "/name"), Some(1));
        assert_eq!(toml_line(src, "/components/1/text"), Some(8));
        assert_eq!(toml_line(src, "/components/1/missing"), Some(6).or(toml_line(src, "/components/1")));
    }
}
