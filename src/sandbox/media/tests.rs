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
