//! World diffs: what of the world webhooks report (templates' status and
//! quality, numbers' quality rating and messaging limit, accounts' status,
//! the business's verification), compared between two ticks. Whatever changes
//! the world — a review deciding, a later `sandbox trigger` — is reported
//! without being told.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::outbox::NewItem;
use super::scan::context;
use crate::sandbox::world::World;
use crate::webhooks::payload::{self, Options};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateSnap {
    waba_id: String,
    name: String,
    language: String,
    category: String,
    status: String,
    reason: Option<String>,
    quality: Option<String>,
    #[serde(default)]
    pauses: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneSnap {
    waba_id: String,
    quality_rating: String,
    tier: String,
    /// `name_status` and `new_name_status`, and the name each is about.
    #[serde(default)]
    name_status: String,
    #[serde(default)]
    new_name_status: Option<String>,
    #[serde(default)]
    requested_name: String,
    #[serde(default)]
    name_rejection: Option<String>,
}

/// The reported part of a world.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    templates: BTreeMap<String, TemplateSnap>,
    phones: BTreeMap<String, PhoneSnap>,
    wabas: BTreeMap<String, String>,
    verification: String,
}

impl Snapshot {
    pub fn of(world: &World) -> Snapshot {
        let templates = world
            .templates
            .templates
            .iter()
            .map(|t| {
                let snap = TemplateSnap {
                    waba_id: t.waba_id.clone(),
                    name: t.name.clone(),
                    language: t.language.clone(),
                    category: t.category.clone(),
                    status: t.status.clone(),
                    reason: t.rejected_reason.clone(),
                    quality: t.quality_score.as_ref().map(|q| q.score.clone()),
                    pauses: t.pauses,
                };
                (t.id.clone(), snap)
            })
            .collect();
        let phones = world
            .phone_numbers
            .iter()
            .map(|p| {
                let snap = PhoneSnap {
                    waba_id: p.waba_id.clone(),
                    quality_rating: p.quality_rating.clone(),
                    tier: p.messaging_limit_tier.clone(),
                    name_status: p.name_status.clone(),
                    new_name_status: p.new_name_status.clone(),
                    requested_name: p.new_display_name.clone().unwrap_or_else(|| p.verified_name.clone()),
                    name_rejection: p.lifecycle.name_rejection.clone(),
                };
                (p.id.clone(), snap)
            })
            .collect();
        let wabas = world.wabas.iter().map(|w| (w.id.clone(), w.status.clone())).collect();
        Snapshot { templates, phones, wabas, verification: world.business.verification_status.clone() }
    }

    /// The events that take `self` to `next` (of `world`), at `now_ms`.
    pub fn events(&self, next: &Snapshot, world: &World, now_ms: i64) -> Vec<NewItem> {
        let mut out = Vec::new();
        let primary = world.identity().phone_number_id;
        let mut push = |kind: &str, waba_id: &str, phone: &str, options: Options, key: String| {
            let ctx = context(world, phone, "", now_ms);
            let ctx = payload::Context { waba_id: waba_id.to_owned(), ..ctx };
            let Ok(body) = payload::build(kind, &ctx, &options) else { return };
            let field = payload::kind(kind).map_or("", |k| k.field);
            out.push(NewItem {
                key: format!("{key}:{now_ms}"),
                waba_id: waba_id.to_owned(),
                phone_number_id: (!phone.is_empty()).then(|| phone.to_owned()),
                field: field.to_owned(),
                body: body.to_string(),
                due_ms: now_ms,
            });
        };
        for (id, t) in &next.templates {
            let before = self.templates.get(id);
            let ids = || Options {
                template_id: Some(id.clone()),
                template_name: Some(t.name.clone()),
                template_language: Some(t.language.clone()),
                category: Some(t.category.clone()),
                ..Options::default()
            };
            let status_changed = before.map_or(t.status != "PENDING", |b| b.status != t.status);
            if status_changed && is_variant("template-status", &t.status) {
                let reason = t.reason.clone().filter(|r| !r.is_empty());
                let options = Options { variant: Some(t.status.clone()), reason, pause: Some(t.pauses), ..ids() };
                push("template-status", &t.waba_id, "", options, format!("template:{id}:{}", t.status));
            }
            let previous = before.and_then(|b| b.quality.clone());
            if let Some(q) = t.quality.as_ref().filter(|q| previous.as_ref() != Some(*q) && before.is_some()) {
                if is_variant("template-quality", q) {
                    let reason = Some(previous.unwrap_or_else(|| "UNKNOWN".into()));
                    let options = Options { variant: Some(q.clone()), reason, ..ids() };
                    push("template-quality", &t.waba_id, "", options, format!("template-quality:{id}:{q}"));
                }
            }
        }
        for (id, p) in &next.phones {
            let Some(before) = self.phones.get(id) else { continue };
            if before.quality_rating != p.quality_rating {
                let event = if p.quality_rating.eq_ignore_ascii_case("RED") {
                    Some("FLAGGED")
                } else if before.quality_rating.eq_ignore_ascii_case("RED") {
                    Some("UNFLAGGED")
                } else {
                    None
                };
                if let Some(e) = event {
                    let options =
                        Options { variant: Some(e.into()), reason: Some(p.tier.clone()), ..Options::default() };
                    push("phone-quality", &p.waba_id, id, options, format!("phone:{id}:{e}"));
                }
            }
            if let Some(decision) = name_decision(before, p) {
                let reason = (decision == "REJECTED")
                    .then(|| crate::sandbox::lifecycle::review::NAME_FORMAT_UNACCEPTABLE.to_owned());
                let options = Options {
                    variant: Some(decision.into()),
                    text: Some(p.requested_name.clone()),
                    reason,
                    ..Options::default()
                };
                push("phone-name", &p.waba_id, id, options, format!("phone-name:{id}:{}:{decision}", p.requested_name));
            }
            if before.tier != p.tier {
                let e = if tier_rank(&p.tier) > tier_rank(&before.tier) { "UPGRADE" } else { "DOWNGRADE" };
                let options = Options { variant: Some(e.into()), reason: Some(p.tier.clone()), ..Options::default() };
                push("phone-quality", &p.waba_id, id, options, format!("phone:{id}:{}", p.tier));
            }
        }
        for (id, status) in &next.wabas {
            let Some(before) = self.wabas.get(id).filter(|b| *b != status) else { continue };
            let upper = status.to_ascii_uppercase();
            let event = if upper.contains("RESTRICT") {
                "ACCOUNT_RESTRICTION"
            } else if upper.contains("BAN") || upper.contains("DISABLE") {
                "DISABLED_UPDATE"
            } else {
                continue;
            };
            tracing::debug!(waba = id, from = before, to = status, "sandbox: account status changed");
            let options = Options { variant: Some(event.into()), ..Options::default() };
            push("account-update", id, &primary, options, format!("account:{id}:{status}"));
        }
        if self.verification != next.verification && next.verification.eq_ignore_ascii_case("verified") {
            for id in next.wabas.keys() {
                let options = Options { variant: Some("VERIFIED_ACCOUNT".into()), ..Options::default() };
                push("account-update", id, &primary, options, format!("account:{id}:verified"));
            }
        }
        out
    }
}

/// `APPROVED` or `REJECTED` when a display-name review was decided between two snapshots.
fn name_decision(before: &PhoneSnap, now: &PhoneSnap) -> Option<&'static str> {
    let decided = |s: &str| match s {
        "APPROVED" => Some("APPROVED"),
        "DECLINED" => Some("REJECTED"),
        _ => None,
    };
    let new_changed = now.new_name_status != before.new_name_status;
    if new_changed && before.new_name_status.as_deref() == Some("PENDING_REVIEW") {
        return now.new_name_status.as_deref().and_then(decided);
    }
    if now.name_status != before.name_status && before.name_status == "PENDING_REVIEW" {
        return decided(&now.name_status);
    }
    None
}

fn is_variant(kind: &str, variant: &str) -> bool {
    payload::kind(kind).is_some_and(|k| k.variants.iter().any(|v| v.eq_ignore_ascii_case(variant)))
}

/// Order of messaging limit tiers (unknown ones lowest).
fn tier_rank(tier: &str) -> u8 {
    match tier.to_ascii_uppercase().as_str() {
        "TIER_50" => 1,
        "TIER_250" => 2,
        "TIER_1K" => 3,
        "TIER_2K" => 4,
        "TIER_10K" => 5,
        "TIER_100K" => 6,
        "TIER_UNLIMITED" => 7,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn fields(items: &[NewItem]) -> Vec<(String, Value)> {
        items
            .iter()
            .map(|i| {
                let v: Value = serde_json::from_str(&i.body).unwrap();
                (i.field.clone(), v["entry"][0]["changes"][0]["value"].clone())
            })
            .collect()
    }

    #[test]
    fn an_unchanged_world_has_no_events() {
        let world = World::seed();
        let s = Snapshot::of(&world);
        assert!(s.events(&s.clone(), &world, 0).is_empty());
    }

    #[test]
    fn number_account_and_template_changes_become_their_events() {
        let before_world = World::seed();
        let before = Snapshot::of(&before_world);
        let mut world = before_world.clone();
        let id = world.identity();
        let pn = world.phone_number_mut(&id.phone_number_id).unwrap();
        pn.quality_rating = "RED".into();
        pn.messaging_limit_tier = "TIER_100K".into();
        world.wabas[0].status = "RESTRICTED".into();
        let t = &mut world.templates.templates[0];
        t.status = "PAUSED".into();
        t.quality_score = Some(crate::sandbox::templates::store::QualityScore { score: "RED".into() });
        let events = fields(&before.events(&Snapshot::of(&world), &world, 1_700_000_000_000));
        let of = |field: &str| events.iter().filter(|(f, _)| f == field).map(|(_, v)| v.clone()).collect::<Vec<_>>();
        let phone = of("phone_number_quality_update");
        assert!(phone.iter().any(|v| v["event"] == "FLAGGED"), "{phone:?}");
        assert!(phone.iter().any(|v| v["event"] == "UPGRADE" && v["current_limit"] == "TIER_100K"), "{phone:?}");
        assert_eq!(of("account_update")[0]["event"], "ACCOUNT_RESTRICTION");
        let status = of("message_template_status_update");
        assert_eq!(status[0]["event"], "PAUSED");
        assert_eq!(status[0]["message_template_name"], world.templates.templates[0].name.as_str());
        assert_eq!(of("message_template_quality_update")[0]["new_quality_score"], "RED");
    }

    #[test]
    fn display_name_reviews_become_phone_number_name_updates() {
        let mut world = World::seed();
        let pn = "1100000000000002";
        let p = world.phone_number_mut(pn).unwrap();
        p.new_display_name = Some("Sandbox Britain".into());
        p.new_name_status = Some("PENDING_REVIEW".into());
        let before = Snapshot::of(&world);
        let p = world.phone_number_mut(pn).unwrap();
        p.new_name_status = Some("DECLINED".into());
        let events = fields(&before.events(&Snapshot::of(&world), &world, 1_700_000_000_000));
        let names: Vec<&Value> =
            events.iter().filter(|(f, _)| f == "phone_number_name_update").map(|(_, v)| v).collect();
        assert_eq!(names.len(), 1, "{events:?}");
        assert_eq!(names[0]["decision"], "REJECTED");
        assert_eq!(names[0]["requested_verified_name"], "Sandbox Britain");
        assert_eq!(names[0]["rejection_reason"], "NAME_FORMAT_UNACCEPTABLE");
        let decided = Snapshot::of(&world);
        assert!(decided.events(&decided.clone(), &world, 1).is_empty(), "reported once");
    }
}
