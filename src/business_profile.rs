//! The business profile's rules (`whatsapp_business_profile`; spec
//! `WhatsAppBusinessProfileUpdateRequest`, graph-api.md §4.6), shared by the CLI's checks before
//! sending and the sandbox's answers.

use serde::{Deserialize, Serialize};

/// A phone number's business profile: what `GET /{phone-number-id}/whatsapp_business_profile`
/// answers (one item of `data`), as the Graph client reads it and the sandbox stores it.
/// `None`/empty members are unset (Graph omits them; the sandbox reads `vertical` as `UNDEFINED`
/// until set). Every member has a serde default, so older sandbox state needs no migration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BusinessProfile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vertical: Option<String>,
    /// On Graph, a CDN URL; in the sandbox, set from a finished upload session's handle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_picture_url: Option<String>,
    /// Anything else Meta sent (e.g. `messaging_product`).
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// `about`: 1 to 139 characters.
pub const ABOUT: (usize, usize) = (1, 139);
/// `address`: at most 256 characters.
pub const ADDRESS: (usize, usize) = (0, 256);
/// `description`: at most 512 characters.
pub const DESCRIPTION: (usize, usize) = (0, 512);
/// `email`: at most 128 characters.
pub const EMAIL: (usize, usize) = (0, 128);
/// At most 2 websites, each an http(s) URL of at most 256 characters.
pub const MAX_WEBSITES: usize = 2;
/// Longest website URL.
pub const MAX_WEBSITE_CHARS: usize = 256;

/// spec `WhatsAppBusinessVertical`.
pub const VERTICALS: &[&str] = &[
    "OTHER",
    "AUTO",
    "BEAUTY",
    "APPAREL",
    "EDU",
    "ENTERTAIN",
    "EVENT_PLAN",
    "FINANCE",
    "GROCERY",
    "GOVT",
    "HOTEL",
    "HEALTH",
    "NONPROFIT",
    "PROF_SERVICES",
    "RETAIL",
    "TRAVEL",
    "RESTAURANT",
    "ALCOHOL",
    "ONLINE_GAMBLING",
    "PHYSICAL_GAMBLING",
    "OTC_DRUGS",
];

/// Whether `e` looks like an email address (`local@domain.tld`, no spaces).
pub fn is_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether `s` is a website Meta takes: an http(s) URL with a host, at most 256 characters.
pub fn is_website(s: &str) -> bool {
    s.chars().count() <= MAX_WEBSITE_CHARS
        && url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
}

/// Whether `s` has a length within `(min, max)` characters.
pub fn fits(s: &str, (min, max): (usize, usize)) -> bool {
    (min..=max).contains(&s.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(is_email("hello@acme.com") && !is_email("hello@acme") && !is_email("a b@acme.com"));
        assert!(is_website("https://acme.com") && !is_website("ftp://acme.com") && !is_website("acme.com"));
        assert!(!is_website(&format!("https://acme.com/{}", "a".repeat(250))));
        assert!(fits("x", ABOUT) && !fits("", ABOUT) && !fits(&"x".repeat(140), ABOUT));
        assert_eq!(VERTICALS.len(), 21);
    }
}
