//! The templates the sandbox's world starts with: one of each status that matters to
//! `templates list`, `wait`, `delete` and `apply` (approved in two languages, rejected,
//! paused, disabled).

use serde_json::json;

use super::store::{FIRST_ID, HOUR_MS, QualityScore, Template, TemplateStore};

impl TemplateStore {
    /// The seeded templates of `waba_id` (fixed times in 2025, so nothing is pending).
    pub fn seed(waba_id: &str) -> Self {
        let t0 = 1_735_725_600_000; // 2025-01-01T10:00:00Z
        let seeds = [
            (
                "order_update",
                "en_US",
                "UTILITY",
                "NAMED",
                json!([{"type": "BODY", "text": "Thank you, {{first_name}}! Your order number is {{order_number}}.",
                    "example": {"body_text_named_params": [
                        {"param_name": "first_name", "example": "Pablo"},
                        {"param_name": "order_number", "example": "860198-230332"}]}}]),
                "APPROVED",
                None,
                Some("GREEN"),
            ),
            (
                "order_update",
                "es_ES",
                "UTILITY",
                "NAMED",
                json!([{"type": "BODY", "text": "¡Gracias, {{first_name}}! Tu número de pedido es {{order_number}}.",
                    "example": {"body_text_named_params": [
                        {"param_name": "first_name", "example": "Pablo"},
                        {"param_name": "order_number", "example": "860198-230332"}]}}]),
                "APPROVED",
                None,
                Some("UNKNOWN"),
            ),
            (
                "seasonal_promotion",
                "en",
                "MARKETING",
                "POSITIONAL",
                json!([{"type": "BODY", "text": "Shop now through {{1}} and use code {{2}} to get {{3}}",
                    "example": {"body_text": [["the end of August", "25OFF", "25%"]]}}]),
                "REJECTED",
                Some("INVALID_FORMAT"),
                None,
            ),
            (
                "delivery_reminder",
                "en_US",
                "UTILITY",
                "POSITIONAL",
                json!([{"type": "BODY", "text": "Your parcel {{1}} arrives tomorrow between {{2}}.",
                    "example": {"body_text": [["A-1042", "9:00 and 12:00"]]}}]),
                "PAUSED",
                None,
                Some("RED"),
            ),
            (
                "legacy_coupon",
                "en_US",
                "MARKETING",
                "POSITIONAL",
                json!([{"type": "BODY", "text": "Your coupon {{1}} is waiting for you.",
                    "example": {"body_text": [["SAVE10"]]}}]),
                "DISABLED",
                None,
                Some("RED"),
            ),
        ];
        let mut store = TemplateStore::default();
        for (i, (name, language, category, format, components, status, reason, quality)) in
            seeds.into_iter().enumerate()
        {
            let seq = store.next_seq().unwrap_or(i as u64 + 1);
            let at = t0 + i64::try_from(i).unwrap_or(0) * HOUR_MS;
            store.templates.push(Template {
                id: (FIRST_ID + seq).to_string(),
                waba_id: waba_id.into(),
                name: name.into(),
                language: language.into(),
                category: category.into(),
                parameter_format: format.into(),
                components,
                status: status.into(),
                rejected_reason: reason.map(str::to_owned),
                quality_score: quality.map(|s| QualityScore { score: s.into() }),
                previous_category: None,
                created_at_ms: at,
                submitted_at_ms: at,
                edits_ms: Vec::new(),
                pauses: 0,
                paused_until_ms: None,
            });
        }
        store
    }
}
