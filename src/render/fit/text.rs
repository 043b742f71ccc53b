//! Measuring, cutting and wrapping text in terminal cells.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Narrowest a wrapped column or paragraph gets.
pub(super) const MIN_WRAP: usize = 12;

/// Display width of a string: its widest line, in terminal cells.
pub fn width(s: &str) -> usize {
    s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// `text` followed by spaces up to `cells` terminal cells.
pub fn pad_to(text: &str, cells: usize) -> String {
    format!("{text}{}", " ".repeat(cells.saturating_sub(text.width())))
}

/// `s` split after its longest prefix that takes at most `cells` terminal cells.
pub fn split_at_cells(s: &str, cells: usize) -> (&str, &str) {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += char_width(c);
        if used > cells {
            return s.split_at(i);
        }
    }
    (s, "")
}

/// `text` cut to `max` cells, ending in `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.width() <= max && !text.contains('\n') {
        return text.to_string();
    }
    let (keep, _) = split_at_cells(line, max.saturating_sub(1));
    format!("{keep}…")
}

/// The narrowest width (cells, `…` included) at which every distinct value of `values` can be
/// shortened and still tell apart from the others: no column is shortened below this.
pub fn unique_prefix_floor<'a>(values: impl IntoIterator<Item = &'a str>) -> usize {
    let mut distinct: Vec<&str> = values.into_iter().map(|v| v.lines().next().unwrap_or("")).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let common = |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    (0..distinct.len())
        .map(|i| {
            let value = distinct[i];
            let before = i.checked_sub(1).map_or(0, |j| common(distinct[j], value));
            let after = distinct.get(i + 1).map_or(0, |next| common(value, next));
            let chars = before.max(after) + 1;
            let prefix: String = value.chars().take(chars).collect();
            // A value cut anywhere shows `…`; a value that is itself a prefix of another stays whole.
            if prefix.len() >= value.len() { value.width() } else { prefix.width() + 1 }
        })
        .max()
        .unwrap_or(0)
}

/// `text` word-wrapped to `max` cells; a word longer than a line is split.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word;
            loop {
                let (lw, ww) = (line.width(), word.width());
                if lw > 0 && lw + 1 + ww <= max {
                    line.push(' ');
                    line.push_str(word);
                    break;
                }
                if lw > 0 {
                    lines.push(std::mem::take(&mut line));
                    continue;
                }
                if ww <= max {
                    line = word.to_string();
                    break;
                }
                let (head, tail) = split_at_cells(word, max);
                // A glyph wider than the whole line still has to go somewhere.
                let (head, tail) = if head.is_empty() {
                    word.split_at(word.chars().next().map_or(0, char::len_utf8))
                } else {
                    (head, tail)
                };
                if tail.is_empty() {
                    line = head.to_string();
                    break;
                }
                lines.push(head.to_string());
                word = tail;
            }
        }
        lines.push(line);
    }
    lines
}

/// Word-wrap prose to `width` cells, keeping each line's leading indent (and the text after a
/// leading `- ` bullet or a `hint: `-style label) on its continuation lines.
pub fn wrap_prose(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        if width == 0 || line.width() <= width {
            out.push(line.to_string());
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let lead = if line.trim_start().starts_with("- ") { indent + 2 } else { indent };
        let body = &line[lead..];
        let pad = " ".repeat(line[..lead].width());
        for (k, piece) in wrap(body, width.saturating_sub(pad.len()).max(MIN_WRAP)).into_iter().enumerate() {
            let prefix = if k == 0 { &line[..lead] } else { pad.as_str() };
            out.push(format!("{prefix}{piece}"));
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_and_wrap() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
        assert_eq!(wrap("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_glyphs_count_two_cells() {
        assert_eq!(width("注文の更新"), 10);
        assert_eq!(shorten("注文の更新", 6), "注文…");
        assert_eq!(pad_to("注文", 6), "注文  ");
        assert!(wrap("注文の更新 注文の更新", 10).iter().all(|l| width(l) <= 10));
        assert_eq!(wrap("🙂🙂🙂", 1).len(), 3, "a glyph wider than the line is not lost");
    }

    #[test]
    fn unique_prefixes() {
        assert_eq!(unique_prefix_floor(["Sandbox Support", "Sandbox UK", "Sandbox India"]), width("Sandbox S…"));
        // ids that share all but the last digit cannot be shortened at all
        assert_eq!(unique_prefix_floor(["1100000000000001", "1100000000000002"]), 16);
        // a value that is a prefix of another stays whole; the other needs one more character
        assert_eq!(unique_prefix_floor(["order", "order_update"]), width("order_…"));
        assert_eq!(unique_prefix_floor(["same", "same"]), 2);
        assert_eq!(unique_prefix_floor([]), 0);
    }

    #[test]
    fn prose_keeps_bullet_indent() {
        let text = wrap_prose("- one two three four five six", 14);
        assert_eq!(text, "- one two\n  three four\n  five six");
        assert!(text.lines().all(|l| width(l) <= 14));
    }
}
