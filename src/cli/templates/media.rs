//! Media headers of a submission: upload each `header_file`, and afterwards record in the journal
//! which file became which handle (so that `plan` and `pull` can tell them apart later).

use std::path::Path;

use serde_json::Value;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::templates::file::TemplateFile;
use crate::templates::journal::Journal;
use crate::templates::media::{MediaRecord, remote_value, sha256_hex};
use crate::templates::payload::{header_files, mime_type, set_handle};

/// One `header_file` uploaded for a submission.
#[derive(Debug, Clone)]
pub struct Upload {
    /// JSON pointer of the header component.
    pub pointer: String,
    /// The `header_file` as written.
    pub file: String,
    /// SHA-256 of the bytes sent.
    pub sha256: String,
    /// The handle Meta returned.
    pub handle: String,
}

/// The file's payload as Meta wants it (every `header_file` uploaded and replaced by its
/// handle), and the uploads made.
pub async fn prepare(ctx: &mut Ctx, client: &GraphClient, file: &TemplateFile) -> CliResult<(Value, Vec<Upload>)> {
    let mut payload = file.payload.clone();
    let mut uploads = Vec::new();
    for header in header_files(&payload) {
        let path = file.base_dir().join(&header.file);
        let bytes = std::fs::read(&path).map_err(|e| crate::cli::input::unreadable(&path, &e))?;
        let handle = upload(ctx, client, &path, &bytes).await?;
        set_handle(&mut payload, &header.pointer, &handle);
        uploads.push(Upload { pointer: header.pointer, file: header.file, sha256: sha256_hex(&bytes), handle });
    }
    Ok((payload, uploads))
}

/// Upload a media header through the Resumable Upload API; returns the handle.
pub async fn upload(ctx: &mut Ctx, client: &GraphClient, path: &Path, bytes: &[u8]) -> CliResult<String> {
    let app_id = ctx.settings()?.app_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
        CliError::new(Kind::Config, "uploading a media header needs the Meta app id")
            .hint("pass --app-id, set WABA_APP_ID, or add it to the profile (`waba profile add NAME --app-id ID`)")
    })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mime =
        mime_type(&name).ok_or_else(|| CliError::usage(format!("{}: unsupported media type", path.display())))?;
    Ok(client.upload_file(&app_id, &name, mime, bytes).await?)
}

/// After template `id` (`name` + `language`) was created or edited with `uploads`: read it back
/// for the media URL the account shows, and record each upload in the journal. A failed
/// read-back only leaves the URL out (the handle still identifies the upload).
pub async fn record(
    client: &GraphClient,
    journal: &mut Journal,
    (name, language): (&str, &str),
    id: &str,
    uploads: Vec<Upload>,
) {
    if uploads.is_empty() {
        return;
    }
    let components = match client.template(id).await {
        Ok(t) => Some(t.components),
        Err(e) => {
            tracing::debug!("reading back template {id} for its media URL: {e}");
            None
        }
    };
    for u in uploads {
        let url = components.as_ref().and_then(|c| remote_value(c, &u.pointer)).map(str::to_string);
        journal.uploaded(MediaRecord {
            name: name.to_string(),
            language: language.to_string(),
            pointer: u.pointer,
            file: u.file,
            sha256: u.sha256,
            handle: u.handle,
            url,
            at: super::sync::now(),
        });
    }
}
