//! Fields of the `Business` node (business portfolio, `GET /{business-id}`).

use serde_json::json;

use super::{text, value};
use crate::sandbox::fields::{self, Lookup};
use crate::sandbox::version::ApiVersion;
use crate::sandbox::world::World;

pub(crate) const NODE_TYPE: &str = "Business";

/// Default fields (spec `getBusinessPortfolio…` example without `fields`).
pub(crate) const DEFAULTS: &[&str] = &["id", "name"];

pub(crate) struct View<'a> {
    pub world: &'a World,
    pub version: ApiVersion,
}

type Getter = fn(&View<'_>) -> Lookup;

/// The catalogue. Sources: spec (`getBusinessPortfolioSpecificFields`,
/// `BusinessSummary`), ref (Business node reference / SDK field list), doc.
pub(crate) const FIELDS: &[(&str, Getter)] = &[
    ("id", |v| text(&v.world.business.id)),     // spec, ref
    ("name", |v| text(&v.world.business.name)), // spec, ref
    ("verification_status", |v| text(&v.world.business.verification_status)), // spec, ref
    ("timezone_id", |v| value(json!(v.world.business.timezone_id))), // spec, ref (a number)
    ("created_time", |v| text(&v.world.business.created_time)), // ref
    ("updated_time", |v| text(&v.world.business.created_time)), // ref (never updated)
    ("extended_updated_time", |v| text(&v.world.business.created_time)), // ref
    ("link", |v| text(&format!("https://business.facebook.com/settings/info?business_id={}", v.world.business.id))), // ref
    ("is_hidden", |_| value(json!(false))),                                  // ref
    ("two_factor_type", |_| text("none")),                                   // ref
    ("vertical", |_| text("RETAIL")),                                        // ref
    ("block_offline_analytics", |_| value(json!(false))),                    // ref
    ("whatsapp_business_manager_messaging_limit", messaging_limit),          // ref, doc §5.2 (v24+)
    ("primary_page", |_| Lookup::Absent),                                    // ref (no Page linked)
    ("profile_picture_uri", |_| Lookup::Absent),                             // ref (unset)
    ("payment_account_id", |_| Lookup::Absent),                              // ref (unset)
    ("vertical_id", |_| Lookup::Absent),                                     // ref (unset)
    ("user_access_expire_time", |_| Lookup::Absent),                         // ref (unset)
    ("created_by", |_| Lookup::Unserved),                                    // ref (a user node)
    ("updated_by", |_| Lookup::Unserved),                                    // ref (a user node)
    ("marketing_messages_onboarding_status", |_| Lookup::Unserved),          // ref
    ("collaborative_ads_managed_partner_business_info", |_| Lookup::Absent), // ref (none)
    ("collaborative_ads_managed_partner_eligibility", |_| Lookup::Unserved), // ref
    ("collaborative_ads_partner_premium_options", |_| Lookup::Absent),       // ref (none)
];

/// Looks `name` up in [`FIELDS`].
pub(crate) fn lookup(v: &View<'_>, name: &str) -> Lookup {
    fields::find(FIELDS, name).map_or(Lookup::Unknown, |get| get(v))
}

fn messaging_limit(v: &View<'_>) -> Lookup {
    if v.version.has_portfolio_messaging_limit() { text(&v.world.business.messaging_limit) } else { Lookup::Unknown }
}
