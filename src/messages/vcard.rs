//! Contact cards for a `contacts` message, from vCard text (3.0/4.0, the common properties).

use serde_json::{Map, Value, json};

use super::CheckError;

/// The `contacts` array of the cards in `text`.
pub fn parse(text: &str, place: &str) -> Result<Vec<Value>, CheckError> {
    // Unfold continuation lines (RFC 6350 §3.2).
    let mut lines: Vec<String> = Vec::new();
    for raw in text.lines() {
        let line = raw.trim_end_matches('\r');
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(line.to_string()),
        }
    }
    let mut cards = Vec::new();
    let mut card: Option<Map<String, Value>> = None;
    for line in &lines {
        let Some((head, value)) = line.split_once(':') else { continue };
        let mut parts = head.split(';');
        let name = parts.next().unwrap_or_default().rsplit('.').next().unwrap_or_default().to_ascii_uppercase();
        let params: Vec<String> = parts.map(str::to_ascii_uppercase).collect();
        let kind =
            params.iter().filter_map(|p| p.strip_prefix("TYPE=")).flat_map(|t| t.split(',')).find_map(|t| match t {
                "HOME" => Some("HOME"),
                "WORK" => Some("WORK"),
                _ => None,
            });
        match (name.as_str(), card.as_mut()) {
            ("BEGIN", _) if value.eq_ignore_ascii_case("VCARD") => card = Some(Map::new()),
            ("END", Some(_)) if value.eq_ignore_ascii_case("VCARD") => {
                cards.push(Value::Object(card.take().unwrap_or_default()))
            }
            ("FN", Some(c)) => {
                entry(c, "name").insert("formatted_name".into(), json!(unescape(value)));
            }
            ("N", Some(c)) => {
                let fields: Vec<String> = value.split(';').map(unescape).collect();
                let n = entry(c, "name");
                for (i, key) in ["last_name", "first_name", "middle_name", "prefix", "suffix"].iter().enumerate() {
                    if let Some(v) = fields.get(i).filter(|v| !v.is_empty()) {
                        n.insert((*key).into(), json!(v));
                    }
                }
            }
            ("TEL", Some(c)) => {
                // The spec's phone types are HOME and WORK only: a cell number goes without a type.
                let mut phone = json!({ "phone": unescape(value) });
                if let Some(kind) = kind {
                    phone["type"] = json!(kind);
                }
                push(c, "phones", phone);
            }
            ("EMAIL", Some(c)) => {
                push(c, "emails", json!({ "email": unescape(value), "type": kind.unwrap_or("HOME") }))
            }
            ("URL", Some(c)) => push(c, "urls", json!({ "url": unescape(value), "type": kind.unwrap_or("WORK") })),
            ("ORG", Some(c)) => {
                c.insert("org".into(), json!({ "company": unescape(value.split(';').next().unwrap_or_default()) }));
            }
            ("BDAY", Some(c)) if value.len() == 10 => {
                c.insert("birthday".into(), json!(value));
            }
            _ => {}
        }
    }
    if cards.is_empty() {
        return Err(CheckError::new(
            "contacts-count",
            place,
            "no vCard (BEGIN:VCARD … END:VCARD) found",
            "give a .vcf file or a JSON file of contacts",
        ));
    }
    Ok(cards)
}

fn entry<'a>(card: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let v = card.entry(key.to_string()).or_insert_with(|| json!({}));
    if !v.is_object() {
        *v = json!({});
    }
    v.as_object_mut().expect("just made an object")
}

fn push(card: &mut Map<String, Value>, key: &str, item: Value) {
    if let Some(Value::Array(items)) = card.get_mut(key) {
        items.push(item);
    } else {
        card.insert(key.into(), json!([item]));
    }
}

fn unescape(v: &str) -> String {
    v.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").replace("\\\\", "\\")
}

#[cfg(test)]
mod tests {
    #[test]
    fn cards_from_vcard() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nTEL;TYPE=WORK:+44 20 7946 0000\r\n\
EMAIL:ada@example.com\r\nORG:Analytical\\, Ltd\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n";
        let cards = super::parse(text, "x").unwrap();
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0]["name"]["formatted_name"], "Ada Lovelace");
        assert_eq!(cards[0]["name"]["first_name"], "Ada");
        assert_eq!(cards[0]["phones"][0]["type"], "WORK");
        assert_eq!(cards[0]["org"]["company"], "Analytical, Ltd");
        assert!(super::parse("nothing", "x").is_err());
    }
}
