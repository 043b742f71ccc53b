//! Fitting a table to a width: each column has a [`Fit`] policy.
//!
//! Widths are terminal cells (a CJK character or an emoji takes two), not characters.

mod layout;
mod text;

pub use layout::{Column, Place, layout};
pub use text::{pad_to, shorten, split_at_cells, unique_prefix_floor, width, wrap, wrap_prose};

/// How a column gives way when a table is wider than the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Never shortened (statuses, ratings, verdicts, short keys).
    Keep,
    /// Prose: wrapped at word boundaries onto continuation lines, never cut; when it would be
    /// squeezed narrower than reads well, it moves under its row instead.
    Wrap,
    /// Low value: shortened with `…` to no less than a unique prefix (ids, names, file paths),
    /// left out when even that does not fit.
    Shorten,
    /// Never cut: shown in the row when there is room, else under it as `header: value`.
    Below,
}

/// Space between columns.
pub const GAP: usize = 2;
