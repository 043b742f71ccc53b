//! The record a running `waba sandbox serve` leaves in the data directory
//! (`sandbox/server.json`, mode 0600 since it holds the sandbox token), so
//! that other commands use that server instead of starting their own.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// A running server: where it listens, its token, its process.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerRecord {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The only token the server accepts (a test double's, not a Meta token).
    pub token: String,
    pub pid: u32,
    /// When it started (RFC 3339).
    pub started: String,
    /// The world database it serves.
    pub db: String,
    /// The app secret its webhooks are signed with (a test double's, like the token), for
    /// `waba --sandbox` commands that check them; absent in records of older builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_secret: Option<String>,
}

impl std::fmt::Debug for ServerRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerRecord")
            .field("base_url", &self.base_url)
            .field("token", &"<redacted>")
            .field("pid", &self.pid)
            .field("started", &self.started)
            .field("db", &self.db)
            .field("app_secret", &self.app_secret.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// What [`find`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// A server that is running and answers.
    Live(ServerRecord),
    /// A record whose process is gone (or no longer listens); it has been removed.
    Stale(ServerRecord),
    /// No (readable) record.
    None,
}

/// Writes `record` to `path` atomically with mode 0600.
pub fn write(path: &Path, record: &ServerRecord) -> std::io::Result<()> {
    let mut json = serde_json::to_vec_pretty(record).map_err(std::io::Error::other)?;
    json.push(b'\n');
    crate::fsutil::write_atomic(path, &json, 0o600)
}

/// The record at `path`, if it exists and parses.
pub fn read(path: &Path) -> Option<ServerRecord> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Removes the record at `path` when it is the one of process `pid`.
pub fn remove_if_owned(path: &Path, pid: u32) {
    if read(path).is_some_and(|r| r.pid == pid) {
        let _ = std::fs::remove_file(path);
    }
}

/// Finds a live server: the record at `path` whose process exists and whose
/// port accepts a connection. A stale record is removed; an unreadable one is ignored.
pub fn find(path: &Path) -> Lookup {
    let Some(record) = read(path) else { return Lookup::None };
    if process_alive(record.pid) && listening(&record.base_url) {
        return Lookup::Live(record);
    }
    // Only remove what we read (another server may have replaced it meanwhile).
    remove_if_owned(path, record.pid);
    Lookup::Stale(record)
}

/// Whether process `pid` exists (signal 0: permission denied still means it exists).
#[cfg(unix)]
pub fn process_alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid).ok().and_then(rustix::process::Pid::from_raw) else { return false };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        Err(e) => e == rustix::io::Errno::PERM,
    }
}

/// Whether process `pid` exists (not checked off Unix: the port check decides).
#[cfg(not(unix))]
pub fn process_alive(_pid: u32) -> bool {
    true
}

/// Whether something accepts TCP connections at the `http://host:port` of `base_url`.
fn listening(base_url: &str) -> bool {
    let Some(addr) = url::Url::parse(base_url).ok().and_then(|u| u.socket_addrs(|| None).ok()?.into_iter().next())
    else {
        return false;
    };
    std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)).is_ok()
}
