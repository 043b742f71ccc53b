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
    let bare = crate::common::TestEnv::new();
    let run = bare.run(&["--sandbox", "webhooks", "subscribe", "--callback-url", "https://hooks.example.com/wa"]);
    run.expect_code(3);
    assert!(run.stderr.contains("needs a verify token") && run.stderr.contains("WABA_VERIFY_TOKEN"), "{}", run.all());
}
