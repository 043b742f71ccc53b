//! Field catalogues: every field of each table is accepted, the fields real
//! clients (pywa 4.x) request all work, unset ones are omitted, and
//! documented-but-unemulated ones are an error that says so.

use serde_json::{Value, json};

use super::{BUSINESS, PN1, WABA, get, sandbox};
use crate::sandbox::catalogue::{business, phone, template, waba};
use crate::sandbox::fields::Lookup;

/// The fields of a table a client can read (not `Unserved`), probed on the seed.
type Table<V> = [(&'static str, fn(&V) -> Lookup)];

fn servable<V>(table: &Table<V>, view: &V) -> Vec<String> {
    table.iter().filter(|(_, g)| !matches!(g(view), Lookup::Unserved)).map(|(n, _)| (*n).to_owned()).collect()
}

fn unserved<V>(table: &Table<V>, view: &V) -> Vec<String> {
    table.iter().filter(|(_, g)| matches!(g(view), Lookup::Unserved)).map(|(n, _)| (*n).to_owned()).collect()
}

async fn all_ok(base: &str, path: &str, names: &[String]) -> Value {
    let r = get(base, &format!("{path}?fields={}", names.join(","))).await;
    assert_eq!(r.status, 200, "{path}: {}", r.body);
    r.body
}

#[tokio::test]
async fn every_catalogued_field_is_accepted() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    let world = crate::sandbox::World::seed();
    let version = crate::sandbox::ApiVersion::new(24, 0);

    let w = waba::View { world: &world, waba: &world.wabas[0], version };
    all_ok(&base, &format!("/v24.0/{WABA}"), &servable(waba::FIELDS, &w)).await;
    for f in unserved(waba::FIELDS, &w) {
        let r = get(&base, &format!("/v24.0/{WABA}?fields={f}")).await;
        let msg = r.graph_error(400, 100)["message"].as_str().unwrap().to_owned();
        assert!(msg.contains("does not emulate") && msg.contains(&f), "{msg}");
    }
    let b = business::View { world: &world, version };
    all_ok(&base, &format!("/v24.0/{BUSINESS}"), &servable(business::FIELDS, &b)).await;
    for p in &world.phone_numbers {
        let v = phone::View { world: &world, p, version };
        all_ok(&base, &format!("/v24.0/{}", p.id), &servable(phone::FIELDS, &v)).await;
    }
    for t in &world.templates.templates {
        let v = template::View { t };
        all_ok(&base, &format!("/v24.0/{}", t.id), &servable(template::FIELDS, &v)).await;
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn the_fields_pywa_requests_work() {
    let sb = sandbox(None).await;
    let base = sb.base_url();
    // pywa 4.x WhatsAppBusinessAccount._api_fields()
    let r = get(&base, &format!("/v24.0/{WABA}?fields=id,name,timezone_id,message_template_namespace,status,business_verification_status,is_enabled_for_insights,marketing_messages_lite_api_status,marketing_messages_onboarding_status,on_behalf_of_business_info,ownership_type,health_status,currency,country,subscribed_apps,owner_business_info,account_review_status,disable_marketing_messages_on_cloud_api,primary_business_location")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let b = &r.body;
    assert_eq!(
        (b["status"].as_str(), b["marketing_messages_lite_api_status"].as_str()),
        (Some("ACTIVE"), Some("ELIGIBLE"))
    );
    assert_eq!(b["disable_marketing_messages_on_cloud_api"], false);
    assert_eq!(b["primary_business_location"], "US");
    assert_eq!(b["health_status"]["can_send_message"], "AVAILABLE");
    assert_eq!(
        b["subscribed_apps"],
        json!({"data": [{"whatsapp_business_api_data": {"link": "https://www.facebook.com/games/?app_id=1400000000000001", "name": "Sandbox App", "id": "1400000000000001"}}]})
    );
    // Sub-fields select inside the edge's items.
    let r = get(&base, &format!("/v24.0/{WABA}?fields=subscribed_apps%7Bwhatsapp_business_api_data%7Bid%7D%7D")).await;
    assert_eq!(
        r.body["subscribed_apps"],
        json!({"data": [{"whatsapp_business_api_data": {"id": "1400000000000001"}}]})
    );

    // pywa 4.x BusinessPhoneNumber._api_fields()
    let fields = "id,verified_name,display_phone_number,conversational_automation,status,quality_rating,quality_score,webhook_configuration,name_status,new_name_status,code_verification_status,account_mode,is_on_biz_app,is_official_business_account,is_pin_enabled,is_preverified_number,search_visibility,platform_type,throughput,eligibility_for_api_business_global_search,health_status,certificate,new_certificate,last_onboarded_time,country_code,country_dial_code,whatsapp_business_manager_messaging_limit";
    let r = get(&base, &format!("/v24.0/{PN1}?fields={fields}")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let p = &r.body;
    assert_eq!(p["conversational_automation"]["id"], PN1);
    assert_eq!(p["conversational_automation"]["prompts"][0], "Where is my order?");
    assert_eq!(p["quality_score"], json!({"score": "GREEN", "date": 1_741_944_600}));
    assert_eq!(p["webhook_configuration"], json!({}));
    assert_eq!(p["is_preverified_number"], false);
    assert_eq!(p["eligibility_for_api_business_global_search"], "ELIGIBLE");
    assert!(p["certificate"].as_str().is_some_and(|c| !c.is_empty()));
    assert!(p.get("new_certificate").is_none() && p.get("new_name_status").is_none());
    let r =
        get(&base, "/v24.0/1100000000000004?fields=certificate,unified_cert_status,conversational_automation").await;
    assert_eq!(
        r.body,
        json!({"unified_cert_status": "NAME_PENDING_REVIEW", "conversational_automation": {"enable_welcome_message": false, "id": "1100000000000004"}, "id": "1100000000000004"})
    );
    let r = get(&base, &format!("/v23.0/{PN1}?fields=unified_cert_status,username,host_platform")).await;
    assert_eq!(r.body, json!({"unified_cert_status": "APPROVED", "host_platform": "CLOUD_API", "id": PN1}));

    // pywa 4.x TemplateDetails._api_fields(), with the summary it asks for.
    let fields = "id,name,language,category,status,components,parameter_format,message_send_ttl_seconds,correct_category,previous_category,rejected_reason,library_template_name,quality_score,cta_url_link_tracking_opted_out,sub_category,degrees_of_freedom_spec";
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?fields={fields}&summary=total_count,message_template_count,message_template_limit,are_translations_complete&status=APPROVED")).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        r.body["summary"],
        json!({"total_count": 2, "message_template_count": 5, "message_template_limit": 6000, "are_translations_complete": false})
    );
    let first = &r.body["data"][0];
    assert!(first["quality_score"]["date"].is_i64() && first.get("degrees_of_freedom_spec").is_none());
    let r = get(&base, &format!("/v24.0/{WABA}/message_templates?summary=bogus")).await;
    assert!(r.graph_error(400, 100)["message"].as_str().unwrap().contains("(bogus)"));

    // Business.
    let r = get(
        &base,
        &format!(
            "/v24.0/{BUSINESS}?fields=id,name,link,vertical,whatsapp_business_manager_messaging_limit,primary_page"
        ),
    )
    .await;
    assert_eq!(r.body["whatsapp_business_manager_messaging_limit"], "TIER_10K");
    assert!(r.body.get("primary_page").is_none());
    let r = get(&base, &format!("/v23.0/{BUSINESS}?fields=whatsapp_business_manager_messaging_limit")).await;
    r.graph_error(400, 100);
    sb.shutdown().await;
}
