use std::path::PathBuf;

/// Everything that can go wrong while reading or writing settings.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A file could not be read or written.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done ("read", "write", "create directory").
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A TOML file does not parse or has the wrong shape.
    #[error("{} is invalid at line {line}, column {column}: {message}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// The credentials file can be read by others.
    #[error("{} is readable by other users (mode {mode:03o}); refusing to use it", path.display())]
    InsecureCredentials {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// A named profile does not exist.
    #[error("no profile named '{name}'")]
    UnknownProfile {
        /// The name asked for.
        name: String,
        /// The profiles that do exist.
        known: Vec<String>,
    },
    /// A profile of that name exists already.
    #[error("a profile named '{0}' exists already")]
    ProfileExists(String),
    /// A value is not acceptable (e.g. a profile name with spaces).
    #[error("invalid {what}: {message}")]
    Invalid {
        /// What was invalid.
        what: &'static str,
        /// Why.
        message: String,
    },
    /// The base URL ends in an API version segment (`https://graph.facebook.com/v23.0`).
    #[error(
        "{} is '{value}', which ends in the API version {version}; the base URL must not carry the version (waba adds it to every request)",
        super::base_url::place(origin)
    )]
    VersionInBaseUrl {
        /// The URL as given.
        value: String,
        /// Where it came from.
        origin: super::Source,
        /// The version segment.
        version: String,
        /// The URL without it.
        fixed: String,
    },
    /// Neither `WABA_CONFIG_DIR` nor a home directory is available.
    #[error("cannot find a configuration directory (no home directory)")]
    NoConfigDir,
}

impl ConfigError {
    /// A hint that tells the user how to fix the problem.
    pub fn hint(&self) -> Option<String> {
        match self {
            Self::Parse { .. } => {
                Some("fix the file or remove it and add profiles again with `waba profile add`".into())
            }
            Self::InsecureCredentials { path, .. } => Some(format!("run: chmod 600 {}", path.display())),
            Self::UnknownProfile { known, .. } if known.is_empty() => {
                Some("no profiles exist yet: create one with `waba profile add NAME`".into())
            }
            Self::UnknownProfile { known, .. } => {
                Some(format!("known profiles: {}; add one with `waba profile add NAME`", known.join(", ")))
            }
            Self::ProfileExists(_) => Some("pass --force to replace it, or choose another name".into()),
            Self::VersionInBaseUrl { origin, version, fixed, .. } => Some(super::base_url::fix(origin, version, fixed)),
            Self::NoConfigDir => Some(format!("set {} to a writable directory", super::env::CONFIG_DIR)),
            Self::Io { .. } | Self::Invalid { .. } => None,
        }
    }
}
