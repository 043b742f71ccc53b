//! The lifecycle through the router on the in-memory seeded world, at a pinned clock.

use std::time::Duration;

use serde_json::{Value, json};

use crate::sandbox::SharedState;
use crate::sandbox::tests::{Resp, TOKEN, WABA, client, send, serve_state};

const T0: i64 = 1_790_000_000_000;

async fn setup(review_ms: u64) -> (SharedState, String) {
    let state = SharedState::seeded(TOKEN).with_review_delay(Duration::from_millis(review_ms));
    state.set_clock_ms(Some(T0));
    let base = serve_state(state.clone()).await;
    (state, base)
}

async fn post(base: &str, path: &str, body: Value) -> Resp {
    send(client().post(format!("{base}/v23.0/{path}")).bearer_auth(TOKEN).json(&body)).await
}

async fn get(base: &str, path: &str) -> Resp {
    send(client().get(format!("{base}/v23.0/{path}")).bearer_auth(TOKEN)).await
}

async fn add(base: &str, number: &str, name: &str) -> Resp {
    post(base, &format!("{WABA}/phone_numbers"), json!({"cc": "1", "phone_number": number, "verified_name": name}))
        .await
}

fn code_of(state: &SharedState, id: &str) -> String {
    state.read(|w| w.phone_number(id).unwrap().lifecycle.code.clone().unwrap().code)
}

#[tokio::test]
async fn a_new_number_is_verified_by_code_registered_and_its_name_reviewed() {
    let (state, base) = setup(1000).await;
    let r = add(&base, "2025550142", "Acme Shoes").await;
    assert_eq!(r.status, 200, "{:#}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    let fields = "status,code_verification_status,name_status,verified_name,is_pin_enabled,display_phone_number";
    let n = get(&base, &format!("{id}?fields={fields}")).await.body;
    assert_eq!(
        (n["status"].as_str(), n["code_verification_status"].as_str(), n["name_status"].as_str()),
        (Some("PENDING"), Some("NOT_VERIFIED"), Some("PENDING_REVIEW"))
    );
    add(&base, "2025550142", "Acme Shoes").await.graph_error(400, 100);
    // Sending and registering need a verified, registered number.
    post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "424242"}))
        .await
        .graph_error(400, 133006);
    let sink = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let heard = sink.clone();
    state.on_codes(std::sync::Arc::new(move |n| heard.lock().unwrap().push(n.code.clone())));
    let ok = post(&base, &format!("{id}/request_code"), json!({"code_method": "SMS", "language": "en_US"})).await;
    assert_eq!(ok.body, json!({"success": true}));
    let code = code_of(&state, &id);
    assert_eq!(sink.lock().unwrap().as_slice(), std::slice::from_ref(&code));
    let again = post(&base, &format!("{id}/request_code"), json!({"code_method": "VOICE", "language": "en"})).await;
    assert_eq!(again.graph_error(400, 136024)["error_subcode"], 2_388_091);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let e = post(&base, &format!("{id}/verify_code"), json!({"code": wrong})).await;
    assert!(e.graph_error(400, 136025)["error_data"]["details"].as_str().unwrap().contains("4 attempts left"));
    assert_eq!(post(&base, &format!("{id}/verify_code"), json!({"code": code})).await.status, 200);
    post(&base, &format!("{id}/verify_code"), json!({"code": code})).await.graph_error(400, 136025);
    let reg = post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "424242"})).await;
    assert_eq!(reg.body, json!({"success": true}));
    state.set_clock_ms(Some(T0 + 1000));
    let n = get(&base, &format!("{id}?fields={fields}")).await.body;
    assert_eq!(n["status"], "CONNECTED");
    assert_eq!(n["is_pin_enabled"], true);
    assert_eq!(n["name_status"], "APPROVED", "reviewed after the delay");
    // The PIN is now the two-step PIN: a different one is refused.
    let mismatch =
        post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "111111"})).await;
    mismatch.graph_error(400, 133005);
    let fast = post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "111112"})).await;
    fast.graph_error(400, 133009);
    assert_eq!(post(&base, &format!("{id}/deregister"), json!({})).await.status, 200);
    post(&base, &format!("{id}/deregister"), json!({})).await.graph_error(400, 133010);
    let early = post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "424242"})).await;
    early.graph_error(400, 133015);
    state.set_clock_ms(Some(T0 + 6 * 60 * 1000));
    let back = post(&base, &format!("{id}/register"), json!({"messaging_product": "whatsapp", "pin": "424242"})).await;
    assert_eq!(back.status, 200, "{:#}", back.body);
}

#[tokio::test]
async fn codes_expire_wrong_ones_run_out_and_requests_are_limited() {
    let (state, base) = setup(1000).await;
    let id = add(&base, "2025550143", "Acme Boots").await.body["id"].as_str().unwrap().to_owned();
    let path = format!("{id}/request_code");
    let request = || post(&base, &path, json!({"code_method": "SMS", "language": "en_US"}));
    assert_eq!(request().await.status, 200);
    let code = code_of(&state, &id);
    state.set_clock_ms(Some(T0 + super::codes::CODE_TTL_MS));
    let e = post(&base, &format!("{id}/verify_code"), json!({"code": code})).await;
    assert!(e.graph_error(400, 136025)["error_user_msg"].as_str().unwrap().contains("expired"));
    let mut t = T0 + super::codes::CODE_TTL_MS;
    for _ in 1..super::codes::MAX_PER_HOUR {
        t += super::codes::MIN_INTERVAL_MS;
        state.set_clock_ms(Some(t));
        assert_eq!(request().await.status, 200);
    }
    t += super::codes::MIN_INTERVAL_MS;
    state.set_clock_ms(Some(t));
    let e = request().await;
    assert!(e.graph_error(400, 136024)["error_user_msg"].as_str().unwrap().contains("Too many codes"));
    let code = code_of(&state, &id);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..super::codes::MAX_FAILURES {
        post(&base, &format!("{id}/verify_code"), json!({"code": wrong})).await.graph_error(400, 136025);
    }
    let e = post(&base, &format!("{id}/verify_code"), json!({"code": code})).await;
    assert!(e.graph_error(400, 136025)["error_user_msg"].as_str().unwrap().contains("No code"), "voided");
    post(&base, &format!("{id}/request_code"), json!({"code_method": "FAX", "language": "en_US"}))
        .await
        .graph_error(400, 100);
}

#[tokio::test]
async fn pin_guesses_lock_out_and_registrations_are_rate_limited() {
    let (state, base) = setup(0).await;
    let pn = "1100000000000002"; // registered, two-step on
    state
        .mutate(|w| {
            w.phone_number_mut(pn).unwrap().lifecycle.pin = Some("654321".into());
            Ok(())
        })
        .unwrap();
    let path = format!("{pn}/register");
    let register = |pin: &'static str| post(&base, &path, json!({"messaging_product": "whatsapp", "pin": pin}));
    let mut t = T0;
    for _ in 0..super::register::MAX_PIN_FAILURES {
        t += 2000;
        state.set_clock_ms(Some(t));
        register("111111").await.graph_error(400, 133005);
    }
    t += 2000;
    state.set_clock_ms(Some(t));
    register("654321").await.graph_error(400, 133008);
    t += super::register::PIN_WINDOW_MS;
    state.set_clock_ms(Some(t));
    for _ in 0..super::register::MAX_REGISTRATIONS {
        assert_eq!(register("654321").await.status, 200);
    }
    register("654321").await.graph_error(400, 133016);
    post(&base, &format!("{pn}/register"), json!({"messaging_product": "whatsapp", "pin": "12345"}))
        .await
        .graph_error(400, 100);
}

#[tokio::test]
async fn allowance_display_names_and_oba_reviews() {
    let (state, base) = setup(0).await;
    state
        .mutate(|w| {
            w.business.verification_status = "pending".into();
            Ok(())
        })
        .unwrap();
    let e = add(&base, "2025550144", "Acme").await;
    assert!(e.graph_error(400, 100)["error_user_msg"].as_str().unwrap().contains("until its business verification"));
    state
        .mutate(|w| {
            w.business.verification_status = "verified".into();
            Ok(())
        })
        .unwrap();
    let pn = "1100000000000002";
    assert_eq!(post(&base, pn, json!({"new_display_name": "SANDBOX UK!!"})).await.status, 200);
    let n = get(&base, &format!("{pn}?fields=verified_name,new_name_status")).await.body;
    assert_eq!((n["verified_name"].as_str(), n["new_name_status"].as_str()), (Some("Sandbox UK"), Some("DECLINED")));
    assert_eq!(post(&base, pn, json!({"new_display_name": "Sandbox Britain"})).await.status, 200);
    let n = get(&base, &format!("{pn}?fields=verified_name,name_status,new_name_status")).await.body;
    assert_eq!((n["verified_name"].as_str(), n["name_status"].as_str()), (Some("Sandbox Britain"), Some("APPROVED")));
    let oba_path = format!("{pn}/official_business_account");
    let oba = |body: Value| post(&base, &oba_path, body);
    oba(json!({"business_website_url": "https://x.example"})).await.graph_error(400, 100);
    let request = json!({
        "business_website_url": "https://sandbox-trading.example",
        "primary_country_of_operation": "United Kingdom",
        "primary_language": "English",
        "supporting_links": ["https://news.example/sandbox"],
    });
    let r = oba(request.clone()).await;
    assert_eq!(r.body["updated_status"]["oba_status"], "PENDING", "{:#}", r.body);
    let status = get(&base, &format!("{pn}/official_business_account")).await.body;
    assert_eq!(status["oba_status"], "APPROVED", "{status:#}");
    assert_eq!(
        get(&base, &format!("{pn}?fields=is_official_business_account")).await.body["is_official_business_account"],
        true
    );
    oba(request).await.graph_error(400, 100);
    // Number 3 has no PIN and a declined name: rejected, naming what is missing.
    let pn3 = "1100000000000003";
    let r = post(
        &base,
        &format!("{pn3}/official_business_account"),
        json!({
            "business_website_url": "https://sandbox-trading.example",
            "primary_country_of_operation": "India",
            "primary_language": "English",
            "supporting_links": "[\"https://news.example/in\"]",
        }),
    )
    .await;
    assert_eq!(r.status, 200, "{:#}", r.body);
    let status = get(&base, &format!("{pn3}/official_business_account?fields=oba_status,status_message")).await.body;
    assert_eq!(status["oba_status"], "REJECTED");
    let message = status["status_message"].as_str().unwrap();
    assert!(message.contains("two-step verification: off") && message.contains("DECLINED"), "{message}");
}
