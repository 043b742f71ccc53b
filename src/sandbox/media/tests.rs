use super::*;

#[test]
fn signatures_depend_on_id_and_expiry() {
    let state = SharedState::seeded("t");
    assert_ne!(sign(&state, "1", 5), sign(&state, "1", 6));
    assert_ne!(sign(&state, "1", 5), sign(&state, "2", 5));
    assert_eq!(sign(&state, "1", 5).len(), 32);
}

#[test]
fn rows_round_trip_in_an_in_memory_state() {
    let state = SharedState::seeded("t");
    let new = store::New {
        phone_number_id: "1",
        mime_type: "image/png",
        file_name: Some("a.png"),
        bytes: b"png",
        sha256: "ab",
        now_ms: 0,
    };
    let id = state.tables(|c| store::insert(c, &new)).unwrap();
    assert!(exists(&state, &id));
    assert_eq!(state.tables(|c| store::bytes(c, &id)).unwrap(), Some(("image/png".to_string(), b"png".to_vec())));
    assert!(state.tables(|c| store::delete(c, &id)).unwrap());
    assert!(!exists(&state, &id));
}

#[tokio::test]
async fn download_urls_expire_after_five_minutes() {
    use crate::sandbox::tests::{PN1, TOKEN, client, get, send, serve_state};
    let state = SharedState::seeded(TOKEN);
    state.set_clock_ms(Some(1_800_000_000_000));
    let base = serve_state(state.clone()).await;
    let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
    let part = reqwest::multipart::Part::bytes(png.clone()).file_name("a.png").mime_str("image/png").unwrap();
    let form = reqwest::multipart::Form::new().text("messaging_product", "whatsapp").part("file", part);
    let up = send(client().post(format!("{base}/v25.0/{PN1}/media")).bearer_auth(TOKEN).multipart(form)).await;
    assert_eq!(up.status, 200, "{}", up.body);
    let id = up.body["id"].as_str().unwrap().to_string();
    let info = get(&base, &format!("/v25.0/{id}")).await;
    assert_eq!(info.body["sha256"], crate::templates::media::sha256_hex(&png));
    let url = info.body["url"].as_str().unwrap().to_string();
    let fetch = || client().get(&url).bearer_auth(TOKEN).send();
    state.set_clock_ms(Some(1_800_000_000_000 + URL_TTL_MS));
    let ok = fetch().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.bytes().await.unwrap().as_ref(), png.as_slice());
    state.set_clock_ms(Some(1_800_000_000_000 + URL_TTL_MS + 1));
    assert_eq!(fetch().await.unwrap().status(), 404);
    // A new lookup gives a new URL that works again.
    let again = get(&base, &format!("/v25.0/{id}")).await;
    let fresh = client().get(again.body["url"].as_str().unwrap()).bearer_auth(TOKEN).send().await.unwrap();
    assert_eq!(fresh.status(), 200);
}
