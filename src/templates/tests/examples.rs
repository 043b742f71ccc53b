//! The shipped examples (`examples/templates`) lint clean and cover every template kind.

use std::path::PathBuf;

use super::examples_dir;
use crate::templates::file::load_dir;
use crate::templates::lint::lint_paths;

#[test]
fn examples_lint_clean() {
    let report = lint_paths(&[examples_dir()]);
    assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
    assert_eq!(report.files_checked, 8);
}

#[test]
fn examples_follow_the_recommended_layout() {
    let load = load_dir(examples_dir()).unwrap();
    assert!(load.errors.is_empty());
    for f in &load.files {
        let (name, language) = f.identity().unwrap();
        let rel = f.path.strip_prefix(examples_dir()).unwrap();
        assert_eq!(rel, PathBuf::from(name).join(format!("{language}.toml")));
    }
    let kinds: Vec<&str> = load.files.iter().map(|f| f.payload["category"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"AUTHENTICATION") && kinds.contains(&"MARKETING") && kinds.contains(&"UTILITY"));
}

#[test]
fn rules_markdown_lists_every_rule() {
    let md = crate::templates::lint::rules_markdown();
    for r in crate::templates::lint::RULES {
        assert!(md.contains(&format!("`{}`", r.id)));
    }
}
