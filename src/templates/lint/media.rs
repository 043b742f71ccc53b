//! `header_file` checks: existence, type (extension + magic bytes) and size.

use std::io::Read;
use std::path::Path;

/// What a media header format accepts: allowed extensions, magic check, size limit in bytes.
pub struct MediaSpec {
    pub extensions: &'static [&'static str],
    pub limit: u64,
    pub limit_text: &'static str,
}

const MB: u64 = 1024 * 1024;

/// Spec for a (upper-case) header format, `None` for non-media formats.
pub fn spec(format: &str) -> Option<MediaSpec> {
    Some(match format {
        // graph-api §8: images jpeg/png 5 MB
        "IMAGE" => MediaSpec { extensions: &["jpg", "jpeg", "png"], limit: 5 * MB, limit_text: "5 MB" },
        // graph-api §8: video mp4/3gpp 16 MB
        "VIDEO" => MediaSpec { extensions: &["mp4", "3gp", "3gpp"], limit: 16 * MB, limit_text: "16 MB" },
        // §8.3: GIF headers are mp4 files of at most 3.5 MB
        "GIF" => MediaSpec { extensions: &["mp4"], limit: 7 * MB / 2, limit_text: "3.5 MB" },
        // graph-api §8: documents 100 MB
        "DOCUMENT" => MediaSpec {
            extensions: &["pdf", "txt", "doc", "docx", "xls", "xlsx", "ppt", "pptx"],
            limit: 100 * MB,
            limit_text: "100 MB",
        },
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
        let ok = match ext.as_str() {
            "png" => head.starts_with(b"\x89PNG\r\n\x1a\n"),
            "jpg" | "jpeg" => head.starts_with(&[0xFF, 0xD8, 0xFF]),
            "mp4" | "3gp" | "3gpp" => head.len() >= 8 && &head[4..8] == b"ftyp",
            "pdf" => head.starts_with(b"%PDF"),
            _ => true,
        };
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
