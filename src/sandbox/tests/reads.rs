//! Node reads: default fields, field selection, version-dependent fields, headers.

use serde_json::json;

use super::{BUSINESS, PN1, WABA, get, sandbox};

#[tokio::test]
async fn phone_number_defaults_and_selection() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    assert!(base.starts_with("http://127.0.0.1:") && !base.ends_with('/'));

    let r = get(&base, &format!("/v24.0/{PN1}")).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.body,
        json!({"display_phone_number":"+1 555-010-0001","verified_name":"Sandbox Support","quality_rating":"GREEN","id":PN1})
    );
    assert_eq!(r.header("facebook-api-version"), Some("v24.0"));
    assert!(r.header("x-ad-api-version-warning").is_none());
    let usage: serde_json::Value = serde_json::from_str(r.header("x-business-use-case-usage").unwrap()).unwrap();
    let entry = &usage[WABA][0];
    for k in ["type", "call_count", "total_cputime", "total_time", "estimated_time_to_regain_access"] {
        assert!(entry.get(k).is_some(), "{k} in {usage}");
    }

    // Requested order, whitespace, nested selection, modifiers; id appended.
    let r = get(
        &base,
        &format!("/v24.0/{PN1}?fields=status,%20throughput%7Blevel%7D,%20name_status.limit(5),health_status%7Bcan_send_message%7D"),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body.to_string(),
        json!({"status":"CONNECTED","throughput":{"level":"HIGH"},"name_status":"APPROVED","health_status":{"can_send_message":"AVAILABLE"},"id":PN1}).to_string()
    );

    // Unknown field.
    let r = get(&base, &format!("/v24.0/{PN1}?fields=id,bogus")).await;
    let e = r.graph_error(400, 100);
    assert_eq!(
        e["message"],
        "(#100) Tried accessing nonexisting field (bogus) on node type (WhatsAppBusinessPhoneNumber)"
    );
    assert_eq!(e["type"], "OAuthException");
    sb.shutdown().await;
}

#[tokio::test]
async fn health_status_follows_status() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let expect = [
        ("1100000000000001", "AVAILABLE"),
        ("1100000000000002", "AVAILABLE"),
        ("1100000000000003", "LIMITED"),
        ("1100000000000004", "BLOCKED"),
    ];
    for (id, status) in expect {
        let r = get(&base, &format!("/v24.0/{id}?fields=health_status")).await;
        let h = &r.body["health_status"];
        assert_eq!(h["can_send_message"], status, "{id}: {h}");
        let types: Vec<_> = h["entities"].as_array().unwrap().iter().map(|e| e["entity_type"].clone()).collect();
        assert_eq!(types, [json!("PHONE_NUMBER"), json!("WABA"), json!("BUSINESS"), json!("APP")]);
        if status == "BLOCKED" {
            let err = &h["entities"][0]["errors"][0];
            assert!(
                err["error_code"].is_number()
                    && err["error_description"].is_string()
                    && err["possible_solution"].is_string()
            );
        }
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn messaging_limit_field_depends_on_version() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let new = "whatsapp_business_manager_messaging_limit";

    // v24+: portfolio limit, same on every number; legacy field still per number.
    for (id, legacy) in [("1100000000000002", "TIER_1K"), ("1100000000000003", "TIER_250")] {
        for v in ["v24.0", "v25.0", "v26.0"] {
            let r = get(&base, &format!("/{v}/{id}?fields={new},messaging_limit_tier")).await;
            assert_eq!(r.body, json!({ new: "TIER_10K", "messaging_limit_tier": legacy, "id": id }), "{v}");
        }
    }
    // <= v23: only the per-number field exists.
    let r = get(&base, "/v23.0/1100000000000002?fields=messaging_limit_tier").await;
    assert_eq!(r.body, json!({"messaging_limit_tier":"TIER_1K","id":"1100000000000002"}));
    let r = get(&base, &format!("/v23.0/{PN1}?fields={new}")).await;
    let e = r.graph_error(400, 100);
    assert_eq!(
        e["message"],
        format!("(#100) Tried accessing nonexisting field ({new}) on node type (WhatsAppBusinessPhoneNumber)")
    );
    sb.shutdown().await;
}

#[tokio::test]
async fn waba_and_business_reads() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let id = sb.identity();
    assert_eq!(
        (id.business_id.as_str(), id.waba_id.as_str(), id.phone_number_id.as_str(), id.app_id.as_str()),
        (BUSINESS, WABA, PN1, "1400000000000001")
    );

    let r = get(&base, &format!("/v24.0/{WABA}")).await;
    assert_eq!(r.status, 200);
    let keys: Vec<_> = r.body.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["id", "name", "timezone_id", "message_template_namespace", "currency"]);
    assert_eq!(r.body["name"], "Sandbox Trading");
    assert!(r.header("x-business-use-case-usage").unwrap().contains(WABA));

    let r = get(
        &base,
        &format!("/v24.0/{WABA}?fields=account_review_status,business_verification_status,country,ownership_type,owner_business_info"),
    )
    .await;
    assert_eq!(
        r.body,
        json!({"account_review_status":"APPROVED","business_verification_status":"VERIFIED","country":"US","ownership_type":"SELF_OWNED","owner_business_info":{"name":"Sandbox Trading Ltd","id":BUSINESS},"id":WABA})
    );
    let r = get(&base, &format!("/v24.0/{WABA}?fields=display_phone_number")).await;
    assert!(r.graph_error(400, 100)["message"].as_str().unwrap().ends_with("on node type (WhatsAppBusinessAccount)"));

    let r = get(&base, &format!("/v24.0/{BUSINESS}")).await;
    assert_eq!(r.body, json!({"id":BUSINESS,"name":"Sandbox Trading Ltd"}));
    let r = get(&base, &format!("/v24.0/{BUSINESS}?fields=verification_status,timezone_id")).await;
    assert_eq!(r.body, json!({"verification_status":"verified","timezone_id":1,"id":BUSINESS}));
    let r = get(&base, &format!("/v24.0/{BUSINESS}?fields=quality_rating")).await;
    assert!(r.graph_error(400, 100)["message"].as_str().unwrap().ends_with("on node type (Business)"));
    sb.shutdown().await;
}
