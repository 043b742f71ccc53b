//! The persisted template state and Meta's template rules, as pure functions
//! of the state and an explicit clock (`now_ms`, milliseconds since the
//! epoch) so that tests can move time.
//!
//! Limits (platform-rules §8.1, graph-api.md §6.3–6.5): 250 templates per
//! WABA when the business is unverified, 6,000 when verified; 100 creations
//! per WABA per hour; a name+language pair is unique; the name of a deleted
//! APPROVED template is blocked for 30 days; only APPROVED, REJECTED and
//! PAUSED templates can be edited, an APPROVED one at most once per 24 hours
//! and 10 times per 30 days and never into another category; DISABLED
//! templates cannot be deleted.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::errors;
use super::review;
use crate::sandbox::error::GraphError;

/// Template ids are `FIRST_ID + seq` (numeric strings, like Meta's).
pub(super) const FIRST_ID: u64 = 1_500_000_000_000_000;
/// The highest sequence number a state file may hold (ids stay below 10^19).
pub(super) const MAX_SEQ: u64 = 8_500_000_000_000_000_000;
/// Templates per WABA when the business portfolio is not verified.
pub const UNVERIFIED_CAP: usize = 250;
/// Templates per WABA when the business portfolio is verified.
pub const VERIFIED_CAP: usize = 6_000;
/// Template creations per WABA per rolling hour.
pub const HOURLY_CREATIONS: usize = 100;
/// Edits of an APPROVED template per rolling 30 days.
pub const EDITS_PER_30_DAYS: usize = 10;
pub const HOUR_MS: i64 = 3_600_000;
pub const DAY_MS: i64 = 24 * HOUR_MS;
/// How long the name of a deleted APPROVED template stays blocked.
pub const NAME_BLOCK_MS: i64 = 30 * DAY_MS;

/// Every template-related record of the world (the `templates` member of the state file).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TemplateStore {
    #[serde(default)]
    pub templates: Vec<Template>,
    /// Deleted APPROVED templates (for the 30-day name block).
    #[serde(default)]
    pub deletions: Vec<Deletion>,
    /// Creation times (for the hourly cap); entries older than an hour are pruned.
    #[serde(default)]
    pub creations: Vec<Creation>,
    /// Last template sequence number handed out.
    #[serde(default)]
    pub last_seq: u64,
    /// Resumable-upload sessions (sizes and handles only, never the bytes).
    #[serde(default)]
    pub uploads: Vec<UploadSession>,
}

/// One message template (one name + language).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub waba_id: String,
    pub name: String,
    pub language: String,
    pub category: String,
    /// `POSITIONAL` or `NAMED`.
    pub parameter_format: String,
    /// The `components` array exactly as submitted.
    pub components: Value,
    /// `PENDING`, `APPROVED`, `REJECTED`, `PAUSED`, `DISABLED`, … (open set).
    pub status: String,
    /// Meta's reason code when REJECTED (`INVALID_FORMAT`, `INCORRECT_CATEGORY`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality_score: Option<QualityScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_category: Option<String>,
    pub created_at_ms: i64,
    /// When the current content was submitted (creation or last edit); the
    /// review decides at `submitted_at_ms + review delay`.
    pub submitted_at_ms: i64,
    /// Times of the edits accepted while the template was APPROVED.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub edits_ms: Vec<i64>,
    /// How often quality pauses hit it (the third disables it; see [`super::pause`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pauses: u32,
    /// When a PAUSED template is unpaused on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused_until_ms: Option<i64>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QualityScore {
    /// `GREEN`, `YELLOW`, `RED` or `UNKNOWN`.
    pub score: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deletion {
    pub waba_id: String,
    pub name: String,
    pub language: String,
    pub deleted_at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Creation {
    pub waba_id: String,
    pub at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UploadSession {
    /// `upload:<token>`.
    pub id: String,
    pub app_id: String,
    pub file_name: String,
    pub file_length: u64,
    pub file_type: String,
    /// Bytes received so far.
    pub file_offset: u64,
    /// The handle (`4::…`), once every byte has arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
}

/// A validated create request.
#[derive(Debug, Clone)]
pub struct NewTemplate {
    pub name: String,
    pub language: String,
    pub category: String,
    pub parameter_format: String,
    pub components: Value,
}

/// A validated edit request (at least one member is set).
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub category: Option<String>,
    pub components: Option<Value>,
    pub parameter_format: Option<String>,
}

impl TemplateStore {
    /// The next template sequence number, or `None` when the ids are
    /// exhausted (only a crafted state file gets there).
    pub(super) fn next_seq(&mut self) -> Option<u64> {
        let highest = self
            .templates
            .iter()
            .filter_map(|t| t.id.parse::<u64>().ok())
            .filter_map(|id| id.checked_sub(FIRST_ID))
            .max()
            .unwrap_or(0);
        let next = self.last_seq.max(highest).checked_add(1).filter(|s| FIRST_ID.checked_add(*s).is_some())?;
        self.last_seq = next;
        Some(next)
    }

    /// Checks the counters of a loaded state so that no later arithmetic can
    /// overflow; the error names the field and its value.
    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.last_seq > MAX_SEQ {
            return Err(format!(
                "field \"templates.last_seq\" is {}, above the highest sequence number {MAX_SEQ}",
                self.last_seq
            ));
        }
        for (i, t) in self.templates.iter().enumerate() {
            if let Some(seq) = t.id.parse::<u64>().ok().and_then(|id| id.checked_sub(FIRST_ID))
                && seq > MAX_SEQ
            {
                return Err(format!(
                    "field \"templates.templates[{i}].id\" is {}, above the highest template id {}",
                    t.id,
                    FIRST_ID + MAX_SEQ
                ));
            }
        }
        for (i, u) in self.uploads.iter().enumerate() {
            if u.file_offset > u.file_length {
                return Err(format!(
                    "field \"templates.uploads[{i}].file_offset\" is {}, beyond its file_length {}",
                    u.file_offset, u.file_length
                ));
            }
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// Templates of a WABA, newest first (ties: highest id first).
    pub fn of_waba(&self, waba_id: &str) -> Vec<&Template> {
        let mut v: Vec<&Template> = self.templates.iter().filter(|t| t.waba_id == waba_id).collect();
        v.sort_by(|a, b| {
            b.created_at_ms.cmp(&a.created_at_ms).then_with(|| b.id.len().cmp(&a.id.len())).then(b.id.cmp(&a.id))
        });
        v
    }

    /// Creates a PENDING template after checking Meta's limits (in this
    /// order: duplicate, 30-day name block, template cap, hourly cap).
    pub(crate) fn create(
        &mut self,
        waba_id: &str,
        business_verified: bool,
        new: NewTemplate,
        now_ms: i64,
    ) -> Result<&Template, GraphError> {
        if self.templates.iter().any(|t| t.waba_id == waba_id && t.name == new.name && t.language == new.language) {
            return Err(errors::duplicate(&new.name, &new.language));
        }
        if let Some(d) = self.deletions.iter().find(|d| {
            d.waba_id == waba_id && d.name == new.name && now_ms < d.deleted_at_ms.saturating_add(NAME_BLOCK_MS)
        }) {
            return Err(errors::name_blocked(&new.name, &d.language, d.deleted_at_ms.saturating_add(NAME_BLOCK_MS)));
        }
        let cap = if business_verified { VERIFIED_CAP } else { UNVERIFIED_CAP };
        if self.templates.iter().filter(|t| t.waba_id == waba_id).count() >= cap {
            return Err(errors::template_cap(cap, business_verified));
        }
        self.creations.retain(|c| now_ms.saturating_sub(c.at_ms) < HOUR_MS);
        if self.creations.iter().filter(|c| c.waba_id == waba_id).count() >= HOURLY_CREATIONS {
            return Err(errors::hourly_cap());
        }
        self.creations.push(Creation { waba_id: waba_id.into(), at_ms: now_ms });
        let seq = self.next_seq().ok_or_else(|| {
            GraphError::internal("template ids are exhausted in the sandbox state; run `waba sandbox reset`")
        })?;
        self.templates.push(Template {
            id: (FIRST_ID + seq).to_string(),
            waba_id: waba_id.into(),
            name: new.name,
            language: new.language,
            category: new.category,
            parameter_format: new.parameter_format,
            components: new.components,
            status: "PENDING".into(),
            rejected_reason: None,
            quality_score: None,
            previous_category: None,
            created_at_ms: now_ms,
            submitted_at_ms: now_ms,
            edits_ms: Vec::new(),
            pauses: 0,
            paused_until_ms: None,
        });
        self.templates.last().ok_or_else(|| GraphError::internal("template not stored"))
    }

    /// Applies an edit if Meta's edit rules allow it; the template goes back to PENDING.
    pub(crate) fn edit(&mut self, id: &str, edit: Edit, now_ms: i64) -> Result<(), GraphError> {
        let t = self.templates.iter_mut().find(|t| t.id == id).ok_or_else(|| errors::not_found_id(id))?;
        if !matches!(t.status.as_str(), "APPROVED" | "REJECTED" | "PAUSED") {
            return Err(errors::edit_status(&t.status));
        }
        let approved = t.status == "APPROVED";
        if approved {
            if let Some(c) = edit.category.as_deref().filter(|c| *c != t.category) {
                return Err(errors::edit_category(&t.category, c));
            }
            if let Some(last) = t.edits_ms.iter().copied().filter(|e| now_ms.saturating_sub(*e) < DAY_MS).max() {
                return Err(errors::edit_daily(last.saturating_add(DAY_MS)));
            }
            let recent = t.edits_ms.iter().filter(|e| now_ms.saturating_sub(**e) < 30 * DAY_MS).count();
            if recent >= EDITS_PER_30_DAYS {
                return Err(errors::edit_monthly());
            }
            t.edits_ms.retain(|e| now_ms.saturating_sub(*e) < 30 * DAY_MS);
            t.edits_ms.push(now_ms);
        }
        if let Some(c) = edit.category.filter(|c| *c != t.category) {
            t.previous_category = Some(std::mem::replace(&mut t.category, c));
        }
        if let Some(c) = edit.components {
            t.components = c;
        }
        if let Some(f) = edit.parameter_format {
            t.parameter_format = f;
        }
        t.status = "PENDING".into();
        t.rejected_reason = None;
        t.submitted_at_ms = now_ms;
        Ok(())
    }

    /// Deletes every language of `name` in the WABA, or only the template
    /// `hsm_id` (which must carry that name). Returns how many were deleted.
    pub(crate) fn delete(
        &mut self,
        waba_id: &str,
        name: &str,
        hsm_id: Option<&str>,
        now_ms: i64,
    ) -> Result<usize, GraphError> {
        let targets: Vec<&Template> = self
            .templates
            .iter()
            .filter(|t| t.waba_id == waba_id && t.name == name && hsm_id.is_none_or(|h| t.id == h))
            .collect();
        if targets.is_empty() {
            return Err(match hsm_id {
                Some(h) => errors::not_found_hsm(name, h),
                None => errors::not_found_name(name),
            });
        }
        if let Some(t) = targets.iter().find(|t| t.status == "DISABLED") {
            return Err(errors::delete_disabled(&t.name, &t.language));
        }
        let ids: Vec<String> = targets.iter().map(|t| t.id.clone()).collect();
        for t in self.templates.iter().filter(|t| ids.contains(&t.id) && t.status == "APPROVED") {
            self.deletions.push(Deletion {
                waba_id: waba_id.into(),
                name: t.name.clone(),
                language: t.language.clone(),
                deleted_at_ms: now_ms,
            });
        }
        self.deletions.retain(|d| now_ms < d.deleted_at_ms.saturating_add(NAME_BLOCK_MS));
        self.templates.retain(|t| !ids.contains(&t.id));
        Ok(ids.len())
    }

    /// Whether a PENDING template has waited `delay_ms` and awaits its decision.
    pub fn review_due(&self, now_ms: i64, delay_ms: i64) -> bool {
        self.templates.iter().any(|t| is_due(t, now_ms, delay_ms))
    }

    /// Decides every template whose review is due (see [`review::decide`]).
    pub fn review(&mut self, now_ms: i64, delay_ms: i64) {
        for t in self.templates.iter_mut().filter(|t| is_due(t, now_ms, delay_ms)) {
            if super::pause::unpause_due(t, now_ms) {
                super::pause::unpause(t);
                continue;
            }
            let d = review::decide(t);
            t.status = d.status.into();
            t.rejected_reason = d.rejected_reason.map(str::to_owned);
            if let Some(q) = d.quality {
                t.quality_score = Some(QualityScore { score: q.into() });
            }
        }
    }

    /// Opens an upload session for the app; returns its id (`upload:<token>`).
    pub fn start_upload(&mut self, app_id: &str, file_name: &str, file_length: u64, file_type: &str) -> String {
        let n = self.uploads.len() as u64 + 1;
        let token = super::upload::token(n, file_name, file_length);
        let id = format!("upload:{token}");
        self.uploads.push(UploadSession {
            id: id.clone(),
            app_id: app_id.into(),
            file_name: file_name.into(),
            file_length,
            file_type: file_type.into(),
            file_offset: 0,
            handle: None,
        });
        id
    }

    pub fn upload(&self, id: &str) -> Option<&UploadSession> {
        self.uploads.iter().find(|u| u.id == id)
    }

    pub fn upload_mut(&mut self, id: &str) -> Option<&mut UploadSession> {
        self.uploads.iter_mut().find(|u| u.id == id)
    }
}

fn is_due(t: &Template, now_ms: i64, delay_ms: i64) -> bool {
    (t.status == "PENDING" && now_ms >= t.submitted_at_ms.saturating_add(delay_ms))
        || super::pause::unpause_due(t, now_ms)
}
