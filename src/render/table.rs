//! Tables for people (and the columns of CSV).

use anstyle::{AnsiColor, Style};

use super::fit::{self, Fit};

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
        let natural: Vec<usize> = (0..n)
            .map(|i| {
                let cells = self.rows.iter().filter_map(|r| r.get(i)).map(|c| fit::width(&c.text));
                cells.chain([fit::width(&headers[i])]).max().unwrap_or(0)
            })
            .collect();
        let policy: Vec<Fit> = (0..n).map(|i| self.policy_of(i)).collect();
        let widths = match width {
            Some(w) => fit::widths(&natural, &policy, usize::from(w)),
            None => natural.iter().map(|&w| Some(w)).collect(),
        };
        let mut lines = Vec::new();
        let header_cells: Vec<Cell> = headers.iter().map(|h| Cell::plain(h.as_str())).collect();
        lines.extend(render_row(&header_cells, &widths, &policy, color.then_some(Style::new().bold())));
        for row in &self.rows {
            let row: Vec<Cell> = (0..n).map(|i| row.get(i).cloned().unwrap_or_else(|| Cell::plain(""))).collect();
            lines.extend(
                render_row(&row, &widths, &policy, None)
                    .into_iter()
                    .map(|l| if color { colour_line(&l, &row, &widths) } else { l }),
            );
        }
        let _ = color;
        lines.join("\n")
    }
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
                Fit::Keep => cell.text.lines().map(str::to_string).collect(),
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
                let pad = w.saturating_sub(text.chars().count());
                match style {
                    Some(s) if !text.is_empty() => line.push_str(&format!("{s}{text}{s:#}")),
                    _ => line.push_str(text),
                }
                if j + 1 < cells.len() {
                    line.push_str(&" ".repeat(pad + fit::GAP));
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
        let take = if j + 1 < shown.len() { w + fit::GAP } else { rest.chars().count() };
        let split = rest.char_indices().nth(take).map_or(rest.len(), |(b, _)| b);
        let (piece, tail) = rest.split_at(split);
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
