//! `waba profile ...` and settings resolution.

use crate::common::TestEnv;

const TOKEN: &str = "EAAGprofiletoken1234567890abcd9f2c";

fn add_main(env: &TestEnv) {
    env.run_with_stdin(
        &[
            "profile",
            "add",
            "main",
            "--account-id",
            "1200000000000001",
            "--phone-number-id",
            "1100000000000001",
            "--token-stdin",
        ],
        &format!("{TOKEN}\n"),
    )
    .expect_code(0);
}

#[test]
fn add_list_show_use_remove() {
    let env = TestEnv::new();
    add_main(&env);
    env.run(&["profile", "add", "staging", "--account-id", "42", "--api-version", "v23.0"]).expect_code(0);

    let list = env.run(&["profile", "list", "-o", "json"]);
    list.expect_code(0);
    let rows = list.json();
    assert_eq!(rows[0]["name"], "main");
    assert_eq!(rows[0]["default"], true, "the first profile becomes the default");
    assert_eq!(rows[0]["token_stored"], true);
    assert_eq!(rows[1]["name"], "staging");
    assert_eq!(rows[1]["token_stored"], false);

    let show = env.run(&["profile", "show", "-o", "json"]);
    show.expect_code(0);
    let v = show.json();
    assert_eq!(v["account_id"]["value"], "1200000000000001");
    assert_eq!(v["account_id"]["source"], "profile (main)");
    assert_eq!(v["token"]["value"], "EAAG…9f2c");
    assert_eq!(v["api_version"]["source"], "default");
    assert!(!show.stdout.contains(TOKEN));

    let staging = env.run(&["profile", "show", "staging", "-o", "json"]).json();
    assert_eq!(staging["api_version"]["value"], "v23.0");
    assert_eq!(staging["token"]["value"], serde_json::Value::Null);

    env.run(&["profile", "use", "staging"]).expect_code(0);
    let v = env.run(&["profile", "show", "-o", "json"]).json();
    assert_eq!(v["profile"]["value"], "staging");

    // Environment beats profile, flag beats environment.
    let v = env
        .command(&["profile", "show", "-o", "json", "--account-id", "7"])
        .env("WABA_ACCOUNT_ID", "8")
        .env("WABA_PHONE_NUMBER_ID", "9")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&v.stdout).unwrap();
    assert_eq!(v["account_id"]["value"], "7");
    assert_eq!(v["account_id"]["source"], "flag");
    assert_eq!(v["phone_number_id"]["source"], "env (WABA_PHONE_NUMBER_ID)");

    env.run(&["profile", "remove", "staging"]).expect_code(2);
    env.run(&["profile", "remove", "staging", "--yes"]).expect_code(0);
    let rows = env.run(&["profile", "list", "-o", "json"]).json();
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

#[test]
fn the_table_view() {
    let env = TestEnv::new();
    add_main(&env);
    let run = env.run(&["profile", "list"]);
    insta::assert_snapshot!(run.all());
}

#[test]
fn credentials_are_0600_and_config_holds_no_secret() {
    let env = TestEnv::new();
    add_main(&env);
    let config = std::fs::read_to_string(env.config_dir().join("config.toml")).unwrap();
    assert!(!config.contains(TOKEN), "{config}");
    let creds = env.config_dir().join("credentials.toml");
    assert!(std::fs::read_to_string(&creds).unwrap().contains(TOKEN));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[cfg(unix)]
#[test]
fn a_loose_credentials_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    add_main(&env);
    let creds = env.config_dir().join("credentials.toml");
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o644)).unwrap();
    let run = env.run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("credentials.toml") && run.stderr.contains("chmod 600"), "{}", run.all());
    assert!(!run.stderr.contains(TOKEN));
}

#[test]
fn existing_profiles_are_not_overwritten_without_force() {
    let env = TestEnv::new();
    add_main(&env);
    let run = env.run(&["profile", "add", "main", "--account-id", "5"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--force"), "{}", run.all());
    let before = env.run(&["profile", "show", "-o", "json"]).json();
    assert_ne!(before["token"]["value"], serde_json::Value::Null, "{before}");
    let run = env.run(&["profile", "add", "main", "--account-id", "5", "--force"]);
    run.expect_code(0);
    assert!(run.stderr.contains("kept the stored token"), "{}", run.all());
    let v = env.run(&["profile", "show", "-o", "json"]).json();
    assert_eq!(v["account_id"]["value"], "5");
    assert_eq!(v["token"], before["token"], "--force without a new token keeps the stored one");
}

#[test]
fn bad_profile_input() {
    let env = TestEnv::new();
    let run = env.run(&["profile", "add", "has space", "--account-id", "1"]);
    run.expect_code(2);
    assert!(run.stderr.contains("profile name"), "{}", run.all());
    let run = env.run(&["profile", "add", "x"]);
    run.expect_code(2);
    assert!(run.stderr.contains("--account-id"), "{}", run.all());
    let run = env.run(&["profile", "add", "x", "--account-id", "1", "--token-stdin"]);
    run.expect_code(2);
    assert!(run.stderr.contains("standard input is empty"), "{}", run.all());
    let run = env.run(&["profile", "add", "x", "--account-id", "1", "--base-url", "http://example.com"]);
    run.expect_code(2);
    assert!(run.stderr.contains("loopback"), "{}", run.all());
    let run = env.run(&["profile", "add", "x", "--account-id", "abc"]);
    run.expect_code(2);
    assert!(run.stderr.contains("numeric Graph id"), "{}", run.all());
}

#[test]
fn unknown_profiles() {
    let env = TestEnv::new();
    add_main(&env);
    let run = env.run(&["numbers", "list", "--profile", "nope"]);
    run.expect_code(3);
    assert!(
        run.stderr.contains("no profile named 'nope'") && run.stderr.contains("known profiles: main"),
        "{}",
        run.all()
    );
    env.run(&["profile", "use", "nope"]).expect_code(3);
    env.run(&["profile", "remove", "nope", "--yes"]).expect_code(3);
    let run = env.command(&["numbers", "list"]).env("WABA_PROFILE", "ghost").output().unwrap();
    assert_eq!(run.status.code(), Some(3));
}

/// Runs `waba ARGS` on a pseudo-terminal (util-linux `script`), so stdin and stderr are terminals.
fn on_a_terminal(env: &TestEnv, args: &[&str], extra_env: &[(&str, &str)]) -> Option<std::process::Output> {
    if std::process::Command::new("script").arg("--version").output().is_err() {
        // a notice in the test output, not a silent pass
        #[allow(clippy::print_stderr)]
        {
            eprintln!("skipping: util-linux `script` is not installed, so no pseudo-terminal can be made");
        }
        return None;
    }
    let line = std::iter::once(env!("CARGO_BIN_EXE_waba")).chain(args.iter().copied()).collect::<Vec<_>>().join(" ");
    let hermetic = env.std_command(&[]);
    // `timeout`: a prompt that appears anyway must fail the test, not hang it
    let mut script = std::process::Command::new("timeout");
    script
        .args(["20", "script", "-qec", &line, "/dev/null"])
        .env_clear()
        .envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .envs(extra_env.iter().copied())
        .stdin(std::process::Stdio::null());
    Some(script.output().expect("script runs"))
}

#[test]
fn no_input_and_ci_forbid_prompts_even_on_a_terminal() {
    let env = TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0");
    for (args, extra) in [
        (vec!["--sandbox", "templates", "delete", "order_update", "--no-input"], vec![]),
        (vec!["--sandbox", "templates", "delete", "order_update"], vec![("CI", "true")]),
    ] {
        let Some(out) = on_a_terminal(&env, &args, &extra) else { return };
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(2), "refused without a prompt: {text}");
        assert!(text.contains("prompts are off"), "{text}");
    }
    // the template is still there
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US"]);
    run.expect_code(0);
}

fn stored_credentials(env: &TestEnv) -> String {
    std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap_or_default()
}

#[test]
fn profile_set_changes_ids_and_keeps_the_token() {
    let env = TestEnv::new();
    add_main(&env);
    let run = env.run(&["profile", "set", "main", "--phone-number-id", "1100000000000002"]);
    run.expect_code(0);
    assert!(run.stderr.contains("stored token unchanged"), "{}", run.all());
    let v = env.run(&["profile", "show", "main", "-o", "json"]).json();
    assert_eq!(v["phone_number_id"]["value"], "1100000000000002");
    assert_eq!(v["account_id"]["value"], "1200000000000001", "ids not given are kept");
    assert_eq!(v["token"]["value"], "EAAG…9f2c", "the token survives profile set");
    assert!(stored_credentials(&env).contains(TOKEN));

    env.run(&["profile", "set", "main"]).expect_code(2);
    // A base URL with a version is refused before anything is saved.
    let run = env.run(&["profile", "set", "main", "--base-url", "https://graph.facebook.com/v23.0"]);
    run.expect_code(3);
    assert!(run.stderr.contains("--api-version"), "{}", run.all());
    let v = env.run(&["profile", "show", "main", "-o", "json"]).json();
    assert_ne!(v["base_url"]["value"], "https://graph.facebook.com/v23.0", "{v}");
    let run = env.run(&["profile", "set", "nosuch", "--account-id", "1"]);
    run.expect_code(3);
    assert!(run.stderr.contains("no profile named 'nosuch'"), "{}", run.all());
}

#[test]
fn profile_add_force_keeps_the_token_unless_a_new_one_is_given() {
    let env = TestEnv::new();
    add_main(&env);
    let run = env.run(&["profile", "add", "main", "--force", "--account-id", "1200000000000009"]);
    run.expect_code(0);
    assert!(run.stderr.contains("kept the stored token"), "{}", run.all());
    let v = env.run(&["profile", "show", "main", "-o", "json"]).json();
    assert_eq!(v["account_id"]["value"], "1200000000000009");
    assert_eq!(v["token"]["value"], "EAAG…9f2c");

    env.run_with_stdin(
        &["profile", "add", "main", "--force", "--account-id", "1200000000000009", "--token-stdin"],
        "EAAGreplacedtoken000000000000000abcd\n",
    )
    .expect_code(0);
    let v = env.run(&["profile", "show", "main", "-o", "json"]).json();
    assert_eq!(v["token"]["value"], "EAAG…abcd");
}

#[test]
fn a_base_url_ending_in_a_version_is_a_config_error_naming_its_place() {
    let env = || TestEnv::new().env("WABA_TOKEN", TOKEN).env("WABA_ACCOUNT_ID", "1");
    for url in ["https://graph.facebook.com/v23.0", "https://graph.facebook.com/v23.0/"] {
        let run = env().env("WABA_BASE_URL", url).run(&["numbers", "list"]);
        run.expect_code(3);
        assert!(run.stderr.contains(&format!("WABA_BASE_URL is '{url}'")), "{}", run.all());
        assert!(
            run.stderr.contains(
                "WABA_BASE_URL=https://graph.facebook.com, and choose the version with WABA_API_VERSION=v23.0"
            ),
            "{}",
            run.all()
        );
    }
    let env = env();
    let run = env.run(&["--base-url", "https://graph.facebook.com/v24.0", "numbers", "list", "-o", "json"]);
    run.expect_code(3);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert!(
        err["error"]["message"].as_str().unwrap().starts_with("--base-url is 'https://graph.facebook.com/v24.0'"),
        "{err}"
    );
    assert_eq!(err["error"]["hint"], "drop the version: --base-url https://graph.facebook.com --api-version v24.0");

    let add = env.run(&["--base-url", "https://graph.facebook.com/v23.0", "profile", "add", "p", "--account-id", "1"]);
    add.expect_code(3);
    assert!(env.run(&["profile", "list", "-o", "json"]).stdout.trim() == "[]", "nothing saved");

    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("config.toml"),
        "default_profile = \"p\"\n[profiles.p]\naccount_id = \"1\"\nbase_url = \"https://graph.facebook.com/v23.0\"\n",
    )
    .unwrap();
    let run = env.run(&["numbers", "list"]);
    run.expect_code(3);
    assert!(run.stderr.contains("base_url of profile 'p'"), "{}", run.all());
    assert!(
        run.stderr.contains("waba profile set p --base-url https://graph.facebook.com --api-version v23.0"),
        "{}",
        run.all()
    );
}
