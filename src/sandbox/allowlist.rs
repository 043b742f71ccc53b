//! A test number's allow-list: the recipients Meta's App Dashboard lets a
//! developer app's test number message (anyone else gets 131030). The Graph API
//! has no endpoint for it, so `waba sandbox allowlist` edits the world directly.

use std::path::Path;

use serde::Serialize;

use super::SandboxError;
use super::store::Db;
use super::world::{ALLOWED_RECIPIENTS_MAX, PhoneNumber, World};

/// A test number and the recipients it may message (digits, in the order added).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AllowList {
    pub phone_number_id: String,
    pub display_phone_number: String,
    pub recipients: Vec<String>,
}

/// Why a list cannot be read or changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AllowListError {
    #[error("the sandbox has no phone number with id {0}")]
    UnknownNumber(String),
    #[error("{id} ({display}) is not a test number: its account_mode is {mode}, and it may message anyone")]
    NotTestNumber { id: String, display: String, mode: String },
    #[error("the sandbox's world has no test number (account_mode SANDBOX)")]
    NoTestNumber,
    #[error("the allow-list of {id} would hold {would} recipients; Meta allows {max}")]
    Full { id: String, would: usize, max: usize },
    #[error("{0} is not on the allow-list of {1}")]
    NotListed(String, String),
}

/// A change to a list: recipients as digits.
#[derive(Debug, Clone)]
pub enum Change {
    Add(Vec<String>),
    Remove(Vec<String>),
}

type Outcome = Result<AllowList, AllowListError>;

/// The list of `number` (default: the world's first test number).
pub fn show(db: &Path, number: Option<&str>) -> Result<Outcome, SandboxError> {
    let (mut opened, _) = Db::open(db, None)?;
    let world = opened.world()?;
    Ok(find(world, number).map(view))
}

/// Applies `change` to the list of `number` (default: the first test number), in one
/// transaction; nothing changes when any recipient is refused.
pub fn change(db: &Path, number: Option<&str>, change: &Change) -> Result<Outcome, SandboxError> {
    let (mut opened, _) = Db::open(db, None)?;
    opened
        .mutate(|w| {
            let id = match find(w, number) {
                Ok(p) => p.id.clone(),
                Err(e) => return Ok(Err(e)),
            };
            let Some(p) = w.phone_numbers.iter_mut().find(|p| p.id == id) else {
                return Ok(Err(AllowListError::UnknownNumber(id)));
            };
            Ok(apply(&mut p.allowed_recipients, change, &id).map(|()| view(p)))
        })
        .map_err(|e| SandboxError::Db { path: db.to_path_buf(), detail: e.message })
}

/// The change on `list`, or why not (the list is left as it was).
fn apply(list: &mut Vec<String>, change: &Change, id: &str) -> Result<(), AllowListError> {
    let mut next = list.clone();
    match change {
        Change::Add(add) => {
            for r in add {
                if !next.contains(r) {
                    next.push(r.clone());
                }
            }
            if next.len() > ALLOWED_RECIPIENTS_MAX {
                return Err(AllowListError::Full { id: id.into(), would: next.len(), max: ALLOWED_RECIPIENTS_MAX });
            }
        }
        Change::Remove(remove) => {
            for r in remove {
                let before = next.len();
                next.retain(|x| x != r);
                if next.len() == before {
                    return Err(AllowListError::NotListed(format!("+{r}"), id.into()));
                }
            }
        }
    }
    *list = next;
    Ok(())
}

fn find<'w>(world: &'w World, number: Option<&str>) -> Result<&'w PhoneNumber, AllowListError> {
    match number {
        None => world.phone_numbers.iter().find(|p| p.is_test_number()).ok_or(AllowListError::NoTestNumber),
        Some(id) => {
            let p = world
                .phone_numbers
                .iter()
                .find(|p| p.id == id)
                .ok_or_else(|| AllowListError::UnknownNumber(id.into()))?;
            if p.is_test_number() {
                Ok(p)
            } else {
                Err(AllowListError::NotTestNumber {
                    id: p.id.clone(),
                    display: p.display_phone_number.clone(),
                    mode: p.account_mode.clone(),
                })
            }
        }
    }
}

fn view(p: &PhoneNumber) -> AllowList {
    AllowList {
        phone_number_id: p.id.clone(),
        display_phone_number: p.display_phone_number.clone(),
        recipients: p.allowed_recipients.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn adding_is_idempotent_and_bounded_by_metas_five() {
        let mut list = digits(&["12025550100"]);
        apply(&mut list, &Change::Add(digits(&["12025550101", "12025550100"])), "5").unwrap();
        assert_eq!(list, digits(&["12025550100", "12025550101"]));
        let err = apply(&mut list, &Change::Add(digits(&["1", "2", "3", "4"])), "5").unwrap_err();
        assert_eq!(err, AllowListError::Full { id: "5".into(), would: 6, max: 5 });
        assert_eq!(list.len(), 2, "a refused change leaves the list as it was");
    }

    #[test]
    fn removing_an_unlisted_recipient_names_it_and_changes_nothing() {
        let mut list = digits(&["12025550100", "12025550101"]);
        let err = apply(&mut list, &Change::Remove(digits(&["12025550101", "447700900123"])), "5").unwrap_err();
        assert_eq!(err, AllowListError::NotListed("+447700900123".into(), "5".into()));
        assert_eq!(list.len(), 2);
        apply(&mut list, &Change::Remove(digits(&["12025550100"])), "5").unwrap();
        assert_eq!(list, digits(&["12025550101"]));
    }

    #[test]
    fn the_seed_has_one_test_number_and_only_it_has_a_list() {
        let world = World::seed();
        let p = find(&world, None).unwrap();
        assert_eq!(p.id, "1100000000000005");
        assert_eq!(p.allowed_recipients, digits(&["12025550100"]));
        let err = find(&world, Some("1100000000000001")).unwrap_err();
        assert!(matches!(err, AllowListError::NotTestNumber { .. }), "{err}");
        assert_eq!(find(&world, Some("9")).unwrap_err(), AllowListError::UnknownNumber("9".into()));
    }
}
