//! Media a message names by id (`{"image": {"id": …}}` at any depth: the message itself,
//! an interactive header, template header and carousel-card parameters). Meta accepts
//! such a send and fails it on the status webhook with 131053 when it cannot fetch the
//! media; the sandbox does the same for ids its media table does not hold.

use serde_json::{Map, Value};

/// Keys whose object is a media object.
const MEDIA_KEYS: &[&str] = &["image", "video", "audio", "document", "sticker"];

/// Every media id a message body names, in document order.
pub fn ids(body: &Map<String, Value>) -> Vec<&str> {
    let mut out = Vec::new();
    walk_object(body, &mut out);
    out
}

fn walk_object<'v>(map: &'v Map<String, Value>, out: &mut Vec<&'v str>) {
    for (key, v) in map {
        if MEDIA_KEYS.contains(&key.as_str())
            && let Some(id) = v.get("id").and_then(Value::as_str)
        {
            out.push(id);
        }
        walk(v, out);
    }
}

fn walk<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        Value::Object(map) => walk_object(map, out),
        Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::ids;

    #[test]
    fn finds_ids_in_messages_headers_and_carousel_cards_but_not_links() {
        let body = json!({
            "type": "template",
            "template": {"components": [
                {"type": "header", "parameters": [{"type": "image", "image": {"id": "111"}}]},
                {"type": "carousel", "cards": [{"card_index": 0, "components": [
                    {"type": "header", "parameters": [{"type": "video", "video": {"id": "222"}}]}]}]},
                {"type": "header", "parameters": [{"type": "document", "document": {"link": "https://x/y.pdf"}}]}
            ]}
        });
        let of = |v: &serde_json::Value| ids(v.as_object().unwrap()).into_iter().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(of(&body), ["111", "222"]);
        assert_eq!(of(&json!({"type": "sticker", "sticker": {"id": "9"}})), ["9"]);
        assert_eq!(of(&json!({"interactive": {"header": {"type": "image", "image": {"id": "7"}}}})), ["7"]);
        assert!(of(&json!({"type": "text", "text": {"body": "image"}})).is_empty());
    }
}
