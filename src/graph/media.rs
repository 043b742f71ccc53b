//! Media (graph-api.md §8) and read receipts.
//!
//! * upload: `POST /{phone-number-id}/media`, multipart `messaging_product=whatsapp`, `type`, `file` → `{"id"}`
//! * look up: `GET /{media-id}` → url (valid 5 minutes), mime_type, sha256, file_size, id
//! * download: `GET <url>` with the bearer token (a plain GET returns nothing)
//! * delete: `DELETE /{media-id}` → `{"success":true}`
//! * mark as read: `POST /{phone-number-id}/messages` `{"status":"read","message_id",…}` → `{"success":true}`

use std::io::Write;

use secrecy::ExposeSecret;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;

use super::client::{GraphClient, error_from_response, transport_error};
use super::error::GraphError;
use super::write::Success;
use super::write::{WriteBody, WriteRequest};

/// A media object as `GET /{media-id}` describes it (Meta's field names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaInfo {
    pub id: String,
    /// Download URL; Meta's expire after 5 minutes and need the bearer token.
    pub url: String,
    pub mime_type: String,
    /// Lower-case hex SHA-256 of the bytes.
    pub sha256: String,
    /// Size in bytes (a string in Meta's answers; a number is accepted too).
    #[serde(deserialize_with = "size_text")]
    pub file_size: String,
    #[serde(default = "whatsapp")]
    pub messaging_product: String,
}

fn whatsapp() -> String {
    "whatsapp".to_string()
}

fn size_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Size {
        Text(String),
        Number(u64),
    }
    Ok(match Size::deserialize(d)? {
        Size::Text(s) => s,
        Size::Number(n) => n.to_string(),
    })
}

#[derive(Debug, Deserialize)]
struct Created {
    id: String,
}

/// What a download wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// Bytes written.
    pub bytes: u64,
    /// Lower-case hex SHA-256 of them.
    pub sha256: String,
    /// The response's `Content-Type`.
    pub content_type: Option<String>,
}

/// A download failure: the request, or writing the bytes.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error(transparent)]
    Graph(#[from] GraphError),
    #[error("cannot write the download: {0}")]
    Write(#[from] std::io::Error),
}

impl GraphClient {
    /// Upload `bytes` as a media object of phone number `phone_number_id`; returns its id.
    /// The caller checks type and size first ([`crate::media::check`]).
    pub async fn upload_media(
        &self,
        phone_number_id: &str,
        file_name: &str,
        mime: &str,
        bytes: Vec<u8>,
    ) -> Result<String, GraphError> {
        let path = format!("{phone_number_id}/media");
        let body = WriteBody::Multipart {
            fields: vec![("messaging_product", "whatsapp".to_string()), ("type", mime.to_string())],
            file: ("file", file_name.to_string(), mime.to_string(), bytes),
        };
        let created: Created = self.write(&WriteRequest::post(&path).body(body)).await?;
        Ok(created.id)
    }

    /// `GET /{media-id}`: the download URL and what the object is.
    pub async fn media(&self, media_id: &str) -> Result<MediaInfo, GraphError> {
        self.get(media_id, &[]).await
    }

    /// `DELETE /{media-id}`; Meta's `success`.
    pub async fn delete_media(&self, media_id: &str) -> Result<bool, GraphError> {
        let answer: Success = self.write(&WriteRequest::delete(media_id)).await?;
        Ok(answer.success)
    }

    /// Mark message `message_id` (a `wamid.…`) received by `phone_number_id` as read, optionally
    /// showing the typing indicator; Meta's `success`.
    pub async fn mark_read(&self, phone_number_id: &str, message_id: &str, typing: bool) -> Result<bool, GraphError> {
        let path = format!("{phone_number_id}/messages");
        let mut body = json!({"messaging_product": "whatsapp", "status": "read", "message_id": message_id});
        if typing {
            body["typing_indicator"] = json!({"type": "text"});
        }
        let answer: Success = self.write(&WriteRequest::post(&path).body(WriteBody::Json(body))).await?;
        Ok(answer.success)
    }

    /// Download a media URL (from [`GraphClient::media`]) into `sink`, hashing as it goes.
    ///
    /// The token goes only to the client's own host, Meta's media hosts (`*.fbsbx.com`,
    /// `*.facebook.com`, `*.whatsapp.net`) or a loopback address; redirects are not followed.
    pub async fn download_media(&self, url: &str, sink: &mut dyn Write) -> Result<Downloaded, DownloadError> {
        let url = self.media_url(url)?;
        let label = format!("GET {}", url.path());
        let started = std::time::Instant::now();
        let response = self
            .inner
            .http
            .get(url.clone())
            .bearer_auth(self.inner.token.expose_secret())
            .send()
            .await
            .map_err(|e| transport_error(&label, &e.without_url()))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        tracing::info!("{label} -> {status} in {} ms", started.elapsed().as_millis());
        if !(200..300).contains(&status) {
            let body = response.bytes().await.map_err(|e| transport_error(&label, &e.without_url()))?;
            return Err(error_from_response(status, &headers, &body, &label).into());
        }
        let content_type = headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(String::from);
        let mut response = response;
        let mut hash = ring::digest::Context::new(&ring::digest::SHA256);
        let mut bytes = 0u64;
        while let Some(chunk) = response.chunk().await.map_err(|e| transport_error(&label, &e.without_url()))? {
            hash.update(&chunk);
            sink.write_all(&chunk)?;
            bytes += chunk.len() as u64;
        }
        sink.flush()?;
        let sha256 = hash.finish().as_ref().iter().map(|b| format!("{b:02x}")).collect();
        Ok(Downloaded { bytes, sha256, content_type })
    }

    fn media_url(&self, raw: &str) -> Result<url::Url, GraphError> {
        let refuse = |why: &str| GraphError::Config(format!("media URL refused: {why}"));
        let url = url::Url::parse(raw).map_err(|_| refuse("not a URL"))?;
        let host = url.host_str().unwrap_or_default().to_ascii_lowercase();
        let loopback = matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]");
        let own = url.host_str() == self.inner.base.host_str() && url.port() == self.inner.base.port();
        let meta = [".fbsbx.com", ".facebook.com", ".whatsapp.net"].iter().any(|d| host.ends_with(d));
        match url.scheme() {
            "https" if own || meta || loopback => Ok(url),
            "http" if loopback => Ok(url),
            "https" | "http" => Err(refuse(&format!("{host} is not a Meta media host; the token is not sent there"))),
            _ => Err(refuse("not an http(s) URL")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_size_as_text_or_number() {
        let text: MediaInfo = serde_json::from_value(json!({"id":"1","url":"u","mime_type":"image/png","sha256":"ab",
            "file_size":"12","messaging_product":"whatsapp"}))
        .unwrap();
        assert_eq!(text.file_size, "12");
        let number: MediaInfo =
            serde_json::from_value(json!({"id":"1","url":"u","mime_type":"image/png","sha256":"ab","file_size":12}))
                .unwrap();
        assert_eq!(number, text);
    }
}
