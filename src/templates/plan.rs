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
//! * media headers: the local `header_file` extension and `example.header_handle` are ignored on both sides (Meta
//!   rewrites upload handles into CDN URLs, so they can never be compared); the rest of the header (`format`, other
//!   `example` members) is compared. Consequence: replacing only the image behind `header_file` is not detected;
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
//! already going away). A remote-only template counts as drift: [`Plan::in_sync`] is false while one exists.

mod compare;
mod rules;
mod time;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::templates::file::TemplateFile;
use crate::templates::serialize::canonicalize;

pub use compare::{comparable, diff_paths};

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

/// A template as the account reports it (Meta's list / `GET /{template-id}` fields the planner needs).
///
/// Deserialises from one entry of Meta's `message_templates` list (unknown fields ignored); `last_edits` is not a
/// Meta field and defaults to empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RemoteTemplate {
    pub id: String,
    pub name: String,
    pub language: String,
    pub category: String,
    pub status: String,
    #[serde(default)]
    pub parameter_format: Option<String>,
    #[serde(default)]
    pub components: Value,
    /// Unix seconds of earlier edits, if known (any order; may be empty).
    #[serde(default)]
    pub last_edits: Vec<i64>,
}

/// What `apply` would do with one template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Only a file: create it.
    Create,
    /// Both, different, and Meta allows the edit.
    Update,
    /// Both, same content.
    Unchanged,
    /// Only on the account (`apply --prune` deletes it).
    RemoteOnly,
    /// A create or edit Meta would refuse; `reason` names the rule.
    Blocked,
}

/// One line of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct Action {
    pub kind: ActionKind,
    pub name: String,
    pub language: String,
    /// The local file, when there is one.
    pub file: Option<PathBuf>,
    /// The remote template id, when there is one.
    pub remote_id: Option<String>,
    /// For [`ActionKind::Blocked`]: `"<rule-id>: <sentence>"`.
    pub reason: Option<String>,
    /// Paths of the parts that differ (`category`, `parameter_format`, `components[1].text`, …); empty for
    /// create, unchanged and remote-only.
    pub changes: Vec<String>,
}

/// The result of [`plan`], sorted by name, then language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub struct Plan {
    pub actions: Vec<Action>,
}

impl Plan {
    /// True when nothing differs: every action is [`ActionKind::Unchanged`] (remote-only templates are drift).
    pub fn in_sync(&self) -> bool {
        self.actions.iter().all(|a| a.kind == ActionKind::Unchanged)
    }

    /// Every action other than [`ActionKind::Unchanged`], in plan order.
    pub fn pending(&self) -> Vec<&Action> {
        self.actions.iter().filter(|a| a.kind != ActionKind::Unchanged).collect()
    }

    /// Number of actions of one kind.
    pub fn count(&self, kind: ActionKind) -> usize {
        self.actions.iter().filter(|a| a.kind == kind).count()
    }
}

/// Compares `local` files with `remote` templates. `deleted` lists names deleted from the account with the unix
/// time of deletion; `now` is the current unix time. See the module docs for the rules.
pub fn plan<S: AsRef<str>>(local: &[TemplateFile], remote: &[RemoteTemplate], deleted: &[(S, i64)], now: i64) -> Plan {
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
                file: Some(f.path.clone()),
                remote_id: None,
                reason: Some("missing-identity: a template file needs a string `name` and `language`".into()),
                changes: Vec::new(),
            });
            continue;
        };
        let mut action = Action {
            kind: ActionKind::Create,
            name: name.to_string(),
            language: language.to_string(),
            file: Some(f.path.clone()),
            remote_id: None,
            reason: None,
            changes: Vec::new(),
        };
        if let Some(first) = matched.get(&(name, language)) {
            action.kind = ActionKind::Blocked;
            action.reason = Some(format!(
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
                    action.reason = Some(format!(
                        "name-recently-deleted: the name of a deleted template can be reused 30 days after deletion \
                         (on {})",
                        time::format_utc(until)
                    ));
                }
            }
            Some(r) => {
                action.remote_id = Some(r.id.clone());
                let (l, rv) = compare::comparable_pair(&f.payload, &remote_payload(r));
                action.changes = diff_paths(&l, &rv);
                if action.changes.is_empty() {
                    action.kind = ActionKind::Unchanged;
                } else if let Some(reason) = edit_refusal(r, &action.changes, now) {
                    action.kind = ActionKind::Blocked;
                    action.reason = Some(reason);
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
            file: None,
            remote_id: Some(r.id.clone()),
            reason: None,
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
