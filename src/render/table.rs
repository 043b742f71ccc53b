//! Tables for people (and the columns of CSV).

use anstyle::{AnsiColor, Style};

use super::fit::{self, Fit, Place};

/// The tone of a cell: coloured when colour is on, plain otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// No colour.
    Plain,
    /// Healthy.
    Good,
    /// Worth a look.
    Warn,
    /// A problem.
    Bad,
    /// Secondary information.
    Dim,
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// Its tone.
    pub tone: Tone,
}

impl Cell {
    /// A plain cell.
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), tone: Tone::Plain }
    }

    /// A cell with a tone.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Self { text: text.into(), tone }
    }

    /// A plain cell from an optional value; `-` when absent.
    pub fn opt(text: Option<impl ToString>) -> Self {
        Self::plain(text.map_or_else(|| "-".to_string(), |t| t.to_string()))
    }
}

/// Headers and rows.
#[derive(Debug, Clone, Default)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<Cell>>,
    /// Columns that keep their full width when the table must fit a narrow terminal
    /// (ids and phone numbers cut short help nobody); the others are shortened.
    keep: Vec<usize>,
    /// Rows stay on one line on a narrow terminal (cells end in `…`) instead of wrapping.
    one_line: bool,
    /// Declared column policies (see [`Table::fit`]).
    policy: Vec<(usize, Fit)>,
}

impl Table {
    /// A table with these column headers.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(headers: I) -> Self {
        Self {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            keep: Vec::new(),
            one_line: false,
            policy: Vec::new(),
        }
    }

    /// A list: one line per row, these columns (by index) never shortened.
    pub fn list_keeping(mut self, columns: &[usize]) -> Self {
        self.keep = columns.to_vec();
        self.one_line = true;
        self
    }

    /// A two-column field/value table.
    pub fn record(fields: Vec<(&str, Cell)>) -> Self {
        let mut table = Self { keep: vec![0], ..Self::new(["field", "value"]) };
        for (name, value) in fields {
            table.push(vec![Cell::toned(name, Tone::Dim), value]);
        }
        table
    }

    /// Add a row.
    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// The headers.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The rows.
    pub fn rows(&self) -> &[Vec<Cell>] {
        &self.rows
    }

    /// Set how columns give way on a narrow terminal, by index (see [`Fit`]).
    pub fn fit(mut self, policy: &[(usize, Fit)]) -> Self {
        self.policy.extend_from_slice(policy);
        self
    }

    /// The policy of column `index`: declared, else kept for `list_keeping` columns,
    /// else shortened in a one-line list and wrapped elsewhere.
    fn policy_of(&self, index: usize) -> Fit {
        if let Some((_, fit)) = self.policy.iter().rev().find(|(i, _)| *i == index) {
            return *fit;
        }
        if self.keep.contains(&index) {
            Fit::Keep
        } else if self.one_line {
            Fit::Shorten
        } else {
            Fit::Wrap
        }
    }

    /// Render with aligned columns and no borders; fitted to `width` when given.
    pub fn render(&self, color: bool, width: Option<u16>) -> String {
        let headers: Vec<String> = self.headers.iter().map(|h| h.to_uppercase()).collect();
        let n = headers.len();
        let column = |i: usize| {
            let values = || self.rows.iter().filter_map(move |r| r.get(i)).map(|c| c.text.as_str());
            let fit = self.policy_of(i);
            let floor = if fit == Fit::Shorten { fit::unique_prefix_floor(values()) } else { 0 };
            let natural = values().map(fit::width).chain([fit::width(&headers[i])]).max().unwrap_or(0);
            fit::Column { natural, fit, floor }
        };
        let columns: Vec<fit::Column> = (0..n).map(column).collect();
        let places = match width {
            Some(w) => fit::layout(&columns, usize::from(w)),
            None => columns.iter().map(|c| Place::Inline(c.natural)).collect(),
        };
        let widths: Vec<Option<usize>> =
            places.iter().map(|p| if let Place::Inline(w) = p { Some(*w) } else { None }).collect();
        let policy: Vec<Fit> = columns.iter().map(|c| c.fit).collect();
        let mut lines = Vec::new();
        let header_cells: Vec<Cell> = headers.iter().map(|h| Cell::plain(h.as_str())).collect();
        lines.extend(render_row(&header_cells, &widths, &policy, color.then_some(Style::new().bold())));
        let total = width.map_or(usize::MAX, usize::from);
        for row in &self.rows {
            let row: Vec<Cell> = (0..n).map(|i| row.get(i).cloned().unwrap_or_else(|| Cell::plain(""))).collect();
            lines.extend(
                render_row(&row, &widths, &policy, None)
                    .into_iter()
                    .map(|l| if color { colour_line(&l, &row, &widths) } else { l }),
            );
            let under = places.iter().zip(&row).zip(&self.headers).filter(|((p, _), _)| **p == Place::Below);
            lines.extend(below_lines(under.map(|((_, cell), header)| (header.as_str(), cell)), total, color));
        }
        lines.join("\n")
    }
}

/// Cells moved under their row: `header: value`, indented, short ones sharing a line, long
/// ones wrapped with the value's continuation aligned after the label. Empty values are left out.
fn below_lines<'a>(cells: impl Iterator<Item = (&'a str, &'a Cell)>, total: usize, color: bool) -> Vec<String> {
    const INDENT: &str = "  ";
    const SEP: &str = "   ";
    let avail = total.saturating_sub(INDENT.len()).max(20);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    let paint = |label: &str, text: &str, tone: Tone| {
        if !color {
            return format!("{label}{text}");
        }
        let dim = Style::new().dimmed();
        match tone_style(tone) {
            Some(s) => format!("{dim}{label}{dim:#}{s}{text}{s:#}"),
            None => format!("{dim}{label}{dim:#}{text}"),
        }
    };
    for (header, cell) in cells {
        if cell.text.trim().is_empty() || cell.text == "-" {
            continue;
        }
        let label = format!("{header}: ");
        let part_width = fit::width(&label) + fit::width(&cell.text);
        if part_width <= avail && !cell.text.contains('\n') {
            if line_width > 0 && line_width + SEP.len() + part_width > avail {
                lines.push(format!("{INDENT}{}", std::mem::take(&mut line)));
                line_width = 0;
            }
            if line_width > 0 {
                line.push_str(SEP);
                line_width += SEP.len();
            }
            line.push_str(&paint(&label, &cell.text, cell.tone));
            line_width += part_width;
            continue;
        }
        if line_width > 0 {
            lines.push(format!("{INDENT}{}", std::mem::take(&mut line)));
            line_width = 0;
        }
        let hang = fit::width(&label);
        let pieces = fit::wrap(&cell.text, avail.saturating_sub(hang).max(20));
        for (k, piece) in pieces.iter().enumerate() {
            let lead = if k == 0 { label.clone() } else { " ".repeat(hang) };
            lines.push(format!(
                "{INDENT}{}",
                if k == 0 { paint(&lead, piece, cell.tone) } else { format!("{lead}{piece}") }
            ));
        }
    }
    if line_width > 0 {
        lines.push(format!("{INDENT}{line}"));
    }
    lines
}

/// One row as lines: each cell fitted to its column, then padded and joined.
fn render_row(row: &[Cell], widths: &[Option<usize>], policy: &[Fit], style: Option<Style>) -> Vec<String> {
    let cells: Vec<(usize, Vec<String>)> = row
        .iter()
        .zip(widths)
        .zip(policy)
        .filter_map(|((cell, w), p)| {
            let w = (*w)?;
            let lines = match p {
                _ if fit::width(&cell.text) <= w => cell.text.lines().map(str::to_string).collect(),
                Fit::Keep | Fit::Below => cell.text.lines().map(str::to_string).collect(),
                Fit::Shorten => vec![fit::shorten(&cell.text, w)],
                Fit::Wrap => fit::wrap(&cell.text, w),
            };
            Some((w, if lines.is_empty() { vec![String::new()] } else { lines }))
        })
        .collect();
    let height = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(1);
    (0..height)
        .map(|k| {
            let mut line = String::new();
            for (j, (w, cell)) in cells.iter().enumerate() {
                let text = cell.get(k).map_or("", String::as_str);
                let padded = if j + 1 < cells.len() { fit::pad_to(text, w + fit::GAP) } else { text.to_string() };
                match style {
                    Some(s) if !text.is_empty() => line.push_str(&format!("{s}{text}{s:#}{}", &padded[text.len()..])),
                    _ => line.push_str(&padded),
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// Colour a plain rendered line by re-rendering its cells with their tones.
fn colour_line(line: &str, row: &[Cell], widths: &[Option<usize>]) -> String {
    let mut out = String::new();
    let mut rest = line;
    let shown: Vec<(&Cell, usize)> = row.iter().zip(widths).filter_map(|(c, w)| w.map(|w| (c, w))).collect();
    for (j, (cell, w)) in shown.iter().enumerate() {
        let take = if j + 1 < shown.len() { w + fit::GAP } else { usize::MAX };
        let (piece, tail) = fit::split_at_cells(rest, take);
        rest = tail;
        let text = piece.trim_end();
        let spaces = &piece[text.len()..];
        match tone_style(cell.tone) {
            Some(s) if !text.is_empty() => out.push_str(&format!("{s}{text}{s:#}{spaces}")),
            _ => out.push_str(piece),
        }
    }
    out
}

fn tone_style(tone: Tone) -> Option<Style> {
    match tone {
        Tone::Plain => None,
        Tone::Good => Some(AnsiColor::Green.on_default()),
        Tone::Warn => Some(AnsiColor::Yellow.on_default()),
        Tone::Bad => Some(AnsiColor::Red.on_default().bold()),
        Tone::Dim => Some(Style::new().dimmed()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_glyphs_align_by_cells() {
        let mut t = Table::new(["name", "status"]);
        t.push(vec![Cell::plain("注文"), Cell::plain("APPROVED")]);
        t.push(vec![Cell::plain("order"), Cell::plain("PAUSED")]);
        let text = t.render(false, Some(80));
        let starts: Vec<usize> = text.lines().map(|l| fit::width(&l[..l.rfind(' ').unwrap() + 1])).collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{text}");
    }

    #[test]
    fn below_cells_keep_the_row_within_width() {
        let mut t = Table::new(["number", "status", "name status"]).fit(&[(2, Fit::Below)]);
        t.push(vec![Cell::plain("+44 7700 900002"), Cell::plain("CONNECTED"), Cell::plain("AVAILABLE_WITHOUT_REVIEW")]);
        t.push(vec![Cell::plain("+1 555-010-0001"), Cell::plain("CONNECTED"), Cell::plain("-")]);
        let text = t.render(false, Some(40));
        assert!(text.lines().all(|l| fit::width(l) <= 40), "{text}");
        assert!(text.contains("\n  name status: AVAILABLE_WITHOUT_REVIEW\n"), "{text}");
        assert_eq!(text.matches("name status:").count(), 1, "a dash is not worth a line:\n{text}");
        assert_eq!(t.render(false, Some(80)).lines().count(), 3);
    }
}
