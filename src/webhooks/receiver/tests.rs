//! The receiver in process: handshake, signatures, order, back-pressure.
use super::*;

fn config() -> ReceiverConfig {
    ReceiverConfig {
        path: "/webhook".into(),
        app_secret: Some(b"s".to_vec()),
        verify_token: Some("vt".into()),
        queue: 4,
    }
}

fn hub(mode: &str, token: &str, challenge: Option<&str>) -> Hub {
    Hub { mode: Some(mode.into()), verify_token: Some(token.into()), challenge: challenge.map(Into::into) }
}

#[test]
fn handshake_needs_mode_token_and_challenge() {
    let c = config();
    assert_eq!(hub_answer(&c, &hub("subscribe", "vt", Some("42"))), Ok("42".into()));
    assert!(hub_answer(&c, &hub("subscribe", "vu", Some("42"))).is_err());
    assert!(hub_answer(&c, &hub("subscribe", "v", Some("42"))).is_err());
    assert!(hub_answer(&c, &hub("unsubscribe", "vt", Some("42"))).is_err());
    assert!(hub_answer(&c, &hub("subscribe", "vt", None)).is_err());
    let none = ReceiverConfig { verify_token: None, ..config() };
    assert!(hub_answer(&none, &hub("subscribe", "", Some("1"))).is_err());
}

#[test]
fn query_is_url_decoded() {
    let h = Hub::parse("hub.mode=subscribe&hub.verify_token=a%20b%2Bc&hub.challenge=1158201444&x=1");
    assert_eq!(h.mode.as_deref(), Some("subscribe"));
    assert_eq!(h.verify_token.as_deref(), Some("a b+c"));
    assert_eq!(h.challenge.as_deref(), Some("1158201444"));
}

fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

async fn post(client: &reqwest::Client, url: &str, body: &'static [u8], sig: Option<String>) -> u16 {
    let mut req = client.post(url).body(body);
    if let Some(sig) = sig {
        req = req.header(signature::HEADER, sig);
    }
    req.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn in_process_deliveries_arrive_checked_and_in_order() {
    let mut rx = start(SocketAddr::from(([127, 0, 0, 1], 0)), config()).await.unwrap();
    let url = format!("http://{}/webhook", rx.local_addr());
    let client = http_client();
    let body: &[u8] = b"{\"entry\":[],\"t\":\"\\/\"}";
    assert_eq!(post(&client, &url, body, Some(signature::sign(b"s", body))).await, 200);
    assert_eq!(post(&client, &url, body, None).await, 401);
    assert_eq!(post(&client, &url, body, Some(signature::sign(b"t", body))).await, 403);
    let Some(Incoming::Delivery(d)) = rx.recv().await else { panic!("a delivery first") };
    assert_eq!(&d.body[..], body);
    assert!(d.verified && d.signature().is_some_and(|s| s.starts_with("sha256=")));
    assert!(matches!(rx.recv().await, Some(Incoming::Refused { status: 401, reason: SignatureError::Missing, .. })));
    assert!(matches!(rx.recv().await, Some(Incoming::Refused { status: 403, reason: SignatureError::Mismatch, .. })));
    rx.shutdown().await;
}

#[tokio::test]
async fn a_receiver_on_its_own_threads_delivers_too() {
    let mut rx = start_on_threads(SocketAddr::from(([127, 0, 0, 1], 0)), config(), 2).unwrap();
    let url = format!("http://{}/webhook", rx.local_addr());
    let body: &[u8] = b"{}";
    assert_eq!(post(&http_client(), &url, body, Some(signature::sign(b"s", body))).await, 200);
    assert!(matches!(rx.recv().await, Some(Incoming::Delivery(d)) if d.verified));
    rx.shutdown().await;
}

#[tokio::test]
async fn a_full_queue_holds_the_sender_until_there_is_room() {
    let one = ReceiverConfig { queue: 1, app_secret: None, ..config() };
    let mut rx = start(SocketAddr::from(([127, 0, 0, 1], 0)), one).await.unwrap();
    let url = format!("http://{}/webhook", rx.local_addr());
    let client = http_client();
    assert_eq!(post(&client, &url, b"{}", None).await, 200, "the queue takes one");
    let (c, u) = (client.clone(), url.clone());
    let mut second = tokio::spawn(async move { post(&c, &u, b"{}", None).await });
    // Not answered while the queue is full (this can only pass wrongly, never fail wrongly).
    let waited = tokio::time::timeout(std::time::Duration::from_millis(200), &mut second).await;
    assert!(waited.is_err(), "answered although the queue was full");
    assert!(matches!(rx.recv().await, Some(Incoming::Delivery(_))));
    assert_eq!(second.await.unwrap(), 200, "answered once there was room");
    assert!(matches!(rx.recv().await, Some(Incoming::Delivery(_))));
    rx.shutdown().await;
}

#[test]
fn debug_hides_the_secrets() {
    let text = format!("{:?}", config());
    assert!(!text.contains("\"s\"") && !text.contains("vt"), "{text}");
}
