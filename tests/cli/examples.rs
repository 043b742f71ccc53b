//! The scripts in examples/ run as their comments say, against the sandbox.

use crate::common::TestEnv;

#[test]
fn every_example_script_runs_against_the_sandbox() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_waba")).parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let mut scripts: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sh"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no example scripts in {}", dir.display());
    for script in scripts {
        let env = TestEnv::new().env("PATH", &path);
        // the hermetic environment of a waba run, for bash
        let hermetic = env.std_command(&[]);
        let mut bash = std::process::Command::new("bash");
        bash.arg(&script).arg("--sandbox").env_clear().envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))));
        let (code, phrase) = expectations(&script);
        let out = bash.output().expect("bash runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{}: {stderr}", script.display());
        assert!(stderr.contains(&phrase), "{} does not say {phrase:?}: {stderr}", script.display());
    }
}

/// What a script's `# expect-exit: N` and `# expect-stderr: TEXT` comments promise for its
/// `--sandbox` run.
fn expectations(script: &std::path::Path) -> (i32, String) {
    let text = std::fs::read_to_string(script).unwrap();
    let value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("# {key}:")))
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| panic!("{} has no `# {key}:` comment", script.display()))
    };
    (value("expect-exit").parse().expect("expect-exit is a number"), value("expect-stderr"))
}
