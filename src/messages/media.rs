//! Media of a message: where it is (a local file, an HTTPS link, an uploaded id) and what Meta
//! accepts per type (graph-api.md §8). Image, video and document limits are the ones the
//! template linter checks for `header_file`; audio and sticker are added here.

use std::path::{Path, PathBuf};

use super::CheckError;
use super::body::MediaRef;
use crate::templates::lint::media::{MediaSpec, spec};

const KB: u64 = 1024;
const MB: u64 = 1024 * 1024;

/// The message types that carry media.
pub const MEDIA_TYPES: &[&str] = &["image", "video", "audio", "document", "sticker"];

/// What a media message type accepts.
pub fn limits(kind: &str) -> Option<MediaSpec> {
    match kind {
        "image" | "video" | "document" => spec(&kind.to_ascii_uppercase()),
        // §8: audio aac/amr/mpeg/mp4/ogg (opus), 16 MB.
        "audio" => Some(MediaSpec {
            extensions: &["aac", "amr", "mp3", "m4a", "ogg", "opus"],
            limit: 16 * MB,
            limit_text: "16 MB",
        }),
        // §8: stickers webp, 100 KB static / 500 KB animated (the larger bound; Meta checks the rest).
        "sticker" => {
            Some(MediaSpec { extensions: &["webp"], limit: 500 * KB, limit_text: "500 KB (100 KB if static)" })
        }
        _ => None,
    }
}

/// The MIME type of an upload, from the file's extension.
pub fn mime_type(file: &str) -> Option<&'static str> {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
    Some(match ext.as_str() {
        "aac" => "audio/aac",
        "amr" => "audio/amr",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" | "opus" => "audio/ogg",
        "webp" => "image/webp",
        _ => return crate::templates::payload::mime_type(file),
    })
}

/// Where the media of a send comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A local file, uploaded first.
    File(PathBuf),
    /// An id or a link, sent as it is.
    Remote(MediaRef),
}

/// Read `FILE|URL|MEDIA_ID`: `https://…` is a link, digits only an uploaded id, anything else a file.
pub fn source(value: &str, place: &str) -> Result<Source, CheckError> {
    let v = value.trim();
    if v.starts_with("https://") {
        return Ok(Source::Remote(MediaRef::Link(v.to_string())));
    }
    if v.starts_with("http://") {
        return Err(CheckError::new(
            "media-link-not-https",
            place,
            format!("media link '{v}' is not https"),
            "Meta downloads media only over https; give an https:// URL, a media id, or a local file",
        ));
    }
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) && !Path::new(v).exists() {
        return Ok(Source::Remote(MediaRef::Id(v.to_string())));
    }
    Ok(Source::File(PathBuf::from(v)))
}

/// A local file checked for `kind`: its MIME type and size.
pub fn check_file(kind: &str, path: &Path, place: &str) -> Result<(&'static str, u64), CheckError> {
    let Some(spec) = limits(kind) else {
        return Err(CheckError::new(
            "media-type",
            place,
            format!("'{kind}' is not a media type"),
            MEDIA_TYPES.join(", "),
        ));
    };
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| {
        CheckError::new(
            "media-file",
            place,
            format!("cannot read {shown}: {e}"),
            "check the path, or give an https:// URL or a media id",
        )
    })?;
    if !meta.is_file() {
        return Err(CheckError::new("media-file", place, format!("{shown} is not a regular file"), "give a file"));
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let mime = mime_type(&shown).filter(|_| spec.extensions.contains(&ext.as_str())).ok_or_else(|| {
        CheckError::new(
            "media-type",
            place,
            format!("{shown}: a {kind} message takes {}, not '.{ext}'", spec.extensions.join(", ")),
            "convert the file, or send it as a document",
        )
    })?;
    if meta.len() > spec.limit {
        return Err(CheckError::new(
            "media-too-large",
            place,
            format!("{shown} is {} bytes; a {kind} message allows at most {}", meta.len(), spec.limit_text),
            "compress the file, or send a smaller one",
        ));
    }
    Ok((mime, meta.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_files() {
        assert_eq!(source("https://x/a.png", "x").unwrap(), Source::Remote(MediaRef::Link("https://x/a.png".into())));
        assert_eq!(source("1037543291543636", "x").unwrap(), Source::Remote(MediaRef::Id("1037543291543636".into())));
        assert_eq!(source("http://x/a.png", "x").unwrap_err().rule, "media-link-not-https");
        assert_eq!(source("a.png", "x").unwrap(), Source::File("a.png".into()));
        let dir = tempfile::tempdir().unwrap();
        let png = dir.path().join("a.png");
        std::fs::write(&png, b"\x89PNG\r\n\x1a\n").unwrap();
        assert_eq!(check_file("image", &png, "x").unwrap().0, "image/png");
        assert_eq!(check_file("sticker", &png, "x").unwrap_err().rule, "media-type");
        let big = dir.path().join("b.webp");
        std::fs::File::create(&big).unwrap().set_len(501 * KB).unwrap();
        assert_eq!(check_file("sticker", &big, "x").unwrap_err().rule, "media-too-large");
        assert_eq!(check_file("image", &dir.path().join("none.png"), "x").unwrap_err().rule, "media-file");
    }
}
