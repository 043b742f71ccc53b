//! Per-user pricing state and the local-day cache.

use super::summary::{PricingCategory, PricingType};
use crate::sim::window::window_end;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// Free-entry-point window / conversation length.
pub const FEP_WINDOW: SignedDuration = SignedDuration::from_hours(72);
/// CBP conversation length.
pub const CONVERSATION: SignedDuration = SignedDuration::from_hours(24);

/// An open conversation (CBP) or free-entry-point window.
#[derive(Debug, Clone, Copy)]
pub struct Conv {
    /// Expiry (exclusive).
    pub exp: Timestamp,
    /// Simulator id.
    pub id: u64,
    /// How messages in it are reported.
    pub ptype: PricingType,
    /// Its category.
    pub pcat: PricingCategory,
}

impl Conv {
    /// Open at `t`?
    pub fn open_at(&self, t: Timestamp) -> bool {
        t < self.exp
    }
}

/// What the engine remembers about one user.
#[derive(Debug, Clone, Default)]
pub struct UserState {
    /// Last inbound message (CSW start).
    pub last_in: Option<Timestamp>,
    /// Last inbound message that came from an entry point, not yet answered.
    pub entry_at: Option<Timestamp>,
    /// Open free-entry-point conversation/window.
    pub fep: Option<Conv>,
    /// CBP conversations: marketing, utility, authentication, service (cbp-2022 uses slot 3).
    pub conv: [Option<Conv>; 4],
}

impl UserState {
    /// Whether the customer-service window is open at `t`.
    pub fn csw_open(&self, t: Timestamp) -> bool {
        self.last_in.is_some_and(|l| l <= t && t < window_end(l))
    }

    /// Whether an unanswered entry-point message is less than 24 h old at `t`.
    pub fn entry_pending(&self, t: Timestamp) -> bool {
        self.entry_at.is_some_and(|e| e <= t && t < window_end(e))
    }

    /// The open FEP conversation/window at `t`.
    pub fn fep_open(&self, t: Timestamp) -> Option<Conv> {
        self.fep.filter(|c| c.open_at(t))
    }

    /// Nothing open at `t`: safe to forget.
    pub fn idle(&self, t: Timestamp) -> bool {
        !self.csw_open(t)
            && !self.entry_pending(t)
            && self.fep_open(t).is_none()
            && self.conv.iter().all(|c| c.is_none_or(|c| !c.open_at(t)))
    }
}

/// `t + d`, saturating.
pub fn after(t: Timestamp, d: SignedDuration) -> Timestamp {
    t.checked_add(d).unwrap_or(Timestamp::MAX)
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
