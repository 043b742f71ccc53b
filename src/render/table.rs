//! Tables for people (and the columns of CSV).

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, presets};

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
}

impl Table {
    /// A table with these column headers.
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(headers: I) -> Self {
        Self {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
            keep: Vec::new(),
            one_line: false,
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

    /// Render with aligned columns and no borders; wrapped to `width` when given.
    pub fn render(&self, color: bool, width: Option<u16>) -> String {
        let mut t = comfy_table::Table::new();
        t.load_style(presets::NOTHING);
        if color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        match width {
            Some(w) => {
                t.set_width(w);
                t.set_content_arrangement(ContentArrangement::Dynamic);
            }
            None => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
        let header = self.headers.iter().map(|h| {
            let cell = comfy_table::Cell::new(h.to_uppercase());
            if color { cell.add_attribute(Attribute::Bold) } else { cell }
        });
        let mut header = comfy_table::Row::from(header);
        if self.one_line {
            header.max_height(1);
        }
        t.set_header(header);
        for row in &self.rows {
            let mut cells = comfy_table::Row::from(row.iter().map(|c| styled(c, color)));
            if self.one_line {
                cells.max_height(1);
            }
            t.add_row(cells);
        }
        for &index in &self.keep {
            if let Some(column) = t.column_mut(index) {
                column.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
            }
        }
        t.set_truncation_indicator("…");
        for column in t.column_iter_mut() {
            column.set_padding((0, 2));
        }
        t.lines().map(|l| l.trim_end().to_string()).collect::<Vec<_>>().join("\n")
    }
}

fn styled(cell: &Cell, color: bool) -> comfy_table::Cell {
    let c = comfy_table::Cell::new(&cell.text).set_alignment(CellAlignment::Left);
    if !color {
        return c;
    }
    match cell.tone {
        Tone::Plain => c,
        Tone::Good => c.fg(Color::Green),
        Tone::Warn => c.fg(Color::Yellow),
        Tone::Bad => c.fg(Color::Red).add_attribute(Attribute::Bold),
        Tone::Dim => c.add_attribute(Attribute::Dim),
    }
}
