//! Platform events the Graph API cannot cause, applied to the sandbox's world
//! (`waba sandbox trigger`): a template's quality turns low (paused 3 h, then
//! 6 h, then disabled), a number's quality or status changes, an account is
//! restricted or banned, business verification is decided. Each is a change of
//! the world, so every reader (`numbers health`, `templates list`) sees it and a
//! serving sandbox delivers the webhook its diff implies.

use std::path::Path;

use serde::Serialize;

use super::SandboxError;
use super::store::Db;
use super::templates::pause::{self, PauseError};
use super::templates::store::{QualityScore, Template};
use super::world::World;

/// One platform event.
#[derive(Debug, Clone)]
pub enum Trigger {
    /// A template's quality rating (`GREEN`, `YELLOW`, `RED`); RED pauses it as Meta does.
    TemplateQuality { name: String, language: Option<String>, rating: String },
    /// Unpause a paused template by hand.
    TemplateUnpause { name: String, language: Option<String> },
    /// A number's quality rating and/or status (`None` = the primary number).
    Phone { number: Option<String>, rating: Option<String>, status: Option<String> },
    /// The WABA's status (`ACTIVE`, `RESTRICTED`, `BANNED`, …).
    Account { status: String },
    /// The business's verification (`verified`, `rejected`, `pending`, …).
    BusinessVerification { status: String },
}

/// What changed: one row per field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// `template`, `phone_number`, `waba` or `business`.
    pub object: &'static str,
    pub id: String,
    pub field: &'static str,
    pub from: String,
    pub to: String,
}

/// Why a trigger does not apply.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TriggerError {
    #[error("the sandbox has no template {0}")]
    UnknownTemplate(String),
    #[error("template {name} exists in {languages}: name one with --language")]
    AmbiguousTemplate { name: String, languages: String },
    #[error("the sandbox has no phone number with id {0}")]
    UnknownNumber(String),
    #[error(transparent)]
    Pause(#[from] PauseError),
}

/// Applies `trigger` at `now_ms` in one transaction; nothing changes when it is refused.
pub fn apply(db: &Path, trigger: &Trigger, now_ms: i64) -> Result<Result<Vec<Change>, TriggerError>, SandboxError> {
    let (mut opened, _) = Db::open(db, None)?;
    opened
        .mutate(|w| {
            let mut next = w.clone();
            let outcome = change(&mut next, trigger, now_ms);
            if outcome.is_ok() {
                *w = next;
            }
            Ok(outcome)
        })
        .map_err(|e| SandboxError::Db { path: db.to_path_buf(), detail: e.message })
}

fn change(w: &mut World, trigger: &Trigger, now_ms: i64) -> Result<Vec<Change>, TriggerError> {
    let mut out = Vec::new();
    match trigger {
        Trigger::TemplateQuality { name, language, rating } => {
            let t = template(w, name, language.as_deref())?;
            let before_status = t.status.clone();
            let before_quality = t.quality_score.as_ref().map_or("UNKNOWN".to_owned(), |q| q.score.clone());
            if rating == "RED" {
                pause::pause(t, now_ms)?;
            } else {
                t.quality_score = Some(QualityScore { score: rating.clone() });
            }
            push(&mut out, "template", &t.id, "quality_score", before_quality, rating);
            push(&mut out, "template", &t.id, "status", before_status, &t.status);
        }
        Trigger::TemplateUnpause { name, language } => {
            let t = template(w, name, language.as_deref())?;
            pause::unpause_now(t)?;
            push(&mut out, "template", &t.id, "status", "PAUSED".into(), &t.status);
        }
        Trigger::Phone { number, rating, status } => {
            let id = match number {
                Some(n) => n.clone(),
                None => w.identity().phone_number_id,
            };
            let p = w.phone_numbers.iter_mut().find(|p| p.id == id).ok_or(TriggerError::UnknownNumber(id))?;
            if let Some(r) = rating {
                let before = std::mem::replace(&mut p.quality_rating, r.clone());
                push(&mut out, "phone_number", &p.id, "quality_rating", before, r);
            }
            if let Some(s) = status {
                let before = std::mem::replace(&mut p.status, s.clone());
                push(&mut out, "phone_number", &p.id, "status", before, s);
            }
        }
        Trigger::Account { status } => {
            let waba = w.identity().waba_id;
            if let Some(a) = w.wabas.iter_mut().find(|a| a.id == waba) {
                let before = std::mem::replace(&mut a.status, status.clone());
                push(&mut out, "waba", &a.id, "status", before, status);
            }
        }
        Trigger::BusinessVerification { status } => {
            let before = std::mem::replace(&mut w.business.verification_status, status.clone());
            push(&mut out, "business", &w.business.id, "verification_status", before, status);
            let upper = status.to_ascii_uppercase();
            let owner = w.business.id.clone();
            for a in w.wabas.iter_mut().filter(|a| a.owner_business_id == owner) {
                let before = std::mem::replace(&mut a.business_verification_status, upper.clone());
                push(&mut out, "waba", &a.id, "business_verification_status", before, &upper);
            }
            // An unverified portfolio cannot message more than 250 users in 24 hours
            // (platform-rules.md §9.1); its number allowance follows the status on add.
            if !crate::lifecycle::allowance::is_verified(status) && w.business.messaging_limit != "TIER_250" {
                let before = std::mem::replace(&mut w.business.messaging_limit, "TIER_250".into());
                push(&mut out, "business", &w.business.id, "messaging_limit", before, "TIER_250");
            }
        }
    }
    Ok(out)
}

fn push(out: &mut Vec<Change>, object: &'static str, id: &str, field: &'static str, from: String, to: &str) {
    if from != to {
        out.push(Change { object, id: id.to_owned(), field, from, to: to.to_owned() });
    }
}

fn template<'w>(w: &'w mut World, name: &str, language: Option<&str>) -> Result<&'w mut Template, TriggerError> {
    let matching: Vec<usize> = (0..w.templates.templates.len())
        .filter(|&i| {
            let t = &w.templates.templates[i];
            t.name == name && language.is_none_or(|l| t.language == l)
        })
        .collect();
    match matching.as_slice() {
        [] => Err(TriggerError::UnknownTemplate(match language {
            Some(l) => format!("{name} ({l})"),
            None => name.to_owned(),
        })),
        [i] => Ok(&mut w.templates.templates[*i]),
        several => Err(TriggerError::AmbiguousTemplate {
            name: name.to_owned(),
            languages: several
                .iter()
                .map(|&i| w.templates.templates[i].language.clone())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approved(w: &World) -> (String, String) {
        let t = w.templates.templates.iter().find(|t| t.status == "APPROVED").unwrap();
        (t.name.clone(), t.language.clone())
    }

    #[test]
    fn red_quality_pauses_an_approved_template_and_a_refusal_changes_nothing() {
        let mut w = World::seed();
        let (name, language) = approved(&w);
        let red =
            Trigger::TemplateQuality { name: name.clone(), language: Some(language.clone()), rating: "RED".into() };
        let changes = change(&mut w, &red, 0).unwrap();
        let fields: Vec<(&str, &str)> = changes.iter().map(|c| (c.field, c.to.as_str())).collect();
        assert_eq!(fields, [("quality_score", "RED"), ("status", "PAUSED")]);
        let err = change(&mut w, &red, 1).unwrap_err();
        assert!(matches!(err, TriggerError::Pause(PauseError::NotApproved { .. })), "{err}");
        let unpause = Trigger::TemplateUnpause { name, language: Some(language) };
        assert_eq!(change(&mut w, &unpause, 2).unwrap()[0].to, "APPROVED");
    }

    #[test]
    fn numbers_accounts_and_verification_change_and_unknowns_are_named() {
        let mut w = World::seed();
        let phone = Trigger::Phone { number: None, rating: Some("RED".into()), status: Some("FLAGGED".into()) };
        assert_eq!(change(&mut w, &phone, 0).unwrap().len(), 2);
        assert_eq!(w.phone_numbers[0].status, "FLAGGED");
        let ghost = Trigger::Phone { number: Some("9".into()), rating: None, status: None };
        assert_eq!(change(&mut w, &ghost, 0).unwrap_err(), TriggerError::UnknownNumber("9".into()));
        assert_eq!(change(&mut w, &Trigger::Account { status: "RESTRICTED".into() }, 0).unwrap()[0].from, "ACTIVE");
        let v = Trigger::BusinessVerification { status: "rejected".into() };
        assert_eq!(change(&mut w, &v, 0).unwrap()[0].to, "rejected");
        let missing = Trigger::TemplateUnpause { name: "nope".into(), language: None };
        assert_eq!(change(&mut w, &missing, 0).unwrap_err(), TriggerError::UnknownTemplate("nope".into()));
    }
}
