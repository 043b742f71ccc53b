//! Checking the token `profile add` was given.

use secrecy::SecretString;

use super::{expiry_text, inspect, now, warnings};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::config::Profile;
use crate::graph::{ClientConfig, DEFAULT_API_VERSION, DEFAULT_BASE_URL, GraphClient};
use crate::render::diag;

/// Ask Meta about `token` at the profile's endpoint. The profile is saved already: a failed
/// check is an error when `required` (`--check`), else a warning.
pub async fn check_profile(ctx: &Ctx, name: &str, profile: &Profile, token: String, required: bool) -> CliResult {
    let config = ClientConfig::new(
        profile.base_url.clone().unwrap_or_else(|| DEFAULT_BASE_URL.to_string()),
        profile.api_version.clone().unwrap_or_else(|| DEFAULT_API_VERSION.to_string()),
        SecretString::from(token),
    );
    let now = now();
    let result = match GraphClient::new(config) {
        Ok(client) => inspect(&client, now).await,
        Err(e) => Err(e.into()),
    };
    match result {
        Ok(info) => {
            if !ctx.global.quiet {
                for warning in warnings(&info, now) {
                    diag::warning(&warning);
                }
                let kind = info.token_type.as_ref().map_or_else(|| "access".to_string(), ToString::to_string);
                let app = info.application.as_ref().map_or_else(String::new, |a| format!(" of app '{a}'"));
                diag::note(&format!(
                    "checked the token with Meta: a valid {kind} token{app}, expires {}",
                    expiry_text(info.expires(), now)
                ));
            }
            Ok(())
        }
        Err(mut err) => {
            err.message = format!("{}; profile '{name}' is saved anyway", err.message);
            if required {
                return Err(err);
            }
            // Asked for on the terminal: shown even with --quiet.
            diag::warning(&err.message);
            if let Some(hint) = &err.hint {
                diag::note(&format!("  hint: {hint}"));
            }
            Ok(())
        }
    }
}
