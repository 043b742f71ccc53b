//! Meta's Resumable Upload API, which turns a file into a handle (`4::aW...`) for
//! template media headers (`example.header_handle`) and profile pictures.
//!
//! 1. `POST /{app-id}/uploads?file_name&file_length&file_type` → `{"id": "upload:..."}`
//! 2. `POST /{upload-id}` with `file_offset: 0`, `Authorization: OAuth <token>` and the
//!    bytes → `{"h": "..."}`
//!
//! Both calls are writes: resent only when the connection could not be made.

use serde::Deserialize;

use super::client::GraphClient;
use super::error::GraphError;
use super::write::{WriteAuth, WriteBody, WriteRequest};

#[derive(Debug, Deserialize)]
struct Session {
    id: String,
}

#[derive(Debug, Deserialize)]
struct Handle {
    h: String,
}

impl GraphClient {
    /// Upload a file in one piece and return its handle (`h`).
    pub async fn upload_file(
        &self,
        app_id: &str,
        file_name: &str,
        mime: &str,
        bytes: &[u8],
    ) -> Result<String, GraphError> {
        let start = format!("{app_id}/uploads");
        let session: Session = self
            .write(&WriteRequest::post(&start).query([
                ("file_name", file_name.to_string()),
                ("file_length", bytes.len().to_string()),
                ("file_type", mime.to_string()),
            ]))
            .await?;
        let (path, query) = split_session_id(&session.id);
        let handle: Handle = self
            .write(
                &WriteRequest::post(path)
                    .query(query.iter().map(|(k, v)| (k.as_str(), v.clone())))
                    .auth(WriteAuth::OAuth)
                    .header("file_offset", "0")
                    .body(WriteBody::Bytes { data: bytes.to_vec(), content_type: mime.to_string() }),
            )
            .await?;
        Ok(handle.h)
    }
}

/// An upload session id may carry its own query (`upload:MTph...?sig=ARZ...`): split it
/// into the path segment and the query pairs, so that the `?` is not escaped into the path.
fn split_session_id(id: &str) -> (&str, Vec<(String, String)>) {
    match id.split_once('?') {
        Some((path, query)) => (
            path,
            url::form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect(),
        ),
        None => (id, Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_ids_with_a_signature_keep_it_in_the_query() {
        assert_eq!(split_session_id("upload:MTph"), ("upload:MTph", vec![]));
        assert_eq!(
            split_session_id("upload:MTph?sig=ARZ-x_1"),
            ("upload:MTph", vec![("sig".into(), "ARZ-x_1".into())])
        );
    }
}
