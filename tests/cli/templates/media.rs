//! Media headers as code: apply uploads a `header_file` and records it; pull writes it back and plan compares it
//! by content.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::*;

const BANNER: &str = r#"name = "spring_banner"
language = "en_US"
category = "MARKETING"

[[components]]
type = "HEADER"
format = "IMAGE"
header_file = "banner.png"

[[components]]
type = "BODY"
text = "Our spring collection is here, {{1}}. Come and see it in store this week."
example = { body_text = [["Pablo"]] }
"#;

/// A small file that passes the PNG check (signature + some bytes).
fn png(tail: &[u8]) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(tail);
    bytes
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn row<'a>(rows: &'a Value, name: &str) -> &'a Value {
    rows.as_array().unwrap().iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no {name} in {rows}"))
}

/// A pulled account (without the seeded REJECTED template, whose file would not lint) plus `spring_banner` with
/// its image, applied.
fn applied_banner(env: &TestEnv) -> PathBuf {
    env.run(&["--sandbox", "templates", "delete", "seasonal_promotion", "--yes"]).expect_code(0);
    let dir = env.data_dir().parent().unwrap().join("pulled");
    env.run(&["--sandbox", "templates", "pull", dir.to_str().unwrap()]).expect_code(0);
    std::fs::create_dir_all(dir.join("spring_banner")).unwrap();
    std::fs::write(dir.join("spring_banner").join("en_US.toml"), BANNER).unwrap();
    std::fs::write(dir.join("spring_banner").join("banner.png"), png(b"spring")).unwrap();
    let run = env.run(&["--sandbox", "templates", "apply", dir.to_str().unwrap(), "--yes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(row(&run.json(), "spring_banner")["action"], "create", "{}", run.all());
    dir
}

#[test]
fn pull_after_apply_keeps_header_file_and_plan_stays_in_sync() {
    let env = sandbox_env();
    let dir = applied_banner(&env);
    let d = dir.to_str().unwrap();
    let before = snapshot(&dir);

    let run = env.run(&["--sandbox", "templates", "pull", d, "-o", "json"]);
    run.expect_code(0);
    let rows = run.json();
    assert!(rows.as_array().unwrap().iter().all(|r| r["written"] == false), "{rows}");
    assert_eq!(row(&rows, "spring_banner")["detail"], Value::Null, "{rows}");
    assert_eq!(snapshot(&dir), before, "pull after apply changes no byte");
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);
    // Forced, pull writes its own layout of the file, still naming the image rather than the handle.
    env.run(&["--sandbox", "templates", "pull", d, "--force"]).expect_code(0);
    let text = std::fs::read_to_string(dir.join("spring_banner").join("en_US.toml")).unwrap();
    assert!(text.contains("header_file = \"banner.png\"") && !text.contains("header_handle"), "{text}");
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);

    // Pulled elsewhere, the image is not beside the file: the handle is written, and the row says why.
    let other = env.data_dir().parent().unwrap().join("elsewhere");
    let run = env.run(&["--sandbox", "templates", "pull", other.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    let banner = row(&run.json(), "spring_banner").clone();
    assert!(banner["detail"].as_str().unwrap().contains("referenced by handle"), "{banner}");
    let text = std::fs::read_to_string(banner["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("header_handle") && !text.contains("header_file"), "{text}");
    // … and once the image is there too, a forced pull writes the header_file back.
    std::fs::copy(dir.join("spring_banner").join("banner.png"), other.join("spring_banner").join("banner.png"))
        .unwrap();
    let run = env.run(&["--sandbox", "templates", "pull", other.to_str().unwrap(), "--force", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(row(&run.json(), "spring_banner")["result"], "overwritten", "{}", run.all());
    let text = std::fs::read_to_string(banner["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("header_file = \"banner.png\"") && !text.contains("header_handle"), "{text}");
}

#[test]
fn a_changed_media_file_is_an_update_that_apply_uploads() {
    let env = sandbox_env();
    let dir = applied_banner(&env);
    let d = dir.to_str().unwrap();
    std::fs::write(dir.join("spring_banner").join("banner.png"), png(b"summer")).unwrap();

    let run = env.run(&["--sandbox", "templates", "plan", d, "-o", "json"]);
    run.expect_code(8);
    let plan = run.json();
    let banner = row(&plan["actions"], "spring_banner");
    assert_eq!(banner["action"], "update", "{plan}");
    let changes = banner["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{banner}");
    assert_eq!(changes[0]["path"], "components[0].example.header_handle", "{banner}");
    assert!(changes[0]["old"][0].is_string(), "old: the account's handle: {banner}");
    assert!(changes[0]["new"].as_str().unwrap().contains("banner.png"), "{banner}");
    // The local media is an edit pull does not overwrite.
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(2);

    let run = env.run(&["--sandbox", "templates", "apply", d, "--yes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(row(&run.json(), "spring_banner")["action"], "update", "{}", run.all());
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);
    let before = snapshot(&dir);
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(0);
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn edit_records_its_upload_like_apply() {
    let env = sandbox_env();
    let dir = applied_banner(&env);
    let file = dir.join("spring_banner").join("en_US.toml");
    std::fs::write(dir.join("spring_banner").join("banner.png"), png(b"autumn")).unwrap();
    env.run(&["--sandbox", "templates", "edit", file.to_str().unwrap()]).expect_code(0);
    // The new image is recorded as this file's: the plan is in sync and pull changes nothing.
    let d = dir.to_str().unwrap();
    env.run(&["--sandbox", "templates", "plan", d]).expect_code(0);
    let before = snapshot(&dir);
    env.run(&["--sandbox", "templates", "pull", d]).expect_code(0);
    assert_eq!(snapshot(&dir), before);
}
