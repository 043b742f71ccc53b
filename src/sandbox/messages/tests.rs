//! `/messages` through the router, on the in-memory seeded world at a pinned clock.

use serde_json::{Value, json};

use crate::sandbox::SharedState;
use crate::sandbox::store::messages as rows;
use crate::sandbox::tests::{PN1, TOKEN, client, send, serve_state};

const T0: i64 = 1_790_000_000_000; // 2026-09-21, pmp-2025

async fn setup() -> (SharedState, String) {
    let state = SharedState::seeded(TOKEN);
    state.set_clock_ms(Some(T0));
    let base = serve_state(state.clone()).await;
    (state, base)
}

async fn post(base: &str, pn: &str, body: Value) -> crate::sandbox::tests::Resp {
    send(client().post(format!("{base}/v23.0/{pn}/messages")).bearer_auth(TOKEN).json(&body)).await
}

fn text_to(to: &str) -> Value {
    json!({"messaging_product":"whatsapp","recipient_type":"individual","to":to,"type":"text","text":{"body":"hi"}})
}

fn inbound(state: &SharedState, wa: &str, at: i64) -> String {
    let id = super::wamid(wa);
    let row = rows::MessageRow {
        seq: 0,
        id: id.clone(),
        phone_number_id: PN1.into(),
        direction: "in".into(),
        wa_id: wa.into(),
        input: format!("+{wa}"),
        kind: "text".into(),
        category: None,
        template: None,
        at_ms: at,
        behaviour: "inbound".into(),
        error_code: None,
        body: "{}".into(),
    };
    state.with_messages(|c| rows::insert(c, &row)).unwrap();
    id
}

fn views(state: &SharedState, now: i64) -> Vec<super::report::MessageView> {
    state
        .with_messages(|c| {
            let all = rows::list(c, None, None)?;
            super::report::views(c, &all, 300, now)
        })
        .unwrap()
}

#[tokio::test]
async fn validation_errors_name_the_field() {
    let (_s, base) = setup().await;
    let cases = [
        (json!({"to":"+14155550100","type":"text","text":{"body":"x"}}), 100),
        (json!({"messaging_product":"whatsapp","to":"+14155550100","type":"text","text":{}}), 131008),
        (
            json!({"messaging_product":"whatsapp","to":"+14155550100","type":"text","text":{"body":"x".repeat(4097)}}),
            100,
        ),
        (json!({"messaging_product":"whatsapp","to":"+14155550100","type":"hologram"}), 131051),
        (json!({"messaging_product":"whatsapp","to":"+15550100001","type":"text","text":{"body":"x"}}), 131021),
        (json!({"messaging_product":"whatsapp","to":"12","type":"text","text":{"body":"x"}}), 100),
        (json!({"messaging_product":"whatsapp","to":"+14155550100","type":"image","image":{"link":"ftp://x"}}), 131009),
        (
            json!({"messaging_product":"whatsapp","to":"+14155550100","type":"location","location":{"latitude":91,"longitude":0}}),
            131009,
        ),
        (
            json!({"messaging_product":"whatsapp","to":"+14155550100","type":"interactive","interactive":{"type":"button","body":{"text":"b"},"action":{"buttons":[{"type":"reply","reply":{"id":"a","title":"x".repeat(21)}}]}}}),
            100,
        ),
        (
            json!({"messaging_product":"whatsapp","to":"+14155550100","type":"template","template":{"name":"nope","language":{"code":"en_US"}}}),
            132001,
        ),
    ];
    for (body, code) in cases {
        let r = post(&base, PN1, body.clone()).await;
        let e = r.graph_error(if code == 132001 { 404 } else { 400 }, code);
        assert!(e.get("message").is_some(), "{body}");
    }
    let r = post(&base, PN1, json!({"messaging_product":"whatsapp","to":"+14155550100","type":"text","text":{}})).await;
    assert!(r.body["error"]["error_data"]["details"].as_str().unwrap().contains("text['body']"));
    let r = post(&base, "1100000000000004", text_to("+14155550100")).await;
    r.graph_error(400, 133010);
}

#[tokio::test]
async fn accepted_shape_and_131047_outside_the_window() {
    let (state, base) = setup().await;
    let r = post(&base, PN1, text_to("14155550100")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["contacts"][0]["input"], "14155550100");
    assert_eq!(r.body["contacts"][0]["wa_id"], "14155550100");
    assert!(r.body["messages"][0]["id"].as_str().unwrap().starts_with("wamid."));
    assert!(r.body["messages"][0].get("message_status").is_none());
    let v = views(&state, T0 + 10_000);
    assert_eq!(v[0].status, "failed");
    assert_eq!(v[0].error.as_ref().unwrap()["code"], 131047);
    inbound(&state, "14155550101", T0 - 1000);
    post(&base, PN1, text_to("+14155550101")).await;
    let v = views(&state, T0 + 10_000);
    assert_eq!(v.last().unwrap().status, "read");
}

#[tokio::test]
async fn magic_recipients_reach_their_final_status_and_pricing_matches_the_engine() {
    let (state, base) = setup().await;
    let expect =
        [("14155550105", "read"), ("14155550125", "delivered"), ("14155550145", "failed"), ("14155550185", "read")];
    for (wa, _) in expect {
        inbound(&state, wa, T0 - 1000);
        let r = post(&base, PN1, text_to(&format!("+{wa}"))).await;
        assert_eq!(r.status, 200, "{}", r.body);
    }
    let v = views(&state, T0 + 3_600_000);
    let out: Vec<_> = v.iter().filter(|m| m.direction == "out").collect();
    for ((wa, status), m) in expect.iter().zip(&out) {
        assert_eq!(&m.wa_id, wa);
        assert_eq!(&m.status, status, "{wa}");
    }
    assert_eq!(out[2].error.as_ref().unwrap()["code"], 131026);
    // Early on, the slow one is only sent.
    let early = views(&state, T0 + 700);
    assert_eq!(early.iter().rfind(|m| m.direction == "out").unwrap().status, "sent");
    // Pricing equals the engine's on the exported event log.
    let mut all = state.with_messages(|c| rows::list(c, None, None)).unwrap();
    all.sort_by_key(|m| (m.at_ms, m.seq));
    let log: String = all.iter().map(|m| format!("{}\n", super::status::event_line(m))).collect();
    let mut pricer =
        crate::sim::pricing::Pricer::new(crate::sim::pricing::PricingConfig { explain: true, ..Default::default() });
    let events = crate::sim::events::read_events(log.as_bytes(), crate::sim::events::Format::Jsonl);
    let mut costs = std::collections::HashMap::new();
    for ev in events {
        let ev = ev.unwrap();
        if let Some(row) = pricer.push(&ev).unwrap() {
            costs.insert(row.id.clone().unwrap(), row.cost.to_string());
        }
    }
    for m in &out {
        if m.status != "failed" {
            assert_eq!(m.cost.as_ref(), costs.get(&m.id), "{}", m.id);
        }
        assert_eq!(m.pricing.is_some(), m.status != "failed");
    }
    assert_eq!(out[0].pricing.as_ref().unwrap()["pricing_model"], "PMP");
}

#[tokio::test]
async fn mark_as_read() {
    let (state, base) = setup().await;
    let id = inbound(&state, "14155550100", T0);
    let body =
        json!({"messaging_product":"whatsapp","status":"read","message_id":id,"typing_indicator":{"type":"text"}});
    let r = post(&base, PN1, body).await;
    assert_eq!(r.body, json!({"success": true}));
    let r = post(&base, PN1, json!({"messaging_product":"whatsapp","status":"read","message_id":"wamid.nope"})).await;
    r.graph_error(400, 131009);
    assert_eq!(views(&state, T0)[0].status, "read");
}

#[tokio::test]
async fn throughput_bucket_and_pair_rate() {
    let (_state, base) = setup().await;
    // STANDARD number: 80 a second at a pinned clock, then 130429.
    let mut codes = Vec::new();
    for i in 0..81 {
        let r = post(&base, "1100000000000002", text_to(&format!("+1415555{:04}", 1000 + i))).await;
        codes.push(r.body["error"]["code"].as_u64().unwrap_or(0));
    }
    assert!(codes[..80].iter().all(|c| *c == 0), "{codes:?}");
    assert_eq!(codes[80], 130429);
    // Pair rate: 45 to one user, then 131056.
    for i in 0..46 {
        let r = post(&base, PN1, text_to("+14155559999")).await;
        if i < 45 {
            assert_eq!(r.status, 200, "{i}: {}", r.body);
        } else {
            r.graph_error(400, 131056);
        }
    }
}
