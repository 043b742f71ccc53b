//! Saved deliveries (`webhooks listen --save`, read back by `webhooks replay`): one
//! JSON object a line, `{"received_at", "headers", "body"}`, where `body` is the raw
//! body as a string when it is UTF-8 and `body_base64` otherwise, so the bytes (and
//! their signature) survive the round trip exactly.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::receiver::Delivery;

/// One saved delivery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// RFC 3339 time of arrival.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_at: Option<String>,
    /// Header names (lowercase) and values, as received.
    #[serde(default)]
    pub headers: Map<String, Value>,
    /// The raw body, when it is UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The raw body in standard base64, when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_base64: Option<String>,
}

impl Saved {
    /// The record of a delivery.
    pub fn of(delivery: &Delivery) -> Self {
        let headers = delivery.headers.iter().map(|(n, v)| (n.clone(), Value::String(v.clone()))).collect();
        let (body, body_base64) = match std::str::from_utf8(&delivery.body) {
            Ok(text) => (Some(text.to_string()), None),
            Err(_) => (None, Some(base64::engine::general_purpose::STANDARD.encode(&delivery.body))),
        };
        Self { received_at: Some(delivery.received_at.to_string()), headers, body, body_base64 }
    }

    /// The record as one line (no newline).
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The raw body bytes.
    pub fn body_bytes(&self) -> Result<Vec<u8>, String> {
        match (&self.body, &self.body_base64) {
            (Some(text), _) => Ok(text.as_bytes().to_vec()),
            (None, Some(b64)) => base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|e| format!("body_base64 is not base64: {e}")),
            (None, None) => Err("the record has neither body nor body_base64".into()),
        }
    }

    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.as_str())
    }
}

/// Why a file of deliveries was refused: the line (1-based) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct ReadError {
    pub line: usize,
    pub message: String,
}

/// The deliveries in `text`: a file written by `--save` (one record a line), or one
/// webhook payload as Meta sends it (its bytes kept exactly, without headers).
pub fn read(text: &[u8]) -> Result<Vec<Saved>, ReadError> {
    if let Ok(value) = serde_json::from_slice::<Value>(text)
        && value.get("entry").is_some()
    {
        let body = String::from_utf8(text.to_vec())
            .map_err(|_| ReadError { line: 1, message: "the payload is not UTF-8".into() })?;
        return Ok(vec![Saved { received_at: None, headers: Map::new(), body: Some(body), body_base64: None }]);
    }
    let text = std::str::from_utf8(text).map_err(|_| ReadError { line: 1, message: "the file is not UTF-8".into() })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fail = |message: String| ReadError { line: i + 1, message };
        let saved: Saved = serde_json::from_str(line)
            .map_err(|e| fail(format!("not a saved delivery ({{received_at, headers, body}}): {e}")))?;
        saved.body_bytes().map_err(fail)?;
        out.push(saved);
    }
    if out.is_empty() {
        return Err(ReadError { line: 1, message: "no deliveries in the file".into() });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delivery(body: &[u8]) -> Delivery {
        Delivery {
            received_at: jiff::Timestamp::UNIX_EPOCH,
            headers: vec![("x-hub-signature-256".into(), "sha256=ab".into())],
            body: body.to_vec().into(),
            verified: true,
        }
    }

    #[test]
    fn bytes_survive_the_round_trip() {
        let utf8 = "{\"entry\":[],\"t\":\"Grüße \\/ 👋\"}".as_bytes();
        let binary = b"\xff\xfe{";
        let text = format!("{}\n\n{}\n", Saved::of(&delivery(utf8)).to_line(), Saved::of(&delivery(binary)).to_line());
        let read = read(text.as_bytes()).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].body_bytes().unwrap(), utf8);
        assert_eq!(read[1].body_bytes().unwrap(), binary);
        assert_eq!(read[0].header("X-Hub-Signature-256"), Some("sha256=ab"));
    }

    #[test]
    fn a_plain_payload_is_one_delivery_kept_exactly() {
        let payload = b"{\n  \"object\": \"whatsapp_business_account\",\n  \"entry\": []\n}\n";
        let read = read(payload).unwrap();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].body_bytes().unwrap(), payload);
    }

    #[test]
    fn bad_lines_are_named() {
        let err = read(b"{\"body\":\"{}\"}\nnot json\n").unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        assert!(read(b"").is_err());
        assert_eq!(read(b"{\"headers\":{}}").unwrap_err().line, 1);
    }
}
