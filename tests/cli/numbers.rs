//! `waba numbers ...` against the in-process sandbox.

use crate::common::TestEnv;

#[test]
fn list_table() {
    let run = TestEnv::new().run(&["--sandbox", "numbers", "list"]);
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
}

#[test]
fn list_json_uses_meta_field_names() {
    let run = TestEnv::new().run(&["--sandbox", "numbers", "list", "-o", "json"]);
    run.expect_code(0);
    insta::assert_json_snapshot!(run.json());
}

#[test]
fn list_ndjson_and_csv() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "numbers", "list", "-o", "ndjson"]);
    run.expect_code(0);
    assert_eq!(run.stdout.lines().count(), 5);
    for line in run.stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["id"].is_string());
    }
    let run = env.run(&["--sandbox", "numbers", "list", "-o", "csv"]);
    run.expect_code(0);
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn limit_pages_and_says_more_exist() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "numbers", "list", "--limit", "3", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json().as_array().unwrap().len(), 3);
    assert!(run.stderr.contains("more exist"), "{}", run.all());
    let run = env.run(&["--sandbox", "numbers", "list", "--all", "-o", "json"]);
    assert_eq!(run.json().as_array().unwrap().len(), 5);
    assert!(run.stderr.is_empty(), "{}", run.all());
}

#[test]
fn messaging_limit_follows_the_api_version() {
    let env = TestEnv::new();
    let new = env.run(&["--sandbox", "numbers", "list", "-o", "json"]).json();
    for n in new.as_array().unwrap() {
        assert_eq!(n["whatsapp_business_manager_messaging_limit"], "TIER_10K", "portfolio limit: {n}");
        assert!(n.get("messaging_limit_tier").is_none());
    }
    let old = env.run(&["--sandbox", "--api-version", "v23.0", "numbers", "list", "-o", "json"]).json();
    let tiers: Vec<_> =
        old.as_array().unwrap().iter().map(|n| n["messaging_limit_tier"].as_str().unwrap().to_string()).collect();
    assert_eq!(tiers, ["TIER_10K", "TIER_1K", "TIER_250", "TIER_250", "TIER_250"]);
}

#[test]
fn show_by_id_and_by_e164() {
    let env = TestEnv::new();
    let by_id = env.run(&["--sandbox", "numbers", "show", "1100000000000003", "-o", "json"]);
    by_id.expect_code(0);
    let v = by_id.json();
    assert_eq!(v["quality_rating"], "RED");
    assert_eq!(v["status"], "FLAGGED");
    let by_e164 = env.run(&["--sandbox", "numbers", "show", "+447700900002", "-o", "json"]).json();
    assert_eq!(by_e164["id"], "1100000000000002");
    let default = env.run(&["--sandbox", "numbers", "show"]);
    default.expect_code(0);
    insta::assert_snapshot!(default.stdout);
}

#[test]
fn show_unknown_numbers_exit_5() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "numbers", "show", "+15550109999"]);
    run.expect_code(5);
    assert!(run.stderr.contains("no phone number +15550109999"), "{}", run.all());
    let run = env.run(&["--sandbox", "numbers", "show", "999", "-o", "json"]);
    run.expect_code(5);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert_eq!(err["error"]["code"], 100);
    assert_eq!(err["error"]["subcode"], 33);
    assert!(err["error"]["fbtrace_id"].is_string());
}

#[test]
fn health_fails_on_red_and_flagged() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "numbers", "health"]);
    run.expect_code(8);
    insta::assert_snapshot!(run.all());
}

#[test]
fn health_json_and_thresholds() {
    let env = TestEnv::new();
    let run = env.run(&["--sandbox", "numbers", "health", "-o", "json"]);
    run.expect_code(8);
    let v = run.json();
    assert_eq!(v["ok"], false);
    assert_eq!(v["waba"]["account_review_status"], "APPROVED");
    assert_eq!(v["waba"]["verdict"]["level"], "ok");
    let levels: Vec<_> = v["phone_numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["verdict"]["level"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(levels, ["ok", "warn", "fail", "warn", "ok"]);
    let strict = env.run(&["--sandbox", "numbers", "health", "--fail-quality", "yellow", "-o", "json"]);
    strict.expect_code(8);
    assert_eq!(strict.json()["phone_numbers"][1]["verdict"]["level"], "fail");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_passes_when_everything_is_healthy() {
    use serde_json::json;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/42"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "42", "name": "Healthy",
            "account_review_status": "APPROVED", "business_verification_status": "VERIFIED"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v25.0/42/phone_numbers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "7",
            "quality_rating": "GREEN", "status": "CONNECTED", "whatsapp_business_manager_messaging_limit": "TIER_100K",
            "throughput": {"level": "HIGH"}}]})))
        .mount(&server)
        .await;
    let env = TestEnv::new().env("WABA_BASE_URL", &server.uri()).env("WABA_TOKEN", "t").env("WABA_ACCOUNT_ID", "42");
    let run = env.run_async(&["numbers", "health", "--fail-quality", "yellow", "-o", "json"]).await;
    run.expect_code(0);
    assert_eq!(run.json()["ok"], true);
    assert_eq!(run.json()["business"]["verification_status"], "VERIFIED");
    assert_eq!(run.json()["summary"]["fail"], 0);
    // A passing check under -q prints nothing at all, even with --fail-on warn.
    let quiet = env.run_async(&["numbers", "health", "-q", "--fail-on", "warn"]).await;
    quiet.expect_code(0);
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), ("", ""), "{}", quiet.all());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let env = TestEnv::new();
    let plain = env.run(&["--sandbox", "numbers", "list"]);
    assert!(!plain.stdout.contains('\u{1b}'), "piped output has no colour");
    let forced = env.run(&["--sandbox", "numbers", "list", "--color", "always"]);
    assert!(forced.stdout.contains("\u{1b}["), "{}", forced.all());
}

#[test]
fn show_accepts_the_display_forms() {
    let env = TestEnv::new();
    for (given, id) in [
        ("+91 98765 00003", "1100000000000003"),
        ("0091-98765-00003", "1100000000000003"),
        ("+1 (555) 010.0001", "1100000000000001"),
        ("+55 11 90000-0004", "1100000000000004"),
        ("07700 900002", "1100000000000002"),
        ("(555) 010-0001", "1100000000000001"),
    ] {
        let run = env.run(&["--sandbox", "numbers", "show", given, "-o", "json"]);
        run.expect_code(0);
        assert_eq!(run.json()["id"], id, "{given}");
    }
    let run = env.run(&["--sandbox", "numbers", "show", "+1 555-010-9999"]);
    run.expect_code(5);
    assert!(run.stderr.contains("known numbers: +1 555-010-0001 (1100000000000001), +44 7700 900002"), "{}", run.all());
    let run = env.run(&["--sandbox", "numbers", "show", "+1 555+0100"]);
    run.expect_code(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn show_refuses_an_ambiguous_number_with_exit_5() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let numbers = serde_json::json!({"data": [
        {"id": "1", "display_phone_number": "+1 555-010-0001"},
        {"id": "2", "display_phone_number": "+52 1 555 010 0001"}
    ]});
    Mock::given(method("GET"))
        .and(path("/v25.0/1200000000000001/phone_numbers"))
        .respond_with(ResponseTemplate::new(200).set_body_json(numbers))
        .mount(&server)
        .await;
    let env = TestEnv::new()
        .env("WABA_BASE_URL", &server.uri())
        .env("WABA_TOKEN", "EAAGtesttoken0000000000000000")
        .env("WABA_ACCOUNT_ID", "1200000000000001");
    let run = env.run_async(&["numbers", "show", "(555) 010-0001", "-o", "json"]).await;
    run.expect_code(5);
    let err: serde_json::Value = serde_json::from_str(run.stderr.trim()).unwrap();
    assert!(err["error"]["message"].as_str().unwrap().contains("2 phone numbers"), "{err}");
    let hint = err["error"]["hint"].as_str().unwrap();
    assert!(hint.contains("+1 555-010-0001 (1)") && hint.contains("+52 1 555 010 0001 (2)"), "{hint}");
    let run = env.run_async(&["numbers", "show", "+52 1 555 010 0001", "-o", "json"]).await;
    run.expect_code(0);
    assert_eq!(run.json()["id"], "2");
}

#[test]
fn display_name_lint_passes_a_well_formed_name_offline() {
    // No token, no sandbox: the rules are offline.
    let run = TestEnv::new().run(&["numbers", "display-name", "lint", "Acme Shoes"]);
    run.expect_code(0);
    assert!(run.stdout.contains("passes"), "{}", run.all());
}

#[test]
fn display_name_lint_names_each_broken_rule_and_exits_8() {
    let env = TestEnv::new();
    let run = env.run(&["numbers", "display-name", "lint", "ACME SHOES!! 👟"]);
    run.expect_code(8);
    insta::assert_snapshot!(run.all());
    let run = env.run(&["numbers", "display-name", "lint", "www.acme™.com", "-o", "json"]);
    run.expect_code(8);
    let rules: Vec<String> =
        run.json()["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap().to_string()).collect();
    assert_eq!(rules, ["dn-symbol", "dn-url"]);
    let run = env.run(&["numbers", "display-name", "lint", "Ab", "-o", "csv"]);
    run.expect_code(8);
    assert!(run.stdout.starts_with("rule,severity,message,fix,source\ndn-length,error,"), "{}", run.stdout);
}

#[test]
fn display_name_set_checks_first_then_submits_for_review() {
    let env = TestEnv::new();
    let status = |env: &TestEnv| {
        let run = env.run(&["--sandbox", "numbers", "display-name", "status", "-o", "json"]);
        run.expect_code(0);
        run.json()
    };
    let before = status(&env);
    assert_eq!(before["name_status"], "APPROVED");
    assert!(before["name_status_meaning"].as_str().unwrap().contains("approved"));
    assert!(before.get("new_display_name").is_none(), "{before}");

    // A name that breaks a rule is refused before anything leaves.
    let run = env.run(&["--sandbox", "numbers", "display-name", "set", "Acme Shoes!"]);
    run.expect_code(2);
    assert!(run.stderr.contains("dn-punctuation") && run.stderr.contains("--no-lint"), "{}", run.all());
    assert!(status(&env).get("new_display_name").is_none());

    let run = env.run(&["--sandbox", "numbers", "display-name", "set", "Acme Shoes", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["success"], true);
    let after = status(&env);
    assert_eq!(after["new_display_name"], "Acme Shoes");
    assert_eq!(after["new_name_status"], "PENDING_REVIEW");
    assert!(after["new_name_status_meaning"].as_str().unwrap().contains("phone_number_name_update"));

    // --no-lint submits a name as the business brands it.
    let run = env.run(&["--sandbox", "numbers", "display-name", "set", "ACME SHOES", "--no-lint"]);
    run.expect_code(0);
    assert_eq!(status(&env)["new_display_name"], "ACME SHOES");
}

#[test]
fn business_profile_set_checks_before_sending_and_show_reads_it_back() {
    let env = TestEnv::new();
    let show = |env: &TestEnv| {
        let run = env.run(&["--sandbox", "numbers", "profile", "show", "-o", "json"]);
        run.expect_code(0);
        run.json()
    };
    let before = show(&env);
    for (args, fix) in [
        (&["--about", ""][..], "--about has 0 characters"),
        (&["--about", &"x".repeat(140)][..], "Meta accepts 1 to 139"),
        (&["--email", "not-an-address"][..], "not an email address"),
        (&["--website", "acme.example"][..], "not an http:// or https:// URL"),
        (
            &["--website", "https://a.example", "--website", "https://b.example", "--website", "https://c.example"][..],
            "at most 2",
        ),
        (&["--vertical", "SHOES"][..], "RETAIL"),
        (&[][..], "nothing to change"),
    ] {
        let mut full = vec!["--sandbox", "numbers", "profile", "set"];
        full.extend_from_slice(args);
        let run = env.run(&full);
        run.expect_code(2);
        assert!(run.stderr.contains(fix), "{args:?}: {}", run.all());
    }
    assert_eq!(show(&env), before, "a refused change sent nothing");

    let run = env.run(&[
        "--sandbox",
        "numbers",
        "profile",
        "set",
        "--about",
        "Shoes for every day",
        "--vertical",
        "restaurant",
        "--website",
        "https://acme.example",
        "--email",
        "",
        "-o",
        "json",
    ]);
    run.expect_code(0);
    assert_eq!(run.json()["updated"], serde_json::json!(["about", "email", "websites", "vertical"]));
    let after = show(&env);
    assert_eq!(after["about"], "Shoes for every day");
    assert_eq!(after["vertical"], "RESTAURANT");
    assert_eq!(after["websites"], serde_json::json!(["https://acme.example"]));
    assert!(after.get("email").is_none(), "{after}");
    assert_eq!(after["address"], before["address"], "fields not given stay");
}

#[tokio::test(flavor = "multi_thread")]
async fn business_profile_show_reads_the_specs_wrapped_shape_too() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/1100000000000009/whatsapp_business_profile"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"data": [{"business_profile": {
            "about": "Succulents", "websites": ["https://shrub.example/"], "vertical": "RETAIL",
            "messaging_product": "whatsapp"}}]})))
        .mount(&server)
        .await;
    let env = TestEnv::new()
        .env("WABA_BASE_URL", &server.uri())
        .env("WABA_TOKEN", "EAAGtesttoken0000000000000000")
        .env("WABA_PHONE_NUMBER_ID", "1100000000000009");
    let run =
        tokio::task::spawn_blocking(move || env.run(&["numbers", "profile", "show", "-o", "json"])).await.unwrap();
    run.expect_code(0);
    assert_eq!(run.json()["about"], "Succulents");
    assert_eq!(run.json()["vertical"], "RETAIL");
}
