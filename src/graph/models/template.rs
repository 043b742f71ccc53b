//! Message templates (`GET /{waba-id}/message_templates`, `GET /{template-id}`).
//!
//! Drift: unknown enum values are kept ([`TemplateStatus::Other`], ...), and fields this
//! version does not model are kept in [`MessageTemplate::extra`]. `extra` is flattened
//! on both sides, so serialising a template gives back Meta's object with Meta's field
//! names: the modelled fields under their own names, the others as they came. Only
//! fields absent from Meta's answer are left out (never written as `null`).

use serde::{Deserialize, Serialize};

use super::id::Id;
use super::open_enum::open_enum;
use super::phone::QualityRating;

open_enum! {
    /// Review status of a template. The node reference lists the first nine; the
    /// status webhook adds the rest.
    TemplateStatus {
        /// Approved: can be sent.
        Approved => "APPROVED",
        /// Under review.
        Pending => "PENDING",
        /// Rejected by review; see `rejected_reason`.
        Rejected => "REJECTED",
        /// Paused for low quality.
        Paused => "PAUSED",
        /// Disabled (paused too often).
        Disabled => "DISABLED",
        /// A rejection is being appealed.
        InAppeal => "IN_APPEAL",
        /// Flagged for low quality; will be disabled unless quality improves.
        Flagged => "FLAGGED",
        /// The WABA's template limit was reached.
        LimitExceeded => "LIMIT_EXCEEDED",
        /// Deletion requested, still in flight.
        PendingDeletion => "PENDING_DELETION",
        /// Deleted.
        Deleted => "DELETED",
        /// Archived after 12 months of inactivity.
        Archived => "ARCHIVED",
        /// Locked: cannot be edited.
        Locked => "LOCKED",
        /// Reinstated after an appeal or a quality recovery.
        Reinstated => "REINSTATED",
    }
}

open_enum! {
    /// Template category. Older templates may carry legacy categories
    /// (e.g. `TRANSACTIONAL`), kept as [`TemplateCategory::Other`].
    TemplateCategory {
        /// Marketing.
        Marketing => "MARKETING",
        /// Utility.
        Utility => "UTILITY",
        /// Authentication (one-time passwords).
        Authentication => "AUTHENTICATION",
    }
}

/// A message template (`GET /{template-id}`, items of `/{waba-id}/message_templates`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageTemplate {
    /// Template id (the `hsm_id` of a delete).
    pub id: Id,
    /// Name, shared by all languages of the template.
    pub name: String,
    /// Language code, e.g. `en_US`.
    pub language: String,
    /// Review status.
    pub status: TemplateStatus,
    /// Category.
    pub category: TemplateCategory,
    /// `POSITIONAL` or `NAMED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameter_format: Option<String>,
    /// Components (`HEADER`, `BODY`, `FOOTER`, `BUTTONS`, ...), kept verbatim.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub components: serde_json::Value,
    /// Why review rejected it: `ABUSIVE_CONTENT`, `INVALID_FORMAT`, `NONE`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected_reason: Option<String>,
    /// Quality of the template, from recipients' feedback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quality_score: Option<QualityScore>,
    /// The category before Meta re-categorised it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_category: Option<TemplateCategory>,
    /// `CUSTOM`, `ORDER_DETAILS`, `ORDER_STATUS`, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_category: Option<String>,
    /// Whether URL-button click tracking is turned off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cta_url_link_tracking_opted_out: Option<bool>,
    /// Time to live of an authentication template's messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_send_ttl_seconds: Option<i64>,
    /// Fields this version of waba does not model, kept as Meta sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A template's quality score: `{"score": "GREEN", "date": 1700000000}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QualityScore {
    /// `GREEN`, `YELLOW`, `RED` or `UNKNOWN`.
    pub score: QualityRating,
    /// When it was rated (Unix seconds), if Meta says.
    #[serde(default, deserialize_with = "super::lenient::unix", skip_serializing_if = "Option::is_none")]
    pub date: Option<i64>,
}

/// The answer to a template creation: `{"id": "...", "status": "PENDING", "category": "MARKETING"}`.
///
/// `status` and `category` are optional: the template exists once an id came back, and a
/// missing field must not turn a successful create into an error (that would invite a
/// second, duplicate create).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreatedTemplate {
    /// The new template's id.
    pub id: Id,
    /// Its review status (usually `PENDING`; `APPROVED` or `REJECTED` when decided at once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TemplateStatus>,
    /// The category Meta assigned (may differ from the one asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<TemplateCategory>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn drift_is_kept_and_serialised_back_with_meta_names() {
        let raw = json!({
            "id": 1214624639427985u64,
            "name": "welcome",
            "language": "en_US",
            "status": "UNDER_SOME_NEW_REVIEW",
            "category": "UTILITY",
            "previous_category": "TRANSACTIONAL",
            "quality_score": {"score": "YELLOW", "date": "1700000000", "reasons": null},
            "components": [{"type": "BODY", "text": "Hi {{1}}"}],
            "library_template_name": "order_update_1",
        });
        let t: MessageTemplate = serde_json::from_value(raw).unwrap();
        assert_eq!(t.id.as_str(), "1214624639427985");
        assert_eq!(t.status, TemplateStatus::Other("UNDER_SOME_NEW_REVIEW".into()));
        assert_eq!(t.previous_category, Some(TemplateCategory::Other("TRANSACTIONAL".into())));
        assert_eq!(t.quality_score.as_ref().map(|q| q.date), Some(Some(1_700_000_000)));
        assert_eq!(t.extra.get("library_template_name"), Some(&json!("order_update_1")));

        let back = serde_json::to_value(&t).unwrap();
        assert_eq!(back["id"], "1214624639427985");
        assert_eq!(back["status"], "UNDER_SOME_NEW_REVIEW");
        assert_eq!(back["previous_category"], "TRANSACTIONAL");
        assert_eq!(back["components"][0]["text"], "Hi {{1}}");
        assert_eq!(back["library_template_name"], "order_update_1");
        assert!(back.get("extra").is_none(), "extra is flattened: {back}");
        assert!(back.get("rejected_reason").is_none(), "absent fields are not written as null");
        // Round trip is stable.
        let again: MessageTemplate = serde_json::from_value(back).unwrap();
        assert_eq!(again, t);
    }

    #[test]
    fn created_tolerates_a_bare_id() {
        let c: CreatedTemplate = serde_json::from_str(r#"{"id":"594425479261596"}"#).unwrap();
        assert_eq!(c.status, None);
        let c: CreatedTemplate =
            serde_json::from_str(r#"{"id":"1","status":"PENDING","category":"MARKETING"}"#).unwrap();
        assert_eq!(c.status, Some(TemplateStatus::Pending));
        assert_eq!(c.category, Some(TemplateCategory::Marketing));
    }
}
