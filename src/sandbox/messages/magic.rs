//! Magic recipients: number ranges whose messages behave in a fixed way, like
//! a payment provider's test cards. All are fictional NANP numbers
//! `+1 NXX 555 01YY` (any area code); `YY` picks the behaviour. Every other
//! valid number is delivered and read.

/// How the statuses of a message evolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// sent → delivered → read.
    Read,
    /// sent → delivered, never read.
    DeliveredOnly,
    /// sent → failed 131026.
    Undeliverable,
    /// Marketing templates: failed 131050; anything else is read.
    MarketingOptOut,
    /// Marketing templates: failed 131049; anything else is read.
    Ecosystem,
    /// sent → delivered after [`SLOW_FACTOR`] delays → read after twice that.
    Slow,
}

/// A slow recipient's delivery takes this many status delays.
pub const SLOW_FACTOR: i64 = 20;

/// `(first YY, last YY, behaviour, what it does)`: the one table of magic recipients.
pub const MAGIC: &[(u8, u8, Behaviour, &str)] = &[
    (0, 19, Behaviour::Read, "delivered and read"),
    (20, 39, Behaviour::DeliveredOnly, "delivered, never read"),
    (40, 59, Behaviour::Undeliverable, "failed: 131026 message undeliverable"),
    (60, 69, Behaviour::MarketingOptOut, "marketing templates failed: 131050 (opted out of marketing); others read"),
    (70, 79, Behaviour::Ecosystem, "marketing templates failed: 131049 (healthy ecosystem engagement); others read"),
    (80, 99, Behaviour::Slow, "delivered after 20 status delays, read after 40"),
];

impl Behaviour {
    /// The stored name.
    pub fn name(self) -> &'static str {
        match self {
            Behaviour::Read => "read",
            Behaviour::DeliveredOnly => "delivered_only",
            Behaviour::Undeliverable => "undeliverable",
            Behaviour::MarketingOptOut => "marketing_opt_out",
            Behaviour::Ecosystem => "ecosystem",
            Behaviour::Slow => "slow",
        }
    }

    /// From the stored name (unknown → [`Behaviour::Read`]).
    pub fn parse(s: &str) -> Behaviour {
        MAGIC.iter().map(|m| m.2).find(|b| b.name() == s).unwrap_or(Behaviour::Read)
    }
}

/// The behaviour of messages to `wa_id` (digits).
pub fn behaviour(wa_id: &str) -> Behaviour {
    let b = wa_id.as_bytes();
    let magic = b.len() == 11 && b[0] == b'1' && (b'2'..=b'9').contains(&b[1]) && &wa_id[4..9] == "55501";
    if !magic {
        return Behaviour::Read;
    }
    let yy = wa_id[9..].parse::<u8>().unwrap_or(0);
    MAGIC.iter().find(|(lo, hi, ..)| (*lo..=*hi).contains(&yy)).map_or(Behaviour::Read, |m| m.2)
}

/// The asynchronous failure of a message of `category` (template, lowercase) to a recipient.
pub fn failure(b: Behaviour, category: Option<&str>) -> Option<i64> {
    let marketing = category == Some("marketing");
    match b {
        Behaviour::Undeliverable => Some(131026),
        Behaviour::MarketingOptOut if marketing => Some(131050),
        Behaviour::Ecosystem if marketing => Some(131049),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_pick_behaviours() {
        assert_eq!(behaviour("14155550100"), Behaviour::Read);
        assert_eq!(behaviour("14155550125"), Behaviour::DeliveredOnly);
        assert_eq!(behaviour("12025550141"), Behaviour::Undeliverable);
        assert_eq!(behaviour("14155550165"), Behaviour::MarketingOptOut);
        assert_eq!(behaviour("14155550177"), Behaviour::Ecosystem);
        assert_eq!(behaviour("14155550199"), Behaviour::Slow);
        assert_eq!(behaviour("14155550200"), Behaviour::Read);
        assert_eq!(behaviour("4915155550141"), Behaviour::Read);
        for (_, _, b, _) in MAGIC {
            assert_eq!(Behaviour::parse(b.name()), *b);
        }
    }
}
