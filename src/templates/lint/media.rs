//! `header_file` checks: existence, type (extension + magic bytes) and size.

use std::io::Read;
use std::path::Path;

/// What a media header format accepts: allowed extensions, size limit in bytes.
pub struct MediaSpec {
    pub extensions: Vec<&'static str>,
    pub limit: u64,
    pub limit_text: &'static str,
}

/// Spec for a (upper-case) header format, `None` for non-media formats. Types and limits are Meta's upload
/// limits, kept in one place ([`crate::media`]); a GIF header is an mp4 of at most 3.5 MB (§8.3).
pub fn spec(format: &str) -> Option<MediaSpec> {
    use crate::media::{MediaKind, extensions};
    let of = |kind: MediaKind, limit_text| MediaSpec { extensions: extensions(kind), limit: kind.limit(), limit_text };
    Some(match format {
        "IMAGE" => of(MediaKind::Image, "5 MB"),
        "VIDEO" => of(MediaKind::Video, "16 MB"),
        "GIF" => MediaSpec { extensions: vec!["mp4"], limit: 7 * 1024 * 1024 / 2, limit_text: "3.5 MB" },
        "DOCUMENT" => of(MediaKind::Document, "100 MB"),
        _ => return None,
    })
}

/// The result of inspecting a header file.
pub enum Finding {
    Missing(String),
    WrongType(String),
    TooLarge(String),
}

/// Checks `path` against `format`; `shown` is the path as written in the template (for messages).
pub fn inspect(path: &Path, shown: &str, format: &str) -> Vec<Finding> {
    let Some(spec) = spec(format) else { return Vec::new() };
    let meta = match std::fs::metadata(path) {
        Ok(m) if m.is_file() => m,
        Ok(_) => return vec![Finding::Missing(format!("header_file `{shown}` is not a regular file"))],
        Err(e) => return vec![Finding::Missing(format!("header_file `{shown}` cannot be opened: {e}"))],
    };
    let mut out = Vec::new();
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if !spec.extensions.contains(&ext.as_str()) {
        out.push(Finding::WrongType(format!(
            "header_file `{shown}` has extension `.{ext}`; a {format} header takes {}",
            spec.extensions.join(", ")
        )));
    } else {
        let mut head = [0u8; 12];
        let n = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
        let head = &head[..n];
        let ok =
            crate::media::by_extension(&format!("f.{ext}")).is_none_or(|t| crate::media::content_matches(t.mime, head));
        if !ok {
            out.push(Finding::WrongType(format!("header_file `{shown}` does not contain {} data", ext.to_uppercase())));
        }
    }
    if meta.len() > spec.limit {
        out.push(Finding::TooLarge(format!(
            "header_file `{shown}` is {} bytes; a {format} header allows at most {}",
            meta.len(),
            spec.limit_text
        )));
    }
    out
}
