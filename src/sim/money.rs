//! Exact money: integer micro-units (1 USD = 1,000,000 micro-USD). Never floating point.
//!
//! Serialized as a decimal **string** with at least 4 decimal places and at most 6 (trailing zeros
//! beyond the 4th trimmed), e.g. `"0.0250"`, `"12.345678"`, `"-0.0010"`, so JSON consumers never see
//! a binary float.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Mul};

/// An amount of money in micro-units of the report currency (USD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(0);

    /// From micro-units.
    pub const fn from_micros(m: i64) -> Self {
        Money(m)
    }

    /// Micro-units.
    pub const fn micros(self) -> i64 {
        self.0
    }

    /// Parses a plain decimal such as `0.0250`, `$0.002`, `1`, `.5`. At most 6 decimal places
    /// (more is an error rather than a silent rounding). Returns `None` when not a number.
    pub fn parse(s: &str) -> Option<Money> {
        let s = s.trim();
        let s = s.strip_prefix("US$").or_else(|| s.strip_prefix('$')).unwrap_or(s).trim();
        let (neg, s) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, f),
            None => (s, ""),
        };
        if (int.is_empty() && frac.is_empty()) || frac.len() > 6 {
            return None;
        }
        if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut v: i64 = 0;
        for b in int.bytes() {
            v = v.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
        }
        let mut f: i64 = 0;
        for i in 0..6 {
            let d = frac.as_bytes().get(i).map_or(0, |b| i64::from(b - b'0'));
            f = f * 10 + d;
        }
        let total = v.checked_mul(1_000_000)?.checked_add(f)?;
        Some(Money(if neg { -total } else { total }))
    }

    /// Saturating multiplication by a count.
    pub fn times(self, n: u64) -> Money {
        Money(self.0.saturating_mul(i64::try_from(n).unwrap_or(i64::MAX)))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.0 < 0;
        let abs = self.0.unsigned_abs();
        let int = abs / 1_000_000;
        let mut frac = abs % 1_000_000;
        let mut digits = 6;
        while digits > 4 && frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        write!(f, "{}{}.{:0width$}", if neg { "-" } else { "" }, int, frac, width = digits)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0.saturating_add(o.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.0 = self.0.saturating_add(o.0);
    }
}

impl Mul<u64> for Money {
    type Output = Money;
    fn mul(self, n: u64) -> Money {
        self.times(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_display_round_trip() {
        assert_eq!(Money::parse("0.0250"), Some(Money(25_000)));
        assert_eq!(Money::parse("$0.002"), Some(Money(2_000)));
        assert_eq!(Money::parse("1"), Some(Money(1_000_000)));
        assert_eq!(Money::parse("0.1234567"), None);
        assert_eq!(Money::parse("abc"), None);
        assert_eq!(Money::parse(""), None);
        assert_eq!(Money(25_000).to_string(), "0.0250");
        assert_eq!(Money(12_345_678).to_string(), "12.345678");
        assert_eq!(Money(-1_000).to_string(), "-0.0010");
        assert_eq!(Money(0).to_string(), "0.0000");
    }
}
