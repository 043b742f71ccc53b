//! The webhook secrets: the app secret (signatures) and the verify token (handshake).
//! Each comes from standard input (`--app-secret-stdin`, `--verify-token-stdin`), the
//! environment (`WABA_APP_SECRET`, `WABA_VERIFY_TOKEN`) or the profile's
//! credentials.toml, in that order, and never from a flag value. With `--sandbox`, the app
//! secret defaults to the sandbox's (`WABA_SANDBOX_APP_SECRET`, else the one in its world).

use std::io::Read;

use secrecy::{ExposeSecret, SecretString};

use crate::cli::ctx::{Ctx, process_env};
use crate::cli::error::{CliError, CliResult, Kind};
use crate::config::{Credentials, env};

/// Which secrets to read from standard input.
#[derive(Debug, Clone, Copy, Default)]
pub struct FromStdin {
    pub app_secret: bool,
    pub verify_token: bool,
}

/// The resolved secrets.
#[derive(Default)]
pub struct Secrets {
    pub app_secret: Option<SecretString>,
    pub verify_token: Option<SecretString>,
}

impl Secrets {
    /// The app secret's bytes, when there is one.
    pub fn app_secret_bytes(&self) -> Option<Vec<u8>> {
        self.app_secret.as_ref().map(|s| s.expose_secret().as_bytes().to_vec())
    }

    /// The app secret, or the configuration error naming the three ways to give it.
    pub fn require_app_secret(&self, why: &str) -> CliResult<Vec<u8>> {
        self.app_secret_bytes().ok_or_else(|| {
            CliError::new(Kind::Config, format!("no app secret: {why}")).hint(
                "set WABA_APP_SECRET, store it with `waba profile set NAME --app-secret-stdin < secret.txt`, \
                 or pipe it in with --app-secret-stdin",
            )
        })
    }
}

/// Resolve both secrets. With both stdin flags, the first line of standard input is the
/// app secret and the second the verify token.
pub fn resolve(ctx: &mut Ctx, stdin: FromStdin) -> CliResult<Secrets> {
    let (mut app_secret, mut verify_token) = (None, None);
    match (stdin.app_secret, stdin.verify_token) {
        (true, true) => {
            let text = read_stdin("the app secret and verify token")?;
            let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            let (Some(a), Some(v), None) = (lines.next(), lines.next(), lines.next()) else {
                return Err(CliError::usage(
                    "--app-secret-stdin with --verify-token-stdin needs two lines on standard input",
                )
                .hint("put the app secret on the first line and the verify token on the second"));
            };
            app_secret = Some(one_word(a, "app secret")?);
            verify_token = Some(one_word(v, "verify token")?);
        }
        (true, false) => app_secret = Some(crate::cli::input::secret_from_stdin("--app-secret-stdin", "app secret")?),
        (false, true) => {
            verify_token = Some(crate::cli::input::secret_from_stdin("--verify-token-stdin", "verify token")?);
        }
        (false, false) => {}
    }
    let from_env = |name: &str| process_env(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    app_secret = app_secret.or_else(|| from_env(env::APP_SECRET));
    verify_token = verify_token.or_else(|| from_env(env::VERIFY_TOKEN));
    if app_secret.is_none() && ctx.global.sandbox {
        // The sandbox signs its deliveries with WABA_SANDBOX_APP_SECRET, else the one in its world.
        app_secret = from_env(env::SANDBOX_APP_SECRET)
            .or_else(|| crate::sandbox::deliver::stored_app_secret(&ctx.paths.sandbox_db()).ok().flatten());
    }
    if (app_secret.is_none() || verify_token.is_none()) && !ctx.global.sandbox {
        let settings = ctx.settings()?;
        if let Some(profile) = settings.profile.as_ref().map(|p| p.value.clone()) {
            let creds = Credentials::load(&settings.paths.credentials_file())?;
            if let Some(entry) = creds.profiles.get(&profile) {
                app_secret = app_secret.or_else(|| entry.app_secret.clone());
                verify_token = verify_token.or_else(|| entry.verify_token.clone());
            }
        }
    }
    Ok(Secrets { app_secret: app_secret.map(SecretString::from), verify_token: verify_token.map(SecretString::from) })
}

/// Where the webhook secrets would come from for `settings` (without reading standard input),
/// for `profile show`: `(name, source)` of each that is set, never the value.
pub fn sources(settings: &crate::config::Settings) -> CliResult<Vec<(&'static str, Option<String>)>> {
    let set = |name: &str| process_env(name).is_some_and(|v| !v.trim().is_empty());
    let mut entry = None;
    if let Some(profile) = settings.profile.as_ref().map(|p| p.value.clone()) {
        entry = Credentials::load(&settings.paths.credentials_file())?.profiles.remove(&profile);
    }
    let source = |var: &str, stored: bool| {
        if set(var) {
            Some(format!("env {var}"))
        } else if stored {
            Some("credentials.toml".to_string())
        } else {
            None
        }
    };
    Ok(vec![
        ("app_secret", source(env::APP_SECRET, entry.as_ref().is_some_and(|e| e.app_secret.is_some()))),
        ("verify_token", source(env::VERIFY_TOKEN, entry.as_ref().is_some_and(|e| e.verify_token.is_some()))),
    ])
}

fn read_stdin(what: &str) -> CliResult<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("cannot read {what} from standard input: {e}")))?;
    Ok(text)
}

fn one_word(secret: &str, what: &str) -> CliResult<String> {
    if secret.chars().any(char::is_whitespace) {
        return Err(CliError::usage(format!("the {what} read from standard input contains white space"))
            .hint(format!("the line must hold the {what} alone")));
    }
    Ok(secret.to_string())
}
