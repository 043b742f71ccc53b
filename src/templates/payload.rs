//! From a template file to Meta's create request: the local `header_file` extension is
//! replaced by the handle of the uploaded file, as Meta requires.

use serde_json::{Value, json};

/// A media header that names a local file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderFile {
    /// JSON pointer of the header component, e.g. `/components/0` or `/components/1/cards/0/components/0`.
    pub pointer: String,
    /// The file, as written (relative to the template file's directory).
    pub file: String,
    /// The header's `format` (`IMAGE`, `VIDEO`, `DOCUMENT`, `GIF`).
    pub format: String,
}

/// Every header component, including carousel cards' headers, that has a `header_file`.
pub fn header_files(payload: &Value) -> Vec<HeaderFile> {
    let mut found = Vec::new();
    walk(payload.get("components"), "/components", &mut |pointer, component| {
        if let Some(file) = component.get("header_file").and_then(Value::as_str) {
            let format = component.get("format").and_then(Value::as_str).unwrap_or("").to_ascii_uppercase();
            found.push(HeaderFile { pointer: pointer.to_string(), file: file.to_string(), format });
        }
    });
    found
}

/// Every header component, including carousel cards' headers, with an `example.header_handle`: its pointer and
/// the first handle (or URL).
pub fn header_handles(payload: &Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    walk(payload.get("components"), "/components", &mut |pointer, component| {
        let handle = match component.get("example").and_then(|e| e.get("header_handle")) {
            Some(Value::Array(items)) => items.first().and_then(Value::as_str),
            Some(Value::String(s)) => Some(s.as_str()),
            _ => None,
        };
        if let Some(handle) = handle {
            found.push((pointer.to_string(), handle.to_string()));
        }
    });
    found
}

fn walk(components: Option<&Value>, at: &str, visit: &mut dyn FnMut(&str, &Value)) {
    let Some(Value::Array(items)) = components else { return };
    for (i, component) in items.iter().enumerate() {
        let pointer = format!("{at}/{i}");
        visit(&pointer, component);
        if let Some(Value::Array(cards)) = component.get("cards") {
            for (c, card) in cards.iter().enumerate() {
                walk(card.get("components"), &format!("{pointer}/cards/{c}/components"), visit);
            }
        }
    }
}

/// Replace the `header_file` of the component at `pointer` by `example.header_handle = [handle]`.
/// Returns false when there is no such component.
pub fn set_handle(payload: &mut Value, pointer: &str, handle: &str) -> bool {
    let Some(Value::Object(component)) = payload.pointer_mut(pointer) else { return false };
    component.remove("header_file");
    let example = component.entry("example").or_insert_with(|| json!({}));
    match example {
        Value::Object(example) => {
            example.insert("header_handle".to_string(), json!([handle]));
            true
        }
        _ => false,
    }
}

/// The reverse of [`set_handle`] (for `pull`): drop `example.header_handle` of the component at `pointer` (and
/// `example` when nothing else is left in it) and name the local `file` in `header_file`. Returns false when there
/// is no such component.
pub fn set_file(payload: &mut Value, pointer: &str, file: &str) -> bool {
    let Some(Value::Object(component)) = payload.pointer_mut(pointer) else { return false };
    let empty = match component.get_mut("example") {
        Some(Value::Object(example)) => {
            example.remove("header_handle");
            example.is_empty()
        }
        _ => false,
    };
    if empty {
        component.remove("example");
    }
    component.insert("header_file".to_string(), json!(file));
    true
}

/// The MIME type Meta expects for an upload of a template header, from the file name's extension (images, video
/// and documents: the header formats; see [`crate::media`]).
pub fn mime_type(file: &str) -> Option<&'static str> {
    use crate::media::MediaKind;
    crate::media::by_extension(file)
        .filter(|t| matches!(t.kind, MediaKind::Image | MediaKind::Video | MediaKind::Document))
        .map(|t| t.mime)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_headers_in_components_and_carousel_cards_and_replaces_them() {
        let mut payload = json!({"components": [
            {"type": "HEADER", "format": "image", "header_file": "banner.png"},
            {"type": "BODY", "text": "Hi"},
            {"type": "CAROUSEL", "cards": [{"components": [{"type": "HEADER", "format": "VIDEO", "header_file": "a.mp4"}]}]},
        ]});
        let found = header_files(&payload);
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0],
            HeaderFile { pointer: "/components/0".into(), file: "banner.png".into(), format: "IMAGE".into() }
        );
        assert_eq!(found[1].pointer, "/components/2/cards/0/components/0");
        assert!(set_handle(&mut payload, &found[1].pointer, "4::aW"));
        assert_eq!(
            payload.pointer("/components/2/cards/0/components/0"),
            Some(&json!({"type": "HEADER", "format": "VIDEO", "example": {"header_handle": ["4::aW"]}}))
        );
        assert!(!set_handle(&mut payload, "/components/9", "x"));
        assert_eq!(header_handles(&payload), [("/components/2/cards/0/components/0".to_string(), "4::aW".to_string())]);
        assert!(set_file(&mut payload, &found[1].pointer, "a.mp4"));
        assert_eq!(
            payload.pointer("/components/2/cards/0/components/0"),
            Some(&json!({"type": "HEADER", "format": "VIDEO", "header_file": "a.mp4"}))
        );
        assert!(!set_file(&mut payload, "/components/9", "x"));
        assert!(header_handles(&payload).is_empty());
    }

    #[test]
    fn mime_types_by_extension() {
        assert_eq!(mime_type("a/B.PNG"), Some("image/png"));
        assert_eq!(mime_type("doc.pdf"), Some("application/pdf"));
        assert_eq!(mime_type("noext"), None);
        assert_eq!(mime_type("x.gif"), None);
    }
}
