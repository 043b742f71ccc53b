//! The streaming [`Pricer`]: push events in time order, then [`Pricer::finish`].

use super::PriceError;
use super::assumptions::{A, Set};
use super::config::PricingConfig;
use super::rates::{BillingUnit, Missing, RateBook, RateColumn};
use super::regime::Regime;
use super::state::{DayCache, UserState, month_key, month_text};
use super::summary::{Bucket, ConversationRef, ExplainRow, Model, PricingCategory, PricingType, RegimeUse, Summary};
use crate::sim::events::{Dir, Event};
use crate::sim::fasthash::IntMap;
use crate::sim::market::{MarketId, MarketMap, Resolved};
use crate::sim::money::Money;
use jiff::Timestamp;
use jiff::civil::Date;
use std::collections::BTreeMap;

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
    pub conv: Option<(u64, bool, Timestamp, bool)>,
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
pub(super) struct Core {
    pub cfg: PricingConfig,
    pub map: &'static MarketMap,
    pub assumed: Set,
    pub used_cards: u32,
    pub next_conv: u64,
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
        let Some(home) = self.cfg.business_country.as_deref() else { return false };
        let iso = self.map.iso2(c.market);
        if iso.is_empty() || iso.split('/').any(|i| i.eq_ignore_ascii_case(home)) {
            return false;
        }
        let start = self
            .cfg
            .auth_intl_exceptions
            .iter()
            .find(|(cc, _)| iso.split('/').any(|i| i.eq_ignore_ascii_case(cc)))
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

    pub(super) fn new_conv_id(&mut self) -> u64 {
        self.next_conv += 1;
        self.next_conv
    }
}

/// Streaming pricer.
pub struct Pricer {
    core: Core,
    users: IntMap<u64, UserState>,
    day: DayCache,
    prune_at: usize,
    month: Option<i32>,
    last: Option<(Timestamp, u64)>,
    total: Money,
    bsp: Money,
    charged: u64,
    free: u64,
    undelivered: u64,
    inbound: u64,
    by_cat: BTreeMap<PricingCategory, Bucket>,
    by_market: Vec<Bucket>,
    by_month: BTreeMap<i32, Bucket>,
    regimes: [Option<(Date, Date, u64)>; 4],
}

impl Pricer {
    /// A pricer for a configuration.
    pub fn new(cfg: PricingConfig) -> Self {
        let map = MarketMap::builtin();
        let day = DayCache::new(cfg.time_zone.clone());
        let mut assumed = Set::default();
        if cfg.bsp_fee.is_some() {
            assumed.add(A::BspFeeEveryEvent);
        }
        Pricer {
            core: Core {
                cfg,
                map,
                assumed,
                used_cards: 0,
                next_conv: 0,
                conversations: 0,
                cbp_free_used: 0,
                service_free: IntMap::default(),
                tier_count: IntMap::default(),
            },
            users: IntMap::default(),
            day,
            prune_at: 1 << 14,
            month: None,
            last: None,
            total: Money::ZERO,
            bsp: Money::ZERO,
            charged: 0,
            free: 0,
            undelivered: 0,
            inbound: 0,
            by_cat: BTreeMap::new(),
            by_market: vec![Bucket::default(); map.markets().len()],
            by_month: BTreeMap::new(),
            regimes: [None; 4],
        }
    }

    /// Total so far (excluding BSP fees).
    pub fn finish_total(&self) -> Money {
        self.total
    }

    /// Users currently tracked (memory gauge).
    pub fn tracked_users(&self) -> usize {
        self.users.len()
    }

    /// Prices one event. Events must come in time order (equal timestamps allowed).
    pub fn push(&mut self, ev: &Event) -> Result<Option<ExplainRow>, PriceError> {
        if let Some((t, line)) = self.last
            && ev.ts < t
        {
            return Err(PriceError::OutOfOrder { line: ev.line, previous_line: line });
        }
        self.last = Some((ev.ts, ev.line));
        let (date, new_day) = self.day.date(ev.ts);
        if new_day {
            self.new_day(ev.ts, date);
        }
        let regime = self.core.cfg.regime.or_else(|| Regime::for_date(date));
        let regime = regime.ok_or(PriceError::BeforeRegimes { line: ev.line, date })?;
        let ctx = Ctx { ev, date, regime, market: self.core.map.resolve(ev.user, date) };
        let fee = self.core.cfg.bsp_fee;
        let st = self.users.entry(ev.user).or_default();
        let outcome = match ev.dir {
            Dir::In => {
                st.last_in = Some(ev.ts);
                if ev.entry_point.is_some() {
                    st.entry_at = Some(ev.ts);
                }
                None
            }
            Dir::Out if !ev.delivered => None,
            Dir::Out => Some(match regime {
                Regime::Cbp2022 => self.core.cbp2022(st, &ctx)?,
                Regime::Cbp2023 => self.core.cbp2023(st, &ctx)?,
                Regime::Pmp2025 | Regime::Pmp2026Oct => self.core.pmp(st, &ctx)?,
            }),
        };
        let slot = &mut self.regimes[regime as usize];
        *slot = Some(slot.map_or((date, date, 1), |(f, _, n)| (f, date, n + 1)));
        if let Some(f) = fee {
            self.bsp += f;
        }
        match (ev.dir, &outcome) {
            (Dir::In, _) => self.inbound += 1,
            (Dir::Out, None) => self.undelivered += 1,
            (Dir::Out, Some(o)) => {
                self.total += o.cost;
                if o.cost.micros() != 0 {
                    self.charged += 1;
                } else {
                    self.free += 1;
                }
                self.by_cat.entry(o.pcat).or_default().add(o.cost);
                if let Some(b) = self.by_market.get_mut(ctx.market.market as usize) {
                    b.add(o.cost);
                }
                self.by_month.entry(month_key(date)).or_default().add(o.cost);
            }
        }
        Ok(self.core.cfg.explain.then(|| self.row(&ctx, outcome.as_ref(), fee)))
    }

    fn new_day(&mut self, t: Timestamp, date: Date) {
        let m = month_key(date);
        if self.month != Some(m) {
            self.month = Some(m);
            self.core.cbp_free_used = 0;
            self.core.service_free.clear();
            self.core.tier_count.clear();
        }
        if self.users.len() >= self.prune_at {
            self.users.retain(|_, s| !s.idle(t));
            self.prune_at = (self.users.len() * 2).max(1 << 14);
        }
    }

    fn row(&self, c: &Ctx<'_>, o: Option<&Outcome>, fee: Option<Money>) -> ExplainRow {
        let ev = c.ev;
        let market = self.core.map.name(c.market.market).to_owned();
        let (reason, conversation) = match o {
            None if ev.dir == Dir::In => {
                let r = if ev.entry_point.is_some() {
                    "user message from a free entry point: opens the 24-hour customer-service window"
                } else {
                    "user message: opens or resets the 24-hour customer-service window"
                };
                (r.to_owned(), None)
            }
            None => ("not delivered: never charged and opens nothing".to_owned(), None),
            Some(o) => {
                let reason = match o.nth {
                    Some(n) => format!("{} (#{n} this month)", o.reason),
                    None => o.reason.to_owned(),
                };
                let conv = o.conv.map(|(id, opened, exp, fep)| ConversationRef {
                    id: format!("{}-{id}", if fep { "fep" } else { "conv" }),
                    action: if opened { "opened" } else { "joined" },
                    expires: exp.to_string(),
                });
                (reason, conv)
            }
        };
        ExplainRow {
            line: ev.line,
            id: ev.id.as_deref().map(str::to_owned),
            ts: ev.ts.to_string(),
            direction: if ev.dir == Dir::In { "in" } else { "out" },
            user: format!("+{}", ev.user),
            market,
            regime: c.regime,
            pricing_model: o.map(|o| o.model),
            billable: o.is_some_and(|o| o.billable),
            pricing_type: o.map(|o| o.ptype),
            pricing_category: o.map(|o| o.pcat),
            rate: o.and_then(|o| o.rate),
            cost: o.map_or(Money::ZERO, |o| o.cost),
            bsp_fee: fee,
            conversation,
            reason,
        }
    }

    /// Totals, regimes used and assumptions.
    pub fn finish(self) -> Summary {
        let map = self.core.map;
        let mut assumptions = self.core.assumed.rows();
        for (i, card) in RateBook::builtin_cards().iter().enumerate() {
            if self.core.used_cards & (1 << i) != 0 {
                assumptions.push(super::summary::Assumption {
                    id: format!("card-{}", card.provenance),
                    text: format!(
                        "Rates on {}{} come from card {}, which is derived or has an inferred date (see data/SOURCE.md).",
                        card.from.map_or(String::new(), |d| d.to_string()),
                        card.to.map_or(String::new(), |d| format!("..{d}")),
                        card.provenance
                    ),
                });
            }
        }
        let regimes = Regime::ALL
            .into_iter()
            .filter_map(|r| {
                self.regimes[r as usize].map(|(f, t, n)| RegimeUse {
                    name: r,
                    from: f.to_string(),
                    to: t.to_string(),
                    events: n,
                })
            })
            .collect();
        Summary {
            currency: "USD",
            total: self.total,
            bsp_fees: self.bsp,
            total_with_bsp_fees: self.total + self.bsp,
            charged_messages: self.charged,
            free_messages: self.free,
            undelivered_messages: self.undelivered,
            inbound_messages: self.inbound,
            conversations: self.core.conversations,
            by_category: self.by_cat.into_iter().map(|(k, v)| (k.name().to_owned(), v)).collect(),
            by_market: self
                .by_market
                .iter()
                .enumerate()
                .filter(|(_, b)| b.messages > 0)
                .map(|(i, b)| (map.name(i as MarketId).to_owned(), *b))
                .collect(),
            by_month: self.by_month.into_iter().map(|(k, v)| (month_text(k), v)).collect(),
            regimes,
            assumptions,
        }
    }
}
