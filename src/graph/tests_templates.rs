//! Wire tests of the template and upload calls against a mock Graph API.

use std::time::Duration;

use secrecy::SecretString;
use serde_json::json;
use wiremock::matchers::{body_bytes, body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::models::{TemplateCategory, TemplateStatus};
use super::{ClientConfig, ErrorClass, GraphClient, GraphError, PageRequest, RetryPolicy, TemplateFilter};

const TOKEN: &str = "EAAtesttoken";

fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        min_delay: Duration::from_millis(150),
        max_delay: Duration::from_millis(300),
        max_total: Duration::from_secs(5),
    }
}

fn client(base: &str) -> GraphClient {
    let mut config = ClientConfig::new(base, "v25.0", SecretString::from(TOKEN));
    config.retry = fast_retry();
    GraphClient::new(config).unwrap()
}

fn template_json(id: &str, name: &str, status: &str) -> serde_json::Value {
    json!({
        "name": name,
        "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Our {{1}} is on!", "example": {"header_text": ["Summer Sale"]}},
            {"type": "BODY", "text": "Shop now through {{1}}.", "example": {"body_text": [["the end of August"]]}},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Unsubscribe"}]}
        ],
        "language": "en_US",
        "status": status,
        "category": "MARKETING",
        "id": id
    })
}

#[tokio::test]
async fn list_sends_fields_filters_and_limit_and_pages_with_all() {
    let server = MockServer::start().await;
    let next = format!("{}/v25.0/123/message_templates?after=c1", server.uri());
    Mock::given(method("GET"))
        .and(path("/v25.0/123/message_templates"))
        .and(query_param("fields", super::TEMPLATE_FIELDS.join(",")))
        .and(query_param("status", "APPROVED"))
        .and(query_param("category", "MARKETING"))
        .and(query_param("language", "en_US"))
        .and(query_param("limit", "100"))
        .and(query_param_is_missing("name"))
        .and(query_param_is_missing("after"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [template_json("1", "a", "APPROVED"), template_json("2", "b", "APPROVED")],
            "paging": {"cursors": {"before": "c0", "after": "c1"}, "next": next}
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v25.0/123/message_templates"))
        .and(query_param("after", "c1"))
        .and(query_param("status", "APPROVED"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [template_json("3", "c", "APPROVED")],
            "paging": {"cursors": {"before": "c1", "after": "c2"}}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let filter = TemplateFilter {
        status: Some(TemplateStatus::Approved),
        category: Some(TemplateCategory::Marketing),
        language: Some("en_US".into()),
        name: None,
    };
    let listing = client(&server.uri()).templates("123", &filter, PageRequest::All).await.unwrap();
    let names: Vec<_> = listing.items.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert!(!listing.more);
}

#[tokio::test]
async fn list_with_a_limit_asks_for_that_page_size_and_filters_by_name() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/123/message_templates"))
        .and(query_param("limit", "1"))
        .and(query_param("name", "order_update"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [template_json("1", "order_update", "PENDING")],
            "paging": {"cursors": {"after": "c1"}, "next": "https://graph.facebook.com/next"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let filter = TemplateFilter { name: Some("order_update".into()), ..TemplateFilter::default() };
    let listing = client(&server.uri()).templates("123", &filter, PageRequest::Limit(1)).await.unwrap();
    assert_eq!(listing.items.len(), 1);
    assert!(listing.more);
}

#[tokio::test]
async fn decodes_a_realistic_list_with_drift() {
    let server = MockServer::start().await;
    let body = json!({
        "data": [
            {
                "name": "welcome_template3",
                "parameter_format": "POSITIONAL",
                "components": [{"type": "BODY", "text": "Hello {{1}}", "example": {"body_text": [["Mr. José"]]}}],
                "language": "en_US",
                "status": "REJECTED",
                "category": "UTILITY",
                "previous_category": "TRANSACTIONAL",
                "rejected_reason": "INVALID_FORMAT",
                "quality_score": {"score": "UNKNOWN", "date": 1_700_000_000},
                "sub_category": "ORDER_STATUS",
                "some_future_field": {"nested": [1, 2]},
                "id": 1214624639427985u64
            },
            {
                "name": "otp",
                "components": [{"type": "BODY", "add_security_recommendation": true}],
                "language": "pt_BR",
                "status": "UNDER_SECONDARY_REVIEW",
                "category": "AUTHENTICATION_INTERNATIONAL",
                "message_send_ttl_seconds": 600,
                "id": "1145489599421404"
            }
        ],
        "paging": {"cursors": {"before": "QVFI", "after": "QVFJ"}},
        "summary": {"total_count": 2}
    });
    Mock::given(method("GET"))
        .and(path("/v25.0/9/message_templates"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let listing =
        client(&server.uri()).templates("9", &TemplateFilter::default(), PageRequest::Limit(25)).await.unwrap();
    let [first, second] = listing.items.as_slice() else { panic!("two templates expected") };
    assert_eq!(first.id.as_str(), "1214624639427985");
    assert_eq!(first.status, TemplateStatus::Rejected);
    assert_eq!(first.previous_category, Some(TemplateCategory::Other("TRANSACTIONAL".into())));
    assert_eq!(first.rejected_reason.as_deref(), Some("INVALID_FORMAT"));
    assert_eq!(first.quality_score.as_ref().map(|q| q.score.as_str()), Some("UNKNOWN"));
    assert_eq!(first.extra.get("some_future_field"), Some(&json!({"nested": [1, 2]})));
    assert_eq!(first.components[0]["example"]["body_text"][0][0], "Mr. José");
    assert_eq!(second.status, TemplateStatus::Other("UNDER_SECONDARY_REVIEW".into()));
    assert_eq!(second.category.as_str(), "AUTHENTICATION_INTERNATIONAL");
    assert_eq!(second.message_send_ttl_seconds, Some(600));
    assert!(!listing.more);
}

#[tokio::test]
async fn one_template_by_id() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/777"))
        .and(query_param("fields", super::TEMPLATE_FIELDS.join(",")))
        .respond_with(ResponseTemplate::new(200).set_body_json(template_json("777", "x", "PAUSED")))
        .expect(1)
        .mount(&server)
        .await;
    let t = client(&server.uri()).template("777").await.unwrap();
    assert_eq!(t.status, TemplateStatus::Paused);
}

#[tokio::test]
async fn create_sends_the_body_with_bearer_auth() {
    let server = MockServer::start().await;
    let body = json!({"name": "seasonal_promotion", "language": "en", "category": "MARKETING",
                      "components": [{"type": "BODY", "text": "Hi"}]});
    Mock::given(method("POST"))
        .and(path("/v25.0/123/message_templates"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("content-type", "application/json"))
        .and(body_json(&body))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "594425479261596", "status": "PENDING", "category": "MARKETING"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let created = client(&server.uri()).create_template("123", &body).await.unwrap();
    assert_eq!(created.id.as_str(), "594425479261596");
    assert_eq!(created.status, Some(TemplateStatus::Pending));
    assert_eq!(created.category, Some(TemplateCategory::Marketing));
}

#[tokio::test]
async fn create_is_not_retried_on_a_server_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v25.0/123/message_templates"))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({
            "error": {"message": "An unknown error has occurred.", "type": "OAuthException", "code": 1,
                      "is_transient": true, "fbtrace_id": "Abc"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri()).create_template("123", &json!({"name": "x"})).await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Transient, "a retryable class, yet not retried: {err}");
    let api = err.api().unwrap();
    assert_eq!(api.body.code, 1);
    assert_eq!(api.request, "POST /v25.0/123/message_templates");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn create_is_not_retried_on_a_rate_limit() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "0")
                .set_body_json(json!({"error": {"message": "limit", "code": 80008}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri()).create_template("123", &json!({})).await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::RateLimited);
}

#[tokio::test]
async fn a_write_is_resent_only_when_the_connection_was_refused() {
    // Take a free port, release it, and start the mock server on it only after the
    // first attempt has been refused.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let base = format!("http://{addr}");
    let (done, finished) = tokio::sync::oneshot::channel::<()>();
    let late = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(60)).await;
        let listener = std::net::TcpListener::bind(addr).unwrap();
        let server = MockServer::builder().listener(listener).start().await;
        Mock::given(method("POST"))
            .and(path("/v25.0/777"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
            .mount(&server)
            .await;
        let _ = finished.await;
        server
    });
    let edited = client(&base).edit_template("777", &json!({"components": []})).await.unwrap();
    assert!(edited);
    done.send(()).unwrap();
    let server = late.await.unwrap();
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn edit_posts_to_the_template() {
    let server = MockServer::start().await;
    let body = json!({"category": "UTILITY", "components": [{"type": "BODY", "text": "New"}]});
    Mock::given(method("POST"))
        .and(path("/v25.0/777"))
        .and(body_json(&body))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(client(&server.uri()).edit_template("777", &body).await.unwrap());
}

#[tokio::test]
async fn delete_by_name() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v25.0/123/message_templates"))
        .and(query_param("name", "order_confirmation"))
        .and(query_param_is_missing("hsm_id"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    assert!(client(&server.uri()).delete_template("123", "order_confirmation", None).await.unwrap());
}

#[tokio::test]
async fn delete_by_hsm_id_still_names_the_template() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v25.0/123/message_templates"))
        .and(query_param("name", "order_confirmation"))
        .and(query_param("hsm_id", "1407680676729941"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    let deleted =
        client(&server.uri()).delete_template("123", "order_confirmation", Some("1407680676729941")).await.unwrap();
    assert!(deleted);
}

#[tokio::test]
async fn delete_errors_keep_metas_envelope_and_are_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "error": {"message": "Invalid parameter", "code": 100, "error_subcode": 2593002,
                      "error_user_msg": "Template is disabled and cannot be deleted"}
        })))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri()).delete_template("123", "x", None).await.unwrap_err();
    let GraphError::Api(api) = &err else { panic!("{err}") };
    assert_eq!(api.body.error_subcode, Some(2593002));
    assert_eq!(api.meta_hint().as_deref(), Some("Template is disabled and cannot be deleted"));
}

#[tokio::test]
async fn upload_starts_a_session_then_sends_the_bytes_with_oauth() {
    let server = MockServer::start().await;
    let bytes = b"\x89PNG fake image bytes".to_vec();
    Mock::given(method("POST"))
        .and(path("/v25.0/634974688087057/uploads"))
        .and(query_param("file_name", "offer.png"))
        .and(query_param("file_length", bytes.len().to_string()))
        .and(query_param("file_type", "image/png"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "upload:MTphdHRhY2h?sig=ARZ-q_1"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v25.0/upload:MTphdHRhY2h"))
        .and(query_param("sig", "ARZ-q_1"))
        .and(header("authorization", format!("OAuth {TOKEN}").as_str()))
        .and(header("file_offset", "0"))
        .and(header("content-type", "image/png"))
        .and(body_bytes(bytes.clone()))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"h": "4::aW1hZ2UvcG5n:ARb"})))
        .expect(1)
        .mount(&server)
        .await;
    let handle = client(&server.uri()).upload_file("634974688087057", "offer.png", "image/png", &bytes).await.unwrap();
    assert_eq!(handle, "4::aW1hZ2UvcG5n:ARb");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(requests[1].headers.get("authorization").is_some_and(|v| !v.as_bytes().starts_with(b"Bearer")));
}

#[tokio::test]
async fn upload_without_a_handle_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v25.0/1/uploads"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "upload:abc"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v25.0/upload:abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"file_offset": 0})))
        .expect(1)
        .mount(&server)
        .await;
    let err = client(&server.uri()).upload_file("1", "a.jpg", "image/jpeg", b"x").await.unwrap_err();
    assert!(matches!(err, GraphError::Decode { .. }), "{err}");
}
