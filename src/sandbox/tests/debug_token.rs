//! `GET /debug_token`: the sandbox's token, other input tokens, and a bad access token.

use super::{BUSINESS, TOKEN, WABA, client, get, sandbox, send};

#[tokio::test]
async fn the_sandbox_token_is_a_valid_system_user_token() {
    let sb = sandbox(None).await;
    let r = get(&sb.base_url(), &format!("/v25.0/debug_token?input_token={TOKEN}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let d = &r.body["data"];
    assert_eq!((d["is_valid"].as_bool(), d["type"].as_str()), (Some(true), Some("SYSTEM_USER")), "{d}");
    assert_eq!((d["expires_at"].as_i64(), d["data_access_expires_at"].as_i64()), (Some(0), Some(0)));
    assert_eq!(d["app_id"], sb.identity().app_id);
    let scopes: Vec<&str> = d["scopes"].as_array().unwrap().iter().filter_map(|s| s.as_str()).collect();
    assert_eq!(scopes, ["whatsapp_business_management", "whatsapp_business_messaging", "business_management"]);
    assert_eq!(d["granular_scopes"][0]["target_ids"][0], WABA);
    assert_eq!(d["granular_scopes"][1]["target_ids"][0], WABA);
    assert_eq!(d["granular_scopes"][2]["target_ids"][0], BUSINESS);
    assert!(d.get("error").is_none());
}

#[tokio::test]
async fn another_input_token_is_invalid_inside_data() {
    let sb = sandbox(None).await;
    let r = get(&sb.base_url(), "/v25.0/debug_token?input_token=EAAGnotours").await;
    assert_eq!(r.status, 200, "{}", r.body);
    let d = &r.body["data"];
    assert_eq!(d["is_valid"], false);
    assert_eq!(d["error"]["code"], 190);
    assert!(d["error"]["message"].as_str().unwrap().contains("Invalid OAuth access token"), "{d}");
    assert!(r.body.get("error").is_none());

    let r = get(&sb.base_url(), "/v25.0/debug_token").await;
    let e = r.graph_error(400, 100);
    assert!(e["message"].as_str().unwrap().contains("input_token"), "{e:?}");
    let r = send(client().post(format!("{}/v25.0/debug_token?input_token={TOKEN}", sb.base_url())).bearer_auth(TOKEN))
        .await;
    r.graph_error(400, 100);
}

#[tokio::test]
async fn a_bad_access_token_gets_the_190_envelope() {
    let sb = sandbox(None).await;
    let url = format!("{}/v25.0/debug_token?input_token=wrong", sb.base_url());
    let r = send(client().get(url).bearer_auth("wrong")).await;
    r.graph_error(401, 190);
}
