//! Graph cursor paging for edges: `limit` / `first` / `last`, `after`/`before`
//! cursors, `summary=` (total_count plus the edge's own fields), and the `paging` object with absolute `next` /
//! `previous` URLs.

use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use serde_json::{Map, Value, json};

use super::error::GraphError;
use super::request::Ctx;

const DEFAULT_LIMIT: usize = 25;
const MAX_LIMIT: usize = 100;
const CURSOR_PREFIX: &str = "sbx:";

const ENCODE: GeneralPurpose =
    GeneralPurpose::new(&alphabet::URL_SAFE, GeneralPurposeConfig::new().with_encode_padding(false));
const DECODE_URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);
const DECODE_STD: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The opaque cursor of an item: base64url of `sbx:<id>`.
pub(crate) fn cursor_for(id: &str) -> String {
    ENCODE.encode(format!("{CURSOR_PREFIX}{id}"))
}

fn decode_cursor(param: &str, raw: &str) -> Result<String, GraphError> {
    let bad = || {
        GraphError::invalid_param(format!(
            "The '{param}' parameter is not a valid cursor. Use the cursors returned in paging.cursors"
        ))
    };
    let bytes = DECODE_URL.decode(raw.trim()).or_else(|_| DECODE_STD.decode(raw.trim())).map_err(|_| bad())?;
    let text = String::from_utf8(bytes).map_err(|_| bad())?;
    text.strip_prefix(CURSOR_PREFIX).filter(|id| !id.is_empty()).map(str::to_owned).ok_or_else(bad)
}

/// A page-size parameter (`limit`, `first`, `last`): 1 to [`MAX_LIMIT`].
fn parse_size(ctx: &Ctx, name: &str) -> Result<Option<usize>, GraphError> {
    let Some(raw) = ctx.param(name) else {
        return Ok(None);
    };
    let n = match raw {
        Value::String(s) => s.trim().parse::<usize>().ok(),
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        _ => None,
    };
    n.filter(|n| (1..=MAX_LIMIT).contains(n))
        .map(Some)
        .ok_or_else(|| GraphError::invalid_param(format!("Param {name} must be an integer between 1 and {MAX_LIMIT}")))
}

/// The summary fields an edge offers beyond `total_count`: `name` → value,
/// `None` when the edge has no such summary field.
pub(crate) type SummaryFields<'a> = &'a dyn Fn(&str) -> Option<Value>;

/// `summary=` → the summary object (`None` when not requested). `true`/`1`
/// mean `total_count`, as on Graph.
fn summary(ctx: &Ctx, total: usize, extra: SummaryFields<'_>) -> Result<Option<Map<String, Value>>, GraphError> {
    let Some(raw) = ctx.param_text("summary") else {
        return Ok(None);
    };
    let mut out = Map::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part {
            "total_count" | "true" | "1" => {
                out.insert("total_count".into(), json!(total));
            }
            "false" | "0" => {}
            other => match extra(other) {
                Some(v) => {
                    out.insert(other.to_owned(), v);
                }
                None => {
                    return Err(GraphError::invalid_param(format!(
                        "Tried accessing nonexisting summary field ({other})"
                    )));
                }
            },
        }
    }
    Ok(if out.is_empty() { None } else { Some(out) })
}

/// Pages `items` (already in edge order) and renders the Graph envelope
/// `{"data":[…],"paging":{…},"summary":{…}}` (only `summary=total_count`).
pub(crate) fn respond<T>(
    ctx: &Ctx,
    items: &[T],
    id_of: impl Fn(&T) -> &str,
    render: impl FnMut(&T) -> Result<Value, GraphError>,
) -> Result<Value, GraphError> {
    respond_with_summary(ctx, items, id_of, render, &|_| None)
}

/// [`respond`] with the edge's own summary fields.
///
/// Page size: `limit` (default 25), or `first` (forward, like `limit`), or
/// `last` (the last N items, or the N before the `before` cursor).
pub(crate) fn respond_with_summary<T>(
    ctx: &Ctx,
    items: &[T],
    id_of: impl Fn(&T) -> &str,
    mut render: impl FnMut(&T) -> Result<Value, GraphError>,
    extra_summary: SummaryFields<'_>,
) -> Result<Value, GraphError> {
    let (limit, first, last) = (parse_size(ctx, "limit")?, parse_size(ctx, "first")?, parse_size(ctx, "last")?);
    if first.is_some() && last.is_some() {
        return Err(GraphError::invalid_param("Params first and last cannot be used together"));
    }
    let size = first.or(last).or(limit).unwrap_or(DEFAULT_LIMIT);
    let summary = summary(ctx, items.len(), extra_summary)?;
    let position = |param: &str| -> Result<Option<usize>, GraphError> {
        let Some(raw) = ctx.param_text(param) else {
            return Ok(None);
        };
        let id = decode_cursor(param, &raw)?;
        items
            .iter()
            .position(|i| id_of(i) == id)
            .map(Some)
            .ok_or_else(|| GraphError::invalid_param(format!("The '{param}' cursor does not point into this edge")))
    };
    let (after, before) = (position("after")?, position("before")?);
    let (start, end) = match (after, before, last) {
        (Some(i), _, _) => {
            let s = i + 1;
            (s, (s + size).min(items.len()))
        }
        (None, Some(i), _) => (i.saturating_sub(size), i),
        (None, None, Some(n)) => (items.len().saturating_sub(n), items.len()),
        (None, None, None) => (0, size.min(items.len())),
    };
    let page = items.get(start..end).unwrap_or(&[]);

    let mut data = Vec::with_capacity(page.len());
    for item in page {
        data.push(render(item)?);
    }
    let mut out = Map::new();
    out.insert("data".into(), Value::Array(data));
    if let (Some(first), Some(last)) = (page.first(), page.last()) {
        let (before, after) = (cursor_for(id_of(first)), cursor_for(id_of(last)));
        let mut paging = Map::new();
        paging.insert("cursors".into(), json!({ "before": before, "after": after }));
        if start > 0 {
            paging.insert("previous".into(), json!(page_url(ctx, "before", &before)));
        }
        if end < items.len() {
            paging.insert("next".into(), json!(page_url(ctx, "after", &after)));
        }
        out.insert("paging".into(), Value::Object(paging));
    }
    if let Some(summary) = summary {
        out.insert("summary".into(), Value::Object(summary));
    }
    Ok(Value::Object(out))
}

/// The same request with the paging cursor replaced.
fn page_url(ctx: &Ctx, key: &str, cursor: &str) -> String {
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    let mut placed = false;
    for (k, v) in &ctx.query {
        // The direction is the link's: drop the cursors and `last`/`first`, keep the size.
        if k == "after" || k == "before" || k == "first" || k == "last" {
            if k == "first" || k == "last" {
                ser.append_pair("limit", v);
                continue;
            }
            if !placed {
                ser.append_pair(key, cursor);
                placed = true;
            }
            continue;
        }
        ser.append_pair(k, v);
    }
    if !placed {
        ser.append_pair(key, cursor);
    }
    format!("http://{}/{}/{}?{}", ctx.host, ctx.version(), ctx.path.join("/"), ser.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trip_and_garbage() {
        let c = cursor_for("1100000000000002");
        assert_eq!(decode_cursor("after", &c).unwrap(), "1100000000000002");
        for bad in ["", "!!!", "Zm9v", "%ff", "c2J4Og"] {
            assert_eq!(decode_cursor("after", bad).unwrap_err().code, 100, "{bad}");
        }
    }
}
