use std::path::PathBuf;

use super::{ConfigError, env};

/// Where `waba` keeps its files.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Directory of `config.toml` and `credentials.toml`.
    pub config_dir: PathBuf,
    /// Directory of the sandbox state.
    pub data_dir: PathBuf,
}

impl Paths {
    /// Resolve the directories: `WABA_CONFIG_DIR` / `WABA_DATA_DIR`, else the platform's.
    pub fn resolve(lookup: &dyn Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let dirs = || directories::ProjectDirs::from("", "", "waba");
        let config_dir = match lookup(env::CONFIG_DIR).filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => dirs().ok_or(ConfigError::NoConfigDir)?.config_dir().to_path_buf(),
        };
        let data_dir = match lookup(env::DATA_DIR).filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => dirs().ok_or(ConfigError::NoConfigDir)?.data_dir().to_path_buf(),
        };
        Ok(Self { config_dir, data_dir })
    }

    /// `config.toml`.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    /// `credentials.toml`.
    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir.join("credentials.toml")
    }

    /// The sandbox's persisted state.
    pub fn sandbox_state(&self) -> PathBuf {
        self.data_dir.join("sandbox").join("state.json")
    }
}
