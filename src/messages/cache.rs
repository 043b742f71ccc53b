//! Template definitions fetched for send checks, cached in the data directory for a short while
//! (`<data dir>/send-cache/<waba id>/<name>.json`), so that a burst of sends reads them once.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::graph::models::MessageTemplate;

/// How long a cached definition is used.
pub const TTL: Duration = Duration::from_secs(300);

#[derive(Serialize, Deserialize)]
struct Entry {
    fetched_at: u64,
    templates: Vec<MessageTemplate>,
}

/// The cache file of template `name` of account `waba`.
pub fn path(data_dir: &Path, waba: &str, name: &str) -> Option<PathBuf> {
    let safe = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    (safe(waba) && safe(name)).then(|| data_dir.join("send-cache").join(waba).join(format!("{name}.json")))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The cached definitions, when fresh; anything unreadable counts as absent.
pub fn load(file: &Path) -> Option<Vec<MessageTemplate>> {
    let entry: Entry = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
    (now().saturating_sub(entry.fetched_at) < TTL.as_secs()).then_some(entry.templates)
}

/// Store definitions; failures are ignored (the cache is only a speed-up).
pub fn store(file: &Path, templates: &[MessageTemplate]) {
    let entry = Entry { fetched_at: now(), templates: templates.to_vec() };
    if let (Some(dir), Ok(bytes)) = (file.parent(), serde_json::to_vec(&entry)) {
        let _ = std::fs::create_dir_all(dir).and_then(|()| crate::fsutil::write_atomic(file, &bytes, 0o600));
    }
}
