//! Media upload for sends (`POST /{phone-number-id}/media`, multipart; graph-api.md §8).
//! Minimal: upload only (the full media client — show, download, delete — is built elsewhere).

use serde::Deserialize;

use super::client::GraphClient;
use super::error::GraphError;
use super::write::{WriteBody, WriteRequest};

#[derive(Debug, Deserialize)]
struct Uploaded {
    id: String,
}

/// A multipart/form-data body: `messaging_product`, `type` (the MIME type, as Meta's doc lists it)
/// and `file`. Returns the body and its boundary.
fn multipart(file_name: &str, mime: &str, bytes: &[u8]) -> (Vec<u8>, String) {
    let boundary = format!("waba-{}", super::sha256_hex(bytes).get(..24).unwrap_or("boundary"));
    let safe_name: String = file_name.chars().map(|c| if c == '"' || c.is_control() { '_' } else { c }).collect();
    let mut body = Vec::with_capacity(bytes.len() + 512);
    for (name, value) in [("messaging_product", "whatsapp"), ("type", mime)] {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{safe_name}\"\r\nContent-Type: {mime}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (body, boundary)
}

impl GraphClient {
    /// Upload a file for sending and return its media id. Resent only when the connection
    /// could not be made.
    pub async fn upload_media(
        &self,
        phone_number_id: &str,
        file_name: &str,
        mime: &str,
        bytes: Vec<u8>,
    ) -> Result<String, GraphError> {
        let path = format!("{phone_number_id}/media");
        let (data, boundary) = multipart(file_name, mime, &bytes);
        let content_type = format!("multipart/form-data; boundary={boundary}");
        let uploaded: Uploaded =
            self.write(&WriteRequest::post(&path).body(WriteBody::Bytes { data, content_type })).await?;
        Ok(uploaded.id)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn multipart_has_the_three_parts() {
        let (body, boundary) = super::multipart("a\".png", "image/png", b"PNG");
        let text = String::from_utf8_lossy(&body);
        assert!(text.contains("name=\"messaging_product\"\r\n\r\nwhatsapp"));
        assert!(text.contains("filename=\"a_.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
