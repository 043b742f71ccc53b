//! Choosing each column's width and place for a terminal width.

use super::text::MIN_WRAP;
use super::{Fit, GAP};

/// Narrowest a shortened column gets, whatever its unique prefix.
const MIN_SHORT: usize = 4;
/// A wrapped column narrower than this reads poorly: other columns give way first, and
/// prose that would be narrower still moves under its row.
const COMFORTABLE_WRAP: usize = 40;
/// At most this many columns (the rightmost that may give way) are considered for moving under
/// the row or leaving out: 2^N layouts are tried.
const MAX_CANDIDATES: usize = 8;

/// What the layout knows of a column.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Its widest cell (header included), in cells.
    pub natural: usize,
    /// How it gives way.
    pub fit: Fit,
    /// For [`Fit::Shorten`]: the narrowest width that keeps its values apart.
    pub floor: usize,
}

/// Where a column ends up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In the row, this many cells wide.
    Inline(usize),
    /// Under the row, as `header: value`.
    Below,
    /// Left out (a shortened column that did not fit even at its unique prefix).
    Dropped,
}

/// How bad a layout is, compared field by field: overflow first, then lost columns, then
/// squeezed prose, then lines added under rows, then shortened values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    overflow: usize,
    dropped: usize,
    cramped: usize,
    below: usize,
    shortened: usize,
}

/// Places for `columns` within `total` cells: the least costly of the layouts that keep each
/// column that may give way in its row, or move it under the row ([`Fit::Below`], [`Fit::Wrap`]),
/// or leave it out ([`Fit::Shorten`]).
pub fn layout(columns: &[Column], total: usize) -> Vec<Place> {
    let candidates: Vec<usize> =
        (0..columns.len()).rev().filter(|&i| columns[i].fit != Fit::Keep).take(MAX_CANDIDATES).collect();
    let mut best: Option<(Cost, Vec<Place>)> = None;
    for mask in 0u32..(1 << candidates.len()) {
        let out: Vec<usize> =
            candidates.iter().enumerate().filter(|(k, _)| mask & (1 << k) != 0).map(|(_, &i)| i).collect();
        let (cost, places) = inline(columns, &out, total);
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, places));
        }
    }
    best.map(|(_, places)| places).unwrap_or_default()
}

/// Fit the columns not in `out` into the row (those in `out` go under it or are left out):
/// prose wraps to a comfortable width, shortened columns go down to their unique prefix, then
/// prose wraps further.
fn inline(columns: &[Column], out: &[usize], total: usize) -> (Cost, Vec<Place>) {
    let mut w: Vec<Option<usize>> =
        columns.iter().enumerate().map(|(i, c)| (!out.contains(&i)).then_some(c.natural)).collect();
    let sum = |w: &[Option<usize>]| w.iter().flatten().map(|n| n + GAP).sum::<usize>().saturating_sub(GAP);
    let floor = |c: &Column| match c.fit {
        Fit::Shorten => c.floor.max(MIN_SHORT),
        _ => COMFORTABLE_WRAP,
    };
    for (pass, lowest) in [(Fit::Wrap, None), (Fit::Shorten, None), (Fit::Wrap, Some(MIN_WRAP))] {
        while sum(&w) > total {
            let widest = (0..w.len())
                .filter(|&i| {
                    columns[i].fit == pass && w[i].is_some_and(|n| n > lowest.unwrap_or_else(|| floor(&columns[i])))
                })
                .max_by_key(|&i| (w[i], i));
            let Some(i) = widest else { break };
            w[i] = w[i].map(|n| n - 1);
        }
    }
    let places: Vec<Place> = (0..columns.len())
        .map(|i| match w[i] {
            Some(n) => Place::Inline(n),
            None if columns[i].fit == Fit::Shorten => Place::Dropped,
            None => Place::Below,
        })
        .collect();
    let count = |p: Place| places.iter().filter(|&&q| q == p).count();
    let squeezed = |f: Fit, under: fn(&Column) -> usize| {
        (0..columns.len()).filter(|&i| columns[i].fit == f && w[i].is_some_and(|n| n < under(&columns[i]))).count()
    };
    let cost = Cost {
        overflow: sum(&w).saturating_sub(total),
        dropped: count(Place::Dropped),
        cramped: squeezed(Fit::Wrap, |c| c.natural.min(COMFORTABLE_WRAP)),
        below: count(Place::Below),
        shortened: squeezed(Fit::Shorten, |c| c.natural),
    };
    (cost, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(natural: usize, fit: Fit) -> Column {
        Column { natural, fit, floor: 0 }
    }

    fn used(places: &[Place]) -> usize {
        let inline: Vec<usize> =
            places.iter().filter_map(|p| if let Place::Inline(n) = p { Some(*n) } else { None }).collect();
        inline.iter().map(|n| n + GAP).sum::<usize>().saturating_sub(GAP)
    }

    #[test]
    fn fits_without_change_when_room() {
        assert_eq!(layout(&[col(3, Fit::Shorten), col(5, Fit::Keep)], 80), vec![Place::Inline(3), Place::Inline(5)]);
    }

    #[test]
    fn shortens_to_unique_prefix_then_drops() {
        let id = Column { natural: 16, fit: Fit::Shorten, floor: 16 };
        let name = Column { natural: 20, fit: Fit::Shorten, floor: 8 };
        let places = layout(&[id, name, col(30, Fit::Keep)], 42);
        assert_eq!(places, vec![Place::Dropped, Place::Inline(10), Place::Inline(30)]);
    }

    #[test]
    fn prose_moves_below_rather_than_squeezed() {
        let places = layout(&[col(30, Fit::Keep), col(70, Fit::Wrap)], 50);
        assert_eq!(places, vec![Place::Inline(30), Place::Below]);
        // with room for a comfortable width it wraps in the row
        let places = layout(&[col(30, Fit::Keep), col(70, Fit::Wrap)], 80);
        assert_eq!(places, vec![Place::Inline(30), Place::Inline(48)]);
    }

    #[test]
    fn below_columns_move_only_when_needed() {
        let cols = [col(17, Fit::Keep), col(24, Fit::Below), col(16, Fit::Below), col(30, Fit::Keep)];
        assert_eq!(layout(&cols, 200).iter().filter(|p| **p == Place::Below).count(), 0);
        let places = layout(&cols, 80);
        assert_eq!(places.iter().filter(|p| **p == Place::Below).count(), 1);
        assert!(used(&places) <= 80);
    }

    #[test]
    fn never_wider_than_needed_even_when_impossible() {
        let places = layout(&[col(50, Fit::Keep), col(50, Fit::Keep)], 40);
        assert_eq!(places, vec![Place::Inline(50), Place::Inline(50)]);
    }
}
