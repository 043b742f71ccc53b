//! Per-user pricing state and the local-day cache.

use super::summary::{PricingCategory, PricingType};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Free-entry-point window / conversation length, in nanoseconds.
pub const FEP_WINDOW: i64 = 72 * HOUR;
/// CBP conversation length, in nanoseconds.
pub const CONVERSATION: i64 = 24 * HOUR;
/// Customer-service window, in nanoseconds.
pub const CSW: i64 = 24 * HOUR;
const HOUR: i64 = 3_600_000_000_000;
/// "No time" sentinel.
pub const NEVER: i64 = i64::MIN;

/// A timestamp as i64 nanoseconds since the Unix epoch (±292 years), saturating.
pub fn nanos(t: Timestamp) -> i64 {
    let n = t.as_nanosecond();
    i64::try_from(n).unwrap_or(if n < 0 { NEVER + 1 } else { i64::MAX })
}

/// Back to a timestamp (for output).
pub fn timestamp(n: i64) -> Timestamp {
    Timestamp::from_nanosecond(i128::from(n)).unwrap_or(Timestamp::MAX)
}

/// `t + d`, saturating.
pub fn after(t: i64, d: i64) -> i64 {
    t.saturating_add(d)
}

/// An open conversation (CBP) or free-entry-point window; `exp == NEVER` means none. 16 bytes.
#[derive(Debug, Clone, Copy)]
pub struct Conv {
    /// Expiry (exclusive), nanoseconds.
    pub exp: i64,
    /// Simulator id.
    pub id: u32,
    /// How messages in it are reported.
    pub ptype: PricingType,
    /// Its category.
    pub pcat: PricingCategory,
}

impl Conv {
    /// No conversation.
    pub const NONE: Conv = Conv { exp: NEVER, id: 0, ptype: PricingType::Regular, pcat: PricingCategory::Service };

    /// Open at `t`?
    pub fn open_at(&self, t: i64) -> bool {
        t < self.exp
    }

    /// `Some(self)` when open at `t`.
    pub fn if_open(self, t: i64) -> Option<Conv> {
        self.open_at(t).then_some(self)
    }
}

/// CBP conversations of one user: marketing, utility, authentication, service (cbp-2022 uses slot 3).
/// Kept in a separate map so per-message pricing touches only the small [`UserState`].
pub type CbpConvs = [Conv; 4];

/// Whether all of a user's CBP conversations have expired at `t`.
pub fn convs_idle(c: &CbpConvs, t: i64) -> bool {
    c.iter().all(|c| !c.open_at(t))
}

/// What the engine remembers about one user (32 bytes; times in nanoseconds).
#[derive(Debug, Clone)]
pub struct UserState {
    /// Last inbound message (CSW start), or NEVER.
    pub last_in: i64,
    /// Last unanswered inbound message from an entry point, or NEVER.
    pub entry_at: i64,
    /// Free-entry-point conversation/window.
    pub fep: Conv,
}

impl Default for UserState {
    fn default() -> Self {
        UserState { last_in: NEVER, entry_at: NEVER, fep: Conv::NONE }
    }
}

fn within(start: i64, len: i64, t: i64) -> bool {
    start != NEVER && start <= t && t < start.saturating_add(len)
}

impl UserState {
    /// Whether the customer-service window is open at `t`.
    pub fn csw_open(&self, t: i64) -> bool {
        within(self.last_in, CSW, t)
    }

    /// Whether an unanswered entry-point message is less than 24 h old at `t`.
    pub fn entry_pending(&self, t: i64) -> bool {
        within(self.entry_at, CSW, t)
    }

    /// The open FEP conversation/window at `t`.
    pub fn fep_open(&self, t: i64) -> Option<Conv> {
        self.fep.if_open(t)
    }

    /// Nothing open at `t`: safe to forget.
    pub fn idle(&self, t: i64) -> bool {
        !self.csw_open(t) && !self.entry_pending(t) && !self.fep.open_at(t)
    }
}

/// Caches the local date of the current day so most events need no time-zone arithmetic.
#[derive(Debug, Clone)]
pub struct DayCache {
    tz: TimeZone,
    start: Timestamp,
    end: Timestamp,
    date: Date,
}

impl DayCache {
    /// Empty cache for a zone.
    pub fn new(tz: TimeZone) -> Self {
        DayCache { tz, start: Timestamp::MAX, end: Timestamp::MIN, date: Date::MIN }
    }

    /// Local date of `t`, and whether it differs from the previous call's day.
    pub fn date(&mut self, t: Timestamp) -> (Date, bool) {
        if self.start <= t && t < self.end {
            return (self.date, false);
        }
        let z = t.to_zoned_datetime(self.tz.clone());
        self.date = z.date();
        self.start = z.start_of_day().map_or(t, |s| s.timestamp());
        self.end = z.tomorrow().and_then(|n| n.start_of_day()).map_or(t, |s| s.timestamp());
        (self.date, true)
    }
}

/// `YYYY-MM` key as a sortable integer.
pub fn month_key(d: Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month()) - 1
}

/// `YYYY-MM` text of a key.
pub fn month_text(k: i32) -> String {
    format!("{:04}-{:02}", k.div_euclid(12), k.rem_euclid(12) + 1)
}
