//! The steps of `apply`: carrying out one action, and noting it in the journal.

use serde_json::{Map, Value};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::cli::templates::media::{self, Upload};
use crate::cli::templates::sync;
use crate::graph::GraphClient;
use crate::templates::file::TemplateFile;
use crate::templates::journal::{Journal, Submitted};
use crate::templates::plan::{Action, ActionKind, RemoteTemplate};

/// Note a change in the journal: an edit, the deletion of an approved template, the media
/// uploaded; returns the submission of a create or an edit.
pub(super) async fn remember(
    client: &GraphClient,
    journal: &mut Journal,
    remote: &[RemoteTemplate],
    action: &Action,
    id: Option<&str>,
    uploads: Vec<Upload>,
) -> Option<Submitted> {
    let id = id?;
    match action.kind {
        ActionKind::Create => {}
        ActionKind::Update => journal.edited(id, sync::now()),
        ActionKind::Delete if remote.iter().any(|r| r.id == id && r.status == "APPROVED") => {
            journal.deleted_name(&action.name, sync::now());
            return None;
        }
        _ => return None,
    }
    media::record(client, journal, (&action.name, &action.language), id, uploads).await;
    Some(Submitted { id: id.into(), name: action.name.clone(), language: action.language.clone(), at: sync::now() })
}

/// Do one action; returns the template id involved and the media headers uploaded.
pub(super) async fn carry_out(
    ctx: &mut Ctx,
    client: &GraphClient,
    waba: &str,
    local: &[TemplateFile],
    action: &Action,
) -> CliResult<(Option<String>, Vec<Upload>)> {
    let file = || {
        local
            .iter()
            .find(|f| Some(&f.path) == action.file.as_ref())
            .ok_or_else(|| CliError::usage(format!("no file for {} ({})", action.name, action.language)))
    };
    match action.kind {
        ActionKind::Create => {
            let created = crate::cli::templates::create::submit(ctx, client, waba, file()?).await?;
            Ok((Some(created.template.id.as_str().to_string()), created.uploads))
        }
        ActionKind::Update => {
            let id = action.id.clone().unwrap_or_default();
            let (payload, uploads) = media::prepare(ctx, client, file()?).await?;
            client.edit_template(&id, &edit_body(&payload)).await?;
            Ok((Some(id), uploads))
        }
        ActionKind::Delete => {
            let id = action.id.clone().unwrap_or_default();
            client.delete_template(waba, &action.name, Some(&id)).await?;
            Ok((Some(id), Vec::new()))
        }
        ActionKind::Blocked | ActionKind::Unchanged | ActionKind::RemoteOnly | ActionKind::Invalid => {
            Ok((action.id.clone(), Vec::new()))
        }
    }
}

/// An edit sends only what Meta lets an edit change: category, components and the message TTL.
pub fn edit_body(payload: &Value) -> Value {
    let mut body = Map::new();
    for key in ["category", "components", "message_send_ttl_seconds"] {
        if let Some(value) = payload.get(key) {
            body.insert(key.to_string(), value.clone());
        }
    }
    Value::Object(body)
}
