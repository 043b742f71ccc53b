//! Number and account webhooks: quality, display name, account updates and
//! reviews, business capabilities.

use serde_json::{Value, json};

use super::{Context, Options};

/// `phone_number_quality_update` events.
pub const PHONE_QUALITY: &[&str] =
    &["FLAGGED", "UNFLAGGED", "DOWNGRADE", "UPGRADE", "ONBOARDING", "THROUGHPUT_UPGRADE"];
/// Review decisions.
pub const DECISIONS: &[&str] = &["APPROVED", "REJECTED", "DEFERRED", "PENDING"];
/// `account_update` events.
pub const ACCOUNT_EVENTS: &[&str] = &[
    "ACCOUNT_RESTRICTION",
    "ACCOUNT_VIOLATION",
    "DISABLED_UPDATE",
    "ACCOUNT_DELETED",
    "VERIFIED_ACCOUNT",
    "PARTNER_ADDED",
    "PARTNER_REMOVED",
    "ACCOUNT_OFFBOARDED",
    "ACCOUNT_RECONNECTED",
];
/// `business_capability_update` variants.
pub const CAPABILITIES: &[&str] = &["messaging_limit", "phone_numbers"];

/// The value of a number or account event.
pub fn value(kind: &str, variant: &str, ctx: &Context, options: &Options) -> Value {
    match kind {
        "phone-quality" => {
            let (old, new) = match variant {
                "UPGRADE" => ("TIER_2K", "TIER_10K"),
                "DOWNGRADE" => ("TIER_10K", "TIER_2K"),
                _ => ("TIER_2K", "TIER_2K"),
            };
            let new = options.reason.as_deref().unwrap_or(new);
            let mut v =
                json!({ "display_phone_number": ctx.display_phone_number, "event": variant, "current_limit": new });
            if matches!(variant, "UPGRADE" | "DOWNGRADE") {
                v["old_limit"] = json!(old);
            }
            v
        }
        "phone-name" => {
            let mut v = json!({ "display_phone_number": ctx.display_phone_number, "decision": variant,
                                "requested_verified_name": options.text.as_deref().unwrap_or("Sandbox Shop") });
            v["rejection_reason"] = json!(if variant == "REJECTED" {
                options.reason.as_deref().unwrap_or("NAME_FORMAT_UNACCEPTABLE")
            } else {
                "NONE"
            });
            v
        }
        "account-review" => json!({ "decision": variant }),
        "business-capability" => match variant {
            "phone_numbers" => json!({ "max_phone_numbers_per_business": 20 }),
            _ => json!({ "max_daily_conversation_per_phone": 10000, "max_phone_numbers_per_business": 2,
                         "max_daily_conversations_per_business": options.reason.as_deref().unwrap_or("TIER_10K") }),
        },
        _ => account_update(variant, ctx, options),
    }
}

fn account_update(event: &str, ctx: &Context, options: &Options) -> Value {
    let mut v = json!({ "phone_number": ctx.display_phone_number, "event": event });
    match event {
        "ACCOUNT_RESTRICTION" => {
            let expiration = ctx.time + 7 * 24 * 3600;
            v["restriction_info"] = json!([{ "restriction_type": options.reason.as_deref().unwrap_or("RESTRICTED_BIZ_INITIATED_MESSAGING"),
                                             "expiration": expiration }]);
        }
        "ACCOUNT_VIOLATION" => {
            v["violation_info"] = json!({ "violation_type": options.reason.as_deref().unwrap_or("SPAM") });
        }
        "DISABLED_UPDATE" => {
            v["ban_info"] = json!({ "waba_ban_state": options.reason.as_deref().unwrap_or("DISABLE"), "waba_ban_date": ctx.time.to_string() });
        }
        _ => {}
    }
    v
}
