//! Graph cursor paging: `{"data": [...], "paging": {"cursors": {...}, "next": "..."}}`.

use serde::Deserialize;

/// One page of an edge.
#[derive(Debug, Clone, Deserialize)]
pub struct Page<T> {
    /// The items.
    #[serde(default = "Vec::new")]
    pub data: Vec<T>,
    /// Cursors and links; absent or without `next` on the last page.
    #[serde(default)]
    pub paging: Option<Paging>,
}

/// Graph's paging object.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Paging {
    /// Opaque cursors.
    #[serde(default)]
    pub cursors: Option<Cursors>,
    /// Absolute URL of the next page; absent on the last page.
    #[serde(default)]
    pub next: Option<String>,
    /// Absolute URL of the previous page.
    #[serde(default)]
    pub previous: Option<String>,
}

/// Opaque cursors.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Cursors {
    /// Cursor before the first item.
    #[serde(default)]
    pub before: Option<String>,
    /// Cursor after the last item.
    #[serde(default)]
    pub after: Option<String>,
}

impl<T> Page<T> {
    /// The cursor of the next page, or `None` when this is the last page.
    ///
    /// A page is the last one when it carries no `next` link. The cursor is
    /// `paging.cursors.after`, or else the `after` parameter of `next`.
    pub fn next_cursor(&self) -> Option<String> {
        let paging = self.paging.as_ref()?;
        let next = paging.next.as_ref()?;
        if let Some(after) = paging.cursors.as_ref().and_then(|c| c.after.clone()) {
            return Some(after);
        }
        let url = url::Url::parse(next).ok()?;
        url.query_pairs().find(|(k, _)| k == "after").map(|(_, v)| v.into_owned())
    }
}

/// How much of a listing to fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRequest {
    /// At most this many items.
    Limit(usize),
    /// Every item, following every page.
    All,
}

/// The items of a listing, and whether more exist beyond what was fetched.
#[derive(Debug, Clone)]
pub struct Listing<T> {
    /// The items fetched.
    pub items: Vec<T>,
    /// True when the server has more items than were fetched (the limit cut the list).
    pub more: bool,
}
