//! Unit tests for the template file model: loading, directories, parse errors, line numbers, stable
//! serialisation, robustness, and the shipped examples under `examples/templates`.

mod examples;
mod loading;
mod many_files;
mod robustness;
mod serialization;

use std::path::{Path, PathBuf};

pub(super) fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/templates")
}

pub(super) fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

pub(super) const GOOD_TOML: &str = r#"name = "hello_world"
language = "en_US"
category = "UTILITY"

[[components]]
type = "BODY"
text = "Hello {{1}}, your table for tonight is confirmed at our restaurant."
example = { body_text = [["Pablo"]] }
"#;
