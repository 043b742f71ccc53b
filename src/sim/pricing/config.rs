//! Pricing configuration.

use super::rates::RateBook;
use super::regime::Regime;
use super::tiers::TierTable;
use crate::sim::money::Money;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use std::sync::Arc;

/// How to price a log.
#[derive(Debug, Clone)]
pub struct PricingConfig {
    /// The WABA's time zone: month boundaries and regime switch instants (default UTC).
    pub time_zone: TimeZone,
    /// Force one regime for every event (what-if); `None` = by each event's date.
    pub regime: Option<Regime>,
    /// Rate cards (built-in, or a user card overriding them).
    pub rates: RateBook,
    /// Volume-tier table; `None` = list rates.
    pub tiers: Option<Arc<TierTable>>,
    /// Primary business location, ISO 3166 alpha-2 (auth-international).
    pub business_country: Option<String>,
    /// Auth-international start time for every eligible country.
    pub auth_intl_start: Option<Timestamp>,
    /// Per-country start times overriding `auth_intl_start` (Meta's `exception_countries`).
    pub auth_intl_exceptions: Vec<(String, Timestamp)>,
    /// BSP fee per sent and received message.
    pub bsp_fee: Option<Money>,
    /// Produce an explanation row per event.
    pub explain: bool,
}

impl Default for PricingConfig {
    fn default() -> Self {
        PricingConfig {
            time_zone: TimeZone::UTC,
            regime: None,
            rates: RateBook::builtin(),
            tiers: None,
            business_country: None,
            auth_intl_start: None,
            auth_intl_exceptions: Vec::new(),
            bsp_fee: None,
            explain: false,
        }
    }
}

impl PricingConfig {
    /// Sets the time zone from an IANA name (bundled tz database).
    pub fn with_time_zone(mut self, name: &str) -> Result<Self, jiff::Error> {
        self.time_zone = TimeZone::get(name)?;
        Ok(self)
    }
}
