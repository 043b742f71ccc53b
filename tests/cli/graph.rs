//! Odd server behaviour, with wiremock standing in for Meta.

use std::time::{Duration, Instant};

use serde_json::json;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const WABA: &str = "1200000000000001";
const LIST: &str = "/v25.0/1200000000000001/phone_numbers";

fn env_for(server: &MockServer) -> TestEnv {
    TestEnv::new()
        .env("WABA_BASE_URL", &server.uri())
        .env("WABA_TOKEN", "EAAGtesttoken0000000000000000")
        .env("WABA_ACCOUNT_ID", WABA)
}

fn number(id: &str) -> serde_json::Value {
    json!({"id": id, "display_phone_number": "+1 555-010-0001", "verified_name": "Test",
           "quality_rating": "GREEN", "status": "CONNECTED", "whatsapp_business_manager_messaging_limit": "TIER_2K",
           "throughput": {"level": "STANDARD"}})
}

fn page(ids: &[&str], after: Option<&str>, server: &MockServer) -> serde_json::Value {
    let data: Vec<_> = ids.iter().map(|id| number(id)).collect();
    match after {
        Some(cursor) => json!({"data": data, "paging": {"cursors": {"before": "b", "after": cursor},
            "next": format!("{}{LIST}?after={cursor}", server.uri())}}),
        None => json!({"data": data, "paging": {"cursors": {"before": "b", "after": "end"}}}),
    }
}

fn graph_error(code: i64, message: &str) -> serde_json::Value {
    json!({"error": {"message": message, "type": "OAuthException", "code": code, "fbtrace_id": "AbCdEfTrace"}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_then_success_honours_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "2")
                .set_body_json(graph_error(4, "(#4) Application request limit reached")),
        )
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1"], None, &server)))
        .expect(1)
        .mount(&server)
        .await;
    let started = Instant::now();
    let run = env_for(&server).run_async(&["numbers", "list", "-o", "json"]).await;
    run.expect_code(0);
    // Backoff alone waits at most about a second here; two seconds prove Retry-After was used.
    assert!(started.elapsed() >= Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(run.json().as_array().map(Vec::len), Some(1));
    assert!(run.stderr.contains("retrying"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_stop_at_the_bound() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "0")
                .set_body_json(graph_error(2, "Service temporarily unavailable")),
        )
        .expect(4)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(7);
    assert!(run.stderr.contains("Service temporarily unavailable"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_beyond_the_time_bound_stops_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("Retry-After", "3600")
                .set_body_json(graph_error(80007, "(#80007) Rate limit issues")),
        )
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(6);
    assert!(run.stderr.contains("3600 s"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(400).set_body_json(graph_error(100, "(#100) Invalid parameter")))
        .expect(1)
        .mount(&server)
        .await;
    env_for(&server).run_async(&["numbers", "list"]).await.expect_code(1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_pages_with_all() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param_is_missing("after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1", "2"], Some("c1"), &server)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param("after", "c1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["3", "4"], Some("c2"), &server)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param("after", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["5"], None, &server)))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "--all", "-o", "json"]).await;
    run.expect_code(0);
    let ids: Vec<_> = run.json().as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn limit_stops_early_and_says_more_exist() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1", "2"], Some("c1"), &server)))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "--limit", "2", "-o", "csv"]).await;
    run.expect_code(0);
    assert_eq!(run.stdout.lines().count(), 3, "{}", run.all());
    assert!(run.stderr.contains("--all"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_cursor_stops_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(&["1"], Some("same"), &server)))
        .expect(2)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "--all"]).await;
    run.expect_code(7);
    assert!(run.stderr.contains("repeated the paging cursor 'same'"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_token_exits_4_with_a_hint() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(header("authorization", "Bearer EAAGtesttoken0000000000000000"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(graph_error(190, "Invalid OAuth access token - Cannot parse access token")),
        )
        .expect(2)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(4);
    assert!(run.stderr.contains("Graph API error 190"), "{}", run.all());
    assert!(run.stderr.contains("hint:") && run.stderr.contains("WABA_TOKEN"), "{}", run.all());

    let run = env_for(&server).run_async(&["numbers", "list", "-o", "json"]).await;
    run.expect_code(4);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).expect("one JSON object on stderr");
    assert_eq!(err["error"]["kind"], "auth");
    assert_eq!(err["error"]["code"], 190);
    assert_eq!(err["error"]["fbtrace_id"], "AbCdEfTrace");
    assert!(err["error"]["hint"].as_str().unwrap().contains("WABA_TOKEN"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn meta_error_fields_are_kept() {
    let server = MockServer::start().await;
    let body = json!({"error": {"message": "(#131031) Account has been locked", "type": "OAuthException", "code": 131031,
        "error_subcode": 2494010, "error_user_title": "Locked", "error_user_msg": "Contact support to unlock.",
        "error_data": "raw string data", "fbtrace_id": "Trace131031"}});
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(403).set_body_json(body))
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "-o", "json"]).await;
    run.expect_code(1);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert_eq!(err["error"]["subcode"], 2494010);
    assert_eq!(err["error"]["fbtrace_id"], "Trace131031");
    assert!(err["error"]["hint"].as_str().unwrap().starts_with("Contact support to unlock."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_body_names_the_json_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [number("1"), {"id": "2", "throughput": {"level": 5}}]})),
        )
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(7);
    assert!(run.stderr.contains("data[1].throughput.level"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_html_error_page_is_reported_not_parsed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(404).set_body_string("<html><body>Not here</body></html>"))
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(5);
    assert!(run.stderr.contains("without a Graph error body"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deprecation_header_becomes_one_warning() {
    let server = MockServer::start().await;
    let warning = "The call has been auto-upgraded to v25.0 as v19.0 has been deprecated";
    Mock::given(method("GET"))
        .and(path("/v19.0/1200000000000001/phone_numbers"))
        .and(query_param_is_missing("after"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Ad-Api-Version-Warning", warning)
                .insert_header("facebook-api-version", "v25.0")
                .set_body_json(
                    json!({"data": [number("1")], "paging": {"cursors": {"after": "c1"}, "next": "x?after=c1"}}),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v19.0/1200000000000001/phone_numbers"))
        .and(query_param("after", "c1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Ad-Api-Version-Warning", warning)
                .insert_header("facebook-api-version", "v25.0")
                .set_body_json(json!({"data": [number("2")]})),
        )
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "--all", "--api-version", "v19.0", "-o", "json"]).await;
    run.expect_code(0);
    assert_eq!(run.stderr.matches("warning:").count(), 1, "{}", run.all());
    assert!(run.stderr.contains(warning), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_limit_field_follows_the_version() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v23.0/1200000000000001/phone_numbers"))
        .and(query_param("fields", "id,display_phone_number,verified_name,quality_rating,status,name_status,new_name_status,code_verification_status,throughput,account_mode,platform_type,is_official_business_account,last_onboarded_time,health_status,messaging_limit_tier"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "1", "messaging_limit_tier": "TIER_1K"}]})))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list", "--api-version", "v23.0", "-o", "csv"]).await;
    run.expect_code(0);
    assert_eq!(run.stdout, "id,messaging_limit_tier\n1,TIER_1K\n", "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn usage_header_is_logged_at_verbose() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header(
                    "x-business-use-case-usage",
                    r#"{"1200000000000001":[{"type":"whatsapp_business_management","call_count":7}]}"#,
                )
                .set_body_json(page(&["1"], None, &server)),
        )
        .mount(&server)
        .await;
    let quiet = env_for(&server).run_async(&["numbers", "list"]).await;
    assert!(!quiet.stderr.contains("call_count"), "{}", quiet.all());
    let verbose = env_for(&server).run_async(&["numbers", "list", "-v"]).await;
    assert!(
        verbose.stderr.contains("x-business-use-case-usage") && verbose.stderr.contains("\"call_count\":7"),
        "{}",
        verbose.all()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_not_followed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "https://elsewhere.invalid/steal"))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["numbers", "list"]).await;
    run.expect_code(1);
    assert!(run.stderr.contains("HTTP 302"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_exits_130() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("Retry-After", "25")
                .set_body_json(graph_error(4, "(#4) Application request limit reached")),
        )
        .mount(&server)
        .await;
    let env = env_for(&server);
    let mut cmd = env.std_command(&["numbers", "list"]);
    let child = cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    // Wait until the request was made (the client is then sleeping on Retry-After).
    for _ in 0..200 {
        if !server.received_requests().await.unwrap_or_default().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let status = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}
