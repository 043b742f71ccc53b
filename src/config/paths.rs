use std::path::PathBuf;

use super::{ConfigError, env};

/// Where `waba` keeps its files.
#[derive(Debug, Clone)]
pub struct Paths {
    /// Directory of `config.toml` and `credentials.toml`.
    pub config_dir: PathBuf,
    /// Directory of the sandbox's world database and server record.
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

    /// The sandbox's world database (SQLite).
    pub fn sandbox_db(&self) -> PathBuf {
        self.data_dir.join("sandbox").join("world.db")
    }

    /// The JSON state file of earlier versions, migrated into [`Paths::sandbox_db`] once.
    pub fn sandbox_legacy_state(&self) -> PathBuf {
        self.data_dir.join("sandbox").join("state.json")
    }

    /// The record of a running `waba sandbox serve`.
    pub fn sandbox_server_record(&self) -> PathBuf {
        self.data_dir.join("sandbox").join("server.json")
    }
}
