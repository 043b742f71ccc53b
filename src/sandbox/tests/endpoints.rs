//! The business profile, settings and subscribed-apps endpoints.

use serde_json::{Value, json};

use super::{PN1, TOKEN, WABA, get, sandbox, send};

async fn post(base: &str, path: &str, body: Value) -> super::Resp {
    send(super::client().post(format!("{base}{path}")).bearer_auth(TOKEN).json(&body)).await
}

#[tokio::test]
async fn business_profile_get_and_update() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let path = format!("/v24.0/{PN1}/whatsapp_business_profile");
    let r = get(&base, &path).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let item = &r.body["data"][0];
    let keys: Vec<_> = item.as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["about", "address", "description", "email", "websites", "vertical", "messaging_product"]);
    assert_eq!(item["vertical"], "RETAIL");
    let r = get(&base, &format!("{path}?fields=about,vertical")).await;
    assert_eq!(
        r.body,
        json!({"data": [{"about": "Answers within the hour, 8am-8pm ET.", "vertical": "RETAIL", "messaging_product": "whatsapp"}]})
    );
    let r = get(&base, "/v24.0/1100000000000004/whatsapp_business_profile").await;
    assert_eq!(r.body, json!({"data": [{"vertical": "UNDEFINED", "messaging_product": "whatsapp"}]}));
    get(&base, &format!("{path}?fields=bogus")).await.graph_error(400, 100);

    let ok = json!({"messaging_product": "whatsapp", "about": "New about", "websites": ["https://a.example", "http://b.example/x"], "vertical": "HOTEL", "email": "", "description": "d".repeat(512)});
    let r = post(&base, &path, ok).await;
    assert_eq!(r.body, json!({"success": true}));
    let r = get(&base, &format!("{path}?fields=about,websites,vertical,email,description")).await;
    let item = &r.body["data"][0];
    assert_eq!((item["about"].as_str(), item["vertical"].as_str()), (Some("New about"), Some("HOTEL")));
    assert_eq!(item["websites"], json!(["https://a.example", "http://b.example/x"]));
    assert!(item.get("email").is_none(), "an empty email clears it");

    for (bad, needle) in [
        (json!({"about": "x"}), "messaging_product"),
        (json!({"messaging_product": "sms", "about": "x"}), "messaging_product"),
        (json!({"messaging_product": "whatsapp", "about": "a".repeat(140)}), "about"),
        (json!({"messaging_product": "whatsapp", "about": ""}), "about"),
        (json!({"messaging_product": "whatsapp", "description": "d".repeat(513)}), "description"),
        (json!({"messaging_product": "whatsapp", "address": "a".repeat(257)}), "address"),
        (json!({"messaging_product": "whatsapp", "email": "not-an-email"}), "email"),
        (json!({"messaging_product": "whatsapp", "websites": ["https://a", "https://b", "https://c"]}), "websites"),
        (json!({"messaging_product": "whatsapp", "websites": ["ftp://a.example"]}), "websites"),
        (json!({"messaging_product": "whatsapp", "vertical": "SPACE"}), "vertical"),
        (json!({"messaging_product": "whatsapp", "profile_picture_handle": "4::nope"}), "profile_picture_handle"),
        (json!({"messaging_product": "whatsapp", "colour": "blue"}), "colour"),
    ] {
        let r = post(&base, &path, bad.clone()).await;
        let msg = r.graph_error(400, 100)["message"].as_str().unwrap().to_owned();
        assert!(msg.contains(needle), "{bad}: {msg}");
    }

    // A picture through the resumable upload.
    let c = super::client();
    let r = send(
        c.post(format!("{base}/v24.0/1400000000000001/uploads?file_name=logo.png&file_length=3&file_type=image/png"))
            .bearer_auth(TOKEN),
    )
    .await;
    let session = r.body["id"].as_str().unwrap().to_owned();
    let r = send(
        c.post(format!("{base}/v24.0/{session}"))
            .header("authorization", format!("OAuth {TOKEN}"))
            .header("file_offset", "0")
            .body(vec![1u8, 2, 3]),
    )
    .await;
    let handle = r.body["h"].as_str().unwrap().to_owned();
    let r = post(&base, &path, json!({"messaging_product": "whatsapp", "profile_picture_handle": handle})).await;
    assert_eq!(r.body, json!({"success": true}));
    let r = get(&base, &format!("{path}?fields=profile_picture_url")).await;
    let url = r.body["data"][0]["profile_picture_url"].as_str().unwrap();
    assert!(url.starts_with("http://") && url.ends_with(".png") && url.contains(PN1), "{url}");
    // A PDF is not a picture.
    let r = send(
        c.post(format!(
            "{base}/v24.0/1400000000000001/uploads?file_name=a.pdf&file_length=1&file_type=application/pdf"
        ))
        .bearer_auth(TOKEN),
    )
    .await;
    let session = r.body["id"].as_str().unwrap().to_owned();
    let r =
        send(c.post(format!("{base}/v24.0/{session}")).bearer_auth(TOKEN).header("file_offset", "0").body(vec![1u8]))
            .await;
    let handle = r.body["h"].as_str().unwrap().to_owned();
    let r = post(&base, &path, json!({"messaging_product": "whatsapp", "profile_picture_handle": handle})).await;
    assert!(r.graph_error(400, 100)["message"].as_str().unwrap().contains("JPEG or PNG"));
    sb.shutdown().await;
}

#[tokio::test]
async fn settings_get_and_update() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let path = format!("/v24.0/{PN1}/settings");
    let r = get(&base, &path).await;
    assert_eq!(
        r.body,
        json!({"calling": {"status": "DISABLED", "call_icon_visibility": "DEFAULT", "callback_permission_status": "DISABLED", "sip": {"status": "DISABLED", "servers": []}}, "storage_configuration": {"status": "DEFAULT"}})
    );
    let calling = json!({"calling": {"status": "ENABLED", "call_icons": {"restrict_to_user_countries": ["US"]},
        "call_hours": {"status": "ENABLED", "timezone_id": "America/Manaus", "weekly_operating_hours": [{"day_of_week": "MONDAY", "open_time": "0400", "close_time": "1020"}],
                       "holiday_schedule": [{"date": "2026-01-01", "start_time": "0000", "end_time": "2359"}]},
        "sip": {"status": "ENABLED", "servers": [{"hostname": "sip.example.com", "port": 5061}]}, "srtp_key_exchange_protocol": "DTLS"}});
    assert_eq!(post(&base, &path, calling).await.body, json!({"success": true}));
    let r = post(&base, &path, json!({"user_identity_change": {"enable_identity_key_check": true}})).await;
    assert_eq!(r.body, json!({"success": true}));
    let r = get(&base, &format!("{path}?fields=calling,user_identity_change&include_sip_credentials=true")).await;
    let c = &r.body["calling"];
    assert_eq!((c["status"].as_str(), c["call_icon_visibility"].as_str()), (Some("ENABLED"), Some("DEFAULT")));
    assert_eq!(c["call_hours"]["timezone_id"], "America/Manaus");
    assert_eq!(c["sip"]["servers"][0]["hostname"], "sip.example.com");
    assert!(c["sip"]["servers"][0]["sip_user_password"].is_string());
    assert_eq!(r.body["user_identity_change"], json!({"enable_identity_key_check": true}));
    assert!(r.body.get("storage_configuration").is_none());
    get(&base, &format!("{path}?fields=bogus")).await.graph_error(400, 100);

    // Local storage only changes on an unregistered number.
    let storage =
        json!({"storage_configuration": {"status": "IN_COUNTRY_STORAGE_ENABLED", "data_localization_region": "DE"}});
    let r = post(&base, &path, storage.clone()).await;
    assert!(r.graph_error(400, 100)["message"].as_str().unwrap().contains("not registered"));
    let pending = "/v24.0/1100000000000004/settings";
    assert_eq!(post(&base, pending, storage).await.body, json!({"success": true}));
    let r = get(&base, &format!("{pending}?fields=storage_configuration")).await;
    assert_eq!(
        r.body,
        json!({"storage_configuration": {"status": "IN_COUNTRY_STORAGE_ENABLED", "data_localization_region": "DE"}})
    );

    for (bad, needle) in [
        (json!({}), "required"),
        (json!({"colour": {}}), "colour"),
        (json!({"calling": "nope"}), "calling"),
        (json!({"calling": {"status": "on"}}), "status"),
        (json!({"calling": {"ringtone": "x"}}), "ringtone"),
        (json!({"calling": {"call_icon_visibility": "visible"}}), "call_icon_visibility"),
        (json!({"calling": {"call_hours": {"status": "ENABLED"}}}), "timezone_id"),
        (
            json!({"calling": {"call_hours": {"status": "DISABLED", "weekly_operating_hours": [{"day_of_week": "FUNDAY", "open_time": "0900", "close_time": "1700"}]}}}),
            "weekly_operating_hours",
        ),
        (json!({"calling": {"sip": {"status": "ENABLED", "servers": [{"port": 1}]}}}), "servers"),
        (
            json!({"storage_configuration": {"status": "IN_COUNTRY_STORAGE_ENABLED", "data_localization_region": "XX"}}),
            "data_localization_region",
        ),
        (json!({"user_identity_change": {"enable_identity_key_check": "yes"}}), "enable_identity_key_check"),
        (json!({"payload_encryption": {"status": "enabled"}}), "payload_encryption"),
    ] {
        let r = post(&base, pending, bad.clone()).await;
        let msg = r.graph_error(400, 100)["message"].as_str().unwrap().to_owned();
        assert!(msg.contains(needle), "{bad}: {msg}");
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn subscribed_apps_get_post_delete() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    // The override is stored once the receiver answers Meta's verification request.
    let rx = super::receiver::Receiver::start(0, true).await;
    let hook = rx.url.as_str();
    let c = super::client();
    let path = format!("/v24.0/{WABA}/subscribed_apps");
    let app = json!({"link": "https://www.facebook.com/games/?app_id=1400000000000001", "name": "Sandbox App", "id": "1400000000000001"});
    let r = get(&base, &path).await;
    assert_eq!(r.body, json!({"data": [{"whatsapp_business_api_data": app}]}));

    let body = json!({"override_callback_uri": hook, "verify_token": super::receiver::VERIFY_TOKEN});
    assert_eq!(post(&base, &path, body).await.body, json!({"success": true}));
    let r = get(&base, &path).await;
    assert_eq!(r.body, json!({"data": [{"whatsapp_business_api_data": app, "override_callback_uri": hook}]}));
    assert!(!r.body.to_string().contains(super::receiver::VERIFY_TOKEN));
    let r = get(&base, &format!("/v24.0/{PN1}?fields=webhook_configuration")).await;
    assert_eq!(r.body["webhook_configuration"], json!({"whatsapp_business_account": hook}));
    let r = get(&base, &format!("{path}?fields=override_callback_uri")).await;
    assert_eq!(r.body, json!({"data": [{"override_callback_uri": hook}]}));

    // A bare POST (pywa's "delete alternate callback") keeps the subscription without the override.
    let r = send(c.post(format!("{base}{path}")).bearer_auth(TOKEN)).await;
    assert_eq!(r.body, json!({"success": true}));
    assert_eq!(get(&base, &path).await.body, json!({"data": [{"whatsapp_business_api_data": app}]}));

    for bad in [
        json!({"override_callback_uri": "https://hooks.example/wa"}),
        json!({"verify_token": "x"}),
        json!({"override_callback_uri": "http://hooks.example/wa", "verify_token": "x"}),
        json!({"override_callback_uri": "not a url", "verify_token": "x"}),
    ] {
        post(&base, &path, bad).await.graph_error(400, 100);
    }
    // Nothing listens there, so the verification request fails (2200) and nothing is stored.
    let r = post(&base, &path, json!({"override_callback_uri": "http://127.0.0.1:9/hook", "verify_token": "x"})).await;
    let message = r.graph_error(400, 2200)["message"].as_str().unwrap().to_owned();
    assert!(message.contains("http://127.0.0.1:9/hook") && !message.contains("verify_token=x"), "{message}");
    assert_eq!(get(&base, &path).await.body, json!({"data": [{"whatsapp_business_api_data": app}]}));

    let r = send(c.delete(format!("{base}{path}")).bearer_auth(TOKEN)).await;
    assert_eq!(r.body, json!({"success": true}));
    assert_eq!(get(&base, &path).await.body, json!({"data": []}));
    let r = get(&base, &format!("/v24.0/{WABA}?fields=subscribed_apps")).await;
    assert_eq!(r.body["subscribed_apps"], json!({"data": []}));
    // Phone-number override through POST /{phone-number-id}.
    let r = post(
        &base,
        &format!("/v24.0/{PN1}"),
        json!({"webhook_configuration": {"override_callback_uri": "https://pn.example/h", "verify_token": "t"}}),
    )
    .await;
    assert_eq!(r.body, json!({"success": true}));
    let r = get(&base, &format!("/v24.0/{PN1}?fields=webhook_configuration")).await;
    assert_eq!(r.body["webhook_configuration"], json!({"phone_number": "https://pn.example/h"}));
    let r =
        post(&base, &format!("/v24.0/{PN1}"), json!({"webhook_configuration": {"override_callback_uri": ""}})).await;
    assert_eq!(r.body, json!({"success": true}));
    assert_eq!(
        get(&base, &format!("/v24.0/{PN1}?fields=webhook_configuration")).await.body["webhook_configuration"],
        json!({})
    );
    sb.shutdown().await;
}
