//! What the planner reads (the account's templates) and what it produces (one action per template).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::compare::Change;

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
    /// Meta's review verdict for a REJECTED template (`INVALID_FORMAT`, …); `NONE` otherwise.
    #[serde(default)]
    pub rejected_reason: Option<String>,
    /// Unix seconds of earlier edits, if known (any order; may be empty).
    #[serde(default)]
    pub last_edits: Vec<i64>,
}

/// What `apply` would do with one template. Serialised (and shown in tables) in kebab case: `remote-only`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// Only a file: create it.
    Create,
    /// Both, different, and Meta allows the edit.
    Update,
    /// Only on the account, and the plan prunes: delete it.
    Delete,
    /// Both, same content.
    Unchanged,
    /// Only on the account, and the plan does not prune: reported, not drift.
    RemoteOnly,
    /// A create, edit or deletion Meta would refuse; `detail` names the rule.
    Blocked,
    /// The file has lint errors: `apply` refuses to run until they are fixed; `detail` names the first.
    Invalid,
}

impl ActionKind {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Unchanged => "unchanged",
            Self::RemoteOnly => "remote-only",
            Self::Blocked => "blocked",
            Self::Invalid => "invalid",
        }
    }

    /// Whether `apply` changes the account for this action.
    pub fn is_change(self) -> bool {
        matches!(self, Self::Create | Self::Update | Self::Delete)
    }
}

/// One line of the plan. The field names are the ones `apply` reports too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    #[serde(rename = "action")]
    pub kind: ActionKind,
    pub name: String,
    pub language: String,
    /// The account's status of the template (`APPROVED`, `REJECTED`, …), when it exists there.
    pub status: Option<String>,
    /// The remote template id, when there is one.
    pub id: Option<String>,
    /// The local file, when there is one.
    pub file: Option<PathBuf>,
    /// For blocked and invalid actions: `"<rule-id>: <sentence>"`; for an unchanged template that Meta rejected,
    /// paused or disabled: what that means.
    pub detail: Option<String>,
    /// What differs, account value (`old`) → file value (`new`); empty unless the template exists on both sides.
    pub changes: Vec<Change>,
}

impl Action {
    /// The paths of [`Action::changes`].
    pub fn change_paths(&self) -> Vec<String> {
        self.changes.iter().map(|c| c.path.clone()).collect()
    }
}

/// The result of [`super::plan`], sorted by name, then language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub actions: Vec<Action>,
}

/// More deletions than this always need the mass-deletion allowance.
pub const MASS_DELETE_MAX: usize = 10;

impl Plan {
    /// True when `apply` has nothing to do: no create, update, delete, blocked or invalid action. Remote-only
    /// templates (a plan that does not prune) are not drift.
    pub fn in_sync(&self) -> bool {
        self.actions.iter().all(|a| matches!(a.kind, ActionKind::Unchanged | ActionKind::RemoteOnly))
    }

    /// The actions `apply` would act on or report as refused, in plan order.
    pub fn pending(&self) -> Vec<&Action> {
        self.actions.iter().filter(|a| !matches!(a.kind, ActionKind::Unchanged | ActionKind::RemoteOnly)).collect()
    }

    /// Number of actions of one kind.
    pub fn count(&self, kind: ActionKind) -> usize {
        self.actions.iter().filter(|a| a.kind == kind).count()
    }

    /// Turns the plan into a pruning one: remote-only templates become deletions, except DISABLED ones, which
    /// Meta keeps (blocked by `disabled-not-deletable`).
    pub fn prune(mut self) -> Self {
        for a in &mut self.actions {
            if a.kind != ActionKind::RemoteOnly {
                continue;
            }
            if a.status.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("DISABLED")) {
                a.kind = ActionKind::Blocked;
                a.detail = Some("disabled-not-deletable: Meta keeps DISABLED templates; they cannot be deleted".into());
            } else {
                a.kind = ActionKind::Delete;
            }
        }
        self
    }

    /// Marks the action of the file at `path` invalid (its lint errors make `apply` refuse), with `detail`.
    pub fn invalidate(&mut self, path: &Path, detail: String) {
        for a in self.actions.iter_mut().filter(|a| a.file.as_deref() == Some(path)) {
            a.kind = ActionKind::Invalid;
            a.detail = Some(detail.clone());
            a.changes.clear();
        }
    }

    /// Why the deletions of this plan count as a mass deletion, if they do: more than [`MASS_DELETE_MAX`], or
    /// more than half of the templates on the account (deleted ones aside).
    pub fn mass_delete(&self) -> Option<String> {
        let deletes = self.count(ActionKind::Delete);
        let on_account = self.actions.iter().filter(|a| a.id.is_some()).count();
        if deletes > MASS_DELETE_MAX {
            Some(format!("{deletes} deletions is more than {MASS_DELETE_MAX}"))
        } else if deletes > 0 && deletes * 2 > on_account {
            Some(format!("{deletes} deletions is more than half of the {on_account} template(s) on the account"))
        } else {
            None
        }
    }

    /// `"1 to create, 2 to update, 3 to delete, …"`: every kind that occurs, in a fixed order.
    pub fn summary(&self) -> String {
        let kinds = [
            (ActionKind::Create, "to create"),
            (ActionKind::Update, "to update"),
            (ActionKind::Delete, "to delete"),
            (ActionKind::Blocked, "blocked"),
            (ActionKind::Invalid, "invalid"),
            (ActionKind::Unchanged, "unchanged"),
            (ActionKind::RemoteOnly, "only on the account"),
        ];
        let parts: Vec<String> = kinds
            .iter()
            .filter_map(|(k, label)| Some(self.count(*k)).filter(|n| *n > 0).map(|n| format!("{n} {label}")))
            .collect();
        if parts.is_empty() { "no templates".into() } else { parts.join(", ") }
    }
}
