//! Settings and profiles.
//!
//! Two files live in the config directory: `config.toml` (profiles, no secrets)
//! and `credentials.toml` (tokens and app secrets, mode 0600). Settings are
//! resolved once per run, flag > environment > profile > default, and every
//! value remembers where it came from so `waba profile show` can say so.

mod base_url;
pub mod env;
mod error;
mod paths;
mod settings;
mod store;

pub use base_url::check_base_url;
pub use error::ConfigError;
pub use paths::Paths;
pub use settings::{Overrides, SandboxIds, Settings, Source, Sourced, mask_secret};
pub use store::{ConfigFile, CredentialEntry, Credentials, Profile, validate_profile_name};
