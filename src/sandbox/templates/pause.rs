//! Quality pauses, as Meta applies them to a template whose quality turns low
//! (platform-rules.md, "Pausing on RED"): the first pause lasts 3 hours, the
//! second 6 hours, the third disables the template. A paused template is
//! unpaused on its own when its pause ends (the lazy review of [`super::store`]
//! does it), or by hand (Meta: WhatsApp Manager or `POST /{template-id}/unpause`).
//! Sends of a PAUSED template get 132015, of a DISABLED one 132016.

use super::store::{QualityScore, Template};

const HOUR_MS: i64 = 3_600_000;

/// How long the first and second pauses last.
pub const PAUSE_MS: [i64; 2] = [3 * HOUR_MS, 6 * HOUR_MS];

/// Why a template cannot be paused or unpaused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PauseError {
    #[error("template {name} ({language}) is {status}: only an APPROVED template is paused for quality")]
    NotApproved { name: String, language: String, status: String },
    #[error("template {name} ({language}) is {status}, not PAUSED")]
    NotPaused { name: String, language: String, status: String },
}

/// Its quality turned RED: paused (first and second time) or disabled (third); the new status.
pub fn pause(t: &mut Template, now_ms: i64) -> Result<&'static str, PauseError> {
    if t.status != "APPROVED" {
        return Err(PauseError::NotApproved {
            name: t.name.clone(),
            language: t.language.clone(),
            status: t.status.clone(),
        });
    }
    t.quality_score = Some(QualityScore { score: "RED".into() });
    t.pauses += 1;
    match PAUSE_MS.get(t.pauses as usize - 1) {
        Some(ms) => {
            t.status = "PAUSED".into();
            t.paused_until_ms = Some(now_ms.saturating_add(*ms));
            Ok("PAUSED")
        }
        None => {
            t.status = "DISABLED".into();
            t.paused_until_ms = None;
            Ok("DISABLED")
        }
    }
}

/// Whether `t`'s pause is over at `now_ms`.
pub fn unpause_due(t: &Template, now_ms: i64) -> bool {
    t.status == "PAUSED" && t.paused_until_ms.is_some_and(|until| now_ms >= until)
}

/// Back to APPROVED (its quality stays what it was).
pub fn unpause(t: &mut Template) {
    t.status = "APPROVED".into();
    t.paused_until_ms = None;
}

/// Unpauses by hand; refused unless PAUSED.
pub fn unpause_now(t: &mut Template) -> Result<(), PauseError> {
    if t.status != "PAUSED" {
        return Err(PauseError::NotPaused {
            name: t.name.clone(),
            language: t.language.clone(),
            status: t.status.clone(),
        });
    }
    unpause(t);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::world::World;

    #[test]
    fn three_strikes_pause_3_h_then_6_h_then_disable() {
        let mut world = World::seed();
        let t = world.templates.templates.iter_mut().find(|t| t.status == "APPROVED").unwrap();
        assert_eq!(pause(t, 0), Ok("PAUSED"));
        assert_eq!(t.paused_until_ms, Some(3 * HOUR_MS));
        assert!(!unpause_due(t, 3 * HOUR_MS - 1) && unpause_due(t, 3 * HOUR_MS));
        assert!(matches!(pause(t, 1), Err(PauseError::NotApproved { .. })), "a paused template is not paused again");
        unpause(t);
        assert_eq!(pause(t, 10), Ok("PAUSED"));
        assert_eq!(t.paused_until_ms, Some(10 + 6 * HOUR_MS));
        unpause_now(t).unwrap();
        assert_eq!(pause(t, 20), Ok("DISABLED"));
        assert_eq!(t.quality_score.as_ref().map(|q| q.score.as_str()), Some("RED"));
        assert!(unpause_now(t).is_err());
    }

    #[test]
    fn the_lazy_review_unpauses_when_the_pause_ends() {
        let mut world = World::seed();
        let id = {
            let t = world.templates.templates.iter_mut().find(|t| t.status == "APPROVED").unwrap();
            pause(t, 0).unwrap();
            t.id.clone()
        };
        let store = &mut world.templates;
        assert!(!store.review_due(HOUR_MS, 0) || store.templates.iter().any(|t| t.status == "PENDING"));
        assert!(store.review_due(3 * HOUR_MS, 0));
        store.review(3 * HOUR_MS, 0);
        let t = store.templates.iter().find(|t| t.id == id).unwrap();
        assert_eq!((t.status.as_str(), t.paused_until_ms), ("APPROVED", None));
    }
}
