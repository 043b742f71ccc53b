//! The context of one run: resolved settings, the output writer, the client.

use std::io::IsTerminal;

use secrecy::ExposeSecret;

use super::error::{CliError, CliResult, Kind};
use super::global::GlobalArgs;
use crate::config::{Overrides, Paths, SandboxIds, Settings, env};
use crate::graph::{ClientConfig, GraphClient};
use crate::render::{Output, diag};
use crate::sandbox::{self, Lookup, RunningSandbox, SandboxOptions};

/// Everything a command needs, resolved once.
pub struct Ctx {
    /// Global options.
    pub global: GlobalArgs,
    /// Where the files live.
    pub paths: Paths,
    settings: Option<Settings>,
    /// The stdout writer.
    pub out: Output,
    client: Option<GraphClient>,
    /// The in-process sandbox, when this run started one.
    sandbox: Option<RunningSandbox>,
    /// The base URL of the sandbox in use (in-process or served), once chosen.
    sandbox_url: Option<String>,
    /// With `--sandbox`, the world database as opened to resolve the settings: its ids, and
    /// the connection an in-process sandbox takes over (so the world is loaded once).
    sandbox_world: Option<(sandbox::SandboxIdentity, Option<sandbox::OpenedWorld>)>,
    /// Whether an in-process sandbox delivers webhooks (for `send --wait`).
    sandbox_deliveries: bool,
    /// The app secret the sandbox in use signs webhooks with, when known.
    sandbox_app_secret: Option<String>,
}

/// Read a variable of the process environment.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

impl Ctx {
    /// A context; settings are resolved on first use, so commands that manage the
    /// profile files work even when those files name a broken default.
    pub fn new(global: GlobalArgs) -> CliResult<Self> {
        let paths = Paths::resolve(&process_env)?;
        let mut out = Output::stdout(global.format(), global.color_choice());
        out.hide_assumptions(global.quiet || global.no_assumptions);
        Ok(Self {
            global,
            paths,
            settings: None,
            out,
            client: None,
            sandbox: None,
            sandbox_url: None,
            sandbox_world: None,
            sandbox_deliveries: false,
            sandbox_app_secret: None,
        })
    }

    /// The resolved settings: flag > environment > profile > default.
    pub fn settings(&mut self) -> CliResult<&Settings> {
        let settings = match self.settings.take() {
            Some(settings) => settings,
            None if self.global.sandbox => {
                // The sandbox replaces profiles and environment; only flags still count.
                let overrides = Overrides { profile: None, base_url: None, ..self.global.overrides() };
                let lookup = |name: &str| if name == env::API_VERSION { process_env(name) } else { None };
                let mut settings = Settings::resolve(&overrides, &lookup, self.paths.clone())?;
                let db = self.paths.sandbox_db();
                let (world, migrated) = sandbox::open_world(&db, Some(&self.paths.sandbox_legacy_state()))?;
                super::sandbox::note_migrated(self, migrated.as_deref(), &db);
                settings.sandbox_defaults(world.identity().clone().into());
                self.sandbox_world = Some((world.identity().clone(), Some(world)));
                settings
            }
            None => Settings::resolve(&self.global.overrides(), &process_env, self.paths.clone())?,
        };
        Ok(self.settings.insert(settings))
    }

    /// Ask before a destructive step: `Ok(true)` to go ahead. Off a terminal this refuses
    /// with `refusal` and the `--yes` hint, since a script cannot answer.
    pub fn confirm(&self, prompt: &str, refusal: &str) -> CliResult<bool> {
        if !self.interactive() {
            let hint = if self.prompts_forbidden() {
                "pass --yes: prompts are off (--no-input or CI is set)"
            } else {
                "pass --yes when not on a terminal"
            };
            return Err(CliError::usage(refusal.to_string()).hint(hint));
        }
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(false)
            .interact()
            .map_err(|e| CliError::usage(format!("prompt failed: {e}")))
    }

    /// Whether prompts may be shown: stdin and stderr are terminals, and neither `--no-input`
    /// nor the `CI` variable forbids them.
    pub fn interactive(&self) -> bool {
        !self.prompts_forbidden() && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// `--no-input`, or `CI` set to anything but empty, `0` or `false` (as CI services set it).
    fn prompts_forbidden(&self) -> bool {
        self.global.no_input
            || process_env("CI").is_some_and(|v| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "0" | "false"))
    }

    /// With `--sandbox`, find the sandbox to talk to (once): a live `waba sandbox serve`
    /// recorded in the data directory, else an in-process sandbox on the same world.
    pub async fn ensure_sandbox(&mut self) -> CliResult<()> {
        if !self.global.sandbox || self.sandbox_url.is_some() {
            return Ok(());
        }
        let verbose = !self.global.quiet && self.global.verbose > 0;
        let mut settings = self.settings()?.clone();
        let db = self.paths.sandbox_db();
        let (base_url, token) = match sandbox::store::server::find(&self.paths.sandbox_server_record()) {
            Lookup::Live(server) if std::path::Path::new(&server.db) == db => {
                if verbose {
                    diag::note(&format!("using the sandbox served at {} (pid {})", server.base_url, server.pid));
                }
                self.sandbox_app_secret = server.app_secret;
                (server.base_url, server.token)
            }
            lookup => {
                if let Lookup::Stale(stale) = &lookup
                    && verbose
                {
                    diag::note(&format!("ignored a stale sandbox server record (pid {} is gone)", stale.pid));
                }
                let token = random_token();
                let world = self.sandbox_world.as_mut().and_then(|(_, w)| w.take());
                let opts = SandboxOptions {
                    state_path: Some(db),
                    token: token.clone(),
                    addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
                    review_delay: sandbox_review_delay(),
                    status_delay: sandbox_status_delay(),
                    unlimited_throughput: false,
                    app_secret: None,
                    webhooks: self.sandbox_deliveries.then(sandbox::deliver::DeliveryOptions::default),
                    faults: None,
                };
                let running = match world {
                    Some(world) => sandbox::start_with(world, opts).await?,
                    None => sandbox::start(opts).await?,
                };
                if verbose {
                    diag::note(&format!("started an in-process sandbox on {}", running.base_url()));
                }
                let url = running.base_url();
                self.sandbox_app_secret = Some(running.app_secret());
                self.sandbox = Some(running);
                (url, token)
            }
        };
        // A served sandbox's world is this database too; it was read a moment ago.
        let id = match self.sandbox_world.take() {
            Some((id, _)) => id,
            None => sandbox::identity(Some(&self.paths.sandbox_db()))?,
        };
        settings.use_sandbox(
            base_url.clone(),
            token,
            SandboxIds {
                account_id: id.waba_id,
                phone_number_id: id.phone_number_id,
                business_id: id.business_id,
                app_id: id.app_id,
            },
        );
        self.settings = Some(settings);
        self.sandbox_url = Some(base_url);
        Ok(())
    }

    /// The app secret of the sandbox in use (after [`Ctx::ensure_sandbox`]), when known: the
    /// in-process one's, or the one a `sandbox serve` recorded.
    pub fn sandbox_app_secret(&self) -> Option<&str> {
        self.sandbox_app_secret.as_deref()
    }

    /// Ask that an in-process sandbox (running, or started later by this run) deliver webhooks
    /// (to the app's callback override and to watchers).
    pub async fn want_sandbox_deliveries(&mut self) -> CliResult<()> {
        self.sandbox_deliveries = true;
        if let Some(running) = self.sandbox.as_mut() {
            running.start_deliveries(sandbox::deliver::DeliveryOptions::default()).await?;
        }
        Ok(())
    }

    /// The Graph client, built on first use.
    pub async fn client(&mut self) -> CliResult<GraphClient> {
        self.ensure_sandbox().await?;
        if let Some(client) = &self.client {
            return Ok(client.clone());
        }
        let s = self.settings()?;
        let Some(token) = &s.token else {
            let nothing_configured = s.profile.is_none() && s.account_id.is_none() && s.phone_number_id.is_none();
            return Err(if nothing_configured {
                CliError::new(Kind::Config, "no account is configured")
                    .hint("add one with `waba profile add NAME` (or set WABA_TOKEN and WABA_ACCOUNT_ID), or try the built-in sandbox with `waba --sandbox ...`")
            } else {
                let whose = s.profile.as_ref().map_or(String::new(), |p| format!(" for profile '{}'", p.value));
                CliError::new(Kind::Auth, format!("no access token{whose}"))
                    .hint("set WABA_TOKEN, or store one with `waba profile add NAME --token-stdin`")
            });
        };
        let mut config = ClientConfig::new(
            s.base_url.value.clone(),
            s.api_version.value.clone(),
            secrecy::SecretString::from(token.value.expose_secret()),
        );
        if let Some(timeout) = http_timeout()? {
            config.timeout = timeout;
        }
        let client = GraphClient::new(config)?;
        self.client = Some(client.clone());
        Ok(client)
    }

    /// The WABA id, or a configuration error naming the ways to set it.
    pub fn account_id(&mut self) -> CliResult<String> {
        self.settings()?.account_id.as_ref().map(|s| s.value.clone()).ok_or_else(|| {
            CliError::new(Kind::Config, "no WhatsApp Business Account id is configured")
                .hint("pass --account-id, set WABA_ACCOUNT_ID, or add it to the profile (`waba profile add NAME --account-id ID`)")
        })
    }

    /// Print what the client noticed, stop the sandbox.
    pub async fn finish(self) {
        if let Some(client) = &self.client
            && !self.global.quiet
        {
            for notice in client.take_notices() {
                diag::warning(&notice);
            }
        }
        if let Some(sandbox) = self.sandbox {
            sandbox.shutdown().await;
        }
    }
}

/// The sandbox's template review delay: `WABA_SANDBOX_REVIEW_DELAY_MS`, else the default.
pub fn sandbox_review_delay() -> std::time::Duration {
    delay_from_env(env::SANDBOX_REVIEW_DELAY_MS, sandbox::DEFAULT_REVIEW_DELAY)
}

/// The time between a sandbox message's statuses: `WABA_SANDBOX_STATUS_DELAY_MS`, else the default.
pub fn sandbox_status_delay() -> std::time::Duration {
    delay_from_env(env::SANDBOX_STATUS_DELAY_MS, sandbox::messages::DEFAULT_STATUS_DELAY)
}

/// Whole milliseconds from `var`; an unparsable value is ignored with a warning.
/// `WABA_HTTP_TIMEOUT`: seconds one request may take (default 30), refused when not a number.
fn http_timeout() -> CliResult<Option<std::time::Duration>> {
    const VAR: &str = "WABA_HTTP_TIMEOUT";
    let Some(value) = process_env(VAR) else { return Ok(None) };
    match value.trim().parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 3600.0 => Ok(Some(std::time::Duration::from_secs_f64(secs))),
        _ => Err(CliError::new(Kind::Config, format!("{VAR}={value:?} is not a timeout"))
            .hint(format!("give seconds between 0 and 3600, e.g. {VAR}=30 or {VAR}=2.5"))),
    }
}

fn delay_from_env(var: &str, default: std::time::Duration) -> std::time::Duration {
    let Some(value) = process_env(var) else { return default };
    match value.trim().parse::<u64>() {
        Ok(ms) => std::time::Duration::from_millis(ms),
        Err(_) => {
            diag::warning(&format!("ignoring {var}={value:?}: expected whole milliseconds, e.g. 0"));
            default
        }
    }
}

/// A random token for a sandbox run.
pub fn random_token() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    let suffix: String = (0..32).map(|_| char::from(b"0123456789abcdef"[rng.random_range(0..16)])).collect();
    format!("sandbox-{suffix}")
}
