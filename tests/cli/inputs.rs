//! Bad input of every kind gets a clear message and the documented exit code.

use crate::common::TestEnv;

#[test]
fn nothing_configured_exits_3_with_a_hint() {
    let run = TestEnv::new().run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("waba profile add") && run.stderr.contains("--sandbox"), "{}", run.all());
    assert!(run.stdout.is_empty());
}

#[test]
fn ids_without_a_token_exit_4() {
    let run = TestEnv::new().env("WABA_ACCOUNT_ID", "1").run(&["numbers", "list"]);
    run.expect_code(4);
    assert!(run.stderr.contains("no access token"), "{}", run.all());
}

#[test]
fn malformed_config_names_file_and_line() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        "default_profile = \"main\"\n[profiles.main]\naccount_id = 12\n",
    )
    .unwrap();
    let run = env.run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("config.toml is invalid at line 3"), "{}", run.all());

    std::fs::write(env.config_dir().join("config.toml"), "[profiles.main\n").unwrap();
    let run = env.run(&["profile", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("config.toml is invalid at line 1"), "{}", run.all());

    std::fs::write(env.config_dir().join("config.toml"), "[profiles.main]\naccount = \"1\"\n").unwrap();
    let run = env.run(&["profile", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("line 2") && run.stderr.contains("unknown field"), "{}", run.all());
}

#[test]
fn bad_environment_values_exit_3() {
    let run = TestEnv::new().env("WABA_API_VERSION", "24").env("WABA_TOKEN", "x").run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("WABA_API_VERSION"), "{}", run.all());
    let run = TestEnv::new().env("WABA_ACCOUNT_ID", "abc").run(&["numbers", "list"]);
    run.expect_code(3);
    let run = TestEnv::new()
        .env("WABA_BASE_URL", "http://graph.example.com")
        .env("WABA_TOKEN", "x")
        .env("WABA_ACCOUNT_ID", "1")
        .run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("loopback"), "{}", run.all());
}

#[test]
fn unknown_output_format_and_flags_exit_2() {
    let env = TestEnv::new();
    let run = env.run(&["numbers", "list", "-o", "xml"]);
    run.expect_code(2);
    assert!(run.stderr.contains("table") && run.stderr.contains("json"), "{}", run.all());
    env.run(&["numbers", "list", "--limit", "0"]).expect_code(2);
    env.run(&["numbers", "list", "--limit", "5", "--all"]).expect_code(2);
    env.run(&["numbers", "health", "--fail-on", "green"]).expect_code(2);
    env.run(&["--api-version", "24.0", "numbers", "list"]).expect_code(2);
    env.run(&["frobnicate"]).expect_code(2);
}

#[test]
fn malformed_e164_exits_2() {
    let env = TestEnv::new();
    for bad in ["+1555", "+1555abc0001", "+", "12ab"] {
        let run = env.run(&["--sandbox", "numbers", "show", bad]);
        run.expect_code(2);
        assert!(run.stderr.contains("E.164"), "{bad}: {}", run.all());
    }
}

#[test]
fn version_is_quick_to_print() {
    let run = TestEnv::new().run(&["--version"]);
    run.expect_code(0);
    assert_eq!(run.stdout.trim(), format!("waba {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn closed_stdout_is_success() {
    use std::process::{Command, Stdio};
    let env = TestEnv::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_waba"))
        .args(["man"])
        .env_clear()
        .env("WABA_CONFIG_DIR", env.config_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_directory_or_missing_file_as_a_log_says_so_without_the_skip_hint() {
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    for cmd in [&["pricing", "simulate"][..], &["pricing", "compare"][..], &["limits", "check"][..]] {
        let mut args = cmd.to_vec();
        args.push(path);
        let run = env.run(&args);
        run.expect_code(2);
        assert!(
            run.stderr.contains(&format!("{path}: is a directory, expected a CSV or JSONL event log")),
            "{}",
            run.all()
        );
        assert!(!run.stderr.contains("--skip-invalid"), "{}", run.all());
        assert!(run.stdout.is_empty(), "{}", run.all());
    }
    let missing = dir.path().join("nope.jsonl");
    let run = env.run(&["pricing", "simulate", missing.to_str().unwrap(), "--skip-invalid"]);
    run.expect_code(2);
    assert!(run.stderr.contains(missing.to_str().unwrap()), "{}", run.all());
    assert!(!run.stderr.contains("--skip-invalid"), "{}", run.all());
}

#[test]
fn the_log_format_follows_the_extension_unless_given() {
    let env = TestEnv::new();
    let dir = tempfile::tempdir().unwrap();
    let csv = "ts,dir,user,type,category\n2026-10-05T00:00:00Z,out,+919876500003,template,marketing\n";
    let jsonl = "{\"ts\":\"2026-10-05T00:00:00Z\",\"dir\":\"out\",\"user\":\"+919876500003\",\"type\":\"template\",\"category\":\"marketing\"}\n";
    for (name, text) in
        [("log.csv", csv), ("LOG.CSV", csv), ("log.jsonl", jsonl), ("log.ndjson", jsonl), ("log", jsonl)]
    {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        for cmd in [&["pricing", "simulate"][..], &["limits", "check"][..]] {
            let mut args = cmd.to_vec();
            args.extend([path.to_str().unwrap(), "-o", "json"]);
            let run = env.run(&args);
            run.expect_code(0);
            assert!(run.stdout.starts_with('{'), "{name}: {}", run.all());
        }
    }
    // An explicit --format wins over the extension.
    let path = dir.path().join("really-jsonl.csv");
    std::fs::write(&path, jsonl).unwrap();
    env.run(&["pricing", "simulate", path.to_str().unwrap(), "--format", "jsonl"]).expect_code(0);
    env.run(&["pricing", "simulate", path.to_str().unwrap()]).expect_code(2);
    // Standard input keeps JSONL.
    env.run_with_stdin(&["pricing", "simulate", "-"], jsonl).expect_code(0);
    env.run_with_stdin(&["pricing", "simulate", "-"], csv).expect_code(2);
}
