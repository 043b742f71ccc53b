//! Fields of the template node (`WhatsAppBusinessHSM`, `GET /{template-id}`
//! and the items of `GET /{waba-id}/message_templates`).

use serde_json::json;

use super::{opt_text, text, value};
use crate::sandbox::fields::{self, Lookup};
use crate::sandbox::templates::store::Template;

/// Graph's node type of a template (the `whats-app-business-hsm` reference page).
pub(crate) const NODE_TYPE: &str = "WhatsAppBusinessHSM";

/// Default fields (doc §6.1, Meta's sample order).
pub(crate) const DEFAULTS: &[&str] =
    &["name", "parameter_format", "components", "language", "status", "category", "id"];

pub(crate) struct View<'a> {
    pub t: &'a Template,
}

type Getter = fn(&View<'_>) -> Lookup;

/// The catalogue. Sources: ref (HSM node reference), doc (graph-api.md §6.2),
/// spec (`GET /{TEMPLATE_ID}` example), client (pywa `TemplateDetails`).
pub(crate) const FIELDS: &[(&str, Getter)] = &[
    ("id", |v| text(&v.t.id)),                                                       // ref, spec
    ("name", |v| text(&v.t.name)),                                                   // ref, spec
    ("language", |v| text(&v.t.language)),                                           // ref, spec
    ("status", |v| text(&v.t.status)),                                               // ref, spec
    ("category", |v| text(&v.t.category)),                                           // ref, spec
    ("components", |v| value(v.t.components.clone())),                               // ref, spec
    ("parameter_format", |v| text(&v.t.parameter_format)),                           // doc, client
    ("rejected_reason", |v| text(v.t.rejected_reason.as_deref().unwrap_or("NONE"))), // ref, doc
    ("quality_score", quality_score),                                                // ref, doc, client
    ("previous_category", |v| opt_text(v.t.previous_category.as_deref())),           // ref, client
    ("cta_url_link_tracking_opted_out", |_| value(json!(false))),                    // doc, client
    ("sub_category", |_| Lookup::Absent),                                            // ref, client (unset)
    ("message_send_ttl_seconds", |_| Lookup::Absent),                                // ref, client (unset)
    ("library_template_name", |_| Lookup::Absent),                                   // client (not from the library)
    ("correct_category", |_| Lookup::Absent),                                        // client (no recategorisation)
    ("degrees_of_freedom_spec", |_| Lookup::Absent), // client (no creative optimisation set)
];

/// Looks `name` up in [`FIELDS`].
pub(crate) fn lookup(v: &View<'_>, name: &str) -> Lookup {
    fields::find(FIELDS, name).map_or(Lookup::Unknown, |get| get(v))
}

/// `{"score", "date"}` (unix seconds of the review of the scored content).
fn quality_score(v: &View<'_>) -> Lookup {
    match &v.t.quality_score {
        Some(q) => value(json!({ "score": q.score, "date": v.t.submitted_at_ms.div_euclid(1000) })),
        None => Lookup::Absent,
    }
}
