//! The sandbox's test number sends only to its allow-list (131030 otherwise), and
//! `waba sandbox allowlist` edits that list as Meta's App Dashboard does.

use crate::common::TestEnv;

const TEST_NUMBER: &str = "1100000000000005";

fn send(env: &TestEnv, to: &str) -> crate::common::Run {
    env.run(&["--sandbox", "--phone-number-id", TEST_NUMBER, "send", "text", "--to", to, "Hi", "-o", "json"])
}

fn sandbox_message_count(env: &TestEnv) -> usize {
    let run = env.run(&["sandbox", "messages", "-o", "json"]);
    run.expect_code(0);
    run.json().as_array().map_or(0, Vec::len)
}

#[test]
fn the_test_number_refuses_recipients_off_its_list_with_131030() {
    let env = TestEnv::new();
    send(&env, "+12025550100").expect_code(0);
    let run = send(&env, "+12025550121");
    run.expect_code(1);
    assert!(run.stderr.contains("131030"), "{}", run.all());
    assert!(run.stderr.contains("not in allowed list"), "{}", run.all());
    assert_eq!(sandbox_message_count(&env), 1, "the refused send is not stored");
    // Any other number of the sandbox sends to anyone.
    env.run(&["--sandbox", "send", "text", "--to", "+12025550121", "Hi"]).expect_code(0);
}

#[test]
fn allowlist_add_list_and_remove_change_what_the_test_number_may_message() {
    let env = TestEnv::new();
    let run = env.run(&["sandbox", "allowlist", "list", "-o", "json"]);
    run.expect_code(0);
    let rows = run.json();
    assert_eq!(rows.as_array().map(Vec::len), Some(1), "{}", run.all());
    assert_eq!(rows[0]["recipient"], "+12025550100");
    assert_eq!(rows[0]["phone_number_id"], TEST_NUMBER);

    env.run(&["sandbox", "allowlist", "add", "+12025550121", "+12025550121"]).expect_code(0);
    send(&env, "+12025550121").expect_code(0);

    let run = env.run(&["sandbox", "allowlist", "remove", "+12025550121", "-o", "ndjson"]);
    run.expect_code(0);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.all());
    send(&env, "+12025550121").expect_code(1);
}

#[test]
fn allowlist_refusals_name_the_problem_and_change_nothing() {
    let env = TestEnv::new();
    let run = env.run(&[
        "sandbox",
        "allowlist",
        "add",
        "+12025550101",
        "+12025550102",
        "+12025550103",
        "+12025550104",
        "+12025550105",
    ]);
    run.expect_code(2);
    assert!(run.stderr.contains("would hold 6 recipients; Meta allows 5"), "{}", run.all());
    let run = env.run(&["sandbox", "allowlist", "remove", "+447700900123"]);
    run.expect_code(5);
    assert!(run.stderr.contains("+447700900123 is not on the allow-list"), "{}", run.all());
    let run = env.run(&["sandbox", "allowlist", "list", "--number", "1100000000000001"]);
    run.expect_code(2);
    assert!(run.stderr.contains("is not a test number"), "{}", run.all());
    let run = env.run(&["sandbox", "allowlist", "add", "12025550101"]);
    run.expect_code(2);
    assert!(run.stderr.contains("no leading '+'"), "{}", run.all());
    env.run(&["sandbox", "allowlist", "add"]).expect_code(2);
    let run = env.run(&["sandbox", "allowlist", "list", "-o", "json"]);
    assert_eq!(run.json().as_array().map(Vec::len), Some(1), "{}", run.all());
}
