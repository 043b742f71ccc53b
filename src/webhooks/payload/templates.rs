//! Template webhooks: status, quality and category updates.

use serde_json::{Value, json};

use super::Options;

/// `message_template_status_update` events.
pub const STATUS_EVENTS: &[&str] = &[
    "APPROVED",
    "REJECTED",
    "PENDING",
    "PAUSED",
    "DISABLED",
    "FLAGGED",
    "REINSTATED",
    "IN_APPEAL",
    "ARCHIVED",
    "DELETED",
];
/// New quality scores.
pub const QUALITY: &[&str] = &["YELLOW", "RED", "GREEN", "UNKNOWN"];
/// New categories.
pub const CATEGORIES: &[&str] = &["MARKETING", "UTILITY", "AUTHENTICATION"];

fn ids(options: &Options) -> Value {
    json!({
        "message_template_id": options.template_id.as_deref().and_then(|i| i.parse::<u64>().ok()).unwrap_or(1_300_000_000_000_001),
        "message_template_name": options.template_name.as_deref().unwrap_or("order_update"),
        "message_template_language": options.template_language.as_deref().unwrap_or("en_US"),
    })
}

/// The value of a `message_template_status_update`.
pub fn status(event: &str, options: &Options) -> Value {
    let mut v = ids(options);
    v["event"] = json!(event);
    v["message_template_category"] = json!(options.category.as_deref().unwrap_or("UTILITY").to_uppercase());
    let reason = match event {
        "REJECTED" => options.reason.as_deref().unwrap_or("INVALID_FORMAT"),
        _ => options.reason.as_deref().unwrap_or("NONE"),
    };
    v["reason"] = json!(reason);
    match event {
        "REJECTED" if reason == "INVALID_FORMAT" => {
            v["rejection_info"] = json!({ "reason": "The template's variables are not formatted correctly.",
                                          "recommendation": "Use {{1}}-style variables with sample values." });
        }
        "PAUSED" => {
            let (title, hours) = if options.pause == Some(2) { ("SECOND_PAUSE", 6) } else { ("FIRST_PAUSE", 3) };
            v["other_info"] = json!({ "title": title,
                "description": format!("Your message template has been paused for {hours} hours due to low quality.") });
        }
        "DISABLED" => {
            v["other_info"] = json!({ "title": "DISABLED", "description": "Your message template has been disabled due to low quality." })
        }
        "REINSTATED" => {
            v["other_info"] = json!({ "title": "UNPAUSE", "description": "Your message template is active again." })
        }
        _ => {}
    }
    v
}

/// The value of a `message_template_quality_update`.
pub fn quality(new: &str, options: &Options) -> Value {
    let mut v = ids(options);
    let previous = options.reason.as_deref().unwrap_or(if new == "GREEN" { "YELLOW" } else { "GREEN" });
    v["previous_quality_score"] = json!(previous);
    v["new_quality_score"] = json!(new);
    v
}

/// The value of a `template_category_update`.
pub fn category(new: &str, options: &Options) -> Value {
    let mut v = ids(options);
    let previous = options
        .category
        .as_deref()
        .map(str::to_uppercase)
        .unwrap_or_else(|| if new == "MARKETING" { "UTILITY".into() } else { "MARKETING".into() });
    v["previous_category"] = json!(previous);
    v["new_category"] = json!(new);
    v
}
