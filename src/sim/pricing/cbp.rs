//! Conversation-based pricing (platform-rules §2): cbp-2022 (user-/business-initiated) and cbp-2023
//! (four categories, free entry points, service free tier then free service).

use super::PriceError;
use super::assumptions::A;
use super::engine::{Core, Ctx, Outcome};
use super::rates::{BillingUnit, RateColumn};
use super::state::{CONVERSATION, CbpConvs, Conv, FEP_WINDOW, NEVER, UserState, after};
use super::summary::{Model, PricingCategory as PC, PricingType as PT};
use crate::sim::events::{Category, Kind};
use jiff::civil::date;

/// CBP monthly free tier (conversations per WABA).
pub const CBP_FREE_TIER: u32 = 1_000;

fn slot(c: Category) -> usize {
    match c {
        Category::Marketing => 0,
        Category::Utility => 1,
        Category::Authentication => 2,
    }
}

fn joined(cv: Conv, reason: &'static str) -> Outcome {
    let mut o = Outcome::new(Model::Cbp, cv.ptype, cv.pcat, reason);
    o.billable = cv.ptype == PT::Regular;
    o.conv = Some((cv.id, false, cv.exp, false));
    o
}

impl Core {
    fn open(&mut self, st: &mut UserState, cv_: &mut CbpConvs, s: usize, c: &Ctx<'_>, o: Outcome, len: i64) -> Outcome {
        let id = self.new_conv_id();
        self.conversations += 1;
        let cv = Conv { exp: after(c.t, len), id, ptype: o.ptype, pcat: o.pcat };
        if s == usize::MAX {
            st.fep = cv;
        } else {
            cv_[s] = cv;
        }
        Outcome { conv: Some((id, true, cv.exp, false)), ..o }
    }

    /// Free-tier check for a conversation about to open; `None` when the tier is used up.
    fn free_tier(&mut self) -> Option<u64> {
        self.assumed.add(A::SingleWaba);
        (self.cbp_free_used < CBP_FREE_TIER).then(|| {
            self.cbp_free_used += 1;
            u64::from(self.cbp_free_used)
        })
    }

    /// cbp-2023 (2023-06-01 … 2025-06-30).
    pub(super) fn cbp2023(
        &mut self,
        st: &mut UserState,
        convs: &mut CbpConvs,
        c: &Ctx<'_>,
    ) -> Result<Outcome, PriceError> {
        let t = c.t;
        if let Some(f) = st.fep_open(t) {
            return Ok(joined(f, "inside an open free-entry-point conversation (72 h): free"));
        }
        if st.entry_pending(t) {
            *convs = [Conv::NONE; 4];
            st.entry_at = NEVER;
            let o = Outcome::new(
                Model::Cbp,
                PT::FreeEntryPoint,
                PC::ReferralConversion,
                "reply within 24 h to a user from a click-to-WhatsApp ad or Page CTA: opens a free 72-hour entry-point conversation and closes all others",
            );
            return Ok(self.open(st, convs, usize::MAX, c, o, FEP_WINDOW));
        }
        match c.ev.kind {
            Kind::Template(cat) => {
                let s = slot(cat);
                if let Some(cv) = convs[s].if_open(t) {
                    let r = match cat {
                        Category::Marketing => "a marketing conversation is open: no new conversation",
                        Category::Utility => "a utility conversation is open: no new conversation",
                        Category::Authentication => "an authentication conversation is open: no new conversation",
                    };
                    return Ok(joined(cv, r));
                }
                let (rate, pc, r) = match cat {
                    Category::Marketing => (
                        self.list_rate(c, BillingUnit::PerConversation, RateColumn::Marketing)?,
                        PC::Marketing,
                        "no open marketing conversation: opens a 24-hour marketing conversation",
                    ),
                    Category::Utility => (
                        self.list_rate(c, BillingUnit::PerConversation, RateColumn::Utility)?,
                        PC::Utility,
                        "no open utility conversation: opens a 24-hour utility conversation",
                    ),
                    Category::Authentication => {
                        let (rate, intl) = self.auth_rate(c, BillingUnit::PerConversation)?;
                        if intl {
                            (
                                rate,
                                PC::AuthenticationInternational,
                                "no open authentication conversation: opens a 24-hour authentication-international conversation",
                            )
                        } else {
                            (
                                rate,
                                PC::Authentication,
                                "no open authentication conversation: opens a 24-hour authentication conversation",
                            )
                        }
                    }
                };
                let o = Outcome::new(Model::Cbp, PT::Regular, pc, r).charged(rate);
                Ok(self.open(st, convs, s, c, o, CONVERSATION))
            }
            Kind::Other => {
                if let Some(cv) = convs.iter().filter(|x| x.open_at(t)).max_by_key(|x| x.exp) {
                    return Ok(joined(*cv, "a conversation is open: the non-template message joins it"));
                }
                if !st.csw_open(t) {
                    self.assumed.add(A::NonTemplateOutsideCsw);
                }
                let o = if c.date >= date(2024, 11, 1) {
                    Outcome::new(
                        Model::Cbp,
                        PT::FreeCustomerService,
                        PC::Service,
                        "no open conversation: opens a service conversation, free from 2024-11-01",
                    )
                } else if let Some(n) = self.free_tier() {
                    Outcome {
                        nth: Some(n),
                        ..Outcome::new(
                            Model::Cbp,
                            PT::FreeTier,
                            PC::Service,
                            "no open conversation: opens a service conversation within the 1,000 free per month",
                        )
                    }
                } else {
                    let rate = self.list_rate(c, BillingUnit::PerConversation, RateColumn::Service)?;
                    Outcome::new(
                        Model::Cbp,
                        PT::Regular,
                        PC::Service,
                        "no open conversation: opens a paid service conversation (free tier used up)",
                    )
                    .charged(rate)
                };
                Ok(self.open(st, convs, 3, c, o, CONVERSATION))
            }
        }
    }

    /// cbp-2022 (2022-02-01 … 2023-05-31): one 24-hour conversation at a time per user.
    pub(super) fn cbp2022(
        &mut self,
        st: &mut UserState,
        convs: &mut CbpConvs,
        c: &Ctx<'_>,
    ) -> Result<Outcome, PriceError> {
        let t = c.t;
        if let Some(cv) = convs[3].if_open(t) {
            return Ok(joined(cv, "a 24-hour conversation is open: the message joins it"));
        }
        let user_initiated = st.csw_open(t);
        if !user_initiated && c.ev.kind == Kind::Other {
            self.assumed.add(A::NonTemplateOutsideCsw);
        }
        if user_initiated && st.entry_pending(t) {
            st.entry_at = NEVER;
            self.assumed.add(A::Cbp2022EntryPoint);
            let o = Outcome::new(
                Model::Cbp,
                PT::FreeEntryPoint,
                PC::ReferralConversion,
                "reply to a user from a click-to-WhatsApp ad or Page CTA: free user-initiated conversation",
            );
            return Ok(self.open(st, convs, 3, c, o, CONVERSATION));
        }
        let (pc, col, r) = if user_initiated {
            (
                PC::UserInitiated,
                RateColumn::Service,
                "reply within 24 h of a user message: opens a user-initiated conversation",
            )
        } else {
            (
                PC::BusinessInitiated,
                RateColumn::Marketing,
                "no user message in the last 24 h: opens a business-initiated conversation",
            )
        };
        let o = if let Some(n) = self.free_tier() {
            Outcome {
                nth: Some(n),
                ..Outcome::new(
                    Model::Cbp,
                    PT::FreeTier,
                    pc,
                    "one of the first 1,000 conversations this month: free tier",
                )
            }
        } else {
            self.assumed.add(A::Cbp2022Columns);
            let rate = self.list_rate(c, BillingUnit::PerConversation, col)?;
            Outcome::new(Model::Cbp, PT::Regular, pc, r).charged(rate)
        };
        Ok(self.open(st, convs, 3, c, o, CONVERSATION))
    }
}
