//! `waba --sandbox send …`: every type accepted by the sandbox's `/messages` (each exchange is
//! checked against the OpenAPI spec when the TestEnv is dropped).

use crate::common::TestEnv;

const TO: &str = "+16505551234";

#[test]
fn every_type_is_accepted() {
    let env = TestEnv::new();
    let cases: Vec<Vec<&str>> = vec![
        vec!["text", "--to", TO, "Hello", "--callback-data", "job-7"],
        vec![
            "template",
            "order_update",
            "--to",
            TO,
            "--language",
            "en_US",
            "--param",
            "first_name=Ada",
            "--param",
            "order_number=4521",
        ],
        vec!["image", "--to", TO, "https://example.com/a.jpg", "--caption", "Receipt"],
        vec!["document", "--to", TO, "https://example.com/i.pdf", "--filename", "i.pdf"],
        vec!["location", "--to", TO, "--lat", "37.4848", "--lon", "-122.1484", "--name", "HQ"],
        vec!["buttons", "--to", TO, "--body", "Confirm?", "--button", "yes:Confirm", "--button", "no:Cancel"],
        vec!["list", "--to", TO, "--body", "Pick", "--button", "Slots", "--row", "mon:Monday"],
        vec!["cta-url", "--to", TO, "--body", "Shipped", "--display-text", "Track", "--url", "https://example.com/t"],
        vec!["location-request", "--to", TO, "--body", "Where?"],
    ];
    let mut first = String::new();
    for args in cases {
        let mut all = vec!["--sandbox", "send"];
        all.extend_from_slice(&args);
        all.extend_from_slice(&["-o", "json"]);
        let run = env.run(&all);
        run.expect_code(0);
        let out = run.json();
        let id = out["messages"][0]["id"].as_str().unwrap_or_default().to_string();
        assert!(id.starts_with("wamid."), "{}", run.all());
        assert_eq!(out["contacts"][0]["wa_id"], "16505551234", "{}", run.all());
        if args[0] == "template" {
            assert_eq!(out["messages"][0]["message_status"], "accepted", "{}", run.all());
        }
        if first.is_empty() {
            first = id;
        }
    }
    let run = env.run(&["--sandbox", "send", "reaction", "--to", TO, "--message-id", &first, "--emoji", "👍"]);
    run.expect_code(0);
    assert!(run.stdout.contains("wamid."), "{}", run.all());
    let run = env.run(&["--sandbox", "send", "text", "--to", TO, "Thanks", "--reply-to", &first]);
    run.expect_code(0);
}
