//! `X-Hub-Signature-256`: `sha256=` and the lowercase hex HMAC-SHA256 of the raw
//! request body, keyed with the app secret (graph-api.md §10.2). Verified over
//! the bytes as received, before any parsing, in constant time.

use ring::hmac;

/// The header Meta signs deliveries with.
pub const HEADER: &str = "x-hub-signature-256";

/// Why a delivery's signature was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// No `X-Hub-Signature-256` header.
    #[error("no X-Hub-Signature-256 header")]
    Missing,
    /// The header is not `sha256=` and 64 hex digits.
    #[error("X-Hub-Signature-256 is not of the form sha256=<64 hex digits>")]
    Malformed,
    /// The HMAC does not match the body.
    #[error("X-Hub-Signature-256 does not match the body (wrong app secret, or the body was changed)")]
    Mismatch,
}

/// The header value for `body` signed with `secret`.
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    let tag = hmac::sign(&key, body);
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256=");
    for b in tag.as_ref() {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn unhex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

/// Checks `header` (the `X-Hub-Signature-256` value, if any) against `body`.
pub fn verify(secret: &[u8], body: &[u8], header: Option<&[u8]>) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?;
    let hex = header.trim_ascii().strip_prefix(b"sha256=").ok_or(SignatureError::Malformed)?;
    if hex.len() != 64 {
        return Err(SignatureError::Malformed);
    }
    let mut tag = [0u8; 32];
    for (i, pair) in hex.chunks_exact(2).enumerate() {
        let (hi, lo) = (unhex(pair[0]), unhex(pair[1]));
        let (Some(hi), Some(lo)) = (hi, lo) else { return Err(SignatureError::Malformed) };
        tag[i] = hi << 4 | lo;
    }
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    hmac::verify(&key, body, &tag).map_err(|_| SignatureError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    const RFC4231_2: &str = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    #[test]
    fn signs_as_rfc_4231_says() {
        assert_eq!(sign(b"Jefe", b"what do ya want for nothing?"), RFC4231_2);
    }

    #[test]
    fn verifies_the_raw_bytes_only() {
        let body = "{\"text\":{\"body\":\"Grüße \\/ 👋\"}}".as_bytes();
        let header = sign(b"secret", body);
        assert_eq!(verify(b"secret", body, Some(header.as_bytes())), Ok(()));
        assert_eq!(
            verify(b"secret", body, Some(header.to_uppercase().replace("SHA256=", "sha256=").as_bytes())),
            Ok(())
        );
        let reserialised = serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(body).unwrap()).unwrap();
        assert_ne!(reserialised, body, "the re-serialised body differs (escaped slash, non-ASCII)");
        assert_eq!(verify(b"secret", &reserialised, Some(header.as_bytes())), Err(SignatureError::Mismatch));
        assert_eq!(verify(b"other", body, Some(header.as_bytes())), Err(SignatureError::Mismatch));
    }

    #[test]
    fn refuses_missing_and_malformed_headers() {
        assert_eq!(verify(b"s", b"{}", None), Err(SignatureError::Missing));
        for bad in [
            "",
            "sha1=abc",
            "sha256=",
            "sha256=zz",
            &format!("sha256={}", "g".repeat(64)),
            &format!("sha256={}", "a".repeat(63)),
        ] {
            assert_eq!(verify(b"s", b"{}", Some(bad.as_bytes())), Err(SignatureError::Malformed), "{bad}");
        }
    }
}
