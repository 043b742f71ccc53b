//! Media of a message: where it is (a local file, an HTTPS link, an uploaded id) and what Meta
//! accepts per type (graph-api.md §8): the one table in [`crate::media`], shared with the
//! template linter, `waba media upload` and the sandbox.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::CheckError;
use super::body::MediaRef;
use crate::media::{MediaKind, Refusal};

/// The message types that carry media.
pub const MEDIA_TYPES: &[&str] = &["image", "video", "audio", "document", "sticker"];

fn kind_of(kind: &str) -> Option<MediaKind> {
    Some(match kind {
        "audio" => MediaKind::Audio,
        "document" => MediaKind::Document,
        "image" => MediaKind::Image,
        "sticker" => MediaKind::Sticker,
        "video" => MediaKind::Video,
        _ => return None,
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

/// A local file checked for `kind`: its MIME type (from the extension, confirmed by the first
/// bytes) and size.
pub fn check_file(kind: &str, path: &Path, place: &str) -> Result<(&'static str, u64), CheckError> {
    let Some(media_kind) = kind_of(kind) else {
        return Err(CheckError::new(
            "media-type",
            place,
            format!("'{kind}' is not a media type"),
            MEDIA_TYPES.join(", "),
        ));
    };
    let shown = path.display().to_string();
    let unreadable = |e: std::io::Error| {
        CheckError::new(
            "media-file",
            place,
            format!("cannot read {shown}: {e}"),
            "check the path, or give an https:// URL or a media id",
        )
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(CheckError::new("media-file", place, format!("{shown} is not a regular file"), "give a file"));
    }
    let accepted = crate::media::extensions(media_kind).join(", ");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let ty = crate::media::by_extension(&shown).filter(|t| t.kind == media_kind).ok_or_else(|| {
        CheckError::new(
            "media-type",
            place,
            format!("{shown}: a {kind} message takes {accepted}, not '.{ext}'"),
            "convert the file, or send it as a document",
        )
    })?;
    let mut first = Vec::with_capacity(64);
    std::fs::File::open(path).and_then(|f| f.take(64).read_to_end(&mut first)).map_err(unreadable)?;
    match crate::media::check(ty.mime, meta.len(), &first) {
        Ok(_) => Ok((ty.mime, meta.len())),
        Err(Refusal::TooLarge { limit_text, .. }) => Err(CheckError::new(
            "media-too-large",
            place,
            format!("{shown} is {} bytes; a {kind} message allows at most {limit_text}", meta.len()),
            "compress the file, or send a smaller one",
        )),
        Err(refusal) => Err(CheckError::new(
            "media-type",
            place,
            format!("{shown}: {refusal}"),
            "Meta checks the bytes, not only the name: convert the file to one of its types",
        )),
    }
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
        let mut webp = b"RIFF\0\0\0\0WEBPVP8 ".to_vec();
        webp.resize(501 * 1024, 0);
        std::fs::write(&big, webp).unwrap();
        assert_eq!(check_file("sticker", &big, "x").unwrap_err().rule, "media-too-large");
        assert_eq!(check_file("image", &dir.path().join("none.png"), "x").unwrap_err().rule, "media-file");
    }
}
