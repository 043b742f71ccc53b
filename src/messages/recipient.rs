//! The recipient: E.164 with a leading `+`, and a plausible length for its country code.
//!
//! A number without `+` is refused: Meta would prepend the *business* number's country
//! code to it (graph-api.md §7.1), delivering to someone else. Lengths are the total
//! digit counts (country code included) that national numbering plans allow for mobile
//! numbers; codes not in the table get E.164's bounds (8 to 15 digits). The country is
//! named from the calling-code map of `sim::market`.

use super::CheckError;
use crate::sim::market::MarketMap;

/// `(calling code, shortest, longest)` total digits, country code included.
const LENGTHS: &[(&str, u8, u8)] = &[
    ("1", 11, 11),
    ("7", 11, 11),
    ("20", 12, 12),
    ("27", 11, 11),
    ("30", 12, 12),
    ("31", 11, 11),
    ("32", 10, 11),
    ("33", 11, 11),
    ("34", 11, 11),
    ("36", 10, 11),
    ("39", 11, 13),
    ("40", 11, 11),
    ("41", 11, 11),
    ("43", 10, 13),
    ("44", 11, 12),
    ("45", 10, 10),
    ("46", 10, 12),
    ("47", 10, 10),
    ("48", 11, 11),
    ("49", 10, 15),
    ("51", 11, 11),
    ("52", 12, 13),
    ("54", 12, 13),
    ("55", 12, 13),
    ("56", 11, 11),
    ("57", 12, 12),
    ("60", 11, 12),
    ("61", 11, 11),
    ("62", 10, 14),
    ("63", 12, 12),
    ("64", 10, 11),
    ("65", 10, 10),
    ("66", 11, 11),
    ("81", 11, 12),
    ("82", 11, 12),
    ("84", 11, 12),
    ("86", 13, 13),
    ("90", 12, 12),
    ("91", 12, 12),
    ("92", 12, 12),
    ("234", 13, 13),
    ("254", 12, 12),
    ("966", 12, 12),
    ("971", 12, 12),
    ("972", 12, 12),
];

/// Check `to` (as written) at `place`; returns the digits (the `wa_id` Meta will answer with).
pub fn check(to: &str, place: &str) -> Result<String, CheckError> {
    check_number("recipient", to, place)
}

/// [`check`] of any E.164 number, named `what` in the messages (`recipient`, `number`).
pub fn check_number(what: &str, to: &str, place: &str) -> Result<String, CheckError> {
    let trimmed = to.trim();
    let Some(rest) = trimmed.strip_prefix('+') else {
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        return Err(CheckError::new(
            "recipient-without-plus",
            place,
            format!("{what} '{to}' has no leading '+'"),
            format!(
                "write it in E.164 with '+' and the country code, e.g. +{digits}: without '+' Meta prepends the \
                 business number's country code and the message may reach someone else"
            ),
        ));
    };
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
        return Err(CheckError::new(
            "recipient-not-e164",
            place,
            format!("{what} '{to}' is not an E.164 number (only digits may follow '+')"),
            format!("remove spaces, dashes and brackets: +{digits}"),
        ));
    }
    if rest.starts_with('0') {
        return Err(CheckError::new(
            "recipient-not-e164",
            place,
            format!("{what} '{to}' starts with 0 after '+'; no country code starts with 0"),
            "write the country code right after '+', e.g. +44 7700 900123 as +447700900123",
        ));
    }
    let (code, min, max) = LENGTHS
        .iter()
        .filter(|(code, ..)| rest.starts_with(code))
        .max_by_key(|(code, ..)| code.len())
        .map_or(("", 8, 15), |&(code, min, max)| (code, min as usize, max as usize));
    let len = rest.len();
    if len < min || len > max {
        let country = country_name(rest);
        let plan = if code.is_empty() { "an E.164 number".to_string() } else { format!("a +{code}{country} number") };
        let range = if min == max { format!("{min}") } else { format!("{min} to {max}") };
        return Err(CheckError::new(
            "recipient-length",
            place,
            format!("{what} '{to}' has {len} digits; {plan} has {range} (country code included)"),
            "check for a missing or extra digit, and that the country code is right",
        ));
    }
    Ok(rest.to_string())
}

/// ` (Country)` for the number's calling code, from the market map; empty when unknown.
fn country_name(digits: &str) -> String {
    let Ok(n) = digits.parse::<u64>() else { return String::new() };
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    let found = MarketMap::builtin().lookup(n, today);
    if found.country.is_empty() { String::new() } else { format!(" ({})", found.country) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_required_and_lengths_per_country() {
        assert_eq!(check("+16505551234", "to").unwrap(), "16505551234");
        assert_eq!(check("+447700900123", "to").unwrap(), "447700900123");
        let e = check("16505551234", "--to").unwrap_err();
        assert_eq!(e.rule, "recipient-without-plus");
        assert!(e.hint.contains("+16505551234"), "{e:?}");
        assert_eq!(check("+1 650 555 1234", "to").unwrap_err().rule, "recipient-not-e164");
        let e = check("+1650555123", "to").unwrap_err();
        assert_eq!(e.rule, "recipient-length");
        assert!(e.message.contains("+1"), "{e:?}");
        assert_eq!(check("+9198765432101", "to").unwrap_err().rule, "recipient-length");
        assert!(check("+919876543210", "to").is_ok());
        assert!(check("+3801234567", "to").is_ok(), "unknown code: E.164 bounds");
        assert_eq!(check("+1234567890123456", "to").unwrap_err().rule, "recipient-length");
        assert_eq!(check("+0123456789", "to").unwrap_err().rule, "recipient-not-e164");
        assert_eq!(check("+", "to").unwrap_err().rule, "recipient-not-e164");
    }
}
