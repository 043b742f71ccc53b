//! Per-message pricing (platform-rules §3): pmp-2025 and pmp-2026-10.

use super::PriceError;
use super::assumptions::A;
use super::engine::{Core, Ctx, Outcome};
use super::rates::{BillingUnit, Missing, RateColumn};
use super::regime::Regime;
use super::state::{CbpConvs, Conv, FEP_WINDOW, NEVER, UserState, after};
use super::summary::{Model, PricingCategory as PC, PricingType as PT};
use super::tiers::TierCategory;
use crate::sim::events::{Category, Kind};
use crate::sim::money::Money;

/// 2026-10 service free tier per business phone number per month.
pub const SERVICE_FREE_TIER: u32 = 1_000;

impl Core {
    /// Volume-tier rate of the next charged message of this market/category this month.
    fn tiered(&mut self, c: &Ctx<'_>, list: Money, tc: TierCategory) -> (Money, Option<u64>) {
        let Some(tiers) = self.cfg.tiers.clone() else {
            self.assumed.add(A::ListRatesNoTiers);
            return (list, None);
        };
        self.assumed.add(A::SingleWaba);
        let counter = if tc == TierCategory::Utility { 0 } else { 1 };
        let n = self.tier_count.entry(u32::from(c.market.market) << 1 | counter).or_insert(0);
        *n += 1;
        let n = *n;
        match tiers.rate(c.market.market, tc, n) {
            Some(r) => (r, Some(n)),
            None => {
                self.assumed.add(A::TiersMissingMarket);
                (list, Some(n))
            }
        }
    }

    fn service_rate(&mut self, c: &Ctx<'_>) -> Result<Money, PriceError> {
        match self.list_rate(c, BillingUnit::PerMessage, RateColumn::Service) {
            Err(PriceError::MissingRate { why: Missing::NotApplicable | Missing::Unknown, .. }) => {
                self.assumed.add(A::ServiceRateFromUtility);
                self.list_rate(c, BillingUnit::PerMessage, RateColumn::Utility)
            }
            r => r,
        }
    }

    /// pmp-2025 and pmp-2026-10.
    pub(super) fn pmp(
        &mut self,
        st: &mut UserState,
        convs: Option<&CbpConvs>,
        c: &Ctx<'_>,
    ) -> Result<Outcome, PriceError> {
        let t = c.t;
        let oct = c.regime == Regime::Pmp2026Oct;
        if let Some(f) = st.fep_open(t) {
            let mut o = Outcome::new(
                Model::Pmp,
                PT::FreeEntryPoint,
                PC::ReferralConversion,
                "inside an open free-entry-point window (72 h): free",
            );
            o.conv = Some((f.id, false, f.exp, true));
            return Ok(o);
        }
        if st.entry_pending(t) {
            st.entry_at = NEVER;
            let id = self.new_conv_id();
            let cv = Conv { exp: after(t, FEP_WINDOW), id, ptype: PT::FreeEntryPoint, pcat: PC::ReferralConversion };
            st.fep = cv;
            let mut o = Outcome::new(
                Model::Pmp,
                PT::FreeEntryPoint,
                PC::ReferralConversion,
                "reply within 24 h to a user from a click-to-WhatsApp ad or Page CTA: free, opens a 72-hour free-entry-point window",
            );
            o.conv = Some((id, true, cv.exp, true));
            return Ok(o);
        }
        let csw = st.csw_open(t);
        match c.ev.kind {
            Kind::Template(cat) => {
                let s = match cat {
                    Category::Marketing => 0,
                    Category::Utility => 1,
                    Category::Authentication => 2,
                };
                if let Some(cv) = convs.and_then(|cv| cv[s].if_open(t)) {
                    self.assumed.add(A::CbpCarryover);
                    let mut o = Outcome::new(
                        Model::Cbp,
                        cv.ptype,
                        cv.pcat,
                        "joins a conversation of its category opened under CBP before 2025-07-01: no extra charge",
                    );
                    o.billable = cv.ptype == PT::Regular;
                    o.conv = Some((cv.id, false, cv.exp, false));
                    return Ok(o);
                }
                match cat {
                    Category::Marketing => {
                        let rate = self.list_rate(c, BillingUnit::PerMessage, RateColumn::Marketing)?;
                        Ok(Outcome::new(
                            Model::Pmp,
                            PT::Regular,
                            PC::Marketing,
                            "marketing template: charged per delivered message",
                        )
                        .charged(rate))
                    }
                    Category::Utility if csw && !oct => Ok(Outcome::new(
                        Model::Pmp,
                        PT::FreeCustomerService,
                        PC::Utility,
                        "utility template inside an open customer-service window: free",
                    )),
                    Category::Utility => {
                        let list = self.list_rate(c, BillingUnit::PerMessage, RateColumn::Utility)?;
                        let (rate, nth) = self.tiered(c, list, TierCategory::Utility);
                        let r = if csw {
                            self.assumed.add(A::UtilityInCswCharged);
                            "utility template inside the customer-service window: charged from 2026-10-01"
                        } else {
                            "utility template outside a customer-service window: charged"
                        };
                        Ok(Outcome { nth, ..Outcome::new(Model::Pmp, PT::Regular, PC::Utility, r).charged(rate) })
                    }
                    Category::Authentication => {
                        let (list, intl) = self.auth_rate(c, BillingUnit::PerMessage)?;
                        let (tc, pc, r) = if intl {
                            (
                                TierCategory::AuthenticationInternational,
                                PC::AuthenticationInternational,
                                "authentication template to another country after the auth-international start: charged at the international rate",
                            )
                        } else {
                            (
                                TierCategory::Authentication,
                                PC::Authentication,
                                "authentication template: always charged outside a free-entry-point window",
                            )
                        };
                        let (rate, nth) = self.tiered(c, list, tc);
                        Ok(Outcome { nth, ..Outcome::new(Model::Pmp, PT::Regular, pc, r).charged(rate) })
                    }
                }
            }
            Kind::Other => {
                if !csw {
                    self.assumed.add(A::NonTemplateOutsideCsw);
                }
                if !oct {
                    return Ok(Outcome::new(
                        Model::Pmp,
                        PT::FreeCustomerService,
                        PC::Service,
                        "non-template message: free",
                    ));
                }
                self.assumed.add(A::ServiceFreeTier);
                let key = c.ev.phone_number_id.unwrap_or_else(|| {
                    self.assumed.add(A::PhoneIdMissingPooled);
                    u64::MAX
                });
                let used = self.service_free.entry(key).or_insert(0);
                *used = used.saturating_add(1);
                let n = *used;
                if n <= SERVICE_FREE_TIER {
                    return Ok(Outcome {
                        nth: Some(u64::from(n)),
                        ..Outcome::new(
                            Model::Pmp,
                            PT::FreeCustomerService,
                            PC::Service,
                            "service message within the business number's 1,000 free this month",
                        )
                    });
                }
                let rate = self.service_rate(c)?;
                Ok(Outcome {
                    nth: Some(u64::from(n)),
                    ..Outcome::new(
                        Model::Pmp,
                        PT::Regular,
                        PC::Service,
                        "service message after the number's 1,000 free this month: charged at the service rate",
                    )
                    .charged(rate)
                })
            }
        }
    }
}
