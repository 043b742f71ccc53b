//! A hermetic environment for running the real `waba` binary.

use std::path::PathBuf;

use tempfile::TempDir;

/// A temporary config and data directory, and a clean environment.
pub struct TestEnv {
    dir: TempDir,
    vars: Vec<(String, String)>,
}

/// What a run produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout, stderr and exit code together, for snapshots.
    pub fn all(&self) -> String {
        format!("exit: {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }

    /// Parse stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.all()))
    }

    /// Assert the exit code, showing everything on failure.
    #[track_caller]
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "unexpected exit code:\n{}", self.all());
        self
    }
}

/// Every sandbox exchange of the test is checked against Meta's OpenAPI spec.
impl Drop for TestEnv {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            crate::openapi::check_recording(&self.record_file());
        }
    }
}

impl TestEnv {
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir"), vars: Vec::new() }
    }

    /// Set an environment variable for every run.
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.vars.push((key.to_string(), value.to_string()));
        self
    }

    /// A client of a Meta look-alike (wiremock) at `base_url`: a test token, the seeded WABA id
    /// and phone number `phone_number_id`.
    pub fn meta(base_url: &str, phone_number_id: &str) -> Self {
        Self::new()
            .env("WABA_BASE_URL", base_url)
            .env("WABA_TOKEN", "EAAGtesttoken0000000000000000")
            .env("WABA_ACCOUNT_ID", "1200000000000001")
            .env("WABA_PHONE_NUMBER_ID", phone_number_id)
    }

    /// A client of a `waba sandbox serve` that printed `info` (`-o json`): its base URL, token,
    /// account and primary phone number.
    pub fn served_by(info: &serde_json::Value) -> Self {
        let field = |k: &str| info[k].as_str().unwrap_or_else(|| panic!("`sandbox serve` printed no {k}: {info}"));
        Self::new()
            .env("WABA_BASE_URL", field("base_url"))
            .env("WABA_TOKEN", field("token"))
            .env("WABA_ACCOUNT_ID", field("account_id"))
            .env("WABA_PHONE_NUMBER_ID", field("phone_number_id"))
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Where the sandbox records its exchanges, for the OpenAPI contract check on drop.
    pub fn record_file(&self) -> PathBuf {
        self.dir.path().join("sandbox-record.jsonl")
    }

    /// The command, with a cleared environment.
    pub fn std_command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_waba"));
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("WABA_CONFIG_DIR", self.config_dir())
            .env("WABA_DATA_DIR", self.data_dir())
            .env("WABA_SANDBOX_RECORD", self.record_file())
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .args(args);
        for (k, v) in &self.vars {
            cmd.env(k, v);
        }
        cmd
    }

    /// The command, for assert_cmd.
    pub fn command(&self, args: &[&str]) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_command(args))
    }

    /// Run with empty stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    /// Run with the given stdin.
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let output = self.command(args).write_stdin(stdin).output().expect("run waba");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Run from async tests (wiremock) without blocking the runtime.
    pub async fn run_async(&self, args: &[&str]) -> Run {
        let mut cmd = self.command(args);
        let output =
            tokio::task::spawn_blocking(move || cmd.write_stdin("").output().expect("run waba")).await.expect("join");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Words of one shell command line, quotes removed; stops at a pipe, redirection or `&&`.
pub fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quote, mut started) = (Vec::new(), String::new(), None, false);
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            (None, c) if c.is_whitespace() => {
                if started || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            (None, c) => word.push(c),
        }
    }
    if started || !word.is_empty() {
        words.push(word);
    }
    let end =
        words.iter().position(|w| ["|", ">", "<", "&&", "||", ";"].contains(&w.as_str()) || w.starts_with(['>', '#']));
    words.truncate(end.unwrap_or(words.len()));
    words
}
