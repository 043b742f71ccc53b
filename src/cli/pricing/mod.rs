//! `waba pricing`: what messages cost, offline, under the rules in force on each date.

mod compare;
mod estimate;
mod market;
mod rates;
mod simulate;
mod view;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Subcommand};
use jiff::civil::Date;

use super::ctx::Ctx;
use super::error::{CliError, CliResult, Kind};
use super::eventlog;
use super::input;
use crate::sim::events::fields;
use crate::sim::market::MarketMap;
use crate::sim::money::Money;
use crate::sim::pricing::{PriceError, PricingConfig, RateBook, Regime, SimError, parse_meta_rate_card, parse_tiers};

/// Pricing commands.
#[derive(Debug, Subcommand)]
pub enum PricingCommand {
    /// Price an event log: totals by category, market and month; --explain for every event
    Simulate(simulate::SimulateArgs),
    /// Estimate a planned month from message counts
    Estimate(estimate::EstimateArgs),
    /// Show the rate card in force on a date
    Rates(rates::RatesArgs),
    /// Show which market a phone number is billed in, and why; without one, list the markets
    Market(market::MarketArgs),
    /// Price the same log under every regime, side by side
    Compare(compare::CompareArgs),
}

/// Run a pricing command. None of them needs an account: they work offline.
pub async fn run(ctx: &mut Ctx, cmd: PricingCommand) -> CliResult {
    match cmd {
        PricingCommand::Simulate(args) => simulate::run(ctx, &args),
        PricingCommand::Estimate(args) => estimate::run(ctx, &args),
        PricingCommand::Rates(args) => rates::run(ctx, &args),
        PricingCommand::Market(args) => market::run(ctx, &args),
        PricingCommand::Compare(args) => compare::run(ctx, &args),
    }
}

/// The rules and rates to price with, shared by simulate and estimate: `--regime` and the rest.
#[derive(Debug, Clone, Args)]
pub struct RuleArgs {
    #[command(flatten)]
    pub rates: RateArgs,

    /// Price everything under one regime (what-if): cbp-2022, cbp-2023, pmp-2025, pmp-2026-10
    #[arg(long, value_name = "NAME", value_parser = parse_regime, help_heading = "Rules")]
    pub regime: Option<Regime>,
}

impl RuleArgs {
    /// The engine's configuration.
    pub fn config(&self) -> CliResult<PricingConfig> {
        self.rates.config(self.regime)
    }
}

/// The time zone and rates to price with, without `--regime` (`compare` prices under every one).
#[derive(Debug, Clone, Args)]
pub struct RateArgs {
    /// The WABA's time zone (IANA name): month boundaries and regime switches
    #[arg(long, value_name = "IANA", default_value = "UTC", value_parser = eventlog::parse_time_zone, help_heading = "Rules")]
    pub timezone: jiff::tz::TimeZone,

    /// Meta's rate-card CSV (Market,Currency,Marketing,Utility,…) to use instead of the built-in cards
    #[arg(long, value_name = "FILE", help_heading = "Rates")]
    pub rate_card: Option<PathBuf>,

    /// Meta's volume-tier CSV ("Tier Pricing"); without it list rates apply
    #[arg(long, value_name = "FILE", help_heading = "Rates")]
    pub tiers: Option<PathBuf>,

    /// Primary business location (ISO 3166 alpha-2), for authentication-international
    #[arg(long, value_name = "ISO2", value_parser = parse_iso2, help_heading = "Rates")]
    pub business_country: Option<String>,

    /// When authentication-international starts being charged (YYYY-MM-DD or RFC 3339)
    #[arg(long, value_name = "DATE", value_parser = parse_instant, help_heading = "Rates")]
    pub auth_intl_start: Option<jiff::Timestamp>,

    /// A provider's fee per sent and received message, e.g. 0.002 (shown as its own line)
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money, help_heading = "Rates")]
    pub bsp_fee: Option<Money>,
}

impl RateArgs {
    /// The engine's configuration, under `regime` or the one each date falls in.
    pub fn config(&self, regime: Option<Regime>) -> CliResult<PricingConfig> {
        let rates = rate_book(self.rate_card.as_deref())?;
        let tiers = match &self.tiers {
            Some(path) => Some(Arc::new(parse_tiers(&input::read_text(path)?).map_err(|e| {
                CliError::usage(format!("{}: {e}", input::display(path))).hint(
                    "pass Meta's Tier Pricing CSV: Market,Currency,From,To,Rate type,Rate,vs. List rate (see README)",
                )
            })?)),
            None => None,
        };
        Ok(PricingConfig {
            time_zone: self.timezone.clone(),
            regime,
            rates,
            tiers,
            business_country: self.business_country.clone(),
            auth_intl_start: self.auth_intl_start,
            auth_intl_exceptions: Vec::new(),
            bsp_fee: self.bsp_fee,
            explain: false,
        })
    }
}

/// The built-in rate cards, or Meta's card from `path` in their place.
pub fn rate_book(path: Option<&Path>) -> CliResult<RateBook> {
    let Some(path) = path else { return Ok(RateBook::builtin()) };
    let card = parse_meta_rate_card(&input::read_text(path)?).map_err(|e| {
        CliError::usage(format!("{}: {e}", input::display(path))).hint(
            "pass Meta's rate-card CSV: Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service",
        )
    })?;
    Ok(RateBook::with_override(card))
}

/// `--market`: a market's name (any case), a country's name or ISO code, or a phone number,
/// as the name of the market it bills in on `date`.
pub fn market_name(query: &str, date: Date) -> CliResult<String> {
    let map = MarketMap::builtin();
    let hint = "name a market as on Meta's rate card (India, \"North America\"), a country's ISO code (IN) \
                or a number (+919876500003); `waba pricing market` lists the markets";
    match map.find(query, date) {
        Ok(id) => Ok(map.name(id).to_string()),
        Err(_) if query.trim_start().starts_with('+') => {
            Err(CliError::usage(format!("--market {query:?}: not an E.164 number")).hint(hint))
        }
        Err(close) if close.is_empty() => {
            Err(CliError::usage(format!("--market {query:?}: unknown market")).hint(hint))
        }
        Err(close) => {
            let close: Vec<String> = close.iter().map(|m| format!("{m:?}")).collect();
            Err(CliError::usage(format!("--market {query:?}: unknown market; did you mean {}?", close.join(" or ")))
                .hint(hint))
        }
    }
}

/// Today's date in UTC: the default `--date`.
pub fn today() -> Date {
    jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::UTC).date()
}

/// The error for an engine failure: a bad line or a rate the sources do not know (exit 2).
pub fn sim_error(log: &str, err: SimError) -> CliError {
    match err {
        SimError::Price(PriceError::MissingRate { .. }) => CliError::new(Kind::Usage, format!("{log}: {err}"))
            .hint("download Meta's rate card for that date and pass it with --rate-card FILE (`waba pricing rates --date D` shows the built-in card)"),
        SimError::Price(err) => CliError::new(Kind::Usage, format!("{log}: {err}")),
        SimError::Log(err) => CliError::new(Kind::Usage, format!("{log}: {err}")),
        SimError::Request(message) => CliError::usage(message),
    }
}

fn parse_regime(s: &str) -> Result<Regime, String> {
    Regime::parse(s).ok_or_else(|| "expected one of cbp-2022, cbp-2023, pmp-2025, pmp-2026-10".to_string())
}

fn parse_iso2(s: &str) -> Result<String, String> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err("expected a two-letter country code such as BR or IN".to_string())
    }
}

fn parse_money(s: &str) -> Result<Money, String> {
    match Money::parse(s) {
        Some(m) if m.micros() >= 0 => Ok(m),
        _ => Err("expected a non-negative amount in USD with at most 6 decimals, e.g. 0.002".to_string()),
    }
}

/// A date `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|_| "expected a date as YYYY-MM-DD".to_string())
}

/// An instant: RFC 3339, or a date meaning its midnight UTC.
fn parse_instant(s: &str) -> Result<jiff::Timestamp, String> {
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(ts);
    }
    let date = parse_date(s).map_err(|_| "expected YYYY-MM-DD or an RFC 3339 timestamp".to_string())?;
    date.to_zoned_datetime(jiff::tz::TimeZone::UTC).map(|z| z.timestamp()).map_err(|e| e.to_string())
}

/// A phone number in E.164, as digits.
pub fn parse_phone(s: &str) -> Result<u64, String> {
    let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
    fields::user(0, &compact).map_err(|e| format!("{}; write it as +14155550100", e.reason))
}
