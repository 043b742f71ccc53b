//! The rules that block a create or an edit (platform-rules §8.1, §8.6, §8.8).

use super::{EDIT_WINDOW_LONG, EDIT_WINDOW_SHORT, EDITS_PER_LONG_WINDOW, NAME_REUSE_DELAY, RemoteTemplate, time};

pub(super) fn is_deleted_status(status: &str) -> bool {
    status.eq_ignore_ascii_case("DELETED") || status.eq_ignore_ascii_case("PENDING_DELETION")
}

/// When `name` was deleted less than [`NAME_REUSE_DELAY`] ago: the time it becomes reusable.
pub(super) fn reuse_blocked_until<S: AsRef<str>>(name: &str, deleted: &[(S, i64)], now: i64) -> Option<i64> {
    deleted
        .iter()
        .filter(|(n, _)| n.as_ref() == name)
        .map(|(_, at)| at + NAME_REUSE_DELAY)
        .filter(|until| now < *until)
        .max()
}

/// The rule refusing an edit of `r` whose differing parts are `changes`, if any.
pub(super) fn edit_refusal(r: &RemoteTemplate, changes: &[String], now: i64) -> Option<String> {
    let status = r.status.to_ascii_uppercase();
    if !matches!(status.as_str(), "APPROVED" | "REJECTED" | "PAUSED") {
        return Some(format!(
            "status-not-editable: only APPROVED, REJECTED or PAUSED templates can be edited (status {status})"
        ));
    }
    if changes.iter().any(|c| c == "parameter_format") {
        return Some(
            "field-not-editable: only the category, components and message_send_ttl_seconds of a template can be \
             edited, not its parameter_format (create it under a new name)"
                .into(),
        );
    }
    if status != "APPROVED" {
        return None;
    }
    if changes.iter().any(|c| c == "category") {
        return Some("approved-category-change: the category of an APPROVED template cannot change".into());
    }
    if let Some(last) = r.last_edits.iter().copied().filter(|t| now - t < EDIT_WINDOW_SHORT).max() {
        return Some(format!(
            "edit-limit-24h: an approved template can be edited once per 24 hours (last edit {}, next edit possible \
             {})",
            time::format_utc(last),
            time::format_utc(last + EDIT_WINDOW_SHORT)
        ));
    }
    let mut recent: Vec<i64> = r.last_edits.iter().copied().filter(|t| now - t < EDIT_WINDOW_LONG).collect();
    if recent.len() >= EDITS_PER_LONG_WINDOW {
        recent.sort_unstable();
        // the edit that must leave the window before another one is allowed
        let oldest_needed = recent[recent.len() - EDITS_PER_LONG_WINDOW];
        return Some(format!(
            "edit-limit-30d: an approved template can be edited 10 times per 30 days ({} edits since {}, next edit \
             possible {})",
            recent.len(),
            time::format_utc(now - EDIT_WINDOW_LONG),
            time::format_utc(oldest_needed + EDIT_WINDOW_LONG)
        ));
    }
    None
}

/// For a template whose file matches it: what its account status means, when that needs attention.
pub(super) fn status_note(r: &RemoteTemplate) -> Option<String> {
    let reason = r.rejected_reason.as_deref().filter(|x| !x.is_empty() && !x.eq_ignore_ascii_case("NONE"));
    match r.status.to_ascii_uppercase().as_str() {
        "REJECTED" => Some(format!(
            "matches its file, but Meta rejected it{}: change the file, then apply resubmits it as an edit",
            reason.map(|x| format!(" ({x})")).unwrap_or_default()
        )),
        "PAUSED" => Some(
            "matches its file, but Meta paused it for low quality: it cannot be sent until Meta unpauses it".into(),
        ),
        "DISABLED" => Some("matches its file, but Meta disabled it for low quality: it can no longer be sent".into()),
        _ => None,
    }
}
