//! Messaging-limit tiers, the two regimes and their ladders (platform rules §6).
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// Hours between the qualifying conversation and a per-number upgrade (§6.1, "24 hours later").
pub const PER_NUMBER_UPGRADE_DELAY_H: i64 = 24;
/// Hours between qualifying and a per-portfolio upgrade (§6.2, "within 6 hours": upper bound used).
pub const PER_PORTFOLIO_UPGRADE_DELAY_H: i64 = 6;
/// Days of Low (Flagged) quality after which a per-number limit drops one level (§6.1).
pub const FLAGGED_DOWNGRADE_DAYS: i64 = 7;

/// One messaging-limit level (unique users per moving 24 hours). Serialized with Meta's
/// spelling (`TIER_1K`), so a JSON document names a tier one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Tier {
    #[serde(rename = "TIER_250")]
    T250,
    #[serde(rename = "TIER_1K")]
    T1K,
    #[serde(rename = "TIER_2K")]
    T2K,
    #[serde(rename = "TIER_10K")]
    T10K,
    #[serde(rename = "TIER_100K")]
    T100K,
    #[serde(rename = "TIER_UNLIMITED")]
    Unlimited,
}

/// Spellings accepted by [`Tier::parse`] (shown in errors).
pub const ACCEPTED_TIER_NAMES: &str = "250, TIER_250, 1k, 1000, TIER_1K, 2k, 2000, TIER_2K, 10k, 10000, TIER_10K, \
     100k, 100000, TIER_100K, unlimited, UNLIMITED, TIER_UNLIMITED";

/// Why a tier string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TierError {
    #[error("unknown messaging-limit tier `{input}`; accepted: {ACCEPTED_TIER_NAMES}")]
    Unknown { input: String },
    #[error("tier {tier} does not exist under the {regime} regime; its ladder is {ladder}")]
    NotInRegime { tier: Tier, regime: Regime, ladder: String },
}

impl Tier {
    /// Parse a tier name (case-insensitive; `_`, `,` and spaces between digits ignored).
    pub fn parse(input: &str) -> Result<Tier, TierError> {
        let norm: String =
            input.trim().chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect::<String>().to_ascii_uppercase();
        let body = norm.strip_prefix("TIER").unwrap_or(&norm);
        let tier = match body {
            "250" => Tier::T250,
            "1K" | "1000" => Tier::T1K,
            "2K" | "2000" => Tier::T2K,
            "10K" | "10000" => Tier::T10K,
            "100K" | "100000" => Tier::T100K,
            "UNLIMITED" => Tier::Unlimited,
            _ => {
                return Err(TierError::Unknown { input: input.to_string() });
            }
        };
        Ok(tier)
    }

    /// Parse and check that the tier exists under `regime`.
    pub fn parse_for(input: &str, regime: Regime) -> Result<Tier, TierError> {
        let t = Tier::parse(input)?;
        regime.check(t)?;
        Ok(t)
    }

    /// Unique users per moving 24 h; `None` = unlimited.
    pub fn limit(self) -> Option<u64> {
        match self {
            Tier::T250 => Some(250),
            Tier::T1K => Some(1_000),
            Tier::T2K => Some(2_000),
            Tier::T10K => Some(10_000),
            Tier::T100K => Some(100_000),
            Tier::Unlimited => None,
        }
    }

    /// Meta's API name (`TIER_1K` …).
    pub fn api_name(self) -> &'static str {
        match self {
            Tier::T250 => "TIER_250",
            Tier::T1K => "TIER_1K",
            Tier::T2K => "TIER_2K",
            Tier::T10K => "TIER_10K",
            Tier::T100K => "TIER_100K",
            Tier::Unlimited => "TIER_UNLIMITED",
        }
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Tier::T250 => "250",
            Tier::T1K => "1K",
            Tier::T2K => "2K",
            Tier::T10K => "10K",
            Tier::T100K => "100K",
            Tier::Unlimited => "unlimited",
        })
    }
}

impl FromStr for Tier {
    type Err = TierError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Tier::parse(s)
    }
}

/// Which messaging-limit rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Regime {
    /// Until 2025-10-06: one limit per phone number, business-initiated conversations.
    PerNumber,
    /// From 2025-10-07: one limit per business portfolio, delivered messages outside a CSW.
    PerPortfolio,
}

const PER_NUMBER_LADDER: [Tier; 5] = [Tier::T250, Tier::T1K, Tier::T10K, Tier::T100K, Tier::Unlimited];
const PER_PORTFOLIO_LADDER: [Tier; 5] = [Tier::T250, Tier::T2K, Tier::T10K, Tier::T100K, Tier::Unlimited];

impl Regime {
    /// The regime's levels, lowest first.
    pub fn ladder(self) -> &'static [Tier] {
        match self {
            Regime::PerNumber => &PER_NUMBER_LADDER,
            Regime::PerPortfolio => &PER_PORTFOLIO_LADDER,
        }
    }

    /// Error unless `tier` is on this regime's ladder.
    pub fn check(self, tier: Tier) -> Result<(), TierError> {
        if self.ladder().contains(&tier) {
            Ok(())
        } else {
            let ladder = self.ladder().iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" → ");
            Err(TierError::NotInRegime { tier, regime: self, ladder })
        }
    }

    /// One level up (`None` at unlimited or for a tier not on the ladder).
    pub fn next(self, tier: Tier) -> Option<Tier> {
        let l = self.ladder();
        l.iter().position(|&t| t == tier).and_then(|i| l.get(i + 1)).copied()
    }

    /// One level down (stays at the bottom).
    pub fn prev(self, tier: Tier) -> Tier {
        let l = self.ladder();
        match l.iter().position(|&t| t == tier) {
            Some(i) if i > 0 => l[i - 1],
            _ => tier,
        }
    }

    /// Hours from qualifying to the new limit.
    pub fn upgrade_delay_hours(self) -> i64 {
        match self {
            Regime::PerNumber => PER_NUMBER_UPGRADE_DELAY_H,
            Regime::PerPortfolio => PER_PORTFOLIO_UPGRADE_DELAY_H,
        }
    }

    /// First instant of the per-portfolio regime: 2025-10-07 00:00 in `tz`.
    pub fn cutover(tz: &jiff::tz::TimeZone) -> jiff::Timestamp {
        tz.to_timestamp(jiff::civil::date(2025, 10, 7).at(0, 0, 0, 0))
            .unwrap_or_else(|_| jiff::Timestamp::from_second(1_759_795_200).unwrap_or(jiff::Timestamp::UNIX_EPOCH))
    }

    /// The regime in force at `ts` (cutover taken in `tz`).
    pub fn at(ts: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> Regime {
        if ts >= Regime::cutover(tz) { Regime::PerPortfolio } else { Regime::PerNumber }
    }

    /// Parse `per-number` / `per-portfolio` (also `number`, `portfolio`).
    pub fn parse(s: &str) -> Option<Regime> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "per-number" | "number" | "per-phone-number" => Some(Regime::PerNumber),
            "per-portfolio" | "portfolio" | "per-business-portfolio" => Some(Regime::PerPortfolio),
            _ => None,
        }
    }
}

impl fmt::Display for Regime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Regime::PerNumber => "per-number",
            Regime::PerPortfolio => "per-portfolio",
        })
    }
}

/// Phone-number / message quality (Green/Yellow/Red).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Quality {
    /// Red; under per-number a number Low for 7 days is Flagged and drops one level.
    Low,
    /// Yellow.
    Medium,
    /// Green (default when nothing is known).
    #[default]
    High,
}

impl Quality {
    /// Parse `high|green`, `medium|yellow`, `low|red|flagged` (case-insensitive).
    pub fn parse(s: &str) -> Option<Quality> {
        match s.trim().to_ascii_lowercase().as_str() {
            "high" | "green" => Some(Quality::High),
            "medium" | "yellow" => Some(Quality::Medium),
            "low" | "red" | "flagged" => Some(Quality::Low),
            _ => None,
        }
    }
}

/// Maps a per-number tier to the portfolio ladder at migration (1K became the 2,000 first step, MLC).
pub fn portfolio_tier_from_number(t: Tier) -> Tier {
    match t {
        Tier::T1K => Tier::T2K,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_spellings() {
        for (s, t) in [
            ("250", Tier::T250),
            ("TIER_250", Tier::T250),
            ("1k", Tier::T1K),
            ("1K", Tier::T1K),
            ("TIER_1K", Tier::T1K),
            ("2000", Tier::T2K),
            ("2,000", Tier::T2K),
            ("2k", Tier::T2K),
            ("TIER_2K", Tier::T2K),
            ("10k", Tier::T10K),
            ("100k", Tier::T100K),
            ("100000", Tier::T100K),
            ("unlimited", Tier::Unlimited),
            ("TIER_UNLIMITED", Tier::Unlimited),
            ("UNLIMITED", Tier::Unlimited),
        ] {
            assert_eq!(Tier::parse(s), Ok(t), "{s}");
            assert_eq!(Tier::parse(&t.to_string()), Ok(t));
            assert_eq!(Tier::parse(t.api_name()), Ok(t));
        }
    }

    #[test]
    fn unknown_and_wrong_regime() {
        let e = Tier::parse("5k").unwrap_err().to_string();
        assert!(e.contains("5k") && e.contains("TIER_UNLIMITED"), "{e}");
        assert!(Tier::parse("TIER_50").is_err());
        assert!(Tier::parse("").is_err());
        let e = Tier::parse_for("2k", Regime::PerNumber).unwrap_err().to_string();
        assert!(e.contains("per-number") && e.contains("250 → 1K → 10K"), "{e}");
        assert!(Tier::parse_for("1k", Regime::PerPortfolio).is_err());
        assert_eq!(Tier::parse_for("2k", Regime::PerPortfolio), Ok(Tier::T2K));
    }

    #[test]
    fn ladders_and_cutover() {
        assert_eq!(Regime::PerNumber.next(Tier::T1K), Some(Tier::T10K));
        assert_eq!(Regime::PerPortfolio.next(Tier::T250), Some(Tier::T2K));
        assert_eq!(Regime::PerPortfolio.next(Tier::Unlimited), None);
        assert_eq!(Regime::PerNumber.prev(Tier::T100K), Tier::T10K);
        assert_eq!(Regime::PerNumber.prev(Tier::T250), Tier::T250);
        let utc = jiff::tz::TimeZone::UTC;
        let before: jiff::Timestamp = "2025-10-06T23:59:59Z".parse().unwrap();
        let after: jiff::Timestamp = "2025-10-07T00:00:00Z".parse().unwrap();
        assert_eq!(Regime::at(before, &utc), Regime::PerNumber);
        assert_eq!(Regime::at(after, &utc), Regime::PerPortfolio);
        let sp = jiff::tz::TimeZone::get("America/Sao_Paulo").unwrap();
        assert_eq!(Regime::at(after, &sp), Regime::PerNumber);
    }
}
