//! `waba sandbox trigger …` changes the world as Meta's platform would, and every reader sees it.

use crate::common::TestEnv;

fn send_template(env: &TestEnv) -> crate::common::Run {
    env.run(&[
        "--sandbox",
        "send",
        "template",
        "order_update",
        "--to",
        "+12025550101",
        "--language",
        "en_US",
        "--param",
        "first_name=Ada",
        "--param",
        "order_number=42",
        "--no-check",
    ])
}

fn status(env: &TestEnv) -> String {
    let run = env.run(&["--sandbox", "templates", "show", "order_update", "--language", "en_US", "-o", "json"]);
    run.expect_code(0);
    run.json()["status"].as_str().unwrap_or_default().to_string()
}

#[test]
fn red_quality_pauses_twice_then_disables_and_sends_get_metas_codes() {
    let env = TestEnv::new();
    let red = ["sandbox", "trigger", "template-quality", "order_update", "--language", "en_US", "--rating", "red"];
    let run = env.run(&[&red[..], &["-o", "json"]].concat());
    run.expect_code(0);
    let changes = run.json();
    assert_eq!(changes[1]["field"], "status", "{changes}");
    assert_eq!(changes[1]["to"], "PAUSED", "{changes}");
    assert_eq!(status(&env), "PAUSED");
    let run = send_template(&env);
    run.expect_code(1);
    assert!(run.stderr.contains("132015"), "{}", run.all());
    // Paused again while paused: refused, nothing changes.
    let run = env.run(&red);
    run.expect_code(2);
    assert!(run.stderr.contains("only an APPROVED template"), "{}", run.all());

    env.run(&["sandbox", "trigger", "template-unpause", "order_update", "--language", "en_US"]).expect_code(0);
    send_template(&env).expect_code(0);
    env.run(&red).expect_code(0);
    env.run(&["sandbox", "trigger", "template-unpause", "order_update", "--language", "en_US"]).expect_code(0);
    env.run(&red).expect_code(0);
    assert_eq!(status(&env), "DISABLED", "the third pause disables");
    let run = send_template(&env);
    run.expect_code(1);
    assert!(run.stderr.contains("132016"), "{}", run.all());
}

#[test]
fn a_flagged_number_fails_numbers_health_and_unknowns_are_refused() {
    let env = TestEnv::new();
    let level = |env: &TestEnv| {
        let all = env.run(&["--sandbox", "numbers", "health", "-o", "json"]).json();
        let primary =
            all["phone_numbers"].as_array().and_then(|a| a.iter().find(|n| n["id"] == "1100000000000001").cloned());
        primary.map(|n| n["verdict"]["level"].clone()).unwrap_or_default()
    };
    assert_eq!(level(&env), "ok");
    let run = env.run(&["sandbox", "trigger", "phone", "--rating", "red", "--status", "flagged", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json().as_array().map(Vec::len), Some(2), "{}", run.all());
    assert_eq!(level(&env), "fail", "numbers health sees the flagged number");

    let run = env.run(&["sandbox", "trigger", "account", "--status", "restricted", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()[0]["to"], "RESTRICTED", "{}", run.all());
    env.run(&["sandbox", "trigger", "business-verification", "--status", "rejected"]).expect_code(0);

    env.run(&["sandbox", "trigger", "phone", "--number", "9", "--rating", "red"]).expect_code(5);
    env.run(&["sandbox", "trigger", "template-quality", "nope", "--rating", "red"]).expect_code(5);
    env.run(&["sandbox", "trigger", "phone"]).expect_code(2);
}
