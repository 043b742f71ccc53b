//! Where `templates pull` writes a template: `DIR/<name>/<language>.<ext>`.
//!
//! Each component is made safe for every file system (ASCII letters, digits, `_` and `-`; anything else becomes
//! `_`). Meta allows names of 512 characters while file names are limited to 255 bytes, so a component longer than
//! [`MAX_COMPONENT`] bytes is cut and followed by `-` and a stable 64-bit FNV-1a hash of the full text: the same
//! name always gives the same path, on every run and platform. The file itself keeps the full name.

use std::path::{Path, PathBuf};

use crate::templates::file::FileFormat;

/// Longest file-name component written, in bytes (well under the usual 255-byte limit, leaving room for the
/// extension and for editors' backup suffixes).
pub const MAX_COMPONENT: usize = 120;
/// Bytes kept from the start of a shortened component (then `-` and 16 hex digits).
const KEPT: usize = MAX_COMPONENT - 17;

/// The path `templates pull` writes the template `name` + `language` to.
pub fn file_path_for(dir: &Path, name: &str, language: &str, format: FileFormat) -> PathBuf {
    let ext = match format {
        FileFormat::Json => "json",
        FileFormat::Toml => "toml",
    };
    dir.join(safe_component(name)).join(format!("{}.{ext}", safe_component(language)))
}

fn safe_component(s: &str) -> String {
    let out: String =
        s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
    if out.is_empty() {
        return "_".into();
    }
    if out.len() <= MAX_COMPONENT {
        return out;
    }
    // `out` is ASCII, so any byte index is a character boundary.
    format!("{}-{:016x}", &out[..KEPT], fnv1a(s.as_bytes()))
}

/// 64-bit FNV-1a: tiny, and fixed by its definition (unlike `std`'s hashers, which may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_keep_their_path() {
        let d = Path::new("tpl");
        assert_eq!(
            file_path_for(d, "order_update", "en_US", FileFormat::Toml),
            Path::new("tpl/order_update/en_US.toml")
        );
        assert_eq!(file_path_for(d, "../etc", "en/../x", FileFormat::Toml), Path::new("tpl/___etc/en____x.toml"));
        assert_eq!(file_path_for(d, "", "", FileFormat::Json), Path::new("tpl/_/_.json"));
        let exact = "a".repeat(MAX_COMPONENT);
        assert_eq!(safe_component(&exact), exact);
    }

    #[test]
    fn long_names_are_shortened_stably_and_distinctly() {
        let d = Path::new("tpl");
        for len in [MAX_COMPONENT + 1, 300, 512] {
            let name = "n".repeat(len - 1) + "x";
            let p = file_path_for(d, &name, "en_US", FileFormat::Toml);
            let dir = p.parent().and_then(Path::file_name).and_then(|s| s.to_str()).unwrap();
            assert_eq!(dir.len(), MAX_COMPONENT, "{dir}");
            assert!(dir.starts_with(&name[..KEPT]));
            assert_eq!(p, file_path_for(d, &name, "en_US", FileFormat::Toml));
        }
        // Names that share the kept prefix still get different paths.
        let a = "a".repeat(300) + "_one";
        let b = "a".repeat(300) + "_two";
        assert_ne!(file_path_for(d, &a, "en", FileFormat::Toml), file_path_for(d, &b, "en", FileFormat::Toml));
        // The hash is fixed by FNV-1a's definition, so paths are stable across runs and releases.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
