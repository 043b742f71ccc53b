//! The sandbox delivers webhooks of the world: inbound messages, template
//! decisions; restarts, resets and the first start.

use std::time::Duration;

use serde_json::{Value, json};

use super::deliver::{DELIVERED_ONLY, sandbox, send_to, statuses_of};
use super::receiver::Receiver;
use super::{TOKEN, WABA, client, send};
use crate::sandbox::deliver::{self, DeliveryOptions};
use crate::sandbox::{SandboxOptions, start};

#[tokio::test]
async fn inbound_messages_and_template_decisions_are_delivered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("world.db");
    let rx = Receiver::start(0, true).await;
    let sb = sandbox(Some(db.clone()), Some(&rx.url), 10, 2).await;
    let now = sb.state().now_ms();
    let (id, _) =
        crate::sandbox::messages::report::inbound(&db, "16505550101", None, "Hi there", now).unwrap().unwrap();
    let body = json!({"name": "shipping_note", "language": "en_US", "category": "UTILITY",
        "components": [{"type": "BODY", "text": "Your parcel ships today."}]});
    let url = format!("{}/v25.0/{WABA}/message_templates", sb.base_url());
    let created = send(client().post(url).bearer_auth(TOKEN).json(&body)).await;
    assert_eq!(created.status, 200, "{}", created.body);
    let field = |e: &Value| e["entry"][0]["changes"][0]["field"].as_str().unwrap_or_default().to_owned();
    rx.wait_for("the inbound message and the decision", |r| {
        let events = r.events();
        events.iter().any(|e| field(e) == "messages")
            && events.iter().any(|e| field(e) == "message_template_status_update")
    })
    .await;
    let events = rx.events();
    let inbound = events.iter().find(|e| field(e) == "messages").unwrap();
    let m = &inbound["entry"][0]["changes"][0]["value"]["messages"][0];
    assert_eq!((&m["id"], &m["from"], &m["text"]["body"]), (&json!(id), &json!("16505550101"), &json!("Hi there")));
    let t = events.iter().find(|e| field(e) == "message_template_status_update").unwrap();
    let v = &t["entry"][0]["changes"][0]["value"];
    assert_eq!(v["message_template_id"].to_string(), created.body["id"].as_str().unwrap());
    assert_eq!(v["message_template_name"], "shipping_note");
    assert!(v["event"] == "APPROVED" || v["event"] == "REJECTED", "{v}");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_restart_does_not_redeliver_what_was_delivered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("world.db");
    let rx = Receiver::start(0, true).await;
    let sb = sandbox(Some(db.clone()), Some(&rx.url), 10, 2).await;
    let first = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the first message's statuses", |r| statuses_of(r, &first).len() == 2).await;
    sb.shutdown().await;

    let sb = sandbox(Some(db.clone()), Some(&rx.url), 10, 2).await;
    let second = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the second message's statuses", |r| statuses_of(r, &second).len() == 2).await;
    assert_eq!(statuses_of(&rx, &first).len(), 2, "not redelivered after the restart");
    assert_eq!(rx.all().len(), 4);
    sb.shutdown().await;
}

#[tokio::test]
async fn messages_after_a_reset_are_delivered_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("world.db");
    let rx = Receiver::start(0, true).await;
    let sb = sandbox(Some(db.clone()), Some(&rx.url), 10, 2).await;
    let first = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the first message's statuses", |r| statuses_of(r, &first).len() == 2).await;
    crate::sandbox::reset(&db, None).unwrap();
    let after = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the statuses of a message sent after the reset", |r| statuses_of(r, &after).len() == 2).await;
    sb.shutdown().await;
}

#[tokio::test]
async fn the_first_start_does_not_deliver_older_messages_and_keeps_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("world.db");
    let plain = super::sandbox(Some(db.clone())).await;
    let old = send_to(&plain.base_url(), DELIVERED_ONLY).await;
    plain.shutdown().await;

    let rx = Receiver::start(0, true).await;
    let opts = |app_secret: Option<String>| SandboxOptions {
        state_path: Some(db.clone()),
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: Duration::from_millis(50),
        status_delay: Duration::from_millis(40),
        unlimited_throughput: false,
        app_secret,
        webhooks: Some(DeliveryOptions { webhook_url: Some(rx.url.clone()), ..DeliveryOptions::default() }),
        faults: None,
    };
    let sb = start(opts(None)).await.unwrap();
    let secret = sb.app_secret();
    assert_eq!(deliver::stored_app_secret(&db).unwrap().as_deref(), Some(secret.as_str()));
    let new = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the new message's statuses", |r| statuses_of(r, &new).len() == 2).await;
    assert!(statuses_of(&rx, &old).is_empty(), "the message sent before the first start is not delivered");
    sb.shutdown().await;
    let again = start(opts(None)).await.unwrap();
    assert_eq!(again.app_secret(), secret, "stable across restarts");
    again.shutdown().await;
}
