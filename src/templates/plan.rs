//! `templates plan` / `apply` / `pull` support: compares local template files with the account's templates and
//! decides, per `name` + `language`, what `apply` would do.
//!
//! Pure library code: no I/O and no clock (`now` is a parameter, unix seconds, UTC).
//!
//! # Comparison
//!
//! Both sides are reduced to a comparable form (see [`comparable`]) and compared as JSON values:
//!
//! * only `category`, `parameter_format` and `components` are compared (`name` + `language` are the identity).
//!   Remote-only fields (`id`, `status`, `quality_score`, `rejected_reason`, `previous_category`, …) never cause a
//!   diff; other top-level file fields (`message_send_ttl_seconds`, `sub_category`, …) are not compared either,
//!   because [`RemoteTemplate`] does not carry them;
//! * key order never matters, null members are ignored, and the enum-like strings `type`, `format` and `otp_type`
//!   (anywhere under `components`) and `category` are compared case-insensitively, as Meta treats them;
//! * a missing `parameter_format` equals `positional` — Meta: "`parameter_format`: `named` or `positional`; default
//!   positional" (platform-rules §8.2); the value is compared case-insensitively;
//! * media headers: the local `header_file` extension and `example.header_handle` are not compared as values (Meta
//!   rewrites upload handles into CDN URLs); the rest of the header (`format`, other `example` members) is. The
//!   media itself is compared through the journal's upload records ([`Media`]): when the account's media is an
//!   upload waba recorded for this template, a `header_file` whose SHA-256 differs from the uploaded one is a change
//!   at `components[i].example.header_handle` (old: the account's value; new: the file). Without such a record the
//!   media is not compared;
//! * AUTHENTICATION templates: Meta generates the preset BODY text (and the expiry FOOTER text), so a remote `text`
//!   on a BODY/FOOTER component is ignored when the local component at the same position has none.
//!
//! # Rules (platform-rules §8.1, §8.6, §8.8)
//!
//! An update (Meta's *edit*) is [`ActionKind::Blocked`] instead of [`ActionKind::Update`] when, checked in this
//! order:
//! `status-not-editable` (status is not APPROVED, REJECTED or PAUSED), `field-not-editable` (`parameter_format`
//! differs: only category, components and TTL can be edited), `approved-category-change`, `edit-limit-24h` (an
//! APPROVED template edited less than 24 h ago; an edit exactly 24 h ago no longer counts), `edit-limit-30d`
//! (10 edits of an APPROVED template within the last 30 days; the 11th is refused). REJECTED and PAUSED templates
//! may be edited without limit. A create is blocked by `name-recently-deleted` while less than 30 days have passed
//! since a deletion of that name (any language; Meta's rule is per name). Files without a string `name` and
//! `language` are blocked by `missing-identity`; a second file with the same identity by `duplicate-identity`.
//!
//! Remote templates with status `DELETED` or `PENDING_DELETION` that no file matches are not reported (they are
//! already going away). A remote-only template is not drift: it becomes a deletion only in a pruning plan
//! ([`Plan::prune`]), where a DISABLED one is blocked by `disabled-not-deletable` (Meta keeps them). An unchanged
//! template that Meta REJECTED, PAUSED or DISABLED stays unchanged (apply has nothing to send) but carries a
//! `detail` saying what its status means.

mod compare;
mod model;
mod rules;
mod time;

#[cfg(test)]
mod media_tests;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{Map, Value};

use crate::templates::file::TemplateFile;
use crate::templates::media::Media;
use crate::templates::serialize::canonicalize;

pub use compare::{Change, comparable, diff_paths, diff_values};
pub use model::{Action, ActionKind, MASS_DELETE_MAX, Plan, RemoteTemplate};

use rules::{edit_refusal, is_deleted_status, reuse_blocked_until};

/// One day, in seconds.
pub const DAY: i64 = 86_400;
/// An approved template may be edited once per this window (§8.6).
pub const EDIT_WINDOW_SHORT: i64 = DAY;
/// … and [`EDITS_PER_LONG_WINDOW`] times per this window (§8.6).
pub const EDIT_WINDOW_LONG: i64 = 30 * DAY;
/// Edits of an approved template allowed per [`EDIT_WINDOW_LONG`].
pub const EDITS_PER_LONG_WINDOW: usize = 10;
/// A deleted name can be reused this long after the deletion (§8.1).
pub const NAME_REUSE_DELAY: i64 = 30 * DAY;

/// Compares `local` files with `remote` templates. `deleted` lists names deleted from the account with the unix
/// time of deletion; `now` is the current unix time. See the module docs for the rules.
pub fn plan<S: AsRef<str>>(local: &[TemplateFile], remote: &[RemoteTemplate], deleted: &[(S, i64)], now: i64) -> Plan {
    plan_with(local, remote, deleted, now, &Media::default())
}

/// [`plan`], comparing media headers through `media` (the journal's uploads and the local files' hashes).
pub fn plan_with<S: AsRef<str>>(
    local: &[TemplateFile],
    remote: &[RemoteTemplate],
    deleted: &[(S, i64)],
    now: i64,
    media: &Media,
) -> Plan {
    let mut by_identity: BTreeMap<(&str, &str), &RemoteTemplate> = BTreeMap::new();
    for r in remote {
        by_identity.entry((r.name.as_str(), r.language.as_str())).or_insert(r);
    }
    let mut matched: BTreeMap<(&str, &str), &Path> = BTreeMap::new();
    let mut actions = Vec::new();

    for f in local {
        let Some((name, language)) = f.identity() else {
            actions.push(Action {
                kind: ActionKind::Blocked,
                name: str_field(&f.payload, "name"),
                language: str_field(&f.payload, "language"),
                status: None,
                id: None,
                file: Some(f.path.clone()),
                detail: Some("missing-identity: a template file needs a string `name` and `language`".into()),
                changes: Vec::new(),
            });
            continue;
        };
        let mut action = Action {
            kind: ActionKind::Create,
            name: name.to_string(),
            language: language.to_string(),
            status: None,
            id: None,
            file: Some(f.path.clone()),
            detail: None,
            changes: Vec::new(),
        };
        if let Some(first) = matched.get(&(name, language)) {
            action.kind = ActionKind::Blocked;
            action.detail = Some(format!(
                "duplicate-identity: template `{name}` in language `{language}` is already defined in {}",
                first.display()
            ));
            actions.push(action);
            continue;
        }
        matched.insert((name, language), &f.path);
        match by_identity.get(&(name, language)) {
            None => {
                if let Some(until) = reuse_blocked_until(name, deleted, now) {
                    action.kind = ActionKind::Blocked;
                    action.detail = Some(format!(
                        "name-recently-deleted: the name of a deleted template can be reused 30 days after deletion \
                         (on {})",
                        time::format_utc(until)
                    ));
                }
            }
            Some(r) => {
                action.id = Some(r.id.clone());
                action.status = Some(r.status.clone());
                let (l, rv) = compare::comparable_pair(&f.payload, &remote_payload(r));
                action.changes = diff_values(&rv, &l);
                action.changes.extend(compare::media_changes(f, r, media));
                if action.changes.is_empty() {
                    action.kind = ActionKind::Unchanged;
                    action.detail = rules::status_note(r);
                } else if let Some(reason) = edit_refusal(r, &action.change_paths(), now) {
                    action.kind = ActionKind::Blocked;
                    action.detail = Some(reason);
                } else {
                    action.kind = ActionKind::Update;
                }
            }
        }
        actions.push(action);
    }

    for r in remote {
        let id = (r.name.as_str(), r.language.as_str());
        if matched.contains_key(&id) || is_deleted_status(&r.status) {
            continue;
        }
        // a second remote with the same identity (should not happen) is reported once
        if !std::ptr::eq(by_identity[&id], r) {
            continue;
        }
        actions.push(Action {
            kind: ActionKind::RemoteOnly,
            name: r.name.clone(),
            language: r.language.clone(),
            status: Some(r.status.clone()),
            id: Some(r.id.clone()),
            file: None,
            detail: None,
            changes: Vec::new(),
        });
    }

    actions.sort_by(|a, b| (&a.name, &a.language).cmp(&(&b.name, &b.language)));
    Plan { actions }
}

fn str_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

/// The create-payload fields of a remote template, as a JSON object (not yet canonical).
fn remote_payload(r: &RemoteTemplate) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), Value::String(r.name.clone()));
    m.insert("language".into(), Value::String(r.language.clone()));
    m.insert("category".into(), Value::String(r.category.clone()));
    if let Some(pf) = &r.parameter_format {
        m.insert("parameter_format".into(), Value::String(pf.to_ascii_lowercase()));
    }
    m.insert("components".into(), r.components.clone());
    Value::Object(m)
}

/// Meta's create payload for a pulled template (`name`, `language`, `category`, `parameter_format` when the account
/// reports one, lower-cased, and `components` as returned), in canonical key order with null members dropped.
/// Writing it with [`crate::templates::serialize::to_toml_string`] is byte-stable, and planning the written file
/// against the same remote template yields [`ActionKind::Unchanged`].
///
/// A media header keeps the `header_handle` URL Meta returns; the planner never compares handles.
pub fn remote_to_file_payload(r: &RemoteTemplate) -> Value {
    canonicalize(&remote_payload(r), true)
}

/// Moved to [`crate::templates::paths`] (issue 9 §6: long names).
pub use super::paths::file_path_for;
