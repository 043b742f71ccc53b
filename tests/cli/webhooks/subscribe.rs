//! `waba webhooks subscribe | unsubscribe | status` against the sandbox's `/{waba-id}/subscribed_apps`.

use super::env;

#[test]
fn status_shows_the_seeded_subscription_and_unsubscribe_needs_confirmation() {
    let env = env();
    let run = env.run(&["--sandbox", "webhooks", "status", "-o", "json"]);
    run.expect_code(0);
    let apps = run.json();
    assert_eq!(apps.as_array().map(Vec::len), Some(1), "{}", run.all());
    assert_eq!(apps[0]["id"], "1400000000000001", "{}", run.all());
    assert_eq!(apps[0]["name"], "Sandbox App", "{}", run.all());

    let run = env.run(&["--sandbox", "webhooks", "unsubscribe"]);
    assert_ne!(run.code, 0, "{}", run.all());
    assert!(run.stderr.contains("without confirmation"), "{}", run.all());
    env.run(&["--sandbox", "webhooks", "status"]).expect_code(0);

    env.run(&["--sandbox", "webhooks", "unsubscribe", "--yes"]).expect_code(0);
    let run = env.run(&["--sandbox", "webhooks", "status", "-o", "json"]);
    run.expect_code(8);
    assert_eq!(run.json(), serde_json::json!([]), "{}", run.all());
    assert!(run.stderr.contains("no app is subscribed"), "{}", run.all());
    env.run(&["--sandbox", "webhooks", "unsubscribe", "--yes"]).expect_code(5);

    env.run(&["--sandbox", "webhooks", "subscribe"]).expect_code(0);
    env.run(&["--sandbox", "webhooks", "status"]).expect_code(0);
}

#[test]
fn a_callback_override_needs_an_https_url_and_a_verify_token() {
    let env = env();
    let run = env.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", "http://hooks.example.com/wa"]);
    run.expect_code(2);
    assert!(run.stderr.contains("must be https"), "{}", run.all());
    let run = env.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", "hooks.example.com/wa"]);
    run.expect_code(2);
    assert!(run.stderr.contains("must be https") && run.stderr.contains("e.g. https://"), "{}", run.all());
    let bare = crate::common::TestEnv::new();
    let run = bare.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", "https://hooks.example.com/wa"]);
    run.expect_code(3);
    assert!(run.stderr.contains("needs a verify token") && run.stderr.contains("WABA_VERIFY_TOKEN"), "{}", run.all());
}

#[test]
fn subscribing_with_a_callback_override_passes_metas_handshake_at_a_running_listener() {
    let env = env();
    let listener = super::Listener::start(&env, &["--count", "1", "--timeout", "30s"]);
    let url =
        if listener.url.ends_with("/webhook") { listener.url.clone() } else { format!("{}/webhook", listener.url) };
    let run = env.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", &url, "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["override_callback_uri"], url.as_str(), "{}", run.all());
    let status = env.run(&["--sandbox", "webhooks", "status", "-o", "json"]).json();
    assert_eq!(status[0]["override_callback_uri"], url.as_str(), "{status}");
    assert!(!run.all().contains(super::VERIFY), "the verify token is never printed");

    // A wrong token at the receiver: the sandbox's handshake fails, as Meta's does, with 2200.
    let out = env
        .std_command(&["--sandbox", "webhooks", "subscribe", "--callback-url", &url])
        .env("WABA_VERIFY_TOKEN", "not-the-token")
        .output()
        .unwrap();
    let wrong = crate::common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(wrong.code, 1, "{}", wrong.all());
    assert!(wrong.stderr.contains("2200"), "{}", wrong.all());
    let status = env.run(&["--sandbox", "webhooks", "status", "-o", "json"]).json();
    assert_eq!(status[0]["override_callback_uri"], url.as_str(), "a failed handshake changes nothing: {status}");
    let mut listener = listener;
    let _ = listener.child.kill();
    let _ = listener.child.wait();
}

#[test]
fn sandbox_listen_checks_the_served_sandboxs_deliveries_with_its_own_app_secret() {
    // No WABA_APP_SECRET: with --sandbox, `listen` takes the secret the sandbox signs with.
    let env =
        crate::common::TestEnv::new().env("WABA_VERIFY_TOKEN", super::VERIFY).env("WABA_SANDBOX_STATUS_DELAY_MS", "50");
    let served = crate::sandbox::serve(&env, &[]);
    assert!(served.info["app_secret"].is_string(), "{}", served.info);
    let listener =
        super::Listener::start(&env, &["--sandbox", "--until", "status:sent", "--timeout", "20s", "-o", "ndjson"]);
    let url =
        if listener.url.ends_with("/webhook") { listener.url.clone() } else { format!("{}/webhook", listener.url) };
    env.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", &url]).expect_code(0);
    env.run(&["--sandbox", "send", "text", "--to", "+12025550104", "Build 1234 is green"]).expect_code(0);
    let run = listener.finish();
    run.expect_code(0);
    // No ordering promise: `failed` (131047, outside the window) may come first; `--until` waits for `sent`.
    let event: serde_json::Value = serde_json::from_str(run.stdout.lines().last().unwrap_or("{}")).unwrap();
    assert_eq!(event["kind"], "status", "{}", run.all());
    assert_eq!(event["event"], "sent", "{}", run.all());
    assert!(!run.stderr.contains("refused"), "{}", run.all());
}

#[test]
fn a_triggered_quality_drop_reaches_the_receiver_as_a_paused_template() {
    let env = crate::common::TestEnv::new().env("WABA_VERIFY_TOKEN", super::VERIFY);
    let _served = crate::sandbox::serve(&env, &[]);
    let listener = super::Listener::start(
        &env,
        &["--sandbox", "--until", "message_template_status_update:paused", "--timeout", "20s", "-o", "ndjson"],
    );
    let url =
        if listener.url.ends_with("/webhook") { listener.url.clone() } else { format!("{}/webhook", listener.url) };
    env.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", &url]).expect_code(0);
    let red = ["sandbox", "trigger", "template-quality", "order_update", "--language", "en_US", "--rating", "red"];
    env.run(&red).expect_code(0);
    let run = listener.finish();
    run.expect_code(0);
    let last: serde_json::Value = serde_json::from_str(run.stdout.lines().last().unwrap_or("{}")).unwrap();
    assert_eq!(last["kind"], "message_template_status_update", "{}", run.all());
    assert!(last["event"].as_str().is_some_and(|e| e.eq_ignore_ascii_case("paused")), "{}", run.all());
}
