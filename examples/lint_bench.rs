//! Lint speed: generates N template files in a temporary directory and prints how long linting takes.
//!
//! `cargo run --release --example lint_bench -- 1000` (N defaults to 1000). Two runs: clean copies of
//! `examples/templates`, and broken files with several diagnostics each (the worst case for line recovery).

#![allow(clippy::print_stdout)]

use std::error::Error;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};
use waba::templates::file::load_dir;
use waba::templates::lint::lint_paths;
use waba::templates::serialize::to_toml_string;

const BROKEN_TOML: &str = r#"name = "Hello-World"
language = "en-US"
category = "UTILITY"

[[components]]
type = "FOOTER"
text = "Bye {{1}}"

[[components]]
type = "BODY"
text = "Hello {{1}} {{3}}, your table for tonight is confirmed at our restaurant."
example = { body_text = [["Pablo"]] }
"#;

fn write(dir: &Path, rel: &str, text: &str) -> Result<(), Box<dyn Error>> {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&p, text)?;
    Ok(())
}

/// Copies of the shipped examples with unique names and bodies (they lint clean).
fn write_clean(dir: &Path, n: usize) -> Result<(), Box<dyn Error>> {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/templates");
    let load = load_dir(&examples)?;
    if load.files.is_empty() {
        return Err(format!("no templates under {}", examples.display()).into());
    }
    for i in 0..n {
        let src = &load.files[i % load.files.len()];
        let mut v = src.payload.clone();
        let name = v["name"].as_str().unwrap_or("template").to_string();
        v["name"] = json!(format!("{name}_{i}"));
        if let Some(components) = v["components"].as_array_mut() {
            for c in components {
                if c["type"] == "BODY"
                    && let Some(t) = c["text"].as_str()
                {
                    c["text"] = Value::String(format!("{t} Ref {i}."));
                }
            }
        }
        // header_file paths are relative: point them back at the examples
        let base = src.path.parent().unwrap_or(&examples).display().to_string();
        let text = to_toml_string(&v)?.replace("header_file = \"", &format!("header_file = \"{base}/"));
        write(dir, &format!("t{:02}/{i:04}.toml", i % 50), &text)?;
    }
    Ok(())
}

fn write_broken(dir: &Path, n: usize) -> Result<(), Box<dyn Error>> {
    for i in 0..n {
        let text = BROKEN_TOML.replace("Hello-World", &format!("Hello-World-{i}"));
        write(dir, &format!("d{:02}/{i:04}.toml", i % 50), &text)?;
    }
    Ok(())
}

fn bench(label: &str, dir: &Path) {
    let start = Instant::now();
    let report = lint_paths(&[dir.to_path_buf()]);
    let took = start.elapsed();
    println!(
        "{label}: {} files in {took:?} ({} diagnostics, {} errors, {} warnings)",
        report.files_checked,
        report.diagnostics.len(),
        report.errors,
        report.warnings
    );
}

fn main() -> Result<(), Box<dyn Error>> {
    let n = match std::env::args().nth(1) {
        Some(arg) => arg.parse::<usize>().map_err(|e| format!("N must be a number ({arg}): {e}"))?,
        None => 1000,
    };
    let clean = tempfile::tempdir()?;
    write_clean(clean.path(), n)?;
    bench("clean", clean.path());
    let broken = tempfile::tempdir()?;
    write_broken(broken.path(), n)?;
    bench("broken", broken.path());
    Ok(())
}
