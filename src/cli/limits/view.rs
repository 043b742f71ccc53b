//! Shared pieces of the limits views.

use crate::render::Section;
use crate::sim::limits::{Assumption, ChangeCause, ScopeId, Tier};

/// `+14155550100`.
pub fn e164(user: u64) -> String {
    format!("+{user}")
}

/// `number 1100…`, `number (none)` or `portfolio`.
pub fn scope(scope: &ScopeId) -> String {
    match scope {
        ScopeId::Number(Some(id)) => format!("number {id}"),
        ScopeId::Number(None) => "number (no phone_number_id)".to_string(),
        ScopeId::Portfolio => "portfolio".to_string(),
    }
}

/// A limit for people: `1,000 / 24h` or `unlimited`.
pub fn limit(tier: Tier) -> String {
    match tier.limit() {
        Some(n) => format!("{tier} ({} users/24h)", thousands(n)),
        None => "unlimited".to_string(),
    }
}

pub use crate::render::thousands;

/// Why a tier changed, in a few words.
pub fn cause(cause: &ChangeCause) -> String {
    match cause {
        ChangeCause::HalfLimitIn7Days { unique_7d, needed } => {
            format!("{} unique users in 7 days (needed {})", thousands(*unique_7d), thousands(*needed))
        }
        ChangeCause::ThirtyDayPath { unique_30d, needed } => {
            format!("{} unique users in 30 days (needed {})", thousands(*unique_30d), thousands(*needed))
        }
        ChangeCause::Verified => "business verified".to_string(),
        ChangeCause::Flagged7Days => "quality low (flagged) for 7 days".to_string(),
        ChangeCause::Migration { numbers, highest_number_tier } => {
            format!("moved to the portfolio limit: highest of {numbers} numbers was {highest_number_tier}")
        }
    }
}

/// The assumptions, one per line.
pub fn assumptions(list: &[Assumption]) -> Option<Section> {
    Section::assumptions(list.iter().map(|a| format!("[{}] {}", a.id, a.text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
