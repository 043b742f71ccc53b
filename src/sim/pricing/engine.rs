//! Shared engine pieces: the priced [`Outcome`] of a message, the per-event [`Ctx`] and [`Core`], which
//! holds everything but the per-user maps (rate look-ups, auth-international, counters).

use super::PriceError;
use super::assumptions::{A, Set};
use super::config::PricingConfig;
use super::rates::{BillingUnit, Missing, RateColumn};
use super::regime::Regime;
use super::summary::{Model, PricingCategory, PricingType};
use crate::sim::events::Event;
use crate::sim::fasthash::IntMap;
use crate::sim::market::{MarketMap, Resolved};
use crate::sim::money::Money;
use jiff::civil::Date;

/// How one delivered outgoing message was priced.
#[derive(Debug, Clone, Copy)]
pub(super) struct Outcome {
    pub model: Model,
    pub billable: bool,
    pub ptype: PricingType,
    pub pcat: PricingCategory,
    pub rate: Option<Money>,
    pub cost: Money,
    /// (id, opened?, expiry, is a free-entry-point window)
    pub conv: Option<(u32, bool, i64, bool)>,
    pub reason: &'static str,
    /// A number shown after the reason (free-tier or volume-tier position).
    pub nth: Option<u64>,
}

impl Outcome {
    pub(super) fn new(model: Model, ptype: PricingType, pcat: PricingCategory, reason: &'static str) -> Self {
        Outcome { model, billable: false, ptype, pcat, rate: None, cost: Money::ZERO, conv: None, reason, nth: None }
    }
    pub(super) fn charged(mut self, rate: Money) -> Self {
        self.billable = true;
        self.rate = Some(rate);
        self.cost = rate;
        self
    }
}

/// Everything but the per-user map, so rule code can borrow a user's state and the rest at once.
pub(crate) struct Core {
    pub cfg: PricingConfig,
    pub map: &'static MarketMap,
    pub assumed: Set,
    pub used_cards: u32,
    pub next_conv: u32,
    pub conversations: u64,
    pub cbp_free_used: u32,
    pub service_free: IntMap<u64, u32>,
    pub tier_count: IntMap<u32, u64>,
}

/// Context of the event being priced.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ctx<'e> {
    pub ev: &'e Event,
    pub date: Date,
    pub regime: Regime,
    pub market: Resolved,
    /// `ev.ts` in nanoseconds.
    pub t: i64,
}

impl Core {
    /// The list rate of a column, recording which card was used.
    pub(super) fn list_rate(&mut self, c: &Ctx<'_>, unit: BillingUnit, col: RateColumn) -> Result<Money, PriceError> {
        let forced = self.cfg.regime.is_some();
        match self.cfg.rates.rate(c.date, unit, c.market.market, col, forced) {
            Ok(f) => {
                if f.nearest {
                    self.assumed.add(A::ForcedRegimeCard);
                }
                if let Some(i) = f.builtin_index
                    && f.card.is_inferred()
                {
                    self.used_cards |= 1 << i;
                }
                Ok(f.rate)
            }
            // A forced regime's card may predate the market (e.g. Poland before 2026-07): bill the
            // number in the market it belonged to when that card was in force.
            Err(Missing::NoMarket) if forced => {
                let then =
                    self.cfg.rates.card_for(c.date, Some(unit), true).and_then(|(card, _)| card.from.or(card.to));
                let found = then.and_then(|on| {
                    let market = self.map.resolve(c.ev.user, on).market;
                    self.cfg.rates.rate(on, unit, market, col, true).ok()
                });
                match found {
                    Some(f) => {
                        self.assumed.add(A::ForcedRegimeCard);
                        Ok(f.rate)
                    }
                    None => Err(self.missing(c, col, Missing::NoMarket)),
                }
            }
            Err(why) => Err(self.missing(c, col, why)),
        }
    }

    pub(super) fn missing(&self, c: &Ctx<'_>, col: RateColumn, why: Missing) -> PriceError {
        PriceError::MissingRate {
            line: c.ev.line,
            column: col.label(),
            market: self.map.name(c.market.market).to_owned(),
            date: c.date,
            why,
        }
    }

    /// Whether an authentication message to this user is charged at the auth-international rate
    /// (before checking that the card has one).
    pub(super) fn auth_intl_applies(&self, c: &Ctx<'_>) -> bool {
        let Some(home) = self.cfg.business_country.as_deref() else {
            return false;
        };
        let iso = self.map.iso2(c.market);
        if iso.is_empty() || iso.iter().any(|i| i.eq_ignore_ascii_case(home)) {
            return false;
        }
        let start = self
            .cfg
            .auth_intl_exceptions
            .iter()
            .find(|(cc, _)| iso.iter().any(|i| i.eq_ignore_ascii_case(cc)))
            .map(|(_, t)| *t)
            .or(self.cfg.auth_intl_start);
        start.is_some_and(|s| c.ev.ts >= s)
    }

    /// Authentication rate: (rate, international?).
    pub(super) fn auth_rate(&mut self, c: &Ctx<'_>, unit: BillingUnit) -> Result<(Money, bool), PriceError> {
        if self.auth_intl_applies(c) {
            match self.list_rate(c, unit, RateColumn::AuthenticationInternational) {
                Ok(r) => return Ok((r, true)),
                Err(PriceError::MissingRate { why: Missing::NotApplicable | Missing::NoMarket, .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok((self.list_rate(c, unit, RateColumn::Authentication)?, false))
    }

    pub(super) fn new_conv_id(&mut self) -> u32 {
        self.next_conv = self.next_conv.wrapping_add(1);
        self.next_conv
    }
}
