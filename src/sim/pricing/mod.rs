//! The pricing engine: every dated regime (platform-rules §1–§4), streaming and exact.
//!
//! Use [`Pricer`]: `push` each event in time order, then `finish` for a [`Summary`]. See also
//! [`estimate`], [`rates_on`], [`compare`] and [`simulate`].

pub mod assumptions;
mod cbp;
pub mod config;
mod pmp;
pub mod pricer;
pub mod rates;
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
pub use pricer::Pricer;
pub use rates::{RateBook, RateCard, parse_meta_rate_card};
pub use regime::Regime;
pub use summary::{ExplainRow, Summary};
pub use tiers::{TierTable, parse_tiers};
pub use tools::{Estimate, Plan, RatesOn, SimError, compare, estimate, rates_on, simulate};

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
