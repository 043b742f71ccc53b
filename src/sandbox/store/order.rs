//! Where rows go in their list: sort keys that keep old rows where they are,
//! so that a removal or an append rewrites no other row.

use super::rows::Keys;

/// Sort keys for `new`: a kept row keeps its old position when the order
/// allows, new rows fit after their predecessor; when they cannot, every row
/// is renumbered (and so rewritten).
pub(super) fn positions(old: &Keys, new: &[String]) -> Vec<i64> {
    let mut kept: Vec<Option<i64>> = Vec::with_capacity(new.len());
    let mut last = -1;
    for id in new {
        match old.get(id) {
            Some((p, _)) if *p > last => {
                last = *p;
                kept.push(Some(*p));
            }
            _ => kept.push(None),
        }
    }
    let renumbered = || (0..new.len()).map(|i| i64::try_from(i).unwrap_or(i64::MAX)).collect();
    let mut out = Vec::with_capacity(new.len());
    let mut prev = -1;
    for i in 0..kept.len() {
        let p = match kept[i] {
            Some(p) => p,
            None => {
                let next = kept[i + 1..].iter().flatten().next();
                let candidate = prev + 1;
                if next.is_some_and(|n| candidate >= *n) {
                    return renumbered();
                }
                candidate
            }
        };
        prev = p;
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn old(ids: &[(&str, i64)]) -> Keys {
        ids.iter().enumerate().map(|(i, (id, p))| ((*id).to_owned(), (*p, i))).collect()
    }

    fn rows(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| (*id).to_owned()).collect()
    }

    #[test]
    fn positions_keep_what_they_can() {
        let o = old(&[("a", 0), ("b", 1), ("c", 2)]);
        // Append, remove from the middle, remove from the front: no kept row moves.
        assert_eq!(positions(&o, &rows(&["a", "b", "c", "d"])), vec![0, 1, 2, 3]);
        assert_eq!(positions(&o, &rows(&["a", "c", "d"])), vec![0, 2, 3]);
        assert_eq!(positions(&o, &rows(&["c"])), vec![2]);
        // Insert into a gap, and one that does not fit (renumbered).
        assert_eq!(positions(&o, &rows(&["a", "x", "c"])), vec![0, 1, 2]);
        assert_eq!(positions(&o, &rows(&["a", "x", "b"])), vec![0, 1, 2]);
        // Reordered: the moved one gets a new place.
        assert_eq!(positions(&o, &rows(&["b", "a", "c"])), vec![0, 1, 2]);
        assert_eq!(positions(&o, &rows(&["c", "a"])), vec![2, 3]);
    }
}
