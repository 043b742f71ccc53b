//! Fitting a table to a width: each column has a [`Fit`] policy.

/// How a column gives way when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never shortened (statuses, ratings, verdicts, short keys).
    Keep,
    /// Prose: wrapped at word boundaries onto continuation lines, never cut.
    Wrap,
    /// Low value: shortened with `…` (ids, names, file paths) before anything else.
    Shorten,
}

/// Narrowest a shortened column gets.
const MIN_SHORT: usize = 4;
/// Narrowest a wrapped column gets.
const MIN_WRAP: usize = 12;
/// Space between columns.
pub const GAP: usize = 2;

/// Display width of a string (characters; tables hold no wide glyphs).
pub fn width(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// A wrapped column narrower than this reads poorly: [`widths`] shortens other columns first.
const COMFORTABLE_WRAP: usize = 40;

/// Column widths for `natural` widths under `policy` within `total` columns; `None` for a
/// column that is left out (shortened columns go last, rightmost first, when even the
/// narrowest layout does not fit).
pub fn widths(natural: &[usize], policy: &[Fit], total: usize) -> Vec<Option<usize>> {
    let mut w: Vec<Option<usize>> = natural.iter().map(|&n| Some(n)).collect();
    let sum = |w: &[Option<usize>]| w.iter().flatten().map(|n| n + GAP).sum::<usize>().saturating_sub(GAP);
    // Prose wraps first while it keeps a comfortable width, so wide terminals keep ids and paths
    // whole; then short values are cut; then prose wraps down to its minimum.
    for (pass, floor) in [(Fit::Wrap, COMFORTABLE_WRAP), (Fit::Shorten, MIN_SHORT), (Fit::Wrap, MIN_WRAP)] {
        while sum(&w) > total {
            // shrink the widest column of this kind, one column at a time
            let widest = (0..w.len())
                .filter(|&i| policy[i] == pass && w[i].is_some_and(|n| n > floor))
                .max_by_key(|&i| (w[i], i));
            let Some(i) = widest else { break };
            w[i] = w[i].map(|n| n - 1);
        }
    }
    while sum(&w) > total {
        let Some(i) = (0..w.len()).rev().find(|&i| policy[i] == Fit::Shorten && w[i].is_some()) else { break };
        w[i] = None;
    }
    w
}

/// `text` cut to `max` characters, ending in `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() <= max && !text.contains('\n') {
        return text.to_string();
    }
    let keep: String = line.chars().take(max.saturating_sub(1)).collect();
    format!("{keep}…")
}

/// `text` word-wrapped to `max` columns; a word longer than a line is split.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            loop {
                let (lw, ww) = (line.chars().count(), word.chars().count());
                if lw > 0 && lw + 1 + ww <= max {
                    line.push(' ');
                    line.push_str(&word);
                    break;
                }
                if lw > 0 {
                    lines.push(std::mem::take(&mut line));
                    continue;
                }
                if ww <= max {
                    line = word;
                    break;
                }
                let head: String = word.chars().take(max).collect();
                word = word.chars().skip(max).collect();
                lines.push(head);
            }
        }
        lines.push(line);
    }
    lines
}

/// Word-wrap prose to `width` columns, keeping each line's leading indent (and the text
/// after a leading `- ` bullet) on its continuation lines.
pub fn wrap_prose(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        if width == 0 || width_of_line(line) <= width {
            out.push(line.to_string());
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let lead = if line.trim_start().starts_with("- ") { indent + 2 } else { indent };
        let body = &line[lead..];
        let pad = " ".repeat(lead);
        for (k, piece) in wrap(body, width.saturating_sub(lead).max(MIN_WRAP)).into_iter().enumerate() {
            let prefix = if k == 0 { &line[..lead] } else { pad.as_str() };
            out.push(format!("{prefix}{piece}"));
        }
    }
    out.join("\n")
}

fn width_of_line(line: &str) -> usize {
    line.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_without_change_when_room() {
        assert_eq!(widths(&[3, 5], &[Fit::Shorten, Fit::Keep], 80), vec![Some(3), Some(5)]);
    }

    #[test]
    fn shortens_before_wrapping_and_never_keeps() {
        let w = widths(&[20, 10, 40], &[Fit::Shorten, Fit::Keep, Fit::Wrap], 50);
        assert_eq!(w[1], Some(10));
        assert_eq!(w[0], Some(MIN_SHORT));
        assert_eq!(w.iter().flatten().map(|n| n + GAP).sum::<usize>() - GAP, 50);
    }

    #[test]
    fn drops_shortened_columns_last_resort() {
        let w = widths(&[20, 30, 20], &[Fit::Shorten, Fit::Keep, Fit::Shorten], 40);
        assert_eq!(w, vec![Some(MIN_SHORT), Some(30), None]);
    }

    #[test]
    fn shorten_and_wrap() {
        assert_eq!(shorten("abcdef", 4), "abc…");
        assert_eq!(shorten("abc", 4), "abc");
        assert_eq!(wrap("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn prose_keeps_bullet_indent() {
        let text = wrap_prose("- one two three four five six", 14);
        assert_eq!(text, "- one two\n  three four\n  five six");
        assert!(text.lines().all(|l| l.chars().count() <= 14));
    }
}
