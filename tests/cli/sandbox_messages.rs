//! `waba sandbox inbound|messages|log` through the real binary, with messages sent to a
//! running `sandbox serve` over HTTP.

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::sandbox::serve;

/// POST a message body to the served sandbox, as any Graph client would.
fn send(info: &Value, body: &Value) -> Value {
    let url =
        format!("{}/v23.0/{}/messages", info["base_url"].as_str().unwrap(), info["phone_number_id"].as_str().unwrap());
    let token = info["token"].as_str().unwrap().to_string();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let reply = reqwest::Client::new().post(url).bearer_auth(token).json(body).send().await.unwrap();
        reply.json().await.unwrap()
    })
}

fn env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_STATUS_DELAY_MS", "0").env("WABA_SANDBOX_REVIEW_DELAY_MS", "0")
}

#[test]
fn inbound_opens_the_window_and_messages_and_log_agree_with_pricing() {
    let env = env();
    let served = serve(&env, &[]);
    let text =
        |to: &str| json!({"messaging_product": "whatsapp", "to": to, "type": "text", "text": {"body": "On its way"}});
    // Outside the customer-service window a free-form message is accepted, then fails with 131047.
    assert!(send(&served.info, &text("+12025550101"))["messages"][0]["id"].is_string());
    env.run(&["sandbox", "inbound", "--from", "+12025550101", "--text", "Where is my order?"]).expect_code(0);
    assert!(send(&served.info, &text("+12025550101"))["messages"][0]["id"].is_string());
    let template = json!({"messaging_product": "whatsapp", "to": "+12025550102", "type": "template", "template": {
        "name": "order_update", "language": {"code": "en_US"}, "components": [{"type": "body", "parameters": [
            {"type": "text", "parameter_name": "first_name", "text": "Ada"},
            {"type": "text", "parameter_name": "order_number", "text": "42"}]}]}});
    assert_eq!(send(&served.info, &template)["messages"][0]["message_status"], "accepted");

    let run = env.run(&["sandbox", "messages", "-o", "json"]);
    run.expect_code(0);
    let messages = run.json();
    let all = messages.as_array().unwrap();
    assert_eq!(all.len(), 4, "{messages}");
    let statuses: Vec<&str> = all.iter().map(|m| m["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["failed", "received", "read", "read"], "{messages}");
    assert_eq!(all[0]["error"]["code"], 131047, "{messages}");
    assert_eq!(all[3]["pricing"]["category"], "utility", "{messages}");
    let only = env.run(&["sandbox", "messages", "--to", "+12025550102", "-o", "json"]).json();
    assert_eq!(only.as_array().unwrap().len(), 1, "{only}");

    // The exported log, priced by `pricing simulate`, costs what the statuses say.
    let log = env.run(&["sandbox", "log"]);
    log.expect_code(0);
    assert_eq!(log.stdout.lines().count(), 4, "{}", log.stdout);
    let file = env.data_dir().join("sent.jsonl");
    std::fs::write(&file, &log.stdout).unwrap();
    let priced = env.run(&["pricing", "simulate", file.to_str().unwrap(), "--explain", "-o", "json"]).json();
    for m in all.iter().filter(|m| m["cost"].is_string()) {
        let row = priced["events"].as_array().unwrap().iter().find(|e| e["id"] == m["id"]);
        let row = row.unwrap_or_else(|| panic!("{} not priced: {priced}", m["id"]));
        assert_eq!(row["cost"], m["cost"], "{m}\n{row}");
    }
    // The table fits 80 columns and keeps statuses whole.
    let out = env.std_command(&["sandbox", "messages"]).env("COLUMNS", "80").output().unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    assert!(table.contains("failed") && table.contains("131047"), "{table}");
}

#[test]
fn bad_inputs_are_usage_errors() {
    let env = env();
    env.run(&["sandbox", "inbound", "--from", "12025550101", "--text", "hi"]).expect_code(2);
    env.run(&["sandbox", "inbound", "--from", "+12025550101", "--text", "  "]).expect_code(2);
    env.run(&["sandbox", "inbound", "--from", "+12025550101", "--text", "hi", "--to-number", "999"]).expect_code(5);
    env.run(&["sandbox", "messages", "--to", "nope"]).expect_code(2);
    let run = env.run(&["sandbox", "messages", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json(), json!([]));
}

/// Regression: a send read then wrote in a deferred transaction, which failed at once ("database is
/// locked", exit 10) about every other time the request-log writer committed in between.
#[test]
fn sends_never_fail_on_a_busy_database() {
    let env = env();
    for i in 0..20 {
        let text = format!("hello {i}");
        let run = env.run(&["--sandbox", "send", "text", "--to", "+12025550101", &text, "--from", "+1 555-010-0001"]);
        run.expect_code(0);
    }
    let all = env.run(&["sandbox", "messages", "-o", "json"]).json();
    assert_eq!(all.as_array().unwrap().len(), 20, "nothing lost: {all}");
}

#[test]
fn media_named_by_an_unknown_id_is_accepted_then_fails_with_131053() {
    let env = env();
    env.run(&["sandbox", "inbound", "--from", "+12025550103", "--text", "Send the receipt"]).expect_code(0);
    let png = env.data_dir().join("receipt.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR sandbox test image").unwrap();
    let up = env.run(&["--sandbox", "media", "upload", png.to_str().unwrap(), "-o", "json"]);
    up.expect_code(0);
    let id = up.json()["id"].as_str().unwrap().to_string();
    for media in [id.as_str(), "4490709327384033"] {
        env.run(&["--sandbox", "send", "image", "--to", "+12025550103", media]).expect_code(0);
    }
    let all = env.run(&["sandbox", "messages", "--to", "+12025550103", "-o", "json"]).json();
    let out: Vec<(&str, &Value)> =
        all.as_array().unwrap().iter().skip(1).map(|m| (m["status"].as_str().unwrap(), &m["error"]["code"])).collect();
    assert_eq!(out, [("read", &Value::Null), ("failed", &json!(131053))], "{all}");
}
