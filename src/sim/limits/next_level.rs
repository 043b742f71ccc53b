//! What the rules say is needed for the next messaging limit (`waba limits show`).
use super::assumptions as a;
use super::scope::{PER_NUMBER_30D_USERS, PER_PORTFOLIO_30D_USERS};
use super::throughput::{NextLevel, NumberStatus, Requirement};
use super::tier::{Quality, Regime, Tier, TierError};

fn req(text: impl Into<String>, met: Option<bool>) -> Requirement {
    Requirement { text: text.into(), met }
}

/// Requirements for the level above `current` (errors when `current` is not on the regime's ladder).
pub fn next_level(
    regime: Regime,
    current: Tier,
    quality: Quality,
    status: NumberStatus,
    verified: bool,
) -> Result<NextLevel, TierError> {
    regime.check(current)?;
    let next = regime.next(current);
    let mut warnings = Vec::new();
    let mut paths = Vec::new();
    let half = current.limit().map(|l| l / 2);
    match (regime, next, half) {
        (_, None, _) | (_, _, None) => {}
        (Regime::PerNumber, Some(_), Some(half)) => {
            let connected = req("the number's status is CONNECTED", Some(status == NumberStatus::Connected));
            let q = req("quality rating Medium or High (not Flagged)", Some(quality >= Quality::Medium));
            let users = |n: u64, days: u32| {
                req(format!("{n} unique users in business-initiated conversations in the last {days} days"), None)
            };
            if current == Tier::T250 && !verified {
                paths.push(vec![req("verify the business so the display name can be approved", Some(false))]);
                paths.push(vec![connected, q, users(PER_NUMBER_30D_USERS, 30)]);
            } else {
                paths.push(vec![connected, q, users(half, 7)]);
            }
            if quality == Quality::Low || status == NumberStatus::Flagged {
                warnings.push(format!(
                    "the number is Flagged: no upgrade, and if quality stays Low for 7 days the limit drops to {}",
                    regime.prev(current)
                ));
            }
            if status == NumberStatus::Restricted {
                warnings.push("RESTRICTED: the limit is reached; replies to users are still allowed".into());
            }
        }
        (Regime::PerPortfolio, Some(_), Some(half)) => {
            let high = req("high-quality messages across all numbers and templates", Some(quality == Quality::High));
            if current == Tier::T250 {
                paths
                    .push(vec![req("verify the business (directly or through the solution provider)", Some(verified))]);
                paths.push(vec![
                    high,
                    req(
                        format!(
                            "{PER_PORTFOLIO_30D_USERS} delivered messages to unique users outside customer-service \
                             windows in a 30-day moving period"
                        ),
                        None,
                    ),
                ]);
                if verified {
                    warnings.push("the business is verified: the 2,000 limit should follow Meta's review".into());
                }
            } else {
                paths.push(vec![
                    high,
                    req(format!("at least {half} unique users (half the limit) in the last 7 days"), None),
                ]);
            }
            warnings.push("quality no longer lowers the limit (per-portfolio regime)".into());
        }
    }
    let assumptions = match regime {
        Regime::PerNumber => vec![a::PN_UPGRADE, a::PN_FIRST_STEP, a::PN_DOWNGRADE],
        Regime::PerPortfolio => vec![a::PP_FIRST_STEP, a::PP_UPGRADE, a::PP_NO_DOWNGRADE],
    };
    Ok(NextLevel { regime, current, next, paths, delay_hours: regime.upgrade_delay_hours(), warnings, assumptions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_number_1k_needs_500_in_7_days() {
        let n = next_level(Regime::PerNumber, Tier::T1K, Quality::High, NumberStatus::Connected, false).unwrap();
        assert_eq!(n.next, Some(Tier::T10K));
        assert_eq!(n.delay_hours, 24);
        assert!(n.paths[0].iter().any(|r| r.text.starts_with("500 unique users")));
        let n = next_level(Regime::PerNumber, Tier::T100K, Quality::Low, NumberStatus::Flagged, true).unwrap();
        assert!(n.paths[0].iter().any(|r| r.text.starts_with("50000 unique")), "{n:?}"); // E10
        assert!(n.warnings[0].contains("10K"));
    }

    #[test]
    fn per_portfolio_paths() {
        let n = next_level(Regime::PerPortfolio, Tier::T250, Quality::High, NumberStatus::Connected, false).unwrap();
        assert_eq!((n.next, n.paths.len(), n.delay_hours), (Some(Tier::T2K), 2, 6));
        let n =
            next_level(Regime::PerPortfolio, Tier::Unlimited, Quality::High, NumberStatus::Connected, true).unwrap();
        assert!(n.next.is_none() && n.paths.is_empty());
        assert!(next_level(Regime::PerPortfolio, Tier::T1K, Quality::High, NumberStatus::Connected, true).is_err());
        let _ = PER_NUMBER_30D_USERS;
    }
}
