//! The dated pricing regimes (platform-rules §1), each selected by the message's local date.

use jiff::civil::{Date, date};
use serde::Serialize;

/// A pricing regime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Regime {
    /// 2022-02-01 … 2023-05-31: user-/business-initiated 24-h conversations, 1,000 free per month.
    #[serde(rename = "cbp-2022")]
    Cbp2022,
    /// 2023-06-01 … 2025-06-30: four conversation categories, free entry points.
    #[serde(rename = "cbp-2023")]
    Cbp2023,
    /// 2025-07-01 … 2026-09-30: per delivered template; utility free inside the CSW.
    #[serde(rename = "pmp-2025")]
    Pmp2025,
    /// From 2026-10-01: service and utility-in-window charged; 1,000 free service messages per number.
    #[serde(rename = "pmp-2026-10")]
    Pmp2026Oct,
}

impl Regime {
    /// All regimes, oldest first.
    pub const ALL: [Regime; 4] = [Regime::Cbp2022, Regime::Cbp2023, Regime::Pmp2025, Regime::Pmp2026Oct];

    /// Stable name, e.g. `pmp-2025`.
    pub fn name(self) -> &'static str {
        match self {
            Regime::Cbp2022 => "cbp-2022",
            Regime::Cbp2023 => "cbp-2023",
            Regime::Pmp2025 => "pmp-2025",
            Regime::Pmp2026Oct => "pmp-2026-10",
        }
    }

    /// Parses a name as printed by [`Regime::name`] (any case).
    pub fn parse(s: &str) -> Option<Regime> {
        Regime::ALL.into_iter().find(|r| r.name().eq_ignore_ascii_case(s.trim()))
    }

    /// First local date of the regime.
    pub fn starts(self) -> Date {
        match self {
            Regime::Cbp2022 => date(2022, 2, 1),
            Regime::Cbp2023 => date(2023, 6, 1),
            Regime::Pmp2025 => date(2025, 7, 1),
            Regime::Pmp2026Oct => date(2026, 10, 1),
        }
    }

    /// The regime in force on a local date; `None` before 2022-02-01.
    pub fn for_date(d: Date) -> Option<Regime> {
        Regime::ALL.into_iter().rev().find(|r| d >= r.starts())
    }

    /// Conversation-based?
    pub fn is_cbp(self) -> bool {
        matches!(self, Regime::Cbp2022 | Regime::Cbp2023)
    }
}

impl std::fmt::Display for Regime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        assert_eq!(Regime::for_date(date(2022, 1, 31)), None);
        assert_eq!(Regime::for_date(date(2023, 5, 31)), Some(Regime::Cbp2022));
        assert_eq!(Regime::for_date(date(2025, 6, 30)), Some(Regime::Cbp2023));
        assert_eq!(Regime::for_date(date(2025, 7, 1)), Some(Regime::Pmp2025));
        assert_eq!(Regime::for_date(date(2026, 9, 30)), Some(Regime::Pmp2025));
        assert_eq!(Regime::for_date(date(2026, 10, 1)), Some(Regime::Pmp2026Oct));
        assert_eq!(Regime::parse("PMP-2026-10"), Some(Regime::Pmp2026Oct));
    }
}
