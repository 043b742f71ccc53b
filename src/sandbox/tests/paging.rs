//! Edge paging: limit, cursors, next/previous URLs, summary.

use serde_json::json;

use super::{BUSINESS, WABA, get, sandbox, send};

const ALL: [&str; 5] =
    ["1100000000000001", "1100000000000002", "1100000000000003", "1100000000000004", "1100000000000005"];

#[tokio::test]
async fn list_defaults_and_summary() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?summary=total_count")).await;
    assert_eq!(r.status, 200);
    let data = r.body["data"].as_array().unwrap();
    let ids: Vec<_> = data.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ALL);
    let keys: Vec<_> = data[0].as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["display_phone_number", "verified_name", "quality_rating", "id"]);
    assert_eq!(r.body["summary"], json!({"total_count": 5}));
    assert!(r.body["paging"]["cursors"]["before"].is_string());
    assert!(r.body["paging"].get("next").is_none());
    assert!(r.header("x-business-use-case-usage").unwrap().contains(WABA));

    let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?fields=quality_rating,status")).await;
    let q: Vec<_> = r.body["data"].as_array().unwrap().iter().map(|n| n["quality_rating"].clone()).collect();
    assert_eq!(q, [json!("GREEN"), json!("YELLOW"), json!("RED"), json!("UNKNOWN"), json!("GREEN")]);
    assert!(r.body.get("summary").is_none());
    let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?fields=nope")).await;
    r.graph_error(400, 100);
    sb.shutdown().await;
}

#[tokio::test]
async fn limit_one_via_next_and_via_after() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let client = super::client();

    // Follow `next` verbatim.
    let mut url = format!("{base}/v24.0/{WABA}/phone_numbers?limit=1&fields=id,status");
    let mut seen = Vec::new();
    let mut prev_links = 0;
    loop {
        let r = send(client.get(&url).bearer_auth(super::TOKEN)).await;
        assert_eq!(r.status, 200, "{}", r.body);
        let data = r.body["data"].as_array().unwrap();
        assert_eq!(data.len(), 1);
        seen.push(data[0]["id"].as_str().unwrap().to_owned());
        prev_links += usize::from(r.body["paging"].get("previous").is_some());
        match r.body["paging"]["next"].as_str() {
            Some(next) => {
                assert!(next.starts_with(&format!("{base}/v24.0/{WABA}/phone_numbers?")), "{next}");
                assert!(next.contains("limit=1") && next.contains("fields=id%2Cstatus"), "{next}");
                url = next.to_owned();
            }
            None => break,
        }
    }
    assert_eq!(seen, ALL);
    assert_eq!(prev_links, 4);

    // Drive `after` by hand, then go back with `before`.
    let mut after: Option<String> = None;
    let mut seen = Vec::new();
    for _ in 0..5 {
        let q = after.as_ref().map(|a| format!("&after={a}")).unwrap_or_default();
        let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?limit=1{q}")).await;
        seen.push(r.body["data"][0]["id"].as_str().unwrap().to_owned());
        after = r.body["paging"]["cursors"]["after"].as_str().map(str::to_owned);
    }
    assert_eq!(seen, ALL);
    let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?limit=1&after={}", after.clone().unwrap())).await;
    assert_eq!(r.body, json!({"data": []}));

    let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?limit=2&before={}", after.unwrap())).await;
    let ids: Vec<_> = r.body["data"].as_array().unwrap().iter().map(|n| n["id"].clone()).collect();
    assert_eq!(ids, [json!(ALL[2]), json!(ALL[3])]);
    assert!(r.body["paging"]["next"].is_string() && r.body["paging"]["previous"].is_string());
    sb.shutdown().await;
}

#[tokio::test]
async fn bad_limit_and_cursor() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    for q in [
        "limit=0",
        "limit=101",
        "limit=abc",
        "limit=-1",
        "after=%25%25notbase64",
        "after=Zm9vYmFy",
        "before=@@",
        "summary=bogus",
    ] {
        let r = get(&base, &format!("/v24.0/{WABA}/phone_numbers?{q}")).await;
        r.graph_error(400, 100);
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn owned_wabas_edge() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let r =
        get(&base, &format!("/v24.0/{BUSINESS}/owned_whatsapp_business_accounts?summary=total_count&limit=1")).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["data"][0]["id"], WABA);
    assert_eq!(r.body["data"][0]["message_template_namespace"], "5c4e0d1a_7b3f_4e2a_9d6c_8f1b2a3c4d5e");
    assert_eq!(r.body["summary"]["total_count"], 1);
    assert!(r.body["paging"].get("next").is_none());
    let r = get(&base, &format!("/v24.0/{BUSINESS}/client_whatsapp_business_accounts")).await;
    assert_eq!(r.body, json!({"data": []}));
    sb.shutdown().await;
}
