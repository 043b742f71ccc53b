//! `send status` with delivery outcomes recorded by `webhooks listen --job`.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::{file, rows, status};
use crate::common::TestEnv;

fn post(addr: &str, body: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /webhook HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-type: application/json\r\n\
         content-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

fn delivery(statuses: &[serde_json::Value]) -> String {
    serde_json::json!({"object": "whatsapp_business_account", "entry": [{"id": "1200000000000001", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550100001", "phone_number_id": "1100000000000001"},
        "statuses": statuses}}]}]})
    .to_string()
}

fn st(id: &str, status: &str, error: Option<i64>) -> serde_json::Value {
    let mut v =
        serde_json::json!({"id": id, "status": status, "timestamp": "1764770000", "recipient_id": "16505551234"});
    if let Some(code) = error {
        v["errors"] = serde_json::json!([{"code": code, "title": "Message undeliverable"}]);
    }
    v
}

#[test]
fn webhook_statuses_recorded_by_listen_job_show_in_status() {
    let env = TestEnv::new();
    let list =
        file(&env, "c.csv", "to,first_name,order_number\n+16505551234,A,1\n+16505551235,B,2\n+16505551236,C,3\n");
    let run = env.run(&[
        "--sandbox",
        "send",
        "bulk",
        "--template",
        "order_update",
        "--language",
        "en_US",
        "--recipients",
        list.to_str().unwrap(),
        "--job",
        "hooks",
        "--yes",
    ]);
    run.expect_code(0);
    let ids: Vec<String> = rows(&env, "hooks").into_iter().map(|r| r.2).collect();
    assert_eq!(ids.len(), 3);

    let listener = crate::webhooks::Listener::start(&env, &["--job", "hooks", "--no-signature-check", "--count", "5"]);
    let body = delivery(&[
        st(&ids[0], "sent", None),
        st(&ids[0], "delivered", None),
        st(&ids[0], "read", None),
        st(&ids[1], "delivered", None),
        st(&ids[2], "failed", Some(131026)),
    ]);
    assert_eq!(post(&listener.addr, &body), 200);
    listener.finish().expect_code(0);

    let out = status(&env, "hooks");
    assert_eq!(out["delivery"]["read"], 1, "{out}");
    assert_eq!(out["delivery"]["delivered"], 1, "{out}");
    assert_eq!(out["delivery"]["failed"], 1, "{out}");
    assert_eq!(out["failed_by_code"]["131026"], 1, "{out}");
    let csv = env.run(&["send", "status", "hooks", "-o", "csv"]);
    assert!(csv.stdout.lines().any(|l| l.contains(",failed,131026,")), "{}", csv.all());
    let table = env.run(&["send", "status", "hooks"]);
    assert!(table.stdout.contains("Delivery (webhooks)"), "{}", table.all());
    assert_eq!(env.run(&["send", "status", "nope"]).code, 5);
}
