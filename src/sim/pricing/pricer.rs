//! The streaming [`Pricer`]: push events in time order, then [`Pricer::finish`].

use super::PriceError;
use super::assumptions::{A, Set};
use super::config::PricingConfig;
use super::engine::{Core, Ctx};
use super::rates::RateBook;
use super::regime::Regime;
use super::state::{CbpConvs, Conv, DayCache, UserState, convs_idle, month_key, month_text, nanos};
use super::summary::{Bucket, ExplainRow, PricingCategory, RegimeUse, Summary};
use crate::sim::events::{Dir, Event};
use crate::sim::fasthash::IntMap;
use crate::sim::market::{MarketId, MarketMap};
use crate::sim::money::Money;
use jiff::Timestamp;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// Streaming pricer.
pub struct Pricer {
    pub(super) core: Core,
    users: IntMap<u64, UserState>,
    cbp: IntMap<u64, CbpConvs>,
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
    by_cat: [Bucket; 8],
    by_market: Vec<Bucket>,
    by_month: BTreeMap<i32, Bucket>,
    cur_month: Option<(i32, Bucket)>,
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
            cbp: IntMap::default(),
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
            by_cat: [Bucket::default(); 8],
            by_market: vec![Bucket::default(); map.markets().len()],
            by_month: BTreeMap::new(),
            cur_month: None,
            regimes: [None; 4],
        }
    }

    /// Total so far (excluding BSP fees).
    pub fn finish_total(&self) -> Money {
        self.total
    }

    /// Cache warm-up hint: looks up the state of the given users so the memory loads of the next
    /// `push` calls overlap instead of stalling one by one. Call it on a small chunk (e.g. 64 events)
    /// before pushing them; it changes nothing.
    pub fn warm(&self, users: impl IntoIterator<Item = u64>) {
        let mut acc = 0i64;
        for u in users {
            acc ^= self.users.get(&u).map_or(0, |s| s.fep.exp ^ s.last_in);
        }
        std::hint::black_box(acc);
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
            self.new_day(nanos(ev.ts), date);
        }
        let regime = self.core.cfg.regime.or_else(|| Regime::for_date(date));
        let regime = regime.ok_or(PriceError::BeforeRegimes { line: ev.line, date })?;
        let t = nanos(ev.ts);
        let ctx = Ctx { ev, date, regime, market: self.core.map.resolve(ev.user, date), t };
        let fee = self.core.cfg.bsp_fee;
        let st = self.users.entry(ev.user).or_default();
        let outcome = match ev.dir {
            Dir::In => {
                st.last_in = t;
                if ev.entry_point.is_some() {
                    st.entry_at = t;
                }
                None
            }
            Dir::Out if !ev.delivered => None,
            Dir::Out => Some(match regime {
                Regime::Cbp2022 => {
                    let convs = self.cbp.entry(ev.user).or_insert([Conv::NONE; 4]);
                    self.core.cbp2022(st, convs, &ctx)?
                }
                Regime::Cbp2023 => {
                    let convs = self.cbp.entry(ev.user).or_insert([Conv::NONE; 4]);
                    self.core.cbp2023(st, convs, &ctx)?
                }
                Regime::Pmp2025 | Regime::Pmp2026Oct => {
                    let convs = if self.cbp.is_empty() { None } else { self.cbp.get(&ev.user) };
                    self.core.pmp(st, convs, &ctx)?
                }
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
                self.by_cat[o.pcat as usize].add(o.cost);
                if let Some(b) = self.by_market.get_mut(ctx.market.market as usize) {
                    b.add(o.cost);
                }
                let key = month_key(date);
                match &mut self.cur_month {
                    Some((k, b)) if *k == key => b.add(o.cost),
                    cur => {
                        if let Some((k, b)) = cur.take() {
                            merge(self.by_month.entry(k).or_default(), b);
                        }
                        let mut b = Bucket::default();
                        b.add(o.cost);
                        *cur = Some((key, b));
                    }
                }
            }
        }
        Ok(self.core.cfg.explain.then(|| self.row(&ctx, outcome.as_ref(), fee)))
    }

    fn new_day(&mut self, t: i64, date: Date) {
        let m = month_key(date);
        if self.month != Some(m) {
            self.month = Some(m);
            self.core.cbp_free_used = 0;
            self.core.service_free.clear();
            self.core.tier_count.clear();
        }
        if self.users.len() + self.cbp.len() >= self.prune_at {
            self.users.retain(|_, s| !s.idle(t));
            self.cbp.retain(|_, c| !convs_idle(c, t));
            self.prune_at = ((self.users.len() + self.cbp.len()) * 2).max(1 << 14);
        }
    }

    /// Totals, regimes used and assumptions.
    pub fn finish(mut self) -> Summary {
        let map = self.core.map;
        if let Some((k, b)) = self.cur_month.take() {
            merge(self.by_month.entry(k).or_default(), b);
        }
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
            by_category: PricingCategory::ALL
                .into_iter()
                .filter(|c| self.by_cat[*c as usize].messages > 0)
                .map(|c| (c.name().to_owned(), self.by_cat[c as usize]))
                .collect(),
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

fn merge(into: &mut Bucket, b: Bucket) {
    into.messages += b.messages;
    into.charged += b.charged;
    into.free += b.free;
    into.cost += b.cost;
}
