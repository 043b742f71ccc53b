//! Fields of the `WhatsAppBusinessAccount` node (`GET /{waba-id}`).

use serde_json::json;

use super::{health, text, value};
use crate::sandbox::fields::{self, Lookup};
use crate::sandbox::version::ApiVersion;
use crate::sandbox::world::{Waba, World};

pub(crate) const NODE_TYPE: &str = "WhatsAppBusinessAccount";

/// Default fields ([ref] "Default" marks, graph-api.md §5.1), `id` first as Meta shows it.
pub(crate) const DEFAULTS: &[&str] = &["id", "name", "timezone_id", "message_template_namespace", "currency"];

pub(crate) struct View<'a> {
    pub world: &'a World,
    pub waba: &'a Waba,
    pub version: ApiVersion,
}

type Getter = fn(&View<'_>) -> Lookup;

/// The catalogue. Sources: spec (`WhatsAppBusinessAccount*` schemas), ref
/// (node reference / SDK field list), doc (graph-api.md §5.1), client (pywa).
pub(crate) const FIELDS: &[(&str, Getter)] = &[
    ("id", |v| text(&v.waba.id)),                                                 // spec, ref
    ("name", |v| text(&v.waba.name)),                                             // spec, ref
    ("timezone_id", |v| text(&v.waba.timezone_id)),                               // spec, ref
    ("message_template_namespace", |v| text(&v.waba.message_template_namespace)), // spec, ref
    ("currency", |v| text(&v.waba.currency)),                                     // spec, ref
    ("account_review_status", |v| text(&v.waba.account_review_status)),           // spec, ref
    ("business_verification_status", |v| text(&v.waba.business_verification_status)), // spec, ref
    ("country", |v| text(&v.waba.country)),                                       // spec, ref
    ("ownership_type", |v| text(&v.waba.ownership_type)),                         // spec, ref
    ("is_enabled_for_insights", |v| value(json!(v.waba.is_enabled_for_insights))), // spec, ref
    ("owner_business_info", owner_info),                                          // ref, client
    ("on_behalf_of_business_info", owner_info),                                   // spec, ref, client
    ("owner_business", |v| value(json!({ "id": v.world.business.id, "name": v.world.business.name }))), // ref
    ("status", |v| text(&v.waba.status)),                                         // ref, client
    ("health_status", |v| value(health::of_waba(v.world, v.waba))),               // ref, client
    ("subscribed_apps", subscribed_apps),                                         // spec, ref, client
    ("marketing_messages_lite_api_status", |v| text(&v.waba.marketing_messages_lite_api_status)), // ref, client
    ("marketing_messages_onboarding_status", |v| text(&v.waba.marketing_messages_onboarding_status)), // ref, client
    ("disable_marketing_messages_on_cloud_api", |v| value(json!(v.waba.disable_marketing_messages_on_cloud_api))), // ref, client
    ("primary_business_location", |v| text(&v.waba.primary_business_location)), // spec, ref
    ("creation_time", |v| value(json!(v.waba.creation_time))),                  // ref
    ("is_shared_with_partners", |_| value(json!(false))),                       // ref
    ("template_auto_archival_enabled", |v| value(json!(v.waba.template_auto_archival_enabled))), // ref
    ("whatsapp_business_manager_messaging_limit", messaging_limit),             // ref (v24+)
    ("whatsapp_manager_marketing_messages_max_price_enroll_status", |_| text("OPT_OUT")), // ref
    ("primary_funding_id", |_| Lookup::Absent),                                 // ref, doc (unset)
    ("purchase_order_number", |_| Lookup::Absent),                              // spec, ref (unset)
    ("audiences", |_| Lookup::Absent),                                          // spec (none)
    ("dcc_config", |_| Lookup::Absent),                                         // spec (unset)
    ("schedules", |_| Lookup::Unserved),                                        // spec (an edge)
    ("message_templates", |_| Lookup::Unserved), // spec (an edge: use /message_templates)
    ("phone_numbers", |_| Lookup::Unserved),     // spec (an edge: use /phone_numbers)
    ("analytics", |_| Lookup::Unserved),         // ref, doc §9
    ("conversation_analytics", |_| Lookup::Unserved), // ref, doc §9
    ("pricing_analytics", |_| Lookup::Unserved), // ref, doc §9
    ("template_analytics", |_| Lookup::Unserved), // ref, doc §9
    ("call_analytics", |_| Lookup::Unserved),    // ref
    ("group_analytics", |_| Lookup::Unserved),   // ref
    ("template_group_analytics", |_| Lookup::Unserved), // ref
    ("auth_international_rate_eligibility", |_| Lookup::Unserved), // ref
    ("linked_commerce_account", |_| Lookup::Absent), // ref (none linked)
    ("marketing_messages_ad_account", |_| Lookup::Absent), // ref (none linked)
];

/// Looks `name` up in [`FIELDS`].
pub(crate) fn lookup(v: &View<'_>, name: &str) -> Lookup {
    fields::find(FIELDS, name).map_or(Lookup::Unknown, |get| get(v))
}

fn owner_info(v: &View<'_>) -> Lookup {
    let b = &v.world.business;
    if b.id == v.waba.owner_business_id { value(json!({ "name": b.name, "id": b.id })) } else { Lookup::Absent }
}

/// The `subscribed_apps` edge read as a field (same items as `GET /{waba-id}/subscribed_apps`).
fn subscribed_apps(v: &View<'_>) -> Lookup {
    Lookup::Edge(crate::sandbox::subscribed_apps::items(v.world, &v.waba.id))
}

/// The portfolio's limit on v24.0 and newer (before, the field did not exist).
fn messaging_limit(v: &View<'_>) -> Lookup {
    if v.version.has_portfolio_messaging_limit() { text(&v.world.business.messaging_limit) } else { Lookup::Unknown }
}
