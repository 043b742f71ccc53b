//! `waba profile set`: change a profile's ids without touching its stored token, or
//! store its webhook secrets (app secret, verify token) read from standard input.

use clap::Args;

use super::{Store, check_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::diag;

/// Arguments of `profile set`. The values come from the options --account-id,
/// --phone-number-id, --business-id, --app-id, --api-version and --base-url;
/// the ones not given keep their value, and the stored token is never touched.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba profile set prod --phone-number-id 1100000000000002\n  \
  waba profile set prod --api-version v23.0 --app-id 900000000000001\n  \
  waba profile set prod --app-secret-stdin < app-secret.txt\n  \
  waba profile set prod --verify-token-stdin < verify-token.txt\n\n\
The stored token is kept; replace it with: waba profile add NAME --force --token-stdin < token.txt\n\
The app secret (webhook signatures) and verify token (webhook handshake) go to credentials.toml\n\
(mode 0600); WABA_APP_SECRET and WABA_VERIFY_TOKEN win over them.")]
pub struct SetArgs {
    /// Profile to change
    pub name: String,

    /// Read the app secret (which signs webhooks) from standard input and store it
    #[arg(long, conflicts_with = "verify_token_stdin")]
    pub app_secret_stdin: bool,

    /// Read the webhook verify token from standard input and store it
    #[arg(long)]
    pub verify_token_stdin: bool,
}

/// Run `profile set`.
pub fn run(ctx: &mut Ctx, args: &SetArgs) -> CliResult {
    check_name(&args.name)?;
    let mut store = Store::load(ctx)?;
    store.config.profile(&args.name)?;
    let g = &ctx.global;
    let changes = [&g.account_id, &g.phone_number_id, &g.business_id, &g.app_id, &g.api_version, &g.base_url];
    let secret_given = args.app_secret_stdin || args.verify_token_stdin;
    if changes.iter().all(|v| v.is_none()) && !secret_given {
        return Err(CliError::usage(format!("nothing to change in profile '{}'", args.name)).hint(
            "give one of --account-id, --phone-number-id, --business-id, --app-id, --api-version, --base-url, \
             --app-secret-stdin, --verify-token-stdin",
        ));
    }
    if let Some(url) = &g.base_url {
        // A version in the URL is refused here, before it is saved, as `profile add` does.
        crate::config::check_base_url(url, &crate::config::Source::Flag)?;
        let probe =
            crate::graph::ClientConfig::new(url.clone(), crate::graph::DEFAULT_API_VERSION, String::new().into());
        crate::graph::GraphClient::new(probe).map_err(|e| CliError::usage(e.to_string()))?;
    }
    let Some(profile) = store.config.profiles.get_mut(&args.name) else {
        return Err(CliError::usage(format!("no profile named '{}'", args.name)));
    };
    let set = |slot: &mut Option<String>, value: &Option<String>| {
        if value.is_some() {
            slot.clone_from(value);
        }
    };
    set(&mut profile.account_id, &g.account_id);
    set(&mut profile.phone_number_id, &g.phone_number_id);
    set(&mut profile.business_id, &g.business_id);
    set(&mut profile.app_id, &g.app_id);
    set(&mut profile.api_version, &g.api_version);
    set(&mut profile.base_url, &g.base_url);
    if secret_given {
        let (flag, what) = if args.app_secret_stdin {
            ("--app-secret-stdin", "app secret")
        } else {
            ("--verify-token-stdin", "verify token")
        };
        let secret = crate::cli::input::secret_from_stdin(flag, what)?;
        let entry = store.credentials.profiles.entry(args.name.clone()).or_default();
        if args.app_secret_stdin {
            entry.app_secret = Some(secret);
        } else {
            entry.verify_token = Some(secret);
        }
    }
    store.save(ctx)?;
    if !ctx.global.quiet {
        diag::note(&format!("updated profile '{}' (stored token unchanged)", args.name));
    }
    Ok(())
}
