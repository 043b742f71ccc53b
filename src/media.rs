//! Meta's media types and size limits (graph-api.md §8), shared by the template linter
//! (`header_file`), the media upload of the CLI and the sandbox's `POST /{phone-number-id}/media`.
//!
//! | kind | MIME types | limit |
//! | --- | --- | --- |
//! | audio | audio/aac, audio/amr, audio/mpeg, audio/mp4, audio/ogg (opus) | 16 MB |
//! | document | text/plain, application/pdf, MS Office (doc, docx, xls, xlsx, ppt, pptx) | 100 MB |
//! | image | image/jpeg, image/png | 5 MB |
//! | sticker | image/webp | 100 KB static, 500 KB animated |
//! | video | video/mp4, video/3gpp | 16 MB |

const KB: u64 = 1024;
const MB: u64 = 1024 * 1024;

/// The kind of a media object, as a message's `type` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Audio,
    Document,
    Image,
    Sticker,
    Video,
}

impl MediaKind {
    /// `audio`, `document`, `image`, `sticker`, `video`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Audio => "audio",
            Self::Document => "document",
            Self::Image => "image",
            Self::Sticker => "sticker",
            Self::Video => "video",
        }
    }

    /// The largest file Meta accepts (a sticker: the animated limit; see [`size_limit`]).
    pub fn limit(self) -> u64 {
        match self {
            Self::Audio | Self::Video => 16 * MB,
            Self::Document => 100 * MB,
            Self::Image => 5 * MB,
            Self::Sticker => 500 * KB,
        }
    }
}

/// One MIME type Meta accepts for upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MediaType {
    pub mime: &'static str,
    /// File name extensions, lower case, the usual one first.
    pub extensions: &'static [&'static str],
    pub kind: MediaKind,
}

const fn t(mime: &'static str, extensions: &'static [&'static str], kind: MediaKind) -> MediaType {
    MediaType { mime, extensions, kind }
}

/// Every type Meta accepts (graph-api.md §8).
pub const TYPES: &[MediaType] = &[
    t("audio/aac", &["aac"], MediaKind::Audio),
    t("audio/amr", &["amr"], MediaKind::Audio),
    t("audio/mpeg", &["mp3"], MediaKind::Audio),
    t("audio/mp4", &["m4a"], MediaKind::Audio),
    t("audio/ogg", &["ogg", "opus"], MediaKind::Audio),
    t("text/plain", &["txt"], MediaKind::Document),
    t("application/pdf", &["pdf"], MediaKind::Document),
    t("application/msword", &["doc"], MediaKind::Document),
    t("application/vnd.openxmlformats-officedocument.wordprocessingml.document", &["docx"], MediaKind::Document),
    t("application/vnd.ms-excel", &["xls"], MediaKind::Document),
    t("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", &["xlsx"], MediaKind::Document),
    t("application/vnd.ms-powerpoint", &["ppt"], MediaKind::Document),
    t("application/vnd.openxmlformats-officedocument.presentationml.presentation", &["pptx"], MediaKind::Document),
    t("image/jpeg", &["jpg", "jpeg"], MediaKind::Image),
    t("image/png", &["png"], MediaKind::Image),
    t("image/webp", &["webp"], MediaKind::Sticker),
    t("video/mp4", &["mp4"], MediaKind::Video),
    t("video/3gpp", &["3gp", "3gpp"], MediaKind::Video),
];

/// The type of a file name, from its extension (case-insensitive).
pub fn by_extension(file: &str) -> Option<&'static MediaType> {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
    TYPES.iter().find(|t| t.extensions.contains(&ext.as_str()))
}

/// The type of a MIME string (parameters such as `; codecs=opus` and case ignored).
pub fn by_mime(mime: &str) -> Option<&'static MediaType> {
    let bare = mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    TYPES.iter().find(|t| t.mime == bare)
}

/// Extensions of every type of `kind`.
pub fn extensions(kind: MediaKind) -> Vec<&'static str> {
    TYPES.iter().filter(|t| t.kind == kind).flat_map(|t| t.extensions.iter().copied()).collect()
}

/// Whether a WebP file (its first bytes) is animated (a `VP8X` header with the animation flag).
pub fn is_animated_webp(head: &[u8]) -> bool {
    head.len() > 20 && &head[12..16] == b"VP8X" && head[20] & 0x02 != 0
}

/// The size limit for a file of type `ty` whose first bytes are `head`, with its text.
pub fn size_limit(ty: &MediaType, head: &[u8]) -> (u64, &'static str) {
    match ty.kind {
        MediaKind::Sticker if !is_animated_webp(head) => (100 * KB, "100 KB (static sticker)"),
        MediaKind::Sticker => (500 * KB, "500 KB (animated sticker)"),
        MediaKind::Audio | MediaKind::Video => (16 * MB, "16 MB"),
        MediaKind::Document => (100 * MB, "100 MB"),
        MediaKind::Image => (5 * MB, "5 MB"),
    }
}

/// Whether the first bytes `head` of a file look like `mime` (magic numbers; types without a
/// reliable signature, such as text, always pass).
pub fn content_matches(mime: &str, head: &[u8]) -> bool {
    let ftyp = head.len() >= 8 && &head[4..8] == b"ftyp";
    let ole = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    let zip = head.starts_with(b"PK\x03\x04");
    match by_mime(mime).map_or("", |t| t.mime) {
        "image/png" => head.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => head.starts_with(&[0xFF, 0xD8, 0xFF]),
        "image/webp" => head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP",
        "video/mp4" | "video/3gpp" | "audio/mp4" => ftyp,
        "application/pdf" => head.starts_with(b"%PDF"),
        "audio/ogg" => head.starts_with(b"OggS"),
        "audio/amr" => head.starts_with(b"#!AMR"),
        "audio/mpeg" => head.starts_with(b"ID3") || (head.len() >= 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0),
        "audio/aac" => head.len() >= 2 && head[0] == 0xFF && head[1] & 0xF6 == 0xF0,
        "application/msword" | "application/vnd.ms-excel" | "application/vnd.ms-powerpoint" => ole,
        m if m.starts_with("application/vnd.openxmlformats") => zip,
        _ => true,
    }
}

/// Why a file cannot be uploaded as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Meta does not accept this MIME type.
    Unsupported(String),
    /// The bytes are not of the type declared.
    Mismatch { mime: &'static str },
    /// Over the type's limit.
    TooLarge { size: u64, limit: u64, limit_text: &'static str, kind: MediaKind },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unsupported(mime) => write!(f, "media type {mime} is not supported"),
            Self::Mismatch { mime } => write!(f, "the content is not {mime} data"),
            Self::TooLarge { size, limit_text, kind, .. } => {
                write!(f, "{size} bytes is over the {} limit of {limit_text}", kind.as_str())
            }
        }
    }
}

/// Checks a file of `size` bytes declared as `mime` whose first bytes are `head` (at least 32
/// when the file has them) against Meta's types and limits.
pub fn check(mime: &str, size: u64, head: &[u8]) -> Result<&'static MediaType, Refusal> {
    let ty = by_mime(mime).ok_or_else(|| Refusal::Unsupported(mime.to_string()))?;
    if !content_matches(ty.mime, head) {
        return Err(Refusal::Mismatch { mime: ty.mime });
    }
    let (limit, limit_text) = size_limit(ty, head);
    if size > limit {
        return Err(Refusal::TooLarge { size, limit, limit_text, kind: ty.kind });
    }
    Ok(ty)
}

/// A short description of what Meta accepts, for hints.
pub fn accepted_text() -> &'static str {
    "audio (aac, amr, mp3, m4a, ogg/opus; 16 MB), documents (txt, pdf, doc, docx, xls, xlsx, ppt, pptx; 100 MB), \
     images (jpeg, png; 5 MB), stickers (webp; 100 KB static, 500 KB animated), video (mp4, 3gp; 16 MB)"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_by_extension_and_mime() {
        assert_eq!(by_extension("a/B.PNG").map(|t| t.mime), Some("image/png"));
        assert_eq!(by_extension("x.jpeg").map(|t| t.kind), Some(MediaKind::Image));
        assert_eq!(by_extension("s.webp").map(|t| t.kind), Some(MediaKind::Sticker));
        assert!(by_extension("x.gif").is_none());
        assert!(by_extension("noext").is_none());
        assert_eq!(by_mime("audio/ogg; codecs=opus").map(|t| t.kind), Some(MediaKind::Audio));
        assert_eq!(by_mime("IMAGE/JPEG").map(|t| t.mime), Some("image/jpeg"));
        assert!(by_mime("image/gif").is_none());
        assert_eq!(extensions(MediaKind::Video), vec!["mp4", "3gp", "3gpp"]);
    }

    #[test]
    fn checks_content_and_size() {
        let png = b"\x89PNG\r\n\x1a\n0000";
        assert!(check("image/png", 10, png).is_ok());
        assert_eq!(check("image/jpeg", 10, png), Err(Refusal::Mismatch { mime: "image/jpeg" }));
        assert!(matches!(check("image/gif", 10, b"GIF89a"), Err(Refusal::Unsupported(_))));
        assert!(matches!(check("image/png", 5 * MB + 1, png), Err(Refusal::TooLarge { limit, .. }) if limit == 5 * MB));
        assert!(check("text/plain", 10, b"hello").is_ok());
    }

    #[test]
    fn sticker_limits_depend_on_animation() {
        let mut stat = b"RIFF\0\0\0\0WEBPVP8 ".to_vec();
        stat.resize(32, 0);
        let mut anim = b"RIFF\0\0\0\0WEBPVP8X".to_vec();
        anim.resize(32, 0);
        anim[20] = 0x02;
        assert!(is_animated_webp(&anim) && !is_animated_webp(&stat));
        assert!(check("image/webp", 200 * KB, &stat).is_err());
        assert!(check("image/webp", 200 * KB, &anim).is_ok());
        assert!(check("image/webp", 501 * KB, &anim).is_err());
    }
}
