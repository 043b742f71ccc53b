//! The readings the engine takes where sources are silent or disagree. Only those that affected a run
//! are reported, by short stable id.

use super::summary::Assumption;

/// One assumption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum A {
    /// List rates because no tier table.
    ListRatesNoTiers,
    /// Tier table lacks the market/category.
    TiersMissingMarket,
    /// §10.1 reading of the 2026-10 service free tier.
    ServiceFreeTier,
    /// Service messages without a phone_number_id share one free tier.
    PhoneIdMissingPooled,
    /// §10.2: utility inside a CSW charged from 2026-10-01.
    UtilityInCswCharged,
    /// Service rate taken from the utility column.
    ServiceRateFromUtility,
    /// cbp-2022 columns.
    Cbp2022Columns,
    /// cbp-2022 free entry point.
    Cbp2022EntryPoint,
    /// Forced regime used the nearest card of its billing unit.
    ForcedRegimeCard,
    /// PMP template joined a conversation opened under CBP.
    CbpCarryover,
    /// One WABA / business portfolio per log.
    SingleWaba,
    /// BSP fee counting.
    BspFeeEveryEvent,
    /// A non-template was delivered with no open CSW.
    NonTemplateOutsideCsw,
}

impl A {
    /// Every assumption, in declaration order (the order reports list them in).
    pub const ALL: [A; 13] = [
        A::ListRatesNoTiers,
        A::TiersMissingMarket,
        A::ServiceFreeTier,
        A::PhoneIdMissingPooled,
        A::UtilityInCswCharged,
        A::ServiceRateFromUtility,
        A::Cbp2022Columns,
        A::Cbp2022EntryPoint,
        A::ForcedRegimeCard,
        A::CbpCarryover,
        A::SingleWaba,
        A::BspFeeEveryEvent,
        A::NonTemplateOutsideCsw,
    ];

    /// Stable id and sentence.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            A::ListRatesNoTiers => (
                "list-rates-no-tiers",
                "No --tiers table was given, so utility and authentication messages are priced at list rates (volume tiers not applied).",
            ),
            A::TiersMissingMarket => (
                "tiers-missing-market",
                "The tier table has no bands for some market/category pairs; those messages are priced at list rates.",
            ),
            A::ServiceFreeTier => (
                "service-free-tier-2026-10",
                "From 2026-10-01 the first 1,000 delivered service messages per business phone number per calendar month (WABA time zone) are free, with no roll-over (the reading of Meta's pricing page as served in the US in September 2026; other copies show no free tier); they are reported as free_customer_service.",
            ),
            A::PhoneIdMissingPooled => (
                "phone-number-id-missing-pooled",
                "Service messages without a phone_number_id share one free tier, as if sent from a single business number.",
            ),
            A::UtilityInCswCharged => (
                "utility-in-csw-charged-2026-10",
                "From 2026-10-01 utility templates inside an open customer-service window are charged at the utility rate (Meta's announcement of the October 2026 changes; the older pricing page says free).",
            ),
            A::ServiceRateFromUtility => (
                "service-rate-from-utility",
                "The card in force has no service rate, so service messages are charged at the market's utility rate (Meta: from October 2026 service rates equal utility rates).",
            ),
            A::Cbp2022Columns => (
                "cbp-2022-columns",
                "cbp-2022 business-initiated conversations are priced at the card's Marketing column and user-initiated ones at its Service column.",
            ),
            A::Cbp2022EntryPoint => (
                "cbp-2022-entry-point",
                "cbp-2022: the first 24-hour user-initiated conversation answering a click-to-WhatsApp ad or Page CTA message is free.",
            ),
            A::ForcedRegimeCard => (
                "forced-regime-card",
                "A forced regime priced dates whose own card uses another billing unit, so the nearest built-in card of the regime's unit was used, with each number billed in the market it belonged to when that card was in force.",
            ),
            A::CbpCarryover => (
                "cbp-carryover",
                "A template sent after 2025-07-01 joined a conversation of its category opened under CBP before the switch, so it is free and reported as CBP (Meta's rule for the switch to per-message pricing, applied to every category).",
            ),
            A::SingleWaba => (
                "single-waba",
                "The log is treated as one WABA and one business portfolio: free tiers and volume tiers accrue across all its events.",
            ),
            A::BspFeeEveryEvent => (
                "bsp-fee-every-event",
                "The BSP fee is added to every outgoing message (delivered or not) and every inbound message.",
            ),
            A::NonTemplateOutsideCsw => (
                "non-template-outside-csw",
                "Some non-template messages were delivered with no open customer-service window (Meta would reject them); they are priced as logged.",
            ),
        }
    }
}

/// A set of assumptions.
#[derive(Debug, Clone, Copy, Default)]
pub struct Set(u32);

impl Set {
    /// Adds one.
    pub fn add(&mut self, a: A) {
        self.0 |= 1 << (a as u8);
    }

    /// Whether it holds one.
    pub fn has(&self, a: A) -> bool {
        self.0 & (1 << (a as u8)) != 0
    }

    /// As report rows, in declaration order.
    pub fn rows(&self) -> Vec<Assumption> {
        A::ALL
            .into_iter()
            .filter(|a| self.has(*a))
            .map(|a| {
                let (id, text) = a.describe();
                Assumption { id: id.into(), text: text.into() }
            })
            .collect()
    }
}
