//! A number to add to a WhatsApp Business Account (`POST /{waba-id}/phone_numbers` with `cc`,
//! `phone_number`, `verified_name`): it must have a country and an area code, and short codes
//! are not supported (platform-rules.md §9.3). The national number's length is checked with the
//! same per-country table as message recipients ([`crate::messages::recipient`]).

use crate::sim::market::MarketMap;

/// A number that passed the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewNumber {
    /// The country calling code, digits only (`1`).
    pub cc: String,
    /// The national number, digits only, without the country code (`2025550142`).
    pub national: String,
    /// The country named by the calling-code map (`United States, Canada`), empty if unnamed.
    pub country: String,
    /// Its ISO 3166 alpha-2 code (the first, where a calling code is shared), empty if unnamed.
    pub iso2: String,
}

impl NewNumber {
    /// E.164 digits: country code and national number.
    pub fn digits(&self) -> String {
        format!("{}{}", self.cc, self.national)
    }

    /// How Graph shows it: `+1 2025550142`.
    pub fn display(&self) -> String {
        format!("+{} {}", self.cc, self.national)
    }
}

/// Why a number cannot be added; `rule` is stable for scripts and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberProblem {
    /// `cc-invalid`, `number-invalid`, `number-includes-cc`, `number-trunk-zero`,
    /// `number-short-code` or `number-length`.
    pub rule: &'static str,
    pub message: String,
    pub hint: String,
}

impl NumberProblem {
    fn new(rule: &'static str, message: impl Into<String>, hint: impl Into<String>) -> Self {
        NumberProblem { rule, message: message.into(), hint: hint.into() }
    }
}

/// Longest national number that is a short code (3 to 6 digits are short codes; no mobile or
/// fixed numbering plan uses fewer than 7 digits with its area code).
pub const SHORT_CODE_MAX_DIGITS: usize = 6;

/// Checks a country calling code and a national number as given by a user (spaces, dashes,
/// dots and brackets in the number are tolerated; a leading `+` on the code too).
pub fn check(cc: &str, number: &str) -> Result<NewNumber, NumberProblem> {
    let cc = cc.trim().trim_start_matches('+');
    if cc.is_empty() || cc.len() > 3 || !cc.bytes().all(|b| b.is_ascii_digit()) || cc.starts_with('0') {
        return Err(NumberProblem::new(
            "cc-invalid",
            format!("country calling code '{cc}' is not 1 to 3 digits"),
            "give the calling code without '+' or leading zeros, e.g. --cc 1 (US, Canada), --cc 44 (UK), --cc 91 (India)",
        ));
    }
    let trimmed = number.trim();
    if trimmed.starts_with('+') {
        return Err(NumberProblem::new(
            "number-includes-cc",
            format!("number '{trimmed}' starts with '+'"),
            format!(
                "give the country code with --cc and the national number without it, e.g. --cc {cc} --number 2025550142"
            ),
        ));
    }
    let national: String = trimmed.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    if national.is_empty() || !national.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NumberProblem::new(
            "number-invalid",
            format!("number '{trimmed}' is not a phone number (digits, spaces, dashes and brackets only)"),
            "give the national number with its area code, e.g. --number 2025550142",
        ));
    }
    if national.starts_with('0') {
        return Err(NumberProblem::new(
            "number-trunk-zero",
            format!("number '{trimmed}' starts with 0, the trunk prefix dialled only inside the country"),
            format!("drop the leading 0: --cc {cc} --number {}", national.trim_start_matches('0')),
        ));
    }
    if national.len() <= SHORT_CODE_MAX_DIGITS {
        return Err(NumberProblem::new(
            "number-short-code",
            format!(
                "number '{trimmed}' has {} digits: short codes are not supported, and a number needs its area code",
                national.len()
            ),
            "use a full number that can receive an SMS or a voice call, with its area code, e.g. --number 2025550142",
        ));
    }
    let full = format!("+{cc}{national}");
    if let Err(e) = crate::messages::recipient::check_number("number", &full, "--number") {
        let doubled =
            national.starts_with(cc) && crate::messages::recipient::check(&format!("+{national}"), "").is_ok();
        let hint = if doubled {
            format!("the number seems to include the country code: try --number {}", &national[cc.len()..])
        } else {
            format!("{} (is the area code missing?)", e.hint)
        };
        return Err(NumberProblem::new("number-length", e.message, hint));
    }
    // A calling code the map does not name is left to Meta: the map names billing markets only.
    let (country, iso2) = country_of(&full[1..]);
    Ok(NewNumber { cc: cc.to_owned(), national, country, iso2 })
}

/// [`check`] for a `phone_number` that Meta takes with or without the country calling code
/// (Meta's "Registering business phone numbers": `cc` and `phone_number`): a number that fails
/// as given but passes without a leading `cc` is read without it.
pub fn check_with_or_without_cc(cc: &str, number: &str) -> Result<NewNumber, NumberProblem> {
    let first = check(cc, number);
    let code = cc.trim().trim_start_matches('+');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match (&first, digits.strip_prefix(code)) {
        (Err(_), Some(rest)) if !code.is_empty() && !number.trim().starts_with('+') => check(cc, rest).or(first),
        _ => first,
    }
}

/// The country and its first ISO code for E.164 `digits`, from the calling-code map.
fn country_of(digits: &str) -> (String, String) {
    let Ok(n) = digits.parse::<u64>() else { return (String::new(), String::new()) };
    let today = jiff::tz::TimeZone::UTC.to_datetime(jiff::Timestamp::now()).date();
    let found = MarketMap::builtin().lookup(n, today);
    (found.country.to_owned(), found.iso2.first().cloned().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_numbers_pass_and_are_normalised() {
        let n = check("+1", "(202) 555-0142").unwrap();
        assert_eq!((n.cc.as_str(), n.national.as_str()), ("1", "2025550142"));
        assert_eq!(n.digits(), "12025550142");
        assert_eq!(n.display(), "+1 2025550142");
        assert!(!n.country.is_empty());
        assert!(check("44", "7700 900123").is_ok());
    }

    #[test]
    fn short_codes_missing_area_codes_and_mistakes_are_named() {
        assert_eq!(check("1", "55501").unwrap_err().rule, "number-short-code");
        let e = check("1", "5550100").unwrap_err();
        assert_eq!(e.rule, "number-length");
        assert!(e.hint.contains("area code"), "{e:?}");
        assert_eq!(check("1", "12025550142").unwrap_err().rule, "number-length");
        assert!(check("1", "12025550142").unwrap_err().hint.contains("--number 2025550142"));
        assert_eq!(check("44", "07700900123").unwrap_err().rule, "number-trunk-zero");
        assert_eq!(check("1", "+12025550142").unwrap_err().rule, "number-includes-cc");
        assert_eq!(check("1", "202-555-abcd").unwrap_err().rule, "number-invalid");
        assert_eq!(check("0", "2025550142").unwrap_err().rule, "cc-invalid");
        assert_eq!(check("1234", "2025550142").unwrap_err().rule, "cc-invalid");
    }

    #[test]
    fn meta_takes_the_number_with_or_without_its_country_code() {
        assert_eq!(check_with_or_without_cc("1", "12025550142").unwrap().national, "2025550142");
        assert_eq!(check_with_or_without_cc("44", "7700900123").unwrap().national, "7700900123");
        assert_eq!(check_with_or_without_cc("1", "15550100").unwrap_err().rule, "number-length");
    }
}
