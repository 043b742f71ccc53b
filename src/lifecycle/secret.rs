//! The two secrets of a number's lifecycle: the verification code Meta sends by SMS or voice
//! (`verify_code`), and the two-step verification PIN (`register`, `POST /{phone-number-id}`).
//! Both are six digits (spec: `pattern: ^[0-9]{6}$`). They are never taken on the command line
//! and never logged; the Graph client redacts them from traced request bodies.

/// Keys of request bodies whose values are secrets (redacted when bodies are traced).
pub const SECRET_KEYS: &[&str] = &["pin", "code", "password"];

/// Why a code or PIN is not acceptable; never contains the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    #[error("the {what} is empty")]
    Empty { what: &'static str },
    #[error("the {what} must be exactly 6 digits (0-9), it has {len} characters")]
    Length { what: &'static str, len: usize },
    #[error("the {what} must be 6 digits (0-9) only")]
    NotDigits { what: &'static str },
}

/// Checks a six-digit secret (surrounding whitespace, as from a piped line, is trimmed).
/// Returns the trimmed value.
pub fn six_digits<'a>(what: &'static str, value: &'a str) -> Result<&'a str, SecretError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(SecretError::Empty { what });
    }
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(SecretError::NotDigits { what });
    }
    let len = v.chars().count();
    if len != 6 {
        return Err(SecretError::Length { what, len });
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_digits_only_and_errors_never_echo_the_value() {
        assert_eq!(six_digits("PIN", " 123456\n").unwrap(), "123456");
        assert_eq!(six_digits("PIN", "").unwrap_err(), SecretError::Empty { what: "PIN" });
        assert_eq!(six_digits("code", "12345").unwrap_err(), SecretError::Length { what: "code", len: 5 });
        let e = six_digits("PIN", "12a456").unwrap_err();
        assert_eq!(e, SecretError::NotDigits { what: "PIN" });
        assert!(!e.to_string().contains("12a456"));
        assert!(six_digits("PIN", "1234567").is_err());
    }
}
