//! Many generated files at once: correctness only (the speed figure is `cargo run --example lint_bench`).

use serde_json::json;

use super::{GOOD_TOML, examples_dir, write};
use crate::templates::file::load_dir;
use crate::templates::lint::lint_paths;
use crate::templates::serialize::to_toml_string;

/// How many files the tests below generate (the timing lives in `examples/lint_bench.rs`).
const N: usize = 200;

/// Many clean files (copies of the examples with unique names and bodies) lint without any diagnostic.
#[test]
fn lints_many_generated_files_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let load = load_dir(examples_dir()).unwrap();
    for i in 0..N {
        let src = &load.files[i % load.files.len()];
        let mut v = src.payload.clone();
        v["name"] = json!(format!("{}_{i}", v["name"].as_str().unwrap()));
        for c in v["components"].as_array_mut().unwrap() {
            if c["type"] == "BODY"
                && let Some(t) = c["text"].as_str()
            {
                c["text"] = json!(format!("{t} Ref {i}."));
            }
        }
        // header_file paths are relative: point them back at the examples
        let text = to_toml_string(&v)
            .unwrap()
            .replace("header_file = \"", &format!("header_file = \"{}/", src.path.parent().unwrap().display()));
        write(dir.path(), &format!("t{:02}/{i:04}.toml", i % 50), &text);
    }
    let report = lint_paths(&[dir.path().to_path_buf()]);
    assert_eq!(report.files_checked, N);
    assert!(report.diagnostics.is_empty(), "{:#?}", &report.diagnostics[..report.diagnostics.len().min(3)]);
}

/// Worst case for line recovery: many TOML files with several diagnostics each, all of them located.
#[test]
fn lints_many_broken_files_with_lines() {
    let dir = tempfile::tempdir().unwrap();
    let broken = GOOD_TOML
        .replace("hello_world", "Hello-World")
        .replace("en_US", "en-US")
        .replace("{{1}}, your", "{{1}} {{3}}, your")
        .replace("[[components]]", "[[components]]\ntype = \"FOOTER\"\ntext = \"Bye {{1}}\"\n\n[[components]]");
    for i in 0..N {
        write(
            dir.path(),
            &format!("d{:02}/{i:04}.toml", i % 50),
            &broken.replace("Hello-World", &format!("Hello-World-{i}")),
        );
    }
    let report = lint_paths(&[dir.path().to_path_buf()]);
    assert_eq!(report.files_checked, N);
    assert!(report.diagnostics.len() >= 5 * N, "{}", report.diagnostics.len());
    assert!(report.diagnostics.iter().all(|d| d.line.is_some()));
}
