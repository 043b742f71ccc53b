//! The committed completion scripts must match what the binary generates.
//! Regenerate them with: UPDATE_COMPLETIONS=1 cargo test completions

use crate::common::TestEnv;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "waba.bash"),
    ("zsh", "_waba"),
    ("fish", "waba.fish"),
    ("powershell", "_waba.ps1"),
    ("elvish", "waba.elv"),
];

#[test]
fn committed_completions_are_current() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let run = env.run(&["completions", shell]);
        run.expect_code(0);
        assert!(run.stdout.contains("waba"), "{shell}: {}", run.all());
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &run.stdout).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(run.stdout.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {stale:?}\nregenerate them with: UPDATE_COMPLETIONS=1 cargo test completions"
    );
}

#[test]
fn man_page_renders() {
    let run = TestEnv::new().run(&["man"]);
    run.expect_code(0);
    assert!(
        run.stdout.starts_with(".ie") || run.stdout.contains(".TH waba"),
        "{}",
        &run.stdout[..200.min(run.stdout.len())]
    );
}

#[test]
fn man_dir_writes_every_page_it_refers_to() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("man1");
    let run = env.run(&["man", "--dir", dir.to_str().unwrap()]);
    run.expect_code(0);
    let listed: Vec<&str> = run.stdout.lines().collect();
    let mut written: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path().display().to_string()).collect();
    written.sort();
    assert_eq!(listed, written.iter().map(String::as_str).collect::<Vec<_>>());
    for page in ["waba.1", "waba-templates.1", "waba-templates-apply.1", "waba-numbers-health.1"] {
        assert!(dir.join(page).is_file(), "{page} missing: {}", run.stdout);
    }
    // Every `waba-…(1)` a page names exists.
    for path in &written {
        let text = std::fs::read_to_string(path).unwrap();
        for (k, _) in text.match_indices("(1)") {
            let start =
                text[..k].rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '\\')).map_or(0, |i| i + 1);
            let name = text[start..k].replace('\\', "");
            if name.starts_with("waba") {
                assert!(dir.join(format!("{name}.1")).is_file(), "{path} refers to {name}(1), which was not written");
            }
        }
    }
    let file = env.data_dir().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let run = env.run(&["man", "--dir", file.to_str().unwrap()]);
    run.expect_code(2);
    assert!(run.stderr.contains("not-a-dir"), "{}", run.all());
}
