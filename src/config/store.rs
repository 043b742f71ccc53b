//! The two TOML files: `config.toml` (profiles) and `credentials.toml` (secrets).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The contents of `config.toml`.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither `--profile` nor `WABA_PROFILE` names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile: the ids and endpoint of one account. Holds no secrets.
#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// WhatsApp Business Account id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Business phone-number id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// Business portfolio id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_id: Option<String>,
    /// Meta app id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Graph API version, e.g. `v24.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// Graph API base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

/// The contents of `credentials.toml`.
#[derive(Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    /// Secrets by profile name.
    #[serde(default)]
    pub profiles: BTreeMap<String, CredentialEntry>,
}

/// The secrets of one profile.
#[derive(Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialEntry {
    /// Access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// App secret (for webhook signatures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_secret: Option<String>,
    /// Verify token of the webhook handshake.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_token: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials").field("profiles", &self.profiles.keys()).finish()
    }
}

impl fmt::Debug for CredentialEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CredentialEntry")
            .field("token", &self.token.as_ref().map(|_| "[redacted]"))
            .field("app_secret", &self.app_secret.as_ref().map(|_| "[redacted]"))
            .field("verify_token", &self.verify_token.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

impl ConfigFile {
    /// Read `config.toml`; a missing file is an empty configuration.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        load_toml(path)
    }

    /// Write `config.toml` atomically.
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| ConfigError::Invalid { what: "configuration", message: e.to_string() })?;
        write_atomic(path, text.as_bytes(), 0o644)
    }

    /// The profile of that name, or an error listing the known ones.
    pub fn profile(&self, name: &str) -> Result<&Profile, ConfigError> {
        self.profiles.get(name).ok_or_else(|| ConfigError::UnknownProfile {
            name: name.to_string(),
            known: self.profiles.keys().cloned().collect(),
        })
    }
}

impl Credentials {
    /// Read `credentials.toml`, refusing it when group or others may read it.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        check_private(path)?;
        load_toml(path)
    }

    /// Write `credentials.toml` atomically with mode 0600.
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let text = toml::to_string_pretty(self)
            .map_err(|e| ConfigError::Invalid { what: "credentials", message: e.to_string() })?;
        write_atomic(path, text.as_bytes(), 0o600)
    }
}

/// Profile names: a letter or digit, then letters, digits, `_`, `-` or `.`, 64 at most.
pub fn validate_profile_name(name: &str) -> Result<(), ConfigError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if ok {
        Ok(())
    } else {
        Err(ConfigError::Invalid {
            what: "profile name",
            message: format!(
                "'{name}': use up to 64 letters, digits, '_', '-' or '.', starting with a letter or digit"
            ),
        })
    }
}

fn load_toml<T: DeserializeOwned + Default>(path: &Path) -> Result<T, ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(T::default()),
        Err(source) => return Err(ConfigError::Io { action: "read", path: path.into(), source }),
    };
    toml::from_str(&text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        let (line, column) = line_column(&text, offset);
        ConfigError::Parse { path: path.into(), line, column, message: e.message().trim().to_string() }
    })
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(unix)]
fn check_private(path: &Path) -> Result<(), ConfigError> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) => {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(ConfigError::InsecureCredentials { path: path.into(), mode });
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(ConfigError::Io { action: "read", path: path.into(), source }),
    }
}

#[cfg(not(unix))]
fn check_private(_path: &Path) -> Result<(), ConfigError> {
    Ok(())
}

fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<(), ConfigError> {
    crate::fsutil::write_atomic(path, bytes, mode).map_err(|source| ConfigError::Io {
        action: "write",
        path: path.into(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_error_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "[profiles.main]\naccount_id = \"1\"\nphone = 2\n").unwrap();
        let err = ConfigFile::load(&path).unwrap_err();
        let ConfigError::Parse { line, .. } = &err else { panic!("{err:?}") };
        assert_eq!(*line, 3, "{err}");
        assert!(err.to_string().contains("config.toml"), "{err}");
    }

    #[test]
    fn missing_files_are_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(ConfigFile::load(&dir.path().join("none.toml")).unwrap(), ConfigFile::default());
        assert!(Credentials::load(&dir.path().join("none.toml")).unwrap().profiles.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn credentials_are_written_0600_and_loose_ones_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("credentials.toml");
        let mut creds = Credentials::default();
        creds.profiles.insert("a".into(), CredentialEntry { token: Some("t".into()), ..CredentialEntry::default() });
        creds.save(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(Credentials::load(&path).is_ok());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = Credentials::load(&path).unwrap_err();
        assert!(err.hint().unwrap().contains("chmod 600"), "{err}");
    }

    #[test]
    fn profile_names() {
        assert!(validate_profile_name("prod-eu.1").is_ok());
        assert!(validate_profile_name("").is_err());
        assert!(validate_profile_name("has space").is_err());
        assert!(validate_profile_name("-x").is_err());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let entry = CredentialEntry {
            token: Some("EAAGsecret".into()),
            app_secret: Some("s3".into()),
            verify_token: Some("vt9".into()),
        };
        let text = format!("{entry:?}");
        assert!(!text.contains("EAAGsecret") && !text.contains("s3\"") && !text.contains("vt9"), "{text}");
    }
}
