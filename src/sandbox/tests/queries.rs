//! Query parameters: phone-number `filtering`/`sort`, template filters,
//! `first`/`last`/`before` paging, unknown parameters, unversioned paths and
//! routing before body parsing.

use serde_json::{Value, json};

use super::{BUSINESS, PN1, TOKEN, WABA, get, sandbox, send};

fn ids(body: &Value) -> Vec<String> {
    body["data"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_owned()).collect()
}

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn phone_number_filtering_operators_and_sort() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let list = |q: String| {
        let base = base.clone();
        async move { get(&base, &format!("/v24.0/{WABA}/phone_numbers?fields=id&{q}")).await }
    };
    let f = |json: &str| format!("filtering={}", enc(json));
    let r = list(f(r#"[{"field":"is_official_business_account","operator":"EQUAL","value":true}]"#)).await;
    assert_eq!(ids(&r.body), [PN1]);
    let r = list(f(r#"[{"field":"messaging_limit_tier","operator":"NOT_EQUAL","value":"TIER_250"}]"#)).await;
    assert_eq!(ids(&r.body), [PN1, "1100000000000002"]);
    let r = list(f(r#"[{"field":"messaging_limit_tier","operator":"IN","value":["TIER_1K","TIER_250"]}]"#)).await;
    assert_eq!(ids(&r.body), ["1100000000000002", "1100000000000003", "1100000000000004", "1100000000000005"]);
    let r = list(f(r#"[{"field":"messaging_limit_tier","operator":"NOT_IN","value":["TIER_1K","TIER_250"]},{"field":"account_mode","operator":"EQUAL","value":"LIVE"}]"#)).await;
    assert_eq!(ids(&r.body), [PN1]);
    let r = list(f(r#"[{"field":"account_mode","operator":"EQUAL","value":"SANDBOX"}]"#)).await;
    assert_eq!(ids(&r.body), ["1100000000000005"]);
    for bad in [
        "not json",
        r#"{"field":"account_mode"}"#,
        r#"[{"field":"status","operator":"EQUAL","value":"CONNECTED"}]"#,
        r#"[{"field":"account_mode","operator":"LIKE","value":"LIVE"}]"#,
        r#"[{"field":"account_mode","operator":"IN","value":"LIVE"}]"#,
        r#"[{"field":"account_mode","operator":"EQUAL"}]"#,
    ] {
        list(f(bad)).await.graph_error(400, 100);
    }

    let order = ["1100000000000001", "1100000000000002", "1100000000000003", "1100000000000004", "1100000000000005"];
    let r = list("sort=last_onboarded_time.desc".into()).await;
    assert_eq!(ids(&r.body), order);
    let r = list("sort=last_onboarded_time.asc".into()).await;
    assert_eq!(ids(&r.body), order.iter().rev().copied().collect::<Vec<_>>());
    let r = list(format!("sort={}", enc(r#"["last_onboarded_time_ascending"]"#))).await;
    assert_eq!(ids(&r.body).first().map(String::as_str), Some("1100000000000005"));
    let r = list("sort=creation_time.asc".into()).await;
    assert_eq!(
        ids(&r.body),
        ["1100000000000005", "1100000000000001", "1100000000000004", "1100000000000003", "1100000000000002"]
    );
    let r = list("sort=creation_time.desc".into()).await;
    assert_eq!(
        ids(&r.body),
        ["1100000000000002", "1100000000000003", "1100000000000004", "1100000000000001", "1100000000000005"]
    );
    list("sort=name.asc".into()).await.graph_error(400, 100);
    sb.shutdown().await;
}

#[tokio::test]
async fn template_filters() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let names = |body: &Value| -> Vec<String> {
        body["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| format!("{}/{}", t["name"].as_str().unwrap(), t["language"].as_str().unwrap()))
            .collect()
    };
    let q = |q: &str| {
        let (base, q) = (base.clone(), q.to_owned());
        async move { get(&base, &format!("/v24.0/{WABA}/message_templates?fields=name,language&{q}")).await }
    };
    assert_eq!(names(&q("content=parcel").await.body), ["delivery_reminder/en_US"]);
    assert_eq!(names(&q("content=PEDIDO").await.body), ["order_update/es_ES"]);
    // The example values are not content.
    assert_eq!(names(&q("content=Pablo").await.body), Vec::<String>::new());
    assert_eq!(names(&q("name_or_content=coupon").await.body), ["legacy_coupon/en_US"]);
    assert_eq!(names(&q("name_or_content=order").await.body), ["order_update/es_ES", "order_update/en_US"]);
    assert_eq!(names(&q("name=ORDER&language=es_ES").await.body), ["order_update/es_ES"]);
    assert_eq!(names(&q("quality_score=RED&category=UTILITY").await.body), ["delivery_reminder/en_US"]);
    assert_eq!(names(&q("status=%5B%22DISABLED%22%5D").await.body), ["legacy_coupon/en_US"]);
    assert_eq!(q("source=MANUAL").await.body["data"].as_array().unwrap().len(), 5);
    assert_eq!(q("source=AUTO_GENERATED").await.body, json!({"data": []}));
    // Seeds are created hourly from 2025-01-01T10:00Z.
    assert_eq!(names(&q("since=1735740000").await.body), ["legacy_coupon/en_US"]);
    assert_eq!(names(&q("until=2025-01-01").await.body), Vec::<String>::new());
    assert_eq!(q("since=2025-01-01&until=1735729200").await.body["data"].as_array().unwrap().len(), 2);
    for bad in ["since=yesterday", "source=AI", "quality_score=BLUE", "status=NOPE"] {
        q(bad).await.graph_error(400, 100);
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn first_last_and_before_paging() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    // `first`/`last` where the spec documents them (owned WABAs); `limit` elsewhere.
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?fields=id&limit=2")).await;
    let all = get(&base, &format!("/v24.0/{WABA}/message_templates?fields=id")).await;
    let every = ids(&all.body);
    assert_eq!(ids(&r.body), every[..2]);
    let r = get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?first=1&fields=id")).await;
    assert_eq!(ids(&r.body), [WABA]);
    let r = get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?last=1&find={WABA}")).await;
    assert_eq!(ids(&r.body), [WABA]);
    let r = get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?find=42")).await;
    assert_eq!(r.body, json!({"data": []}));
    get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?first=1&last=1"))
        .await
        .graph_error(400, 100);
    get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?last=0")).await.graph_error(400, 100);

    // `before` walks back from the end, page by page.
    let r = get(
        &base,
        &format!(
            "/v24.0/{WABA}/message_templates?fields=id&limit=2&after={}",
            crate::sandbox::paging::cursor_for(&every[2])
        ),
    )
    .await;
    assert_eq!(ids(&r.body), every[3..5]);
    let before = r.body["paging"]["cursors"]["before"].as_str().unwrap().to_owned();
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?fields=id&limit=2&before={before}")).await;
    assert_eq!(ids(&r.body), every[1..3]);
    let prev = r.body["paging"]["previous"].as_str().unwrap().to_owned();
    let r = send(super::client().get(&prev).bearer_auth(TOKEN)).await;
    assert_eq!(ids(&r.body), every[..1]);
    assert!(r.body["paging"].get("previous").is_none() && r.body["paging"]["next"].is_string());
    sb.shutdown().await;
}

#[tokio::test]
async fn unknown_query_parameters_are_errors_naming_them() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    for (path, param) in [
        (format!("/v24.0/{WABA}/phone_numbers?offset=2"), "offset"),
        (format!("/v24.0/{WABA}/phone_numbers?first=1"), "first"),
        (format!("/v24.0/{WABA}?limit=1"), "limit"),
        (format!("/v24.0/{PN1}?fields=id&debug=all"), "debug"),
        (format!("/v24.0/{WABA}/message_templates?name_contains=x"), "name_contains"),
        (format!("/v24.0/{PN1}/settings?summary=total_count"), "summary"),
    ] {
        let r = get(&base, &path).await;
        let msg = r.graph_error(400, 100)["message"].as_str().unwrap().to_owned();
        assert!(msg.contains(&format!("'{param}'")) && msg.contains("does not implement"), "{path}: {msg}");
    }
    // The standard ones are accepted everywhere.
    let r = get(&base, &format!("/v24.0/{PN1}?fields=id&appsecret_proof=abc&pretty=0")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    sb.shutdown().await;
}

#[tokio::test]
async fn unversioned_paths_use_the_default_version() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let r = get(&base, &format!("/{WABA}?fields=name")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body, json!({"name": "Sandbox Trading", "id": WABA}));
    let served = r.header("facebook-api-version").unwrap().to_owned();
    let today = crate::sandbox::version::today();
    assert_eq!(served, crate::sandbox::version::oldest_available(today).to_string());
    assert!(r.header("x-ad-api-version-warning").is_none());
    let r = get(&base, &format!("/{WABA}/phone_numbers?limit=1")).await;
    assert_eq!(ids(&r.body), [PN1]);
    assert!(r.body["paging"]["next"].as_str().unwrap().contains(&format!("/{served}/{WABA}/phone_numbers?")));
    let r = get(&base, "/not_a_node").await;
    assert_eq!(r.graph_error(400, 100)["error_subcode"], 33);
    sb.shutdown().await;
}

#[tokio::test]
async fn routing_is_decided_before_the_body_is_parsed() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let c = super::client();
    let garbage =
        |url: String| c.post(url).bearer_auth(TOKEN).header("content-type", "application/json").body("{not json");
    let r = send(garbage(format!("{base}/v24.0/{WABA}/bogus_edge"))).await;
    assert_eq!(r.graph_error(400, 100)["message"], "(#100) Unknown path components: /bogus_edge");
    let r = send(garbage(format!("{base}/v24.0/999"))).await;
    assert_eq!(r.graph_error(400, 100)["error_subcode"], 33);
    let r = send(garbage(format!("{base}/v24.0/{WABA}"))).await;
    assert_eq!(r.graph_error(400, 100)["error_subcode"], 33);
    // A known route gets the body error.
    let r = send(garbage(format!("{base}/v24.0/{PN1}"))).await;
    assert_eq!(r.graph_error(400, 100)["message"], "(#100) The request body must be a JSON object");
    sb.shutdown().await;
}
