//! Output types: per-event explanation rows, totals, and the assumptions behind them.

use super::regime::Regime;
use crate::sim::money::Money;
use serde::Serialize;
use std::collections::BTreeMap;

/// Meta's `pricing_model`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Model {
    /// Conversation-based.
    #[serde(rename = "CBP")]
    Cbp,
    /// Per-message.
    #[serde(rename = "PMP")]
    Pmp,
}

/// Meta's `pricing.type`, plus `free_tier` for CBP free-tier conversations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PricingType {
    /// Billable.
    Regular,
    /// Free: customer-service (non-template, utility in CSW, 2026-10 service free tier, CBP service after 2024-11).
    FreeCustomerService,
    /// Free: inside a free-entry-point window/conversation.
    FreeEntryPoint,
    /// Free: CBP monthly free-tier conversation.
    FreeTier,
}

/// Meta's `pricing.category` (and the 2022 conversation kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PricingCategory {
    /// Marketing.
    Marketing,
    /// Utility.
    Utility,
    /// Authentication.
    Authentication,
    /// Authentication-international (underscore spelling, see platform-rules §10.3).
    AuthenticationInternational,
    /// Service.
    Service,
    /// Free entry point.
    ReferralConversion,
    /// cbp-2022 business-initiated conversation.
    BusinessInitiated,
    /// cbp-2022 user-initiated conversation.
    UserInitiated,
}

impl PricingCategory {
    /// All categories, in declaration order.
    pub const ALL: [PricingCategory; 8] = [
        PricingCategory::Marketing,
        PricingCategory::Utility,
        PricingCategory::Authentication,
        PricingCategory::AuthenticationInternational,
        PricingCategory::Service,
        PricingCategory::ReferralConversion,
        PricingCategory::BusinessInitiated,
        PricingCategory::UserInitiated,
    ];

    /// snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            PricingCategory::Marketing => "marketing",
            PricingCategory::Utility => "utility",
            PricingCategory::Authentication => "authentication",
            PricingCategory::AuthenticationInternational => "authentication_international",
            PricingCategory::Service => "service",
            PricingCategory::ReferralConversion => "referral_conversion",
            PricingCategory::BusinessInitiated => "business_initiated",
            PricingCategory::UserInitiated => "user_initiated",
        }
    }
}

/// A CBP conversation (or PMP free-entry-point window) a message opened or joined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationRef {
    /// Simulator-local id, e.g. `conv-17`.
    pub id: String,
    /// `opened` or `joined`.
    pub action: &'static str,
    /// When it expires (RFC 3339, UTC).
    pub expires: String,
}

/// One row of `--explain`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExplainRow {
    /// Input line.
    pub line: u64,
    /// The event's id.
    pub id: Option<String>,
    /// Timestamp (RFC 3339, UTC).
    pub ts: String,
    /// `out` or `in`.
    pub direction: &'static str,
    /// The user's number, `+E164`.
    pub user: String,
    /// Billing market.
    pub market: String,
    /// ISO 3166 alpha-2 codes the user's calling code covers (`+1`: `CA`, `US`); none for `Other`.
    pub iso2: &'static [String],
    /// Regime applied.
    pub regime: Regime,
    /// `CBP`/`PMP`; absent for inbound and undelivered messages.
    pub pricing_model: Option<Model>,
    /// Meta's `billable` (CBP: true for every message of a paid conversation).
    pub billable: bool,
    /// Meta's `pricing.type`.
    pub pricing_type: Option<PricingType>,
    /// Meta's `pricing.category`.
    pub pricing_category: Option<PricingCategory>,
    /// Rate applied (per message or per conversation), when one was charged.
    pub rate: Option<Money>,
    /// Cost of this event (excluding BSP fee).
    pub cost: Money,
    /// BSP fee on this event, if configured.
    pub bsp_fee: Option<Money>,
    /// Conversation opened or joined (CBP) / free-entry-point window (PMP).
    pub conversation: Option<ConversationRef>,
    /// One-line reason.
    pub reason: String,
}

/// Counts and cost of a group of messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// Delivered outgoing messages.
    pub messages: u64,
    /// Of which carried a charge.
    pub charged: u64,
    /// Of which were free.
    pub free: u64,
    /// Cost.
    pub cost: Money,
}

impl Bucket {
    pub(crate) fn add(&mut self, cost: Money) {
        self.messages += 1;
        if cost.micros() != 0 {
            self.charged += 1;
        } else {
            self.free += 1;
        }
        self.cost += cost;
    }
}

/// Where and how much a regime was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegimeUse {
    /// Regime name.
    pub name: Regime,
    /// First local date priced under it.
    pub from: String,
    /// Last local date priced under it.
    pub to: String,
    /// Events priced under it.
    pub events: u64,
}

/// An assumption that affected the run.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Assumption {
    /// Short stable id.
    pub id: String,
    /// One sentence.
    pub text: String,
}

/// The totals of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Always `USD`.
    pub currency: &'static str,
    /// Sum of all event costs (BSP fees excluded).
    pub total: Money,
    /// Sum of BSP fees.
    pub bsp_fees: Money,
    /// `total + bsp_fees`.
    pub total_with_bsp_fees: Money,
    /// Delivered outgoing messages that carried a charge (CBP: those that opened a paid conversation).
    pub charged_messages: u64,
    /// Delivered outgoing messages that were free.
    pub free_messages: u64,
    /// Outgoing messages not delivered (never charged).
    pub undelivered_messages: u64,
    /// Inbound messages.
    pub inbound_messages: u64,
    /// CBP conversations opened (paid and free).
    pub conversations: u64,
    /// By `pricing_category`.
    pub by_category: BTreeMap<String, Bucket>,
    /// By billing market.
    pub by_market: BTreeMap<String, Bucket>,
    /// By month `YYYY-MM` in the WABA time zone.
    pub by_month: BTreeMap<String, Bucket>,
    /// Regimes used.
    pub regimes: Vec<RegimeUse>,
    /// Assumptions that affected this run.
    pub assumptions: Vec<Assumption>,
}
