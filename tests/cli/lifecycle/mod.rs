//! A number's lifecycle through the binary against the in-process sandbox: `numbers add`,
//! `verify request-code|code`, `numbers register|deregister`, `verify pin`, `verify status`,
//! `verify oba`, and the secrets that must never be on the command line or in logs.

mod oba;
mod onboard;
mod secrets;

use crate::common::{Run, TestEnv};

/// The id `numbers add` gives the first number added to the seeded world.
pub const NEW: &str = "1100000000000006";

/// A sandbox whose reviews decide at once.
pub fn env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0").env("NO_COLOR", "1")
}

/// `waba --sandbox ARGS…`
pub fn run(env: &TestEnv, args: &[&str]) -> Run {
    let mut all = vec!["--sandbox"];
    all.extend_from_slice(args);
    env.run(&all)
}

/// `waba --sandbox --phone-number-id ID ARGS…`, with `stdin`.
pub fn on(env: &TestEnv, id: &str, args: &[&str], stdin: &str) -> Run {
    let mut all = vec!["--sandbox", "--phone-number-id", id];
    all.extend_from_slice(args);
    env.run_with_stdin(&all, stdin)
}

/// Adds +1 202 555 0142 and returns its id.
pub fn add(env: &TestEnv) -> String {
    let r = run(
        env,
        &["numbers", "add", "--cc", "1", "--number", "2025550142", "--verified-name", "Acme Shoes", "-o", "json"],
    );
    r.expect_code(0);
    r.json()["id"].as_str().unwrap().to_owned()
}

/// The JSON error object a `-o json` run printed last on stderr.
pub fn json_error(run: &Run) -> serde_json::Value {
    let line = run.stderr.lines().last().unwrap_or_default();
    serde_json::from_str(line).unwrap_or_else(|e| panic!("no JSON error ({e}):\n{}", run.all()))
}

/// The code the sandbox "sent" to `id`.
pub fn code(env: &TestEnv, id: &str) -> String {
    let r = env.run(&["sandbox", "codes", "--number", id, "-o", "json"]);
    r.expect_code(0);
    r.json()[0]["code"].as_str().unwrap().to_owned()
}

/// Adds a number, verifies it by code and registers it with `pin`; returns its id.
pub fn onboard(env: &TestEnv, pin: &str) -> String {
    let id = add(env);
    on(env, &id, &["verify", "request-code"], "").expect_code(0);
    let c = code(env, &id);
    on(env, &id, &["verify", "code", "--code-stdin"], &c).expect_code(0);
    on(env, &id, &["numbers", "register", "--pin-stdin"], pin).expect_code(0);
    id
}
