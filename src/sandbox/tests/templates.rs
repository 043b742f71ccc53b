//! Message templates: list/filters/paging/fields, create + review, Meta's
//! limits, edit rules, delete, the resumable upload API and persistence.

use std::time::Duration;

use serde_json::{Value, json};

use super::{Resp, TOKEN, WABA, get, send, serve_state};
use crate::sandbox::{SharedState, World};

const APP: &str = "1400000000000001";
/// 2026-01-01T00:00:00Z
const T0: i64 = 1_767_225_600_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// A sandbox over `world` with the given review delay and the clock pinned at [`T0`].
async fn serve(world: World, delay_ms: u64) -> (String, SharedState) {
    let state = SharedState::new(world, TOKEN).with_review_delay(Duration::from_millis(delay_ms));
    state.set_clock_ms(Some(T0));
    (serve_state(state.clone()).await, state)
}

async fn post(base: &str, path: &str, body: &Value) -> Resp {
    send(super::client().post(format!("{base}{path}")).bearer_auth(TOKEN).json(body)).await
}

async fn delete(base: &str, path: &str) -> Resp {
    send(super::client().delete(format!("{base}{path}")).bearer_auth(TOKEN)).await
}

fn clean_body() -> Value {
    json!([{"type": "BODY", "text": "Hello {{1}}, your order {{2}} has shipped.",
            "example": {"body_text": [["Ann", "A-1042"]]}}])
}

fn payload(name: &str, language: &str, category: &str, components: Value) -> Value {
    json!({"name": name, "language": language, "category": category, "components": components})
}

async fn create(base: &str, name: &str, language: &str, category: &str, components: Value) -> Resp {
    post(base, &format!("/v24.0/{WABA}/message_templates"), &payload(name, language, category, components)).await
}

async fn status_of(base: &str, id: &str) -> Value {
    get(base, &format!("/v24.0/{id}?fields=status,rejected_reason,quality_score,category,previous_category")).await.body
}

fn ids(r: &Resp) -> Vec<String> {
    r.body["data"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap().to_owned()).collect()
}

fn names(r: &Resp) -> Vec<String> {
    r.body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| format!("{}/{}", t["name"].as_str().unwrap(), t["language"].as_str().unwrap()))
        .collect()
}

/// Id of a seeded template.
fn seeded(name: &str, language: &str) -> String {
    let w = World::seed();
    w.templates.templates.iter().find(|t| t.name == name && t.language == language).unwrap().id.clone()
}

#[tokio::test]
async fn list_filters_paging_and_fields() {
    let (base, _) = serve(World::seed(), 0).await;
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?summary=total_count")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["summary"]["total_count"], 5);
    let first = r.body["data"][0].as_object().unwrap();
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        ["name", "parameter_format", "components", "language", "status", "category", "id"]
    );
    // Newest first.
    assert_eq!(
        names(&r),
        [
            "legacy_coupon/en_US",
            "delivery_reminder/en_US",
            "seasonal_promotion/en",
            "order_update/es_ES",
            "order_update/en_US"
        ]
    );
    assert!(r.header("x-business-use-case-usage").unwrap().contains(WABA));

    let q = |query: &str| {
        let (base, path) = (base.clone(), format!("/v24.0/{WABA}/message_templates?{query}"));
        async move { get(&base, &path).await }
    };
    assert_eq!(names(&q("status=APPROVED").await), ["order_update/es_ES", "order_update/en_US"]);
    assert_eq!(names(&q("status=approved&language=en_US").await), ["order_update/en_US"]);
    assert_eq!(names(&q("status=%5B%22PAUSED%22,%22DISABLED%22%5D").await).len(), 2);
    assert_eq!(names(&q("status=PAUSED,REJECTED").await).len(), 2);
    assert_eq!(names(&q("category=MARKETING").await), ["legacy_coupon/en_US", "seasonal_promotion/en"]);
    assert_eq!(names(&q("name=ORDER").await), ["order_update/es_ES", "order_update/en_US"]);
    assert_eq!(names(&q("name=reminder").await), ["delivery_reminder/en_US"]);
    assert_eq!(names(&q("quality_score=RED").await).len(), 2);
    assert_eq!(q("name=nothing_like_it").await.body, json!({"data": []}));
    for bad in ["status=BOGUS", "category=SERVICE_X", "quality_score=BLUE", "fields=nope", "limit=0", "after=zz"] {
        q(bad).await.graph_error(400, 100);
    }

    // Selected fields, rejection reason and quality.
    let r = q("fields=name,status,rejected_reason,quality_score&status=REJECTED,PAUSED").await;
    assert_eq!(
        r.body["data"][1],
        json!({"name": "seasonal_promotion", "status": "REJECTED", "rejected_reason": "INVALID_FORMAT",
               "id": seeded("seasonal_promotion", "en")})
    );
    // 2025-01-01T13:00:00Z: when the seeded content was submitted.
    assert_eq!(r.body["data"][0]["quality_score"], json!({"score": "RED", "date": 1_735_736_400}));
    assert_eq!(r.body["data"][0]["rejected_reason"], "NONE");

    // Paging: follow `next`, then go back with `before`.
    let all = ids(&q("").await);
    let mut seen = Vec::new();
    let mut url = format!("{base}/v24.0/{WABA}/message_templates?limit=2&fields=id");
    loop {
        let r = send(super::client().get(&url).bearer_auth(TOKEN)).await;
        seen.extend(ids(&r));
        match r.body["paging"]["next"].as_str() {
            Some(n) => url = n.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen, all);
    let r = q("limit=2").await;
    let after = r.body["paging"]["cursors"]["after"].as_str().unwrap().to_owned();
    let r = q(&format!("limit=2&after={after}")).await;
    assert_eq!(ids(&r), all[2..4]);
    let before = r.body["paging"]["cursors"]["before"].as_str().unwrap().to_owned();
    assert_eq!(ids(&q(&format!("limit=5&before={before}")).await), all[..2]);

    // The template node.
    let id = seeded("order_update", "en_US");
    let r = get(&base, &format!("/v24.0/{id}")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["name"], "order_update");
    assert_eq!(r.body["parameter_format"], "NAMED");
    assert_eq!(r.body["components"][0]["type"], "BODY");
    let r = get(&base, &format!("/v24.0/{id}?fields=name,quality_score{{score}}")).await;
    assert_eq!(r.body, json!({"name": "order_update", "quality_score": {"score": "GREEN"}, "id": id}));
    let e = get(&base, &format!("/v24.0/{id}?fields=bogus")).await.graph_error(400, 100).clone();
    assert_eq!(e["message"], "(#100) Tried accessing nonexisting field (bogus) on node type (WhatsAppBusinessHSM)");
    get(&base, &format!("/v24.0/{WABA}/message_templates/x")).await.graph_error(400, 100);
}

#[tokio::test]
async fn create_pending_then_review_decides() {
    let (base, state) = serve(World::seed(), 3_000).await;
    let r = create(&base, "shipping_notice", "en_US", "utility", clean_body()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    assert!(id.parse::<u64>().is_ok(), "{id}");
    assert_eq!(r.body, json!({"id": id, "status": "PENDING", "category": "UTILITY"}));
    let bad = create(&base, "broken_one", "en_US", "UTILITY", json!([{"type": "BODY", "text": "{{1}} is here"}])).await;
    let bad = bad.body["id"].as_str().unwrap().to_owned();
    let promo = json!([{"type": "BODY", "text": "Your order {{1}} has shipped. Shop now for a discount on your next order!",
                        "example": {"body_text": [["A-1042"]]}}]);
    let util = create(&base, "promo_utility", "en_US", "UTILITY", promo.clone()).await;
    let util = util.body["id"].as_str().unwrap().to_owned();
    let mkt = create(&base, "promo_marketing", "en_US", "MARKETING", promo).await;
    let mkt = mkt.body["id"].as_str().unwrap().to_owned();
    // Sequential ids.
    assert_eq!(util.parse::<u64>().unwrap() + 1, mkt.parse::<u64>().unwrap());

    // Before the delay everything is pending (and shows up in the list).
    state.set_clock_ms(Some(T0 + 2_999));
    assert_eq!(status_of(&base, &id).await["status"], "PENDING");
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?status=PENDING&fields=name")).await;
    assert_eq!(r.body["data"].as_array().unwrap().len(), 4);

    state.set_clock_ms(Some(T0 + 3_000));
    assert_eq!(
        status_of(&base, &id).await,
        json!({"status": "APPROVED", "rejected_reason": "NONE", "quality_score": {"score": "UNKNOWN", "date": T0 / 1000},
               "category": "UTILITY", "id": id})
    );
    let s = status_of(&base, &bad).await;
    assert_eq!((s["status"].as_str(), s["rejected_reason"].as_str()), (Some("REJECTED"), Some("INVALID_FORMAT")));
    let s = status_of(&base, &util).await;
    assert_eq!((s["status"].as_str(), s["rejected_reason"].as_str()), (Some("REJECTED"), Some("INCORRECT_CATEGORY")));
    assert_eq!(status_of(&base, &mkt).await["status"], "APPROVED");
}

#[tokio::test]
async fn create_validates_parameters() {
    let (base, _) = serve(World::seed(), 0).await;
    let path = format!("/v24.0/{WABA}/message_templates");
    let full = payload("a_name", "en_US", "UTILITY", clean_body());
    for missing in ["name", "language", "category", "components"] {
        let mut p = full.clone();
        p.as_object_mut().unwrap().remove(missing);
        let r = post(&base, &path, &p).await;
        let e = r.graph_error(400, 100);
        assert_eq!(e["message"], format!("(#100) The parameter {missing} is required"));
    }
    let mut p = full.clone();
    p["category"] = json!("SERVICE");
    let e = post(&base, &path, &p).await.graph_error(400, 100).clone();
    assert_eq!(
        e["message"],
        "(#100) Param category must be one of {AUTHENTICATION, MARKETING, UTILITY} - got \"SERVICE\"."
    );
    for (key, value) in
        [("components", json!({"type": "BODY"})), ("parameter_format", json!("SOMETIMES")), ("name", json!(5))]
    {
        let mut p = full.clone();
        p[key] = value;
        post(&base, &path, &p).await.graph_error(400, 100);
    }
    // Names may be 512 characters long (Meta's limit), not more.
    let mut p = full.clone();
    p["name"] = json!("n".repeat(513));
    let e = post(&base, &path, &p).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("at most 512"), "{e:?}");
    p["name"] = json!("n".repeat(512));
    assert_eq!(post(&base, &path, &p).await.body["status"], "PENDING");
    // Form bodies carry components as a JSON string.
    let form = format!(
        "name=form_made&language=en_US&category=UTILITY&components={}",
        url::form_urlencoded::byte_serialize(clean_body().to_string().as_bytes()).collect::<String>()
    );
    let r = send(
        super::client()
            .post(format!("{base}{path}"))
            .bearer_auth(TOKEN)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form),
    )
    .await;
    assert_eq!(r.body["status"], "PENDING", "{}", r.body);
}

#[tokio::test]
async fn duplicate_name_and_language_is_refused() {
    let (base, _) = serve(World::seed(), 0).await;
    let r = create(&base, "order_update", "en_US", "UTILITY", clean_body()).await;
    let e = r.graph_error(400, 100);
    assert_eq!(e["error_subcode"], 2_388_024);
    assert_eq!(e["error_user_title"], "Content in this language already exists");
    assert!(e["error_user_msg"].as_str().unwrap().contains("en_US"));
    // Another language of the same name is fine.
    assert_eq!(create(&base, "order_update", "pt_BR", "UTILITY", clean_body()).await.status, 200);
}

fn filler(world: &mut World, n: usize) {
    let proto = world.templates.templates[0].clone();
    for i in 0..n {
        let mut t = proto.clone();
        t.id = format!("{}", 1_600_000_000_000_000u64 + i as u64);
        t.name = format!("filler_{i}");
        world.templates.templates.push(t);
    }
}

#[tokio::test]
async fn template_cap_depends_on_verification() {
    let mut world = World::seed();
    world.business.verification_status = "not_verified".into();
    filler(&mut world, 250 - 5);
    let (base, _) = serve(world.clone(), 0).await;
    let e = create(&base, "one_too_many", "en_US", "UTILITY", clean_body()).await.graph_error(400, 100).clone();
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("maximum number of message templates (250)") && msg.contains("not verified"), "{msg}");
    // Deleting one makes room (a rejected one: no name block either).
    assert_eq!(delete(&base, &format!("/v24.0/{WABA}/message_templates?name=seasonal_promotion")).await.status, 200);
    assert_eq!(create(&base, "one_too_many", "en_US", "UTILITY", clean_body()).await.status, 200);
    assert_eq!(
        create(&base, "seasonal_promotion", "en", "MARKETING", clean_body()).await.graph_error(400, 100)["code"],
        100
    );

    world.business.verification_status = "verified".into();
    let (base, _) = serve(world, 0).await;
    assert_eq!(create(&base, "one_more", "en_US", "UTILITY", clean_body()).await.status, 200);
}

#[tokio::test]
async fn hundred_creations_per_hour() {
    let (base, state) = serve(World::seed(), 0).await;
    for i in 0..100 {
        state.set_clock_ms(Some(T0 + i * 1_000));
        let r = create(&base, &format!("bulk_{i}"), "en_US", "UTILITY", clean_body()).await;
        assert_eq!(r.status, 200, "{i}: {}", r.body);
    }
    let r = create(&base, "bulk_100", "en_US", "UTILITY", clean_body()).await;
    let e = r.graph_error(400, 80_008);
    assert!(e["message"].as_str().unwrap().contains("100 message templates can be created per hour"), "{e:?}");
    // One hour after the first creation, one slot is free again.
    state.set_clock_ms(Some(T0 + HOUR));
    assert_eq!(create(&base, "bulk_100", "en_US", "UTILITY", clean_body()).await.status, 200);
    create(&base, "bulk_101", "en_US", "UTILITY", clean_body()).await.graph_error(400, 80_008);
}

#[tokio::test]
async fn deleted_approved_name_is_blocked_for_30_days() {
    let (base, state) = serve(World::seed(), 0).await;
    let r = delete(&base, &format!("/v24.0/{WABA}/message_templates?name=order_update")).await;
    assert_eq!(r.body, json!({"success": true}));
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?name=order_update")).await;
    assert_eq!(r.body, json!({"data": []}));
    get(&base, &format!("/v24.0/{}", seeded("order_update", "en_US"))).await.graph_error(400, 100);

    for lang in ["en_US", "fr"] {
        let r = create(&base, "order_update", lang, "UTILITY", clean_body()).await;
        let e = r.graph_error(400, 100);
        assert_eq!(e["error_subcode"], 2_388_023);
        assert!(e["error_user_msg"].as_str().unwrap().contains("2026-01-31T00:00:00+0000"), "{e:?}");
    }
    state.set_clock_ms(Some(T0 + 30 * DAY - 1));
    create(&base, "order_update", "en_US", "UTILITY", clean_body()).await.graph_error(400, 100);
    state.set_clock_ms(Some(T0 + 30 * DAY));
    assert_eq!(create(&base, "order_update", "en_US", "UTILITY", clean_body()).await.status, 200);
}

#[tokio::test]
async fn delete_by_hsm_id_unknown_and_disabled() {
    let (base, _) = serve(World::seed(), 0).await;
    let edge = format!("/v24.0/{WABA}/message_templates");
    let es = seeded("order_update", "es_ES");
    // hsm_id must belong to the name.
    let e = delete(&base, &format!("{edge}?name=delivery_reminder&hsm_id={es}")).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("not found"), "{e:?}");
    let r = delete(&base, &format!("{edge}?name=order_update&hsm_id={es}")).await;
    assert_eq!(r.body, json!({"success": true}));
    assert_eq!(names(&get(&base, &format!("{edge}?name=order_update")).await), ["order_update/en_US"]);

    let e = delete(&base, &format!("{edge}?name=no_such_template")).await.graph_error(400, 100).clone();
    assert_eq!(e["message"], "(#100) Message template no_such_template not found in this WhatsApp Business Account");
    let e = delete(&base, &edge).await.graph_error(400, 100).clone();
    assert_eq!(e["message"], "(#100) The parameter name is required");
    let e = delete(&base, &format!("{edge}?name=legacy_coupon")).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("disabled templates cannot be deleted"), "{e:?}");
    assert_eq!(names(&get(&base, &format!("{edge}?name=legacy_coupon")).await), ["legacy_coupon/en_US"]);
    // A paused template can be deleted.
    assert_eq!(delete(&base, &format!("{edge}?name=delivery_reminder")).await.status, 200);
}

#[tokio::test]
async fn edit_rules() {
    let (base, state) = serve(World::seed(), 0).await;
    let approved = seeded("order_update", "en_US");
    let edit = |id: &str, body: Value| {
        let (base, id) = (base.clone(), id.to_owned());
        async move { post(&base, &format!("/v24.0/{id}"), &body).await }
    };
    // order_update is NAMED; the new body is positional.
    let new_body = json!({"components": clean_body(), "parameter_format": "POSITIONAL"});

    // Nothing to change.
    edit(&approved, json!({})).await.graph_error(400, 100);
    // The category of an approved template is fixed.
    let e = edit(&approved, json!({"category": "MARKETING"})).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("category of an approved template cannot be changed"), "{e:?}");
    // Disabled: not editable.
    let e = edit(&seeded("legacy_coupon", "en_US"), new_body.clone()).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("this template is DISABLED"), "{e:?}");

    // Accepted edit → PENDING (status refused while pending) → reviewed again.
    let r =
        edit(&approved, json!({"components": clean_body(), "category": "UTILITY", "parameter_format": "POSITIONAL"}))
            .await;
    assert_eq!(r.body, json!({"success": true}));
    assert_eq!(state.snapshot().templates.get(&approved).unwrap().status, "PENDING");
    assert_eq!(status_of(&base, &approved).await["status"], "APPROVED");

    // Once per 24 hours…
    state.set_clock_ms(Some(T0 + DAY - 1));
    let e = edit(&approved, new_body.clone()).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("only once in 24 hours"), "{e:?}");
    // …and 10 times per 30 days.
    for i in 1..10 {
        state.set_clock_ms(Some(T0 + i * DAY));
        assert_eq!(edit(&approved, new_body.clone()).await.status, 200, "edit {i}");
        assert_eq!(status_of(&base, &approved).await["status"], "APPROVED");
    }
    state.set_clock_ms(Some(T0 + 10 * DAY));
    let e = edit(&approved, new_body.clone()).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("at most 10 times in 30 days"), "{e:?}");
    state.set_clock_ms(Some(T0 + 30 * DAY));
    assert_eq!(edit(&approved, new_body.clone()).await.status, 200);

    // Rejected and paused templates: unlimited edits, category may change.
    let rejected = seeded("seasonal_promotion", "en");
    assert_eq!(edit(&rejected, json!({"category": "UTILITY", "components": clean_body()})).await.status, 200);
    let s = status_of(&base, &rejected).await;
    assert_eq!(
        (s["status"].as_str(), s["category"].as_str(), s["previous_category"].as_str()),
        (Some("APPROVED"), Some("UTILITY"), Some("MARKETING"))
    );
    let paused = seeded("delivery_reminder", "en_US");
    for _ in 0..2 {
        assert_eq!(edit(&paused, new_body.clone()).await.status, 200);
        // Pending until the next read settles it; edit again only after the review.
        assert_eq!(status_of(&base, &paused).await["status"], "APPROVED");
        state.set_clock_ms(Some(T0 + 31 * DAY));
    }
}

#[tokio::test]
async fn resumable_upload() {
    let (base, state) = serve(World::seed(), 0).await;
    let c = super::client();
    let r = send(
        c.post(format!("{base}/v24.0/{APP}/uploads?file_name=banner.png&file_length=10&file_type=image/png"))
            .bearer_auth(TOKEN),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let id = r.body["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("upload:"), "{id}");
    let session = format!("{base}/v24.0/{id}");
    assert_eq!(get(&base, &format!("/v24.0/{id}")).await.body, json!({"id": id, "file_offset": 0}));

    let oauth = format!("OAuth {TOKEN}");
    let chunk = |offset: &str, bytes: &'static [u8]| {
        c.post(&session).header("authorization", &oauth).header("file_offset", offset).body(bytes)
    };
    let r = send(chunk("0", b"\x89PNG")).await;
    assert_eq!(r.body, json!({"id": id, "file_offset": 4}));
    // A wrong offset is refused and says where to resume.
    let e = send(chunk("0", b"abcdef")).await.graph_error(400, 100).clone();
    assert!(e["message"].as_str().unwrap().contains("received 4 bytes"), "{e:?}");
    send(chunk("4", b"too many bytes")).await.graph_error(400, 100);
    send(c.post(&session).header("authorization", &oauth).body(b"x".as_slice())).await.graph_error(400, 100);
    let r = send(chunk("4", b"\r\n\x1a\n\0\0")).await;
    let h = r.body["h"].as_str().unwrap().to_owned();
    assert!(h.starts_with("4::"), "{h}");
    assert_eq!(r.body, json!({"h": h}));
    assert_eq!(get(&base, &format!("/v24.0/{id}")).await.body["file_offset"], 10);
    // Only sizes and the handle are kept.
    let snap = state.snapshot();
    let s = snap.templates.upload(&id).unwrap();
    assert_eq!((s.file_length, s.file_offset, s.handle.as_deref()), (10, 10, Some(h.as_str())));

    for q in ["file_length=10", "file_length=0&file_type=image/png", "file_length=5&file_type=text/html"] {
        let r = send(c.post(format!("{base}/v24.0/{APP}/uploads?{q}")).bearer_auth(TOKEN)).await;
        r.graph_error(400, 100);
    }
    get(&base, "/v24.0/upload:bm9wZQ").await.graph_error(400, 100);
    // Wrong token on the session.
    send(c.post(&session).header("authorization", "OAuth nope").header("file_offset", "0")).await.graph_error(401, 190);
}

#[tokio::test]
async fn templates_persist_and_old_state_files_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.db");
    let state = SharedState::open(&path, TOKEN).unwrap().with_review_delay(Duration::ZERO);
    state.set_clock_ms(Some(T0));
    let base = serve_state(state).await;
    let id =
        create(&base, "kept_template", "en_US", "UTILITY", clean_body()).await.body["id"].as_str().unwrap().to_owned();
    // The lazy review decision is persisted.
    assert_eq!(status_of(&base, &id).await["status"], "APPROVED");
    assert_eq!(delete(&base, &format!("/v24.0/{WABA}/message_templates?name=order_update")).await.status, 200);

    // Another connection (as another process would) sees it all.
    let restarted = SharedState::open(&path, TOKEN).unwrap().with_review_delay(Duration::ZERO);
    let saved = restarted.snapshot();
    let t = saved.templates.get(&id).unwrap();
    assert_eq!((t.status.as_str(), t.created_at_ms), ("APPROVED", T0));
    assert_eq!(saved.templates.deletions.len(), 2);
    restarted.set_clock_ms(Some(T0 + DAY));
    let base = serve_state(restarted).await;
    assert_eq!(status_of(&base, &id).await["status"], "APPROVED");
    create(&base, "order_update", "en_US", "UTILITY", clean_body()).await.graph_error(400, 100);
    let next =
        create(&base, "next_template", "en_US", "UTILITY", clean_body()).await.body["id"].as_str().unwrap().to_owned();
    assert_eq!(next.parse::<u64>().unwrap(), id.parse::<u64>().unwrap() + 1);

    // A state file written before templates existed still migrates (without templates).
    let legacy = dir.path().join("state.json");
    let mut old = serde_json::to_value(World::seed()).unwrap();
    old.as_object_mut().unwrap().remove("templates");
    std::fs::write(&legacy, old.to_string()).unwrap();
    let (identity, migrated) = crate::sandbox::prepare(&dir.path().join("other.db"), Some(&legacy)).unwrap();
    assert_eq!((identity.waba_id.as_str(), migrated.as_deref()), (WABA, Some(legacy.as_path())));
    let loaded = SharedState::open(&dir.path().join("other.db"), TOKEN).unwrap().snapshot();
    assert!(loaded.templates.templates.is_empty());
    let base = serve_state(SharedState::new(loaded, TOKEN)).await;
    assert_eq!(get(&base, &format!("/v24.0/{WABA}/message_templates")).await.body, json!({"data": []}));
}
