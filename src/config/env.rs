//! The environment variables `waba` reads, in one place.
//!
//! Commands never read the environment themselves: [`super::Settings::resolve`]
//! reads these once, through an injectable lookup so that tests stay hermetic.

/// Name of the profile to use (otherwise the default profile).
pub const PROFILE: &str = "WABA_PROFILE";
/// Access token (system-user or user token). Never accepted as a flag.
pub const TOKEN: &str = "WABA_TOKEN";
/// WhatsApp Business Account id.
pub const ACCOUNT_ID: &str = "WABA_ACCOUNT_ID";
/// Business phone-number id.
pub const PHONE_NUMBER_ID: &str = "WABA_PHONE_NUMBER_ID";
/// Business portfolio id.
pub const BUSINESS_ID: &str = "WABA_BUSINESS_ID";
/// Meta app id.
pub const APP_ID: &str = "WABA_APP_ID";
/// App secret: the key of webhook signatures. Never accepted as a flag.
pub const APP_SECRET: &str = "WABA_APP_SECRET";
/// Verify token of the webhook handshake. Never accepted as a flag.
pub const VERIFY_TOKEN: &str = "WABA_VERIFY_TOKEN";
/// Graph API version, e.g. `v25.0`.
pub const API_VERSION: &str = "WABA_API_VERSION";
/// Graph API base URL (https, or http on a loopback address).
pub const BASE_URL: &str = "WABA_BASE_URL";
/// Directory holding `config.toml` and `credentials.toml`.
pub const CONFIG_DIR: &str = "WABA_CONFIG_DIR";
/// Directory holding the sandbox state and other data.
pub const DATA_DIR: &str = "WABA_DATA_DIR";

/// Sandbox only: template review delay in milliseconds (default 3000).
pub const SANDBOX_REVIEW_DELAY_MS: &str = "WABA_SANDBOX_REVIEW_DELAY_MS";
/// Sandbox only: milliseconds between a sent message's statuses (default 300).
pub const SANDBOX_STATUS_DELAY_MS: &str = "WABA_SANDBOX_STATUS_DELAY_MS";
/// Sandbox only: the app secret `sandbox serve` signs webhooks with (default: one kept in the world).
pub const SANDBOX_APP_SECRET: &str = "WABA_SANDBOX_APP_SECRET";

/// Every variable with a one-line description, for `--help` and the README.
pub const ALL: &[(&str, &str)] = &[
    (PROFILE, "profile to use instead of the default one"),
    (TOKEN, "access token (there is no flag for it)"),
    (ACCOUNT_ID, "WhatsApp Business Account id"),
    (PHONE_NUMBER_ID, "business phone-number id"),
    (BUSINESS_ID, "business portfolio id"),
    (APP_ID, "Meta app id"),
    (APP_SECRET, "app secret: signs and checks webhooks (no flag)"),
    (VERIFY_TOKEN, "webhook handshake verify token (no flag)"),
    (API_VERSION, "Graph API version, e.g. v25.0"),
    (BASE_URL, "Graph API base URL (https, or http on loopback)"),
    (CONFIG_DIR, "directory of config.toml and credentials.toml"),
    (DATA_DIR, "directory of the sandbox state"),
];
