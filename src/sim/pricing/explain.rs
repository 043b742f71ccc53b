//! Building one `--explain` row from a priced event.

use super::engine::{Ctx, Outcome};
use super::pricer::Pricer;
use super::state::timestamp;
use super::summary::{ConversationRef, ExplainRow};
use crate::sim::events::Dir;
use crate::sim::money::Money;

impl Pricer {
    pub(super) fn row(&self, c: &Ctx<'_>, o: Option<&Outcome>, fee: Option<Money>) -> ExplainRow {
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
                    expires: timestamp(exp).to_string(),
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
            iso2: self.core.map.iso2(c.market),
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
}
