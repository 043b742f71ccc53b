//! Lines of many JSON pointers at once, in one pass over the source (linear in its size), for files with many
//! diagnostics. Same answers as [`super::json_line`]: the line of an object member's key or of
//! an array element, or, for an absent pointer, of its deepest existing ancestor.

use std::collections::HashMap;

use super::{escape, skip_string, skip_ws};

/// 1-based lines of `pointers` in the JSON `src` (`None` for an empty source).
pub fn json_lines(src: &str, pointers: &[&str]) -> Vec<Option<u32>> {
    let b = src.as_bytes();
    let root = skip_ws(b, 0);
    if root >= b.len() {
        return vec![None; pointers.len()];
    }
    // Every prefix of every requested pointer, with the offset where it was first found.
    let mut wanted: HashMap<&str, Option<usize>> = HashMap::new();
    for p in pointers {
        for (i, c) in p.char_indices() {
            if c == '/' {
                wanted.entry(&p[..i]).or_insert(None);
            }
        }
        wanted.entry(p).or_insert(None);
    }
    wanted.insert("", Some(root));
    walk(b, root, &mut wanted);
    let offsets: Vec<usize> = pointers
        .iter()
        .map(|p| {
            let mut end = p.len();
            loop {
                if let Some(Some(off)) = wanted.get(&p[..end]) {
                    return *off;
                }
                match p[..end].rfind('/') {
                    Some(i) => end = i,
                    None => return root,
                }
            }
        })
        .collect();
    lines_at(src, &offsets).into_iter().map(Some).collect()
}

enum State {
    Value,
    Member,
    Element,
    After,
}

/// One pass over valid JSON, recording the offset of every wanted pointer (the first occurrence wins).
fn walk(b: &[u8], mut pos: usize, wanted: &mut HashMap<&str, Option<usize>>) {
    // (is an object, next array index, length of `ptr` at the container).
    let mut stack: Vec<(bool, usize, usize)> = Vec::new();
    let mut ptr = String::new();
    let mut state = State::Value;
    let mut record = |ptr: &str, at: usize| {
        if let Some(slot @ None) = wanted.get_mut(ptr) {
            *slot = Some(at);
        }
    };
    loop {
        pos = skip_ws(b, pos);
        state = match state {
            State::Value => match b.get(pos) {
                Some(b'{') => {
                    stack.push((true, 0, ptr.len()));
                    pos += 1;
                    State::Member
                }
                Some(b'[') => {
                    stack.push((false, 0, ptr.len()));
                    pos += 1;
                    State::Element
                }
                Some(_) => {
                    pos = skip_scalar(b, pos);
                    State::After
                }
                None => return,
            },
            State::Member => {
                let Some(&(_, _, base)) = stack.last() else { return };
                match b.get(pos) {
                    Some(b'"') => {
                        let end = skip_scalar(b, pos);
                        let key: String = serde_json::from_slice(&b[pos..end]).unwrap_or_default();
                        ptr.truncate(base);
                        ptr.push('/');
                        ptr.push_str(&escape(&key));
                        record(&ptr, pos);
                        pos = skip_ws(b, end);
                        if b.get(pos) != Some(&b':') {
                            return;
                        }
                        pos += 1;
                        State::Value
                    }
                    Some(b'}') => {
                        stack.pop();
                        pos += 1;
                        State::After
                    }
                    _ => return,
                }
            }
            State::Element => {
                let Some((_, i, base)) = stack.last_mut() else { return };
                if b.get(pos) == Some(&b']') {
                    stack.pop();
                    pos += 1;
                    State::After
                } else {
                    ptr.truncate(*base);
                    ptr.push('/');
                    ptr.push_str(&i.to_string());
                    *i += 1;
                    record(&ptr, pos);
                    State::Value
                }
            }
            State::After => {
                let Some(&(is_obj, _, _)) = stack.last() else { return };
                match (b.get(pos), is_obj) {
                    (Some(b','), true) => {
                        pos += 1;
                        State::Member
                    }
                    (Some(b','), false) => {
                        pos += 1;
                        State::Element
                    }
                    (Some(b'}'), true) | (Some(b']'), false) => {
                        stack.pop();
                        pos += 1;
                        State::After
                    }
                    _ => return,
                }
            }
        };
    }
}

/// Position just after the string or other scalar starting at `pos`.
fn skip_scalar(b: &[u8], mut pos: usize) -> usize {
    if b.get(pos) == Some(&b'"') {
        return skip_string(b, pos);
    }
    while pos < b.len() && !matches!(b[pos], b',' | b']' | b'}') && !b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

/// 1-based lines of byte offsets, counting newlines once over the source.
pub fn lines_at(src: &str, offsets: &[usize]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let b = src.as_bytes();
    let mut out = vec![1; offsets.len()];
    let (mut pos, mut line) = (0usize, 1u32);
    for i in order {
        let target = offsets[i].min(b.len());
        line += b[pos..target].iter().filter(|&&c| c == b'\n').count() as u32;
        pos = target;
        out[i] = line;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::json_line;
    use super::*;

    #[test]
    fn agrees_with_json_line() {
        let src = "{\n  \"name\": \"x\",\n  \"a/b\": {\"c\": 1},\n  \"components\": [\n    {\"type\": \"BODY\"},\n    {\n      \"type\": \"FOOTER\",\n  \"t\": [[1], \"q\\\"\"]\n    }\n  ],\n  \"name\": \"dup\"\n}";
        let ptrs = [
            "",
            "/name",
            "/components/1/type",
            "/components/0/text",
            "/components/7",
            "/components/1/t/1",
            "/components/1/t/0/0",
            "/a~1b/c",
            "/missing/deep",
            "/components/x",
        ];
        let many = json_lines(src, &ptrs);
        for (p, got) in ptrs.iter().zip(&many) {
            assert_eq!(*got, json_line(src, p), "{p}");
        }
        assert_eq!(json_lines("", &["/a"]), [None]);
        assert_eq!(json_lines(" [1,\n2]", &["/1", "/0"]), [Some(2), Some(1)]);
    }
}
