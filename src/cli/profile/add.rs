//! `waba profile add`.

use std::io::Read;

use clap::Args;

use super::{Store, check_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::config::{ConfigError, CredentialEntry, Profile, Source, check_base_url};
use crate::render::diag;

/// Arguments of `profile add`. Ids, API version and base URL come from the
/// options --account-id, --phone-number-id, --business-id, --app-id,
/// --api-version and --base-url.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba profile add prod --account-id 1200000000000001 --phone-number-id 1100000000000001 --token-stdin < token.txt\n  \
  waba profile add prod --account-id 1200000000000001 --token-stdin --check < token.txt\n  \
  waba profile add prod        # on a terminal: prompts for the ids and a hidden token\n\n\
With --check (offered on a terminal) Meta is asked about the token once it is saved; an invalid\n\
token then exits 4, and the profile stays saved.\n\n\
The token is stored in credentials.toml (mode 0600), never in config.toml.\n\
There is no flag that takes a token: use --token-stdin, the prompt, or WABA_TOKEN.")]
pub struct AddArgs {
    /// Profile name (letters, digits, '_', '-', '.')
    pub name: String,

    /// Read the access token from standard input
    #[arg(long)]
    pub token_stdin: bool,

    /// Replace a profile of the same name (its stored token is kept unless a new one is given)
    #[arg(long)]
    pub force: bool,

    /// Make this profile the default (the first profile always is)
    #[arg(long)]
    pub default: bool,

    /// Check the token with Meta (debug_token) after saving; exit 4 when it is invalid.
    /// On a terminal waba offers the check anyway
    #[arg(long)]
    pub check: bool,
}

/// Run `profile add`.
pub async fn run(ctx: &mut Ctx, args: &AddArgs) -> CliResult {
    check_name(&args.name)?;
    let mut store = Store::load(ctx)?;
    if store.config.profiles.contains_key(&args.name) && !args.force {
        return Err(ConfigError::ProfileExists(args.name.clone()).into());
    }
    let g = &ctx.global;
    let mut profile = Profile {
        account_id: g.account_id.clone(),
        phone_number_id: g.phone_number_id.clone(),
        business_id: g.business_id.clone(),
        app_id: g.app_id.clone(),
        api_version: g.api_version.clone(),
        base_url: g.base_url.clone(),
    };
    let mut token = if args.token_stdin { Some(read_token_stdin()?) } else { None };
    if ctx.interactive() && profile.account_id.is_none() && profile.phone_number_id.is_none() {
        prompt(&mut profile, &mut token, args.token_stdin)?;
    }
    if profile.account_id.is_none() && profile.phone_number_id.is_none() {
        return Err(CliError::usage("a profile needs at least --account-id or --phone-number-id")
            .hint("e.g. waba profile add NAME --account-id 1200000000000001 --token-stdin < token.txt"));
    }
    if let Some(url) = &profile.base_url {
        // Refuse a base URL the client would refuse later.
        check_base_url(url, &Source::Flag)?;
        let probe =
            crate::graph::ClientConfig::new(url.clone(), crate::graph::DEFAULT_API_VERSION, String::new().into());
        crate::graph::GraphClient::new(probe).map_err(|e| CliError::usage(e.to_string()))?;
    }
    let stored = store.credentials.profiles.get(&args.name).and_then(|c| c.token.clone());
    let to_check = token.clone().or(stored);
    if args.check && to_check.is_none() {
        return Err(CliError::usage("--check needs a token to check, and none was given or stored")
            .hint("give it with --token-stdin (or on the prompt), or leave out --check"));
    }
    let first = store.config.profiles.is_empty();
    store.config.profiles.insert(args.name.clone(), profile);
    if first || args.default {
        store.config.default_profile = Some(args.name.clone());
    }
    let entry = store.credentials.profiles.entry(args.name.clone()).or_insert_with(CredentialEntry::default);
    match token {
        Some(t) => entry.token = Some(t),
        // --force replaces the ids, never silently the secret: keep the stored token.
        None if entry.token.is_some() && !ctx.global.quiet => {
            diag::note(&format!("kept the stored token of profile '{}' (give --token-stdin to replace it)", args.name));
        }
        None => {}
    }
    if entry.token.is_none() && entry.app_secret.is_none() && entry.verify_token.is_none() {
        store.credentials.profiles.remove(&args.name);
    }
    store.save(ctx)?;
    if !ctx.global.quiet {
        let default = if store.config.default_profile.as_deref() == Some(&args.name) { " (default)" } else { "" };
        diag::note(&format!("saved profile '{}'{default} in {}", args.name, ctx.paths.config_dir.display()));
    }
    let Some(token) = to_check else { return Ok(()) };
    if args.check || offer_check(ctx)? {
        let profile = store.config.profiles.get(&args.name).cloned().unwrap_or_default();
        crate::cli::auth::check_profile(ctx, &args.name, &profile, token, args.check).await?;
    }
    Ok(())
}

/// On a terminal, ask whether to check the token now (yes by default).
fn offer_check(ctx: &Ctx) -> CliResult<bool> {
    if !ctx.interactive() {
        return Ok(false);
    }
    dialoguer::Confirm::new()
        .with_prompt("Check this token with Meta now?")
        .default(true)
        .interact()
        .map_err(|e| CliError::usage(format!("prompt failed: {e}")))
}

fn read_token_stdin() -> CliResult<String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| CliError::usage(format!("cannot read the token from standard input: {e}")))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(CliError::usage("--token-stdin was given but standard input is empty")
            .hint("pipe the token in: waba profile add NAME --token-stdin < token.txt"));
    }
    if token.chars().any(char::is_whitespace) {
        return Err(CliError::usage("the token read from standard input contains white space")
            .hint("the input must hold the token alone"));
    }
    Ok(token.to_string())
}

fn prompt(profile: &mut Profile, token: &mut Option<String>, token_given: bool) -> CliResult {
    use dialoguer::{Input, Password};
    let failed = |e: dialoguer::Error| CliError::usage(format!("prompt failed: {e}"));
    let id = |optional: bool| {
        move |v: &String| -> Result<(), &'static str> {
            if (optional && v.is_empty()) || (!v.is_empty() && v.chars().all(|c| c.is_ascii_digit())) {
                Ok(())
            } else {
                Err("a numeric id")
            }
        }
    };
    let ask = |label: &str, optional: bool| -> CliResult<Option<String>> {
        let value: String = Input::new()
            .with_prompt(label)
            .allow_empty(optional)
            .validate_with(id(optional))
            .interact_text()
            .map_err(failed)?;
        Ok(Some(value).filter(|v| !v.is_empty()))
    };
    profile.account_id = ask("WhatsApp Business Account id", false)?;
    profile.phone_number_id = ask("Phone-number id (optional)", true)?;
    profile.business_id = ask("Business portfolio id (optional)", true)?;
    profile.app_id = ask("App id (optional)", true)?;
    if !token_given {
        let value = Password::new()
            .with_prompt("Access token (hidden; empty to use WABA_TOKEN later)")
            .allow_empty_password(true)
            .interact()
            .map_err(failed)?;
        *token = Some(value.trim().to_string()).filter(|t| !t.is_empty());
    }
    Ok(())
}
