//! The sandbox's world database shared by processes: concurrent `--sandbox`
//! writers, a running `sandbox serve` used by `--sandbox`, stale server
//! records, `sandbox status`, and the migration of an old `state.json`.

use std::path::PathBuf;
use std::process::Stdio;

use crate::common::TestEnv;
use crate::sandbox::serve;

fn record_path(env: &TestEnv) -> PathBuf {
    env.data_dir().join("sandbox").join("server.json")
}

fn template_file(dir: &std::path::Path, name: &str) -> String {
    let path = dir.join(format!("{name}.json"));
    let body = serde_json::json!({
        "name": name,
        "language": "en_US",
        "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Your parcel {{1}} is ready for pickup.",
                        "example": {"body_text": [["A-1"]]}}],
    });
    std::fs::write(&path, body.to_string()).unwrap();
    path.to_str().unwrap().to_owned()
}

fn status(env: &TestEnv) -> serde_json::Value {
    let run = env.run(&["sandbox", "status", "-o", "json"]);
    run.expect_code(0);
    run.json()
}

#[test]
fn six_concurrent_writers_lose_nothing() {
    let env = TestEnv::new();
    let dir = env.data_dir().parent().unwrap().join("tpl");
    std::fs::create_dir_all(&dir).unwrap();
    // No world yet: the writers also race to create it.
    let mut expected = Vec::new();
    let children: Vec<_> = (0..6)
        .map(|p| {
            let files: Vec<String> = (0..3).map(|i| template_file(&dir, &format!("parcel_p{p}_t{i}"))).collect();
            expected.extend((0..3).map(|i| format!("parcel_p{p}_t{i}")));
            let mut args = vec!["--sandbox", "templates", "create", "-q"];
            args.extend(files.iter().map(String::as_str));
            env.std_command(&args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let run = env.run(&["--sandbox", "templates", "list", "-o", "json"]);
    run.expect_code(0);
    let names: Vec<String> =
        run.json().as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap().into()).collect();
    for name in &expected {
        assert!(names.contains(name), "{name} is missing from {names:?}");
    }
    assert_eq!(names.len(), expected.len() + 5, "{names:?}");
    assert_eq!(status(&env)["templates"], 23);
}

#[test]
fn a_sandbox_command_uses_a_running_server() {
    let env = TestEnv::new();
    let mut served = serve(&env, &[]);
    let base = served.info["base_url"].as_str().unwrap().to_owned();
    let pid = served.child.id();
    let record: serde_json::Value = serde_json::from_slice(&std::fs::read(record_path(&env)).unwrap()).unwrap();
    assert_eq!((record["base_url"].as_str(), record["pid"].as_u64()), (Some(base.as_str()), Some(u64::from(pid))));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(record_path(&env)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let before = status(&env);
    assert_eq!(before["server_running"], true, "{before}");
    assert_eq!(before["server_pid"], pid, "{before}");
    assert_eq!(before["server_url"], base.as_str(), "{before}");
    let served_before = before["server_requests"].as_u64().unwrap();

    let run = env.run(&["--sandbox", "-v", "numbers", "list"]);
    run.expect_code(0);
    let used = format!("using the sandbox served at {base} (pid {pid})");
    assert!(run.stderr.contains(&used), "{}", run.all());
    assert!(!run.stderr.contains("in-process"), "{}", run.all());
    // The server writes its log in the background: wait (bounded) for the row.
    let mut grew = false;
    for _ in 0..100 {
        if status(&env)["server_requests"].as_u64().unwrap() > served_before {
            grew = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(grew, "the server's request log did not grow");
    // A clean stop removes the record.
    let pid = pid.to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    assert_eq!(served.child.wait().unwrap().code(), Some(0));
    assert!(!record_path(&env).exists());
    assert_eq!(status(&env)["server_running"], false);
}

#[test]
fn a_stale_server_record_is_ignored_and_removed() {
    let env = TestEnv::new();
    // A process that has exited, and a port nothing listens on.
    let mut gone = std::process::Command::new("true").spawn().unwrap();
    let dead_pid = gone.id();
    gone.wait().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    std::fs::create_dir_all(record_path(&env).parent().unwrap()).unwrap();
    let db = env.data_dir().join("sandbox").join("world.db");
    let record = serde_json::json!({"base_url": format!("http://127.0.0.1:{port}"), "token": "sandbox-stale",
        "pid": dead_pid, "started": "2026-01-01T00:00:00Z", "db": db.to_str().unwrap()});
    std::fs::write(record_path(&env), record.to_string()).unwrap();
    let run = env.run(&["--sandbox", "-v", "numbers", "list", "-o", "json"]);
    run.expect_code(0);
    assert!(run.stderr.contains(&format!("ignored a stale sandbox server record (pid {dead_pid}")), "{}", run.all());
    assert!(run.stderr.contains("started an in-process sandbox on http://127.0.0.1:"), "{}", run.all());
    assert!(!record_path(&env).exists());
    assert_eq!(status(&env)["server_running"], false);
}

#[test]
fn status_shows_where_the_world_lives_and_what_it_holds() {
    let env = TestEnv::new();
    let s = status(&env);
    assert!(s["db"].as_str().unwrap().ends_with("world.db"), "{s}");
    assert!(s["db_bytes"].as_u64().unwrap() > 0, "{s}");
    assert_eq!(s["server_running"], false, "{s}");
    assert_eq!(s["server_url"], serde_json::Value::Null, "{s}");
    let counts: Vec<u64> = ["business", "wabas", "phone_numbers", "templates", "uploads", "request_log"]
        .iter()
        .map(|k| s[*k].as_u64().unwrap_or_else(|| panic!("{k}: {s}")))
        .collect();
    assert_eq!(counts, vec![1, 1, 5, 5, 0, 0]);
    env.run(&["--sandbox", "numbers", "list"]).expect_code(0);
    env.run(&["--sandbox", "numbers", "show", "1199999999999999"]).expect_code(5);
    assert_eq!(status(&env)["request_log"], 2);
    let table = env.run(&["sandbox", "status"]);
    table.expect_code(0);
    for field in ["db", "server_running", "phone_numbers", "request_log"] {
        assert!(table.stdout.contains(field), "{}", table.all());
    }
}

#[test]
fn an_old_state_file_is_migrated_once() {
    let env = TestEnv::new();
    let legacy = env.data_dir().join("sandbox").join("state.json");
    std::fs::create_dir_all(legacy.parent().unwrap()).unwrap();
    let mut world = serde_json::to_value(waba::sandbox::World::seed()).unwrap();
    world["phone_numbers"][1]["new_display_name"] = "Sandbox Britain".into();
    world["phone_numbers"][1]["new_name_status"] = "PENDING_REVIEW".into();
    std::fs::write(&legacy, world.to_string()).unwrap();
    let run = env.run(&["--sandbox", "numbers", "show", "1100000000000002", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["new_name_status"], "PENDING_REVIEW", "{}", run.all());
    assert!(run.stderr.contains("migrated the old sandbox state file"), "{}", run.all());
    assert!(!legacy.exists() && legacy.with_file_name("state.json.migrated").exists());
    let again = env.run(&["--sandbox", "numbers", "show", "1100000000000002", "-o", "json"]);
    assert!(!again.stderr.contains("migrated"), "{}", again.all());
    assert_eq!(again.json()["new_name_status"], "PENDING_REVIEW");
}
