//! Resolution of settings: flag > environment > profile > default, once per run.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

use super::{ConfigError, ConfigFile, Credentials, Paths, Profile, env};
use crate::graph::{DEFAULT_API_VERSION, DEFAULT_BASE_URL};

/// Where a resolved value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Env(&'static str),
    /// A profile in `config.toml` or `credentials.toml`.
    Profile(String),
    /// The built-in sandbox (`--sandbox`).
    Sandbox,
    /// The built-in default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Flag => f.write_str("flag"),
            Self::Env(name) => write!(f, "env ({name})"),
            Self::Profile(name) => write!(f, "profile ({name})"),
            Self::Sandbox => f.write_str("sandbox"),
            Self::Default => f.write_str("default"),
        }
    }
}

/// A value with its source.
#[derive(Debug, Clone)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// Values given on the command line; `None` means "not given".
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--profile`.
    pub profile: Option<String>,
    /// `--account-id`.
    pub account_id: Option<String>,
    /// `--phone-number-id`.
    pub phone_number_id: Option<String>,
    /// `--business-id`.
    pub business_id: Option<String>,
    /// `--app-id`.
    pub app_id: Option<String>,
    /// `--api-version`.
    pub api_version: Option<String>,
    /// `--base-url`.
    pub base_url: Option<String>,
}

/// The settings of one run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The profile in use, if any.
    pub profile: Option<Sourced<String>>,
    /// The access token.
    pub token: Option<Sourced<SecretString>>,
    /// WhatsApp Business Account id.
    pub account_id: Option<Sourced<String>>,
    /// Business phone-number id.
    pub phone_number_id: Option<Sourced<String>>,
    /// Business portfolio id.
    pub business_id: Option<Sourced<String>>,
    /// Meta app id.
    pub app_id: Option<Sourced<String>>,
    /// Graph API version.
    pub api_version: Sourced<String>,
    /// Graph API base URL.
    pub base_url: Sourced<String>,
    /// The directories in use.
    pub paths: Paths,
}

impl Settings {
    /// Resolve every setting. `lookup` reads the environment (injected for tests).
    pub fn resolve(
        overrides: &Overrides,
        lookup: &dyn Fn(&str) -> Option<String>,
        paths: Paths,
    ) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let config = ConfigFile::load(&paths.config_file())?;

        let profile = match (&overrides.profile, get(env::PROFILE), &config.default_profile) {
            (Some(name), _, _) => Some(Sourced { value: name.clone(), source: Source::Flag }),
            (None, Some(name), _) => Some(Sourced { value: name, source: Source::Env(env::PROFILE) }),
            (None, None, Some(name)) => Some(Sourced { value: name.clone(), source: Source::Profile(name.clone()) }),
            (None, None, None) => None,
        };
        let empty = Profile::default();
        let entry = match &profile {
            Some(p) => config.profile(&p.value)?,
            None => &empty,
        };
        let profile_source = || Source::Profile(profile.as_ref().map(|p| p.value.clone()).unwrap_or_default());

        let pick = |flag: &Option<String>, var: &'static str, from_profile: &Option<String>| {
            if let Some(v) = flag {
                return Some(Sourced { value: v.clone(), source: Source::Flag });
            }
            if let Some(v) = get(var) {
                return Some(Sourced { value: v.trim().to_string(), source: Source::Env(var) });
            }
            from_profile.as_ref().map(|v| Sourced { value: v.clone(), source: profile_source() })
        };

        let account_id = pick(&overrides.account_id, env::ACCOUNT_ID, &entry.account_id);
        let phone_number_id = pick(&overrides.phone_number_id, env::PHONE_NUMBER_ID, &entry.phone_number_id);
        let business_id = pick(&overrides.business_id, env::BUSINESS_ID, &entry.business_id);
        let app_id = pick(&overrides.app_id, env::APP_ID, &entry.app_id);
        for value in [&account_id, &phone_number_id, &business_id, &app_id].into_iter().flatten() {
            check_id(value)?;
        }
        let api_version = pick(&overrides.api_version, env::API_VERSION, &entry.api_version)
            .unwrap_or(Sourced { value: DEFAULT_API_VERSION.to_string(), source: Source::Default });
        check_version(&api_version)?;
        let base_url = pick(&overrides.base_url, env::BASE_URL, &entry.base_url)
            .unwrap_or(Sourced { value: DEFAULT_BASE_URL.to_string(), source: Source::Default });
        super::check_base_url(&base_url.value, &base_url.source)?;

        // The credentials file is only read when the environment does not give a token,
        // so a CI job with WABA_TOKEN never depends on files.
        let token = match get(env::TOKEN) {
            Some(t) => Some(Sourced { value: SecretString::from(t.trim()), source: Source::Env(env::TOKEN) }),
            None => match &profile {
                Some(p) => Credentials::load(&paths.credentials_file())?
                    .profiles
                    .get(&p.value)
                    .and_then(|c| c.token.clone())
                    .map(|t| Sourced { value: SecretString::from(t), source: profile_source() }),
                None => None,
            },
        };

        Ok(Self { profile, token, account_id, phone_number_id, business_id, app_id, api_version, base_url, paths })
    }

    /// Point the account settings at the built-in sandbox: its URL and token always,
    /// its ids unless a flag named another one.
    pub fn use_sandbox(&mut self, base_url: String, token: String, ids: SandboxIds) {
        self.sandbox_defaults(ids);
        self.token = Some(Sourced { value: SecretString::from(token), source: Source::Sandbox });
        self.base_url = Sourced { value: base_url, source: Source::Sandbox };
    }

    /// The sandbox's ids (unless a flag named another one) and no profile or token, before
    /// the sandbox runs: commands that read an id before making a request see the sandbox's.
    pub fn sandbox_defaults(&mut self, ids: SandboxIds) {
        fn fill(slot: &mut Option<Sourced<String>>, value: String) {
            if !matches!(slot, Some(Sourced { source: Source::Flag, .. })) {
                *slot = Some(Sourced { value, source: Source::Sandbox });
            }
        }
        self.profile = None;
        self.token = None;
        fill(&mut self.account_id, ids.account_id);
        fill(&mut self.phone_number_id, ids.phone_number_id);
        fill(&mut self.business_id, ids.business_id);
        fill(&mut self.app_id, ids.app_id);
    }

    /// Every value for display, secrets masked: `(name, value, source)`.
    pub fn describe(&self) -> Vec<(&'static str, Option<String>, Option<String>)> {
        fn row<T>(
            name: &'static str,
            v: &Option<Sourced<T>>,
            show: impl Fn(&T) -> String,
        ) -> (&'static str, Option<String>, Option<String>) {
            (name, v.as_ref().map(|s| show(&s.value)), v.as_ref().map(|s| s.source.to_string()))
        }
        let plain = |s: &String| s.clone();
        vec![
            row("profile", &self.profile, plain),
            row("account_id", &self.account_id, plain),
            row("phone_number_id", &self.phone_number_id, plain),
            row("business_id", &self.business_id, plain),
            row("app_id", &self.app_id, plain),
            row("api_version", &Some(self.api_version.clone()), plain),
            row("base_url", &Some(self.base_url.clone()), plain),
            row("token", &self.token, |t: &SecretString| mask_secret(t.expose_secret())),
            ("config_dir", Some(self.paths.config_dir.display().to_string()), None),
            ("data_dir", Some(self.paths.data_dir.display().to_string()), None),
        ]
    }
}

/// The ids of the sandbox's world, applied by [`Settings::use_sandbox`].
#[derive(Debug, Clone)]
pub struct SandboxIds {
    /// WABA id.
    pub account_id: String,
    /// Primary phone-number id.
    pub phone_number_id: String,
    /// Business portfolio id.
    pub business_id: String,
    /// App id.
    pub app_id: String,
}

impl From<crate::sandbox::SandboxIdentity> for SandboxIds {
    fn from(id: crate::sandbox::SandboxIdentity) -> Self {
        Self {
            account_id: id.waba_id,
            phone_number_id: id.phone_number_id,
            business_id: id.business_id,
            app_id: id.app_id,
        }
    }
}

/// Mask a secret for display: `EAAG…9f2c`; short secrets are hidden entirely.
pub fn mask_secret(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 16 {
        return "…".repeat(3);
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

fn check_id(value: &Sourced<String>) -> Result<(), ConfigError> {
    if !value.value.is_empty() && value.value.chars().all(|c| c.is_ascii_digit()) {
        return Ok(());
    }
    Err(ConfigError::Invalid {
        what: "id",
        message: format!("'{}' from {} is not a numeric Graph id", value.value, value.source),
    })
}

fn check_version(value: &Sourced<String>) -> Result<(), ConfigError> {
    if crate::graph::is_valid_version(&value.value) {
        return Ok(());
    }
    Err(ConfigError::Invalid {
        what: "API version",
        message: format!("'{}' from {} is not of the form v24.0", value.value, value.source),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn paths(dir: &std::path::Path) -> Paths {
        Paths { config_dir: dir.to_path_buf(), data_dir: dir.join("data") }
    }

    #[test]
    fn flag_beats_env_beats_profile_beats_default() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("config.toml"),
            "default_profile = \"main\"\n[profiles.main]\naccount_id = \"111\"\nphone_number_id = \"222\"\napi_version = \"v23.0\"\n",
        )
        .unwrap();
        let env: HashMap<&str, &str> = HashMap::from([("WABA_PHONE_NUMBER_ID", "333")]);
        let lookup = |k: &str| env.get(k).map(|v| v.to_string());
        let overrides = Overrides { api_version: Some("v25.0".into()), ..Default::default() };
        let s = Settings::resolve(&overrides, &lookup, paths(dir.path())).unwrap();
        assert_eq!(s.account_id.as_ref().unwrap().value, "111");
        assert_eq!(s.account_id.as_ref().unwrap().source, Source::Profile("main".into()));
        assert_eq!(s.phone_number_id.as_ref().unwrap().value, "333");
        assert_eq!(s.phone_number_id.as_ref().unwrap().source, Source::Env("WABA_PHONE_NUMBER_ID"));
        assert_eq!(s.api_version.value, "v25.0");
        assert_eq!(s.api_version.source, Source::Flag);
        assert_eq!(s.base_url.source, Source::Default);
        assert!(s.token.is_none());
    }

    #[test]
    fn env_alone_is_enough() {
        let dir = tempfile::tempdir().unwrap();
        let env: HashMap<&str, &str> =
            HashMap::from([("WABA_TOKEN", "EAAGabcdefghijkl9f2c"), ("WABA_ACCOUNT_ID", "42")]);
        let lookup = |k: &str| env.get(k).map(|v| v.to_string());
        let s = Settings::resolve(&Overrides::default(), &lookup, paths(&dir.path().join("none"))).unwrap();
        assert_eq!(s.account_id.unwrap().value, "42");
        assert_eq!(mask_secret(s.token.unwrap().value.expose_secret()), "EAAG…9f2c");
    }

    #[test]
    fn unknown_profile_and_bad_values() {
        let dir = tempfile::tempdir().unwrap();
        let none = |_: &str| None;
        let overrides = Overrides { profile: Some("nope".into()), ..Default::default() };
        let err = Settings::resolve(&overrides, &none, paths(dir.path())).unwrap_err();
        assert!(matches!(err, ConfigError::UnknownProfile { .. }), "{err}");
        let bad = |k: &str| (k == "WABA_API_VERSION").then(|| "24".to_string());
        let err = Settings::resolve(&Overrides::default(), &bad, paths(dir.path())).unwrap_err();
        assert!(err.to_string().contains("WABA_API_VERSION"), "{err}");
    }

    #[test]
    fn sandbox_keeps_flagged_ids() {
        let dir = tempfile::tempdir().unwrap();
        let overrides = Overrides { account_id: Some("5".into()), ..Default::default() };
        let mut s = Settings::resolve(&overrides, &|_| None, paths(dir.path())).unwrap();
        let ids = SandboxIds {
            account_id: "1".into(),
            phone_number_id: "2".into(),
            business_id: "3".into(),
            app_id: "4".into(),
        };
        s.use_sandbox("http://127.0.0.1:1".into(), "t".into(), ids);
        assert_eq!(s.account_id.unwrap().value, "5");
        assert_eq!(s.phone_number_id.unwrap().source, Source::Sandbox);
        assert_eq!(s.base_url.source, Source::Sandbox);
    }

    #[test]
    fn masking() {
        assert_eq!(mask_secret("EAAGxxxxxxxxxxxxxxxx9f2c"), "EAAG…9f2c");
        assert_eq!(mask_secret("short"), "………");
    }
}
