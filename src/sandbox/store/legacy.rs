//! The JSON state file of earlier versions (`state.json`): loaded once, with
//! its version and corruption checks, to be migrated into the database.

use std::path::Path;

use crate::sandbox::SandboxError;
use crate::sandbox::world::{STATE_VERSION, World};

/// Loads the world from `path`; `Ok(None)` when the file does not exist.
pub(crate) fn load(path: &Path) -> Result<Option<World>, SandboxError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SandboxError::Io { action: "read", path: path.to_path_buf(), source });
        }
    };
    let corrupt = |detail: String| SandboxError::Corrupt { path: path.to_path_buf(), detail };
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| corrupt(format!("not valid JSON: {e}")))?;
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| corrupt("missing or invalid \"version\" field".into()))?;
    if version > u64::from(STATE_VERSION) {
        return Err(SandboxError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: u64::from(STATE_VERSION),
        });
    }
    if version < u64::from(STATE_VERSION) {
        return Err(corrupt(format!("unsupported state version {version}")));
    }
    let world: World = serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))?;
    if world.wabas.is_empty() || world.phone_numbers.is_empty() {
        return Err(corrupt("it holds no WhatsApp Business Account or no phone number".into()));
    }
    world.templates.validate().map_err(corrupt)?;
    Ok(Some(world))
}

/// Writes `world` to `path` as an earlier version did (for tests of the migration).
#[cfg(test)]
pub(crate) fn save(path: &Path, world: &World) -> Result<(), SandboxError> {
    let io = |action: &'static str| {
        move |source: std::io::Error| SandboxError::Io { action, path: path.to_path_buf(), source }
    };
    let mut json = serde_json::to_vec_pretty(world).map_err(|e| io("serialize")(std::io::Error::other(e)))?;
    json.push(b'\n');
    crate::fsutil::write_atomic(path, &json, 0o644).map_err(io("write"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_then_load_round_trips_and_creates_dirs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/state.json");
        assert!(load(&path).unwrap().is_none());
        save(&path, &World::seed()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(World::seed()));
        // No temporary files left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a/b")).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn corrupt_and_newer_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        for content in ["{not json", "[]", r#"{"version":1}"#, r#"{"version":"x"}"#, "\u{0}\u{ff}"] {
            std::fs::write(&path, content).unwrap();
            let e = load(&path).unwrap_err();
            assert!(matches!(e, SandboxError::Corrupt { .. }), "{content}: {e}");
            let msg = e.to_string();
            assert!(msg.contains(&path.display().to_string()), "{msg}");
            assert!(msg.contains("waba sandbox reset"), "{msg}");
        }
        std::fs::write(&path, r#"{"version":99}"#).unwrap();
        let msg = load(&path).unwrap_err().to_string();
        assert!(msg.contains("waba sandbox reset") && msg.contains("99"), "{msg}");
    }

    #[test]
    fn overflowing_counters_are_refused_on_load_naming_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut value = serde_json::to_value(World::seed()).unwrap();
        value["templates"]["last_seq"] = serde_json::json!(u64::MAX);
        std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
        let msg = load(&path).unwrap_err().to_string();
        assert!(msg.contains("templates.last_seq") && msg.contains(&path.display().to_string()), "{msg}");
    }
}
