//! Every `waba …` line of README.md runs as written against the sandbox at an 80-column
//! terminal: no usage error, no crash, and no table line wider than the terminal.

use std::path::Path;

use crate::common::{TestEnv, shell_words};

/// The `waba …` lines of the README's `sh` blocks, in order.
fn readme_commands() -> Vec<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut in_sh = false;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            in_sh = line.trim() == "```sh" && !in_sh;
            continue;
        }
        if in_sh && line.trim_start().starts_with("waba ") {
            out.push(line.trim().to_string());
        }
    }
    out
}

/// A small message log in the README's event format.
fn messages() -> String {
    let ev = |ts: &str, dir: &str, user: &str, kind: &str, category: &str| {
        let mut v = serde_json::json!({"ts": ts, "dir": dir, "user": user, "type": kind, "phone_number_id": "1100000000000001"});
        if !category.is_empty() {
            v["category"] = category.into();
        }
        v.to_string()
    };
    [
        ev("2026-11-02T09:00:00Z", "out", "+5511987654321", "template", "marketing"),
        ev("2026-11-02T09:05:00Z", "in", "+5511987654321", "text", ""),
        ev("2026-11-02T09:06:00Z", "out", "+5511987654321", "text", ""),
        ev("2026-11-03T10:00:00Z", "out", "+919876500003", "template", "utility"),
        ev("2026-11-04T11:00:00Z", "out", "+447700900002", "template", "authentication"),
    ]
    .join("\n")
        + "\n"
}

#[test]
fn every_readme_command_runs_at_80_columns() {
    let commands = readme_commands();
    assert!(commands.len() > 25, "{commands:?}");
    let env = TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0").env("COLUMNS", "80");
    let work = env.data_dir().parent().unwrap().join("work");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::write(work.join("messages.jsonl"), messages()).unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::os::unix::fs::symlink(&examples, work.join("examples")).unwrap();
    let mut ran = 0;
    for line in &commands {
        let mut words = shell_words(line);
        // `profile add` needs a real token: the account commands below run on the sandbox instead.
        if words.get(1).is_some_and(|w| w == "profile") {
            continue;
        }
        if !words.iter().any(|w| w == "--sandbox") {
            words.insert(1, "--sandbox".into());
        }
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let mut cmd = env.std_command(&args);
        cmd.current_dir(&work).env("COLUMNS", "80");
        let out = cmd.output().unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        let code = out.status.code();
        // 0, or 8 for a check that found something (drift, a blocked send, a number needing attention).
        assert!(matches!(code, Some(0 | 8)), "`{line}` exited {code:?}:\n{stdout}\n{stderr}");
        let table = !args.iter().any(|a| ["json", "ndjson", "csv", "toml"].contains(a));
        if table {
            // JSON lines (`sandbox log` writes its event log whatever -o says) are data, not a table.
            let wide: Vec<&str> = stdout.lines().filter(|l| l.chars().count() > 80 && !l.starts_with('{')).collect();
            assert!(wide.is_empty(), "`{line}` printed lines over 80 columns:\n{}", wide.join("\n"));
        }
        ran += 1;
    }
    assert!(ran > 22, "only {ran} README commands ran");
}
