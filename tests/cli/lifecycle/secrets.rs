//! Codes and PINs are never taken on the command line and never printed or logged, not even
//! at -vvv (canaries), against the sandbox and against a Meta look-alike (wiremock).

use serde_json::json;
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::{NEW, add, code, env, on};
use crate::common::TestEnv;

const PIN: &str = "914273";
const NEW_PIN: &str = "582046";

fn assert_clean(run: &crate::common::Run, secrets: &[&str]) {
    for s in secrets {
        assert!(!run.stdout.contains(s) && !run.stderr.contains(s), "secret {s} leaked:\n{}", run.all());
    }
}

#[test]
fn secrets_given_as_arguments_are_refused_and_never_echoed() {
    let env = env();
    for args in [
        vec!["verify", "code", "123456"],
        vec!["numbers", "register", "123456"],
        vec!["verify", "pin", "set", "123456"],
    ] {
        let r = on(&env, "1100000000000002", &args, "");
        r.expect_code(2);
        assert!(r.stderr.contains("never taken on the command line"), "{}", r.all());
        assert!(r.stderr.contains("-stdin"), "{}", r.all());
        assert_clean(&r, &["123456"]);
    }
    let no_tty = on(&env, "1100000000000002", &["numbers", "register"], "");
    no_tty.expect_code(2);
    assert!(no_tty.stderr.contains("--pin-stdin"), "{}", no_tty.all());
    let letters = on(&env, "1100000000000002", &["numbers", "register", "--pin-stdin"], "12a4x6");
    letters.expect_code(2);
    assert!(letters.stderr.contains("6 digits"), "{}", letters.all());
    assert_clean(&letters, &["12a4x6"]);
    let short = on(&env, "1100000000000002", &["verify", "pin", "set", "--pin-stdin"], "12345");
    short.expect_code(2);
    assert_clean(&short, &["12345"]);
}

#[test]
fn canary_codes_and_pins_never_logged_at_vvv_on_the_sandbox() {
    let env = env();
    add(&env);
    on(&env, NEW, &["verify", "request-code"], "").expect_code(0);
    let c = code(&env, NEW);
    let runs = [
        on(&env, NEW, &["-vvv", "verify", "code", "--code-stdin"], &c),
        on(&env, NEW, &["-vvv", "numbers", "register", "--pin-stdin"], PIN),
        on(&env, NEW, &["-vvv", "verify", "pin", "set", "--pin-stdin", "-o", "json"], NEW_PIN),
        on(&env, NEW, &["-vvv", "numbers", "register", "--pin-stdin"], "000001"),
    ];
    for r in &runs[..3] {
        r.expect_code(0);
        assert!(r.stderr.contains("POST /v25.0/"), "-vvv logs the requests:\n{}", r.all());
        assert_clean(r, &[&c, PIN, NEW_PIN]);
    }
    runs[3].expect_code(1);
    assert_clean(&runs[3], &["000001", NEW_PIN]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn canary_the_same_code_path_against_meta_sends_them_only_in_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v25.0/77/register"))
        .and(body_partial_json(json!({"messaging_product": "whatsapp", "pin": PIN, "data_localization_region": "DE"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v25.0/77/verify_code"))
        .and(body_partial_json(json!({"code": "583920"})))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": {
            "message": "Verify code error", "type": "OAuthException", "code": 136025, "error_subcode": 2388093,
            "error_user_title": "Could not verify the code", "error_user_msg": "The code you entered is incorrect.",
            "fbtrace_id": "Atrace"}})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v25.0/77"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "77", "status": "CONNECTED", "display_phone_number": "+1 202-555-0142"})),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new()
        .env("WABA_BASE_URL", &server.uri())
        .env("WABA_TOKEN", "EAAGcanary")
        .env("WABA_PHONE_NUMBER_ID", "77");
    let reg =
        env.run_with_stdin(&["-vvv", "numbers", "register", "--pin-stdin", "--data-localization-region", "de"], PIN);
    reg.expect_code(0);
    assert!(reg.stderr.contains("<redacted>"), "the traced body shows the PIN redacted:\n{}", reg.all());
    assert_clean(&reg, &[PIN]);
    let wrong = env.run_with_stdin(&["-vvv", "verify", "code", "--code-stdin", "-o", "json"], "583920");
    wrong.expect_code(1);
    let e = super::json_error(&wrong);
    assert_eq!(e["error"]["code"], 136025, "{e:#}");
    assert!(e["error"]["hint"].as_str().unwrap().contains("request a new one"), "{e:#}");
    assert_clean(&wrong, &["583920"]);
}
