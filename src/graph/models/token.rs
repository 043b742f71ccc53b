//! What Meta knows about an access token (`GET /debug_token?input_token=…`).
//!
//! Shape from Meta's `debug_token` reference and "Access Tokens: Debugging and Error
//! Handling" page: `{"data": {app_id, type, application, data_access_expires_at,
//! expires_at, is_valid, issued_at, scopes, granular_scopes, user_id, error}}`. Every
//! member is optional here: an invalid token comes back with little more than
//! `is_valid: false` and `error`.

use serde::{Deserialize, Serialize};

use super::id::Id;
use super::open_enum::open_enum;

open_enum! {
    /// The kind of token.
    TokenType {
        /// A user access token.
        User => "USER",
        /// A system-user token (Business Manager), the kind waba is meant to run with.
        SystemUser => "SYSTEM_USER",
        /// A Page access token.
        Page => "PAGE",
        /// An app access token.
        App => "APP",
    }
}

/// `{"data": {...}}` around a [`TokenInfo`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DebugToken {
    /// What Meta says about the token.
    pub data: TokenInfo,
}

/// Metadata of one access token.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TokenInfo {
    /// The app the token was issued for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<Id>,
    /// `USER`, `SYSTEM_USER`, `PAGE`, `APP`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub token_type: Option<TokenType>,
    /// The app's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<String>,
    /// When the app's access to the user's data expires (Unix seconds; 0 = never).
    #[serde(default, deserialize_with = "super::lenient::unix", skip_serializing_if = "Option::is_none")]
    pub data_access_expires_at: Option<i64>,
    /// When the token expires (Unix seconds; 0 = never).
    #[serde(default, deserialize_with = "super::lenient::unix", skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Whether the token can be used now.
    #[serde(default)]
    pub is_valid: bool,
    /// When the token was issued (long-lived tokens only).
    #[serde(default, deserialize_with = "super::lenient::unix", skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<i64>,
    /// Permissions granted to the token.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Permissions limited to some objects (WABAs, businesses, pages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub granular_scopes: Vec<GranularScope>,
    /// The (system) user the token belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<Id>,
    /// Why the token is invalid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<TokenError>,
}

/// One permission and the objects it is granted on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GranularScope {
    /// The permission, e.g. `whatsapp_business_management`.
    pub scope: String,
    /// The objects (absent: all the user can reach).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_ids: Vec<Id>,
}

/// The `error` member of an invalid token's data (not the Graph error envelope).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenError {
    /// Meta's code (190 for invalid and expired tokens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// Meta's message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Sub-code (463 expired, 460 password changed, 458 app removed, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subcode: Option<i64>,
}

/// When something expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiry {
    /// Meta did not say.
    Unknown,
    /// `0`: never.
    Never,
    /// At this Unix second.
    At(i64),
}

impl Expiry {
    fn of(raw: Option<i64>) -> Self {
        match raw {
            None => Self::Unknown,
            Some(0) => Self::Never,
            Some(t) => Self::At(t),
        }
    }
}

impl TokenInfo {
    /// When the token expires.
    pub fn expires(&self) -> Expiry {
        Expiry::of(self.expires_at)
    }

    /// When the app's data access expires.
    pub fn data_access_expires(&self) -> Expiry {
        Expiry::of(self.data_access_expires_at)
    }

    /// Whether the token carries `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope) || self.granular_scopes.iter().any(|g| g.scope == scope)
    }

    /// The entries of `needed` the token lacks.
    pub fn missing_scopes<'a>(&self, needed: &[&'a str]) -> Vec<&'a str> {
        needed.iter().copied().filter(|s| !self.has_scope(s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A system-user token as Meta describes it, with a member it added later.
    const VALID: &str = r#"{"data": {
        "app_id": "1400000000000001", "type": "SYSTEM_USER", "application": "Acme Ops",
        "data_access_expires_at": 0, "expires_at": 0, "is_valid": true, "issued_at": 1741944600,
        "scopes": ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"],
        "granular_scopes": [
            {"scope": "whatsapp_business_management", "target_ids": ["1200000000000001"]},
            {"scope": "whatsapp_business_messaging", "target_ids": [1200000000000001]},
            {"scope": "business_management"}
        ],
        "user_id": 1500000000000001, "profile_id": "9", "metadata": {"sso": "ios"}
    }}"#;

    /// An expired user token, as debug_token reports it with a valid access token.
    const EXPIRED: &str = r#"{"data": {
        "app_id": "1400000000000001", "type": "USER", "application": "Acme Ops",
        "data_access_expires_at": "1576687825", "expires_at": 1570820400, "is_valid": false,
        "error": {"code": 190, "message": "Error validating access token: Session has expired", "subcode": 463},
        "scopes": ["whatsapp_business_management"], "user_id": "10215241773831025"
    }}"#;

    #[test]
    fn parses_a_valid_system_user_token() {
        let t = serde_json::from_str::<DebugToken>(VALID).unwrap().data;
        assert!(t.is_valid);
        assert_eq!(t.token_type, Some(TokenType::SystemUser));
        assert_eq!(t.app_id.as_ref().map(Id::as_str), Some("1400000000000001"));
        assert_eq!((t.expires(), t.data_access_expires()), (Expiry::Never, Expiry::Never));
        assert_eq!(t.granular_scopes[1].target_ids[0].as_str(), "1200000000000001");
        assert!(t.granular_scopes[2].target_ids.is_empty());
        assert_eq!(t.user_id.as_ref().map(Id::as_str), Some("1500000000000001"));
        assert!(t.missing_scopes(&["whatsapp_business_management", "whatsapp_business_messaging"]).is_empty());
        let back = serde_json::to_value(&t).unwrap();
        assert_eq!(back["type"], "SYSTEM_USER");
        assert!(back.get("error").is_none() && back.get("token_type").is_none(), "{back}");
    }

    #[test]
    fn parses_an_expired_token_and_its_error() {
        let t = serde_json::from_str::<DebugToken>(EXPIRED).unwrap().data;
        assert!(!t.is_valid);
        assert_eq!(t.token_type, Some(TokenType::User));
        assert_eq!(t.expires(), Expiry::At(1_570_820_400));
        assert_eq!(t.data_access_expires(), Expiry::At(1_576_687_825));
        let e = t.error.as_ref().unwrap();
        assert_eq!((e.code, e.subcode), (Some(190), Some(463)));
        assert_eq!(
            t.missing_scopes(&["whatsapp_business_management", "whatsapp_business_messaging"]),
            ["whatsapp_business_messaging"]
        );
    }

    #[test]
    fn tolerates_a_bare_invalid_answer() {
        let raw = r#"{"data": {"error": {"code": 190, "message": "Invalid OAuth access token - Cannot parse access token"},
            "is_valid": false, "scopes": []}}"#;
        let t = serde_json::from_str::<DebugToken>(raw).unwrap().data;
        assert!(!t.is_valid && t.app_id.is_none() && t.token_type.is_none());
        assert_eq!(t.expires(), Expiry::Unknown);
        let t = serde_json::from_str::<DebugToken>(r#"{"data": {"type": "BOT", "expires_at": "soon"}}"#).unwrap().data;
        assert_eq!(t.token_type, Some(TokenType::Other("BOT".into())));
        assert_eq!((t.is_valid, t.expires()), (false, Expiry::Unknown));
    }
}
