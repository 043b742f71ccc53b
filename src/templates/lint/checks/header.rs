//! HEADER components: format, text headers, media headers and `header_file`.

use serde_json::Value;

use super::variables::{check_examples, variables};
use super::{Ctx, len};
use crate::templates::lint::media::{self, Finding};
use crate::templates::view::{Component, TemplateView};

const HEADER_MAX: usize = 60;
const HEADER_FORMATS: &[&str] = &["TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION", "PRODUCT"];

pub(super) fn header(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>) {
    let Some(format) = c.format.as_deref() else {
        if c.raw.get("format").is_none() {
            cx.emit(
                "header-format",
                &c.pointer,
                "HEADER has no `format`",
                "set format to TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION",
            );
        }
        return;
    };
    if !HEADER_FORMATS.contains(&format) {
        cx.emit(
            "header-format",
            &format!("{}/format", c.pointer),
            format!("`{format}` is not a header format"),
            "use TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION",
        );
        return;
    }
    match format {
        "TEXT" => text_header(cx, v, c),
        "LOCATION" => {
            if let Some(cat) = v.category_upper().filter(|c| c != "UTILITY" && c != "MARKETING") {
                cx.emit(
                    "location-header-category",
                    &format!("{}/format", c.pointer),
                    format!("a LOCATION header is only allowed in UTILITY or MARKETING templates, not {cat}"),
                    "remove the header or change the category",
                );
            }
        }
        "GIF" => cx.emit(
            "gif-header",
            &format!("{}/format", c.pointer),
            "GIF headers are only available through the Marketing Messages API",
            "use IMAGE or VIDEO unless you send through the Marketing Messages API",
        ),
        _ => {}
    }
    media_header(cx, c, format);
}

fn text_header(cx: &mut Ctx<'_>, v: &TemplateView<'_>, c: &Component<'_>) {
    let ptr = format!("{}/text", c.pointer);
    let Some(text) = c.text else {
        if c.raw.get("text").is_none() {
            cx.emit("header-format", &c.pointer, "TEXT header has no `text`", "add the header text");
        }
        return;
    };
    if len(text) > HEADER_MAX {
        cx.emit(
            "header-too-long",
            &ptr,
            format!("header text is {} characters; the maximum is {HEADER_MAX}", len(text)),
            "shorten the header",
        );
    }
    let s = variables(cx, v, text, &ptr);
    if s.distinct().len() > 1 {
        cx.emit(
            "header-too-many-variables",
            &ptr,
            format!("the header has {} variables; at most 1 is allowed", s.distinct().len()),
            "keep one variable in the header and move the rest to the body",
        );
    }
    let newline = text.contains('\n') || text.contains('\r');
    let emoji = text.chars().any(crate::templates::lint::is_emoji);
    let markdown = text.chars().find(|c| matches!(c, '*' | '_' | '~' | '`'));
    if newline || emoji || markdown.is_some() {
        let what = if newline {
            "a newline".to_string()
        } else if emoji {
            "an emoji".to_string()
        } else {
            format!("the formatting character `{}`", markdown.unwrap_or('*'))
        };
        cx.emit(
            "emoji-or-newline-in-header",
            &ptr,
            format!("header text contains {what}; headers do not support formatting"),
            "keep the header to plain text on one line",
        );
    }
    check_examples(cx, v, c, &s, true);
}

pub(super) fn media_header(cx: &mut Ctx<'_>, c: &Component<'_>, format: &str) {
    let is_media = media::spec(format).is_some();
    let handle = c.example.and_then(|e| e.get("header_handle"));
    if let Some(file) = c.header_file {
        let ptr = format!("{}/header_file", c.pointer);
        if !is_media {
            cx.emit(
                "header-file-misplaced",
                &ptr,
                format!("header_file only applies to IMAGE, VIDEO, GIF or DOCUMENT headers, not {format}"),
                "remove header_file",
            );
            return;
        }
        if handle.is_some() {
            cx.emit(
                "header-file-misplaced",
                &ptr,
                "both header_file and example.header_handle are given",
                "keep header_file (uploaded at create time) or the handle, not both",
            );
        }
        let path = cx.file.base_dir().join(file);
        for finding in media::inspect(&path, file, format) {
            match finding {
                Finding::Missing(m) => {
                    cx.emit("header-file-missing", &ptr, m, "put the file next to the template or fix the path")
                }
                Finding::WrongType(m) => cx.emit("header-file-type", &ptr, m, "convert the file to a supported type"),
                Finding::TooLarge(m) => cx.emit("header-file-too-large", &ptr, m, "compress or shrink the file"),
            }
        }
    } else if is_media {
        let ok = match handle {
            Some(Value::Array(a)) => a.first().and_then(Value::as_str).is_some_and(|s| !s.is_empty()),
            Some(Value::String(s)) => !s.is_empty(),
            _ => false,
        };
        if !ok {
            cx.emit(
                "missing-example",
                &format!("{}/example", c.pointer),
                format!("a {format} header needs a sample: `example.header_handle` or `header_file`"),
                "add `header_file = \"banner.png\"` (uploaded for you) or a handle from the Resumable Upload API",
            );
        }
    }
}
