//! The pricing engine: every dated regime (platform-rules §1–§4), streaming and exact.
//!
//! Use [`Pricer`]: `push` each event in time order, then `finish` for a [`Summary`]. See also
//! [`estimate()`], [`rates_on`], [`compare`] and [`simulate`].
//!
//! # Rules in brief
//! - The regime of an event is chosen by its local date in `PricingConfig::time_zone` (default UTC);
//!   `PricingConfig::regime` forces one (then a card of the regime's billing unit is used, the nearest
//!   in time if the date's own card has the other unit).
//! - State kept per user: last inbound (24-h customer-service window), last unanswered entry-point
//!   message, the open free-entry-point conversation/window, and (CBP only, separate map) open
//!   conversations per category. Users with nothing open are pruned when the local day changes, so
//!   memory follows open windows, not events. Monthly counters (CBP free tier, 2026-10 service free
//!   tier per phone number, volume-tier accrual per market+category) reset at local midnight of the 1st.
//! - Money is exact: [`crate::sim::money::Money`] (i64 micro-USD). `Summary::total` is the sum of the
//!   per-event `cost`s.
//!
//! # JSON shape (serde)
//! `Summary`: `{"currency":"USD","total":"12.3400","bsp_fees":"0.0000","total_with_bsp_fees":"12.3400",
//! "charged_messages":N,"free_messages":N,"undelivered_messages":N,"inbound_messages":N,
//! "conversations":N,"by_category":{"marketing":{"messages":N,"charged":N,"free":N,"cost":"…"},…},
//! "by_market":{…},"by_month":{"2026-10":{…}},"regimes":[{"name":"pmp-2025","from":"2025-07-01",
//! "to":"2025-07-31","events":N}],"assumptions":[{"id":"list-rates-no-tiers","text":"…"}]}`.
//! `ExplainRow`: `{"line","id","ts","direction","user","market","regime","pricing_model":"CBP"|"PMP"|null,
//! "billable","pricing_type":"regular"|"free_customer_service"|"free_entry_point"|"free_tier"|null,
//! "pricing_category":"marketing"|"utility"|"authentication"|"authentication_international"|"service"|
//! "referral_conversion"|"business_initiated"|"user_initiated"|null,"rate","cost","bsp_fee",
//! "conversation":{"id","action":"opened"|"joined","expires"}|null,"reason"}`. Money is always a decimal
//! string with 4–6 decimals (e.g. `"0.0250"`), never a float.

pub mod assumptions;
mod cbp;
pub mod config;
mod engine;
pub mod estimate;
mod explain;
mod meta_card;
mod pmp;
pub mod pricer;
pub mod rates;
pub mod rates_view;
pub mod regime;
mod state;
pub mod summary;
pub mod tiers;
pub mod tools;

#[cfg(test)]
mod examples_tests;
#[cfg(test)]
mod rule_tests;
#[cfg(test)]
mod testkit;

pub use config::PricingConfig;
pub use estimate::{Estimate, EstimateLine, Plan, estimate};
pub use pricer::Pricer;
pub use rates::{RateBook, RateCard, parse_meta_rate_card};
pub use rates_view::{RateRow, RatesOn, rates_on};
pub use regime::Regime;
pub use summary::{ExplainRow, Summary};
pub use tiers::{TierTable, parse_tiers};
pub use tools::{SimError, compare, simulate};

use jiff::civil::Date;
use rates::Missing;

/// Why an event could not be priced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PriceError {
    /// The card has no usable cell for a message that needs it.
    #[error("line {line}: no known {column} rate for {market} on {date}{}; pass --rate-card", why_text(.why))]
    MissingRate {
        /// Input line.
        line: u64,
        /// Column label.
        column: &'static str,
        /// Market name.
        market: String,
        /// Local date.
        date: Date,
        /// Why.
        why: Missing,
    },
    /// The date is before the first modelled regime.
    #[error("line {line}: {date} is before 2022-02-01, the earliest pricing regime modelled")]
    BeforeRegimes {
        /// Input line.
        line: u64,
        /// Local date.
        date: Date,
    },
    /// Events not in time order.
    #[error("line {line}: earlier than line {previous_line}; sort the log by time or pass --sort")]
    OutOfOrder {
        /// Input line.
        line: u64,
        /// The previous event's line.
        previous_line: u64,
    },
}

fn why_text(w: &Missing) -> &'static str {
    match w {
        Missing::NoCard => " (no built-in card covers this date)",
        Missing::NoMarket => " (the card does not list this market)",
        Missing::NotApplicable => " (the card prints n/a)",
        Missing::Unknown => "",
    }
}
