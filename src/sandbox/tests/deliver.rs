//! The sandbox delivers webhooks: statuses per magic recipient, retries and
//! timeouts, dropped events, the verification handshake (see also `deliver_world`).

use std::time::Duration;

use serde_json::{Value, json};

use super::receiver::{Receiver, VERIFY_TOKEN};
use super::{PN1, TOKEN, WABA, client, get, send};
use crate::sandbox::deliver::{self, DeliveryOptions};
use crate::sandbox::{RunningSandbox, SandboxOptions, start};
use crate::webhooks::signature;

const READS: &str = "+16505550101";
pub(super) const DELIVERED_ONLY: &str = "+16505550121";
const UNDELIVERABLE: &str = "+16505550141";

pub(super) async fn sandbox(
    state_path: Option<std::path::PathBuf>,
    url: Option<&str>,
    retry_ms: u64,
    attempts: u32,
) -> RunningSandbox {
    start(SandboxOptions {
        state_path,
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: Duration::from_millis(50),
        status_delay: Duration::from_millis(40),
        unlimited_throughput: false,
        app_secret: Some("test-app-secret".into()),
        webhooks: Some(DeliveryOptions {
            webhook_url: url.map(str::to_owned),
            retry_base: Duration::from_millis(retry_ms),
            attempts,
            ..DeliveryOptions::default()
        }),
        faults: None,
    })
    .await
    .unwrap()
}

/// Waits (at most 20 s) until the outbox summary satisfies `done`; returns it.
async fn summary_when(
    sb: &RunningSandbox,
    done: impl Fn(&deliver::outbox::Summary) -> bool,
) -> deliver::outbox::Summary {
    let state = sb.state();
    for _ in 0..1000 {
        let s = state.tables(deliver::outbox::summary).unwrap();
        if done(&s) {
            return s;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    state.tables(deliver::outbox::summary).unwrap()
}

fn template_to(to: &str) -> Value {
    json!({"messaging_product": "whatsapp", "to": to, "type": "template", "template": {
        "name": "order_update", "language": {"code": "en_US"},
        "components": [{"type": "body", "parameters": [
            {"type": "text", "parameter_name": "first_name", "text": "Ada"},
            {"type": "text", "parameter_name": "order_number", "text": "7"}]}]}})
}

/// Sends a template to `to`; returns the message id.
pub(super) async fn send_to(base: &str, to: &str) -> String {
    let url = format!("{base}/v25.0/{PN1}/messages");
    let r = send(client().post(url).bearer_auth(TOKEN).json(&template_to(to))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.body["messages"][0]["id"].as_str().unwrap().to_owned()
}

pub(super) fn statuses_of(rx: &Receiver, id: &str) -> Vec<String> {
    rx.statuses().into_iter().filter(|(m, _)| m == id).map(|(_, s)| s).collect()
}

fn status_event<'a>(events: &'a [Value], id: &str, status: &str) -> &'a Value {
    events
        .iter()
        .map(|e| &e["entry"][0]["changes"][0]["value"]["statuses"][0])
        .find(|s| s["id"] == id && s["status"] == status)
        .unwrap_or_else(|| panic!("no {status} of {id} in {events:#?}"))
}

#[tokio::test]
async fn statuses_follow_each_magic_recipient_signed_with_the_app_secret() {
    let rx = Receiver::start(0, true).await;
    let sb = sandbox(None, Some(&rx.url), 50, 8).await;
    assert_eq!(sb.app_secret(), "test-app-secret");
    let base = sb.base_url();
    let (read, delivered, failed) =
        (send_to(&base, READS).await, send_to(&base, DELIVERED_ONLY).await, send_to(&base, UNDELIVERABLE).await);
    rx.wait_for("every status", |r| {
        statuses_of(r, &read).len() == 3 && statuses_of(r, &delivered).len() == 2 && statuses_of(r, &failed).len() == 2
    })
    .await;
    let sorted = |id: &str| {
        let mut s = statuses_of(&rx, id);
        s.sort();
        s
    };
    assert_eq!(sorted(&read), ["delivered", "read", "sent"]);
    assert_eq!(sorted(&delivered), ["delivered", "sent"], "a delivered-only recipient never reads");
    assert_eq!(sorted(&failed), ["failed", "sent"]);
    for got in rx.all() {
        assert_eq!(got.content_type.as_deref(), Some("application/json"));
        let sig = got.signature.as_deref().map(str::as_bytes);
        assert_eq!(signature::verify(b"test-app-secret", &got.body, sig), Ok(()), "signed over the exact bytes");
        assert!(signature::verify(b"another-secret", &got.body, sig).is_err());
    }
    let events = rx.events();
    let e = &events[0];
    assert_eq!(e["object"], "whatsapp_business_account");
    assert_eq!(e["entry"][0]["id"], WABA);
    assert_eq!(e["entry"][0]["changes"][0]["field"], "messages");
    assert_eq!(e["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"], PN1);
    let err = &status_event(&events, &failed, "failed")["errors"][0];
    assert_eq!(err["code"], 131026, "{err}");
    let d = status_event(&events, &read, "delivered");
    assert_eq!(d["recipient_id"], "16505550101");
    assert_eq!(d["pricing"]["category"], "utility", "{d}");
    // One code path with `sandbox messages`: the same pricing object.
    let views = sb.state().with_messages(|c| {
        let all = crate::sandbox::store::messages::list(c, None, None)?;
        crate::sandbox::messages::report::views(c, &all, 40, i64::MAX)
    });
    let view = views.unwrap().into_iter().find(|v| v.id == read).unwrap();
    assert_eq!(Some(&d["pricing"]), view.pricing.as_ref());
    sb.shutdown().await;
}

#[tokio::test]
async fn a_failing_receiver_gets_the_event_on_the_third_attempt() {
    let rx = Receiver::start(2, true).await;
    let sb = sandbox(None, Some(&rx.url), 30, 8).await;
    let id = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("both statuses", |r| statuses_of(r, &id).len() == 2).await;
    let all = rx.all();
    for got in all.iter().filter(|g| g.accepted) {
        assert_eq!(got.attempt, 3, "accepted on the third attempt");
        let same: Vec<_> = all.iter().filter(|g| g.body == got.body).collect();
        assert_eq!(same.len(), 3, "three attempts of the same bytes");
    }
    let summary = summary_when(&sb, |s| s.delivered == 2).await;
    assert_eq!((summary.delivered, summary.retrying, summary.given_up), (2, 0, 0), "{summary:?}");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_receiver_that_always_fails_is_given_up_after_the_attempts() {
    let rx = Receiver::start(usize::MAX, true).await;
    let sb = sandbox(None, Some(&rx.url), 10, 2).await;
    let id = send_to(&sb.base_url(), UNDELIVERABLE).await;
    let s = summary_when(&sb, |s| s.given_up == 2).await;
    assert_eq!((s.given_up, s.retrying, s.delivered), (2, 0, 0), "{s:?}");
    assert_eq!(s.last_error.as_deref(), Some(format!("HTTP 500 from {}", rx.url).as_str()));
    assert_eq!(rx.all().len(), 4, "two attempts of each of {id}'s two statuses");
    sb.shutdown().await;
}

#[tokio::test]
async fn no_callback_url_drops_the_event() {
    let sb = sandbox(None, None, 10, 2).await;
    send_to(&sb.base_url(), DELIVERED_ONLY).await;
    let s = summary_when(&sb, |s| s.dropped == 2).await;
    assert_eq!((s.dropped, s.pending, s.delivered), (2, 0, 0), "{s:?}");
    sb.shutdown().await;
}

async fn subscribe(base: &str, uri: &str) -> super::Resp {
    let body = json!({"override_callback_uri": uri, "verify_token": VERIFY_TOKEN});
    send(client().post(format!("{base}/v25.0/{WABA}/subscribed_apps")).bearer_auth(TOKEN).json(&body)).await
}

#[tokio::test]
async fn the_override_is_stored_only_after_the_challenge_is_echoed() {
    let wrong = Receiver::start(0, false).await;
    let right = Receiver::start(0, true).await;
    let app = Receiver::start(0, true).await;
    let sb = sandbox(None, Some(&app.url), 10, 2).await;
    let base = sb.base_url();
    let r = subscribe(&base, &wrong.url).await;
    let e = r.graph_error(400, 2200);
    let message = e["message"].as_str().unwrap();
    assert!(message.contains(&wrong.url) && message.contains("not-the-challenge"), "{message}");
    let closed = "http://127.0.0.1:9/hook";
    let e = subscribe(&base, closed).await.graph_error(400, 2200).clone();
    assert!(e["message"].as_str().unwrap().contains(closed), "{e:?}");
    let listed = get(&base, &format!("/v25.0/{WABA}/subscribed_apps")).await;
    assert!(listed.body["data"][0].get("override_callback_uri").is_none(), "nothing stored: {}", listed.body);

    let r = subscribe(&base, &right.url).await;
    assert_eq!(r.body, json!({"success": true}));
    let listed = get(&base, &format!("/v25.0/{WABA}/subscribed_apps")).await;
    assert_eq!(listed.body["data"][0]["override_callback_uri"], right.url.as_str());
    let id = send_to(&base, DELIVERED_ONLY).await;
    right.wait_for("the statuses at the override", |r| statuses_of(r, &id).len() == 2).await;
    assert!(app.all().is_empty(), "the override wins over --webhook-url");
    sb.shutdown().await;
}

#[tokio::test]
async fn a_receiver_that_does_not_answer_is_retried_after_the_timeout() {
    let rx = Receiver::hanging(1).await;
    let sb = start(SandboxOptions {
        state_path: None,
        token: TOKEN.into(),
        addr: "127.0.0.1:0".parse().unwrap(),
        review_delay: Duration::from_millis(50),
        status_delay: Duration::from_secs(600),
        unlimited_throughput: false,
        app_secret: None,
        webhooks: Some(DeliveryOptions {
            webhook_url: Some(rx.url.clone()),
            retry_base: Duration::from_millis(10),
            timeout: Duration::from_millis(200),
            ..DeliveryOptions::default()
        }),
        faults: None,
    })
    .await
    .unwrap();
    let id = send_to(&sb.base_url(), DELIVERED_ONLY).await;
    rx.wait_for("the sent status on the second attempt", |r| statuses_of(r, &id) == ["sent"]).await;
    let attempts: Vec<_> = rx.all().iter().map(|g| (g.attempt, g.accepted)).collect();
    assert_eq!(attempts, [(1, false), (2, true)]);
    sb.shutdown().await;
}
