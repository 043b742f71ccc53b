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
