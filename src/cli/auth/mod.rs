//! `waba auth`: the access token as Meta sees it.

mod check;
mod status;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::{CliError, CliResult, Kind};
use crate::graph::models::{Expiry, TokenInfo};
use crate::graph::{ApiErrorBody, GraphClient};

pub use check::check_profile;

/// Auth commands.
#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Check the access token with Meta: validity, expiry, scopes and app; exit 4 when it is invalid
    Status(status::StatusArgs),
}

/// Run an auth command.
pub async fn run(ctx: &mut Ctx, cmd: AuthCommand) -> CliResult {
    match cmd {
        AuthCommand::Status(args) => status::run(ctx, &args).await,
    }
}

/// The scopes waba's commands need.
pub const NEEDED_SCOPES: &[&str] = &["whatsapp_business_management", "whatsapp_business_messaging"];

/// How to get a token that works.
pub const NEW_TOKEN_HINT: &str = "create a new system-user token in Meta Business Suite (Business settings > \
    Users > System users > Generate new token, with whatsapp_business_management and whatsapp_business_messaging) \
    and store it with `waba profile add NAME --force --token-stdin` (or set WABA_TOKEN)";

/// A token expiring sooner than this gets a warning.
const WARN_WITHIN_SECONDS: i64 = 7 * 86_400;

/// Now, in Unix seconds.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Ask Meta about the client's own token: its data when it is valid, an auth error (exit 4)
/// when Meta refuses the token or calls it invalid or expired.
pub async fn inspect(client: &GraphClient, now: i64) -> CliResult<TokenInfo> {
    let info = client.debug_token().await.map_err(|e| {
        let mut err = CliError::from(e);
        if err.kind == Kind::Auth {
            err.hint = Some(NEW_TOKEN_HINT.to_string());
        }
        err
    })?;
    verdict(&info, now)?;
    Ok(info)
}

/// An auth error when the token is invalid or past its expiry.
fn verdict(info: &TokenInfo, now: i64) -> CliResult {
    let expired = matches!(info.expires(), Expiry::At(t) if t <= now);
    if info.is_valid && !expired {
        return Ok(());
    }
    let reason = info.error.as_ref().and_then(|e| e.message.clone()).unwrap_or_else(|| match info.expires() {
        Expiry::At(t) if expired => format!("it expired on {}", date(t)),
        _ => "Meta reports it as not valid".to_string(),
    });
    let mut err = CliError::new(Kind::Auth, format!("the access token is invalid: {reason}")).hint(NEW_TOKEN_HINT);
    err.api = Some(Box::new(ApiErrorBody {
        message: reason,
        kind: Some("OAuthException".into()),
        code: info.error.as_ref().and_then(|e| e.code).unwrap_or(190),
        error_subcode: info.error.as_ref().and_then(|e| e.subcode),
        error_user_title: None,
        error_user_msg: None,
        fbtrace_id: None,
        is_transient: None,
        error_data: None,
    }));
    Err(err)
}

/// What deserves a warning about a valid token: an expiry within 7 days, missing scopes.
pub fn warnings(info: &TokenInfo, now: i64) -> Vec<String> {
    let mut out = Vec::new();
    if let Expiry::At(t) = info.expires()
        && t > now
        && t - now <= WARN_WITHIN_SECONDS
    {
        out.push(format!(
            "the access token expires {} ({}); create a system-user token that does not expire before then",
            relative(t, now),
            date(t)
        ));
    }
    if let Expiry::At(t) = info.data_access_expires()
        && t > now
        && t - now <= WARN_WITHIN_SECONDS
    {
        out.push(format!(
            "the app's access to data through this token ends {} ({}); the user must log in to the app again, \
             or use a system-user token",
            relative(t, now),
            date(t)
        ));
    }
    let missing = info.missing_scopes(NEEDED_SCOPES);
    if !missing.is_empty() {
        out.push(format!(
            "the access token lacks {}, which waba needs (numbers and templates need whatsapp_business_management, \
             sending needs whatsapp_business_messaging); generate a token with {}",
            missing.join(" and "),
            NEEDED_SCOPES.join(" and ")
        ));
    }
    out
}

/// `2026-12-09 (in 7 days)`, `never`, or `-` when Meta did not say.
pub fn expiry_text(expiry: Expiry, now: i64) -> String {
    match expiry {
        Expiry::Unknown => "-".to_string(),
        Expiry::Never => "never".to_string(),
        Expiry::At(t) => format!("{} ({})", date(t), relative(t, now)),
    }
}

/// The UTC date of a Unix time, ISO 8601.
pub fn date(t: i64) -> String {
    jiff::Timestamp::from_second(t).map_or_else(|_| t.to_string(), |ts| ts.strftime("%Y-%m-%d").to_string())
}

/// `in 3 days`, `in 5 hours`, `2 days ago`.
fn relative(t: i64, now: i64) -> String {
    let delta = t - now;
    let (days, hours) = (delta.abs() / 86_400, delta.abs() / 3_600);
    let amount = match (days, hours) {
        (0, 0) => "less than an hour".to_string(),
        (0, 1) => "1 hour".to_string(),
        (0, h) => format!("{h} hours"),
        (1, _) => "1 day".to_string(),
        (d, _) => format!("{d} days"),
    };
    if delta >= 0 { format!("in {amount}") } else { format!("{amount} ago") }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_764_633_600; // 2025-12-02T00:00:00Z

    fn token(valid: bool, expires_at: i64, scopes: &[&str]) -> TokenInfo {
        TokenInfo {
            is_valid: valid,
            expires_at: Some(expires_at),
            scopes: scopes.iter().map(|s| (*s).to_string()).collect(),
            ..TokenInfo::default()
        }
    }

    #[test]
    fn expiry_texts() {
        assert_eq!(expiry_text(Expiry::Never, NOW), "never");
        assert_eq!(expiry_text(Expiry::Unknown, NOW), "-");
        assert_eq!(expiry_text(Expiry::At(NOW + 7 * 86_400 + 60), NOW), "2025-12-09 (in 7 days)");
        assert_eq!(expiry_text(Expiry::At(NOW + 5 * 3_600), NOW), "2025-12-02 (in 5 hours)");
        assert_eq!(expiry_text(Expiry::At(NOW - 2 * 86_400), NOW), "2025-11-30 (2 days ago)");
    }

    #[test]
    fn verdicts_and_warnings() {
        assert!(verdict(&token(true, 0, NEEDED_SCOPES), NOW).is_ok());
        let e = verdict(&token(true, NOW - 10, NEEDED_SCOPES), NOW).unwrap_err();
        assert_eq!((e.kind, e.api.as_ref().map(|a| a.code)), (Kind::Auth, Some(190)));
        assert!(e.message.contains("expired on 2025-12-01"), "{}", e.message);
        assert!(verdict(&token(false, 0, &[]), NOW).unwrap_err().message.contains("not valid"));

        assert!(warnings(&token(true, 0, NEEDED_SCOPES), NOW).is_empty());
        let soon = warnings(&token(true, NOW + 3 * 86_400 + 60, NEEDED_SCOPES), NOW);
        assert_eq!(soon.len(), 1);
        assert!(soon[0].contains("expires in 3 days (2025-12-05)"), "{soon:?}");
        assert!(warnings(&token(true, NOW + 8 * 86_400, NEEDED_SCOPES), NOW).is_empty());
        let data = TokenInfo { data_access_expires_at: Some(NOW + 86_400 + 60), ..token(true, 0, NEEDED_SCOPES) };
        let data = warnings(&data, NOW);
        assert!(data.len() == 1 && data[0].contains("access to data through this token ends in 1 day"), "{data:?}");
        let scopes = warnings(&token(true, 0, &["whatsapp_business_management"]), NOW);
        assert!(scopes[0].contains("lacks whatsapp_business_messaging"), "{scopes:?}");
    }
}
