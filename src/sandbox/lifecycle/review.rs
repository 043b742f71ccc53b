//! The sandbox's reviews of display names and Official Business Account requests, decided once
//! the review delay (the one templates use) has passed. Deterministic: a display name is
//! approved when it passes waba's display-name rules ([`crate::display_name::lint`]) and
//! declined otherwise; an OBA request is approved when every required criterion of
//! [`crate::lifecycle::oba`] is met at review time and rejected otherwise, naming the unmet ones.
//! An approved new display name ends an Official Business Account (`EXPIRED`): Meta re-evaluates
//! the badge after a name change. The changes reach webhooks through the world diff
//! (`phone_number_name_update`).

use super::super::error::GraphError;
use super::super::state::SharedState;
use super::super::world::{PhoneNumber, World};
use crate::lifecycle::oba;

/// Meta's `rejection_reason` for a name that breaks the formatting guidelines.
pub const NAME_FORMAT_UNACCEPTABLE: &str = "NAME_FORMAT_UNACCEPTABLE";

/// Runs the reviews that are due, in one mutation (none when nothing is due).
pub(crate) fn settle(state: &SharedState) -> Result<(), GraphError> {
    let (now, delay) = (state.now_ms(), state.review_delay_ms());
    if state.read(|w| due(w, now, delay)) {
        state.mutate(|w| {
            review(w, now, delay);
            Ok(())
        })?;
    }
    Ok(())
}

fn name_due(p: &PhoneNumber, now: i64, delay: i64) -> bool {
    let pending = p.name_status == "PENDING_REVIEW" || p.new_name_status.as_deref() == Some("PENDING_REVIEW");
    pending && p.lifecycle.name_submitted_ms.is_some_and(|t| now - t >= delay)
}

fn oba_due(p: &PhoneNumber, now: i64, delay: i64) -> bool {
    p.lifecycle.oba.as_ref().is_some_and(|r| r.status == "PENDING" && now - r.submitted_ms >= delay)
}

/// Whether any review is due at `now`.
pub(crate) fn due(w: &World, now: i64, delay: i64) -> bool {
    w.phone_numbers.iter().any(|p| name_due(p, now, delay) || oba_due(p, now, delay))
}

/// Decides every due review.
pub(crate) fn review(w: &mut World, now: i64, delay: i64) {
    let business = w.business.verification_status.clone();
    for p in &mut w.phone_numbers {
        if name_due(p, now, delay) {
            decide_name(p);
        }
        if oba_due(p, now, delay) {
            decide_oba(p, &business);
        }
    }
}

fn decide_name(p: &mut PhoneNumber) {
    let (name, fresh) = match (&p.new_display_name, p.new_name_status.as_deref()) {
        (Some(n), Some("PENDING_REVIEW")) => (n.clone(), false),
        _ => (p.verified_name.clone(), true),
    };
    let findings = crate::display_name::lint(&name);
    let approved = findings.is_empty();
    p.lifecycle.name_rejection = (!approved)
        .then(|| findings.iter().map(|f| format!("{}: {}", f.rule, f.message)).collect::<Vec<_>>().join("; "));
    let decision = if approved { "APPROVED" } else { "DECLINED" };
    if fresh {
        p.name_status = decision.into();
    } else {
        p.new_name_status = Some(decision.into());
        if approved {
            p.verified_name = name;
            p.name_status = "APPROVED".into();
            // OBA status belongs to a number and its display name: a new name is re-evaluated
            // (platform-rules.md §9.2), so the badge lapses until it is requested again.
            if p.is_official_business_account {
                p.is_official_business_account = false;
                p.lifecycle.oba = Some(super::super::world::ObaRequest {
                    status: "EXPIRED".into(),
                    submitted_ms: p.lifecycle.oba.as_ref().map_or(0, |r| r.submitted_ms),
                    fields: p.lifecycle.oba.as_ref().map_or(serde_json::Value::Null, |r| r.fields.clone()),
                    message: "The display name changed: request the Official Business Account again".into(),
                });
            }
        }
    }
}

fn decide_oba(p: &mut PhoneNumber, business: &str) {
    let links = p.lifecycle.oba.as_ref().map_or(0, |r| super::oba::link_count(&r.fields));
    let facts = oba::Facts {
        business_verification: business.to_owned(),
        is_pin_enabled: p.is_pin_enabled,
        name_status: p.name_status.clone(),
        status: p.status.clone(),
        days_on_platform: None,
        links,
    };
    let criteria = oba::criteria(&facts);
    let approved = oba::eligible(&criteria);
    let Some(r) = p.lifecycle.oba.as_mut() else { return };
    if approved {
        r.status = "APPROVED".into();
        r.message = "Your Official Business Account has been approved".into();
        p.is_official_business_account = true;
    } else {
        let unmet: Vec<String> = criteria.iter().filter(|c| c.required && !c.met).map(|c| c.detail.clone()).collect();
        r.status = "REJECTED".into();
        r.message = format!("Your Official Business Account request was rejected: {}", unmet.join("; "));
    }
}
