//! `waba verify oba check | request | status` against the sandbox.

use super::{env, on, onboard};

const REQUEST: &[&str] = &[
    "verify",
    "oba",
    "request",
    "--website",
    "https://acme.example",
    "--country",
    "United States",
    "--language",
    "English",
    "--link",
    "https://news.example/acme",
];

#[test]
fn check_names_each_criterion_and_request_refuses_an_ineligible_number() {
    let env = env();
    let india = "1100000000000003"; // FLAGGED, no PIN, name declined
    let check = on(&env, india, &["verify", "oba", "check", "-o", "json"], "");
    check.expect_code(8);
    let v = check.json();
    assert_eq!(v["eligible"], false);
    let unmet: Vec<&str> = v["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["met"] == false && c["required"] == true)
        .map(|c| c["criterion"].as_str().unwrap())
        .collect();
    assert_eq!(unmet, ["two-step", "display-name", "connected", "links"]);
    assert!(check.stderr.contains("waba verify pin set"), "{}", check.all());
    let refused = on(&env, india, REQUEST, "");
    refused.expect_code(8);
    assert!(refused.stderr.contains("nothing sent"), "{}", refused.all());
    let status = on(&env, india, &["verify", "oba", "status", "-o", "json"], "").json();
    assert_eq!(status["oba_status"], "NOT_STARTED", "nothing was sent: {status:#}");
    let bad = on(
        &env,
        india,
        &[
            "verify",
            "oba",
            "request",
            "--website",
            "acme.example",
            "--country",
            "India",
            "--language",
            "Hindi",
            "--link",
            "https://n.example/a",
        ],
        "",
    );
    bad.expect_code(2);
    assert!(bad.stderr.contains("--website"), "{}", bad.all());
    let six: Vec<String> = (0..6).map(|i| format!("https://news.example/{i}")).collect();
    let mut args = vec!["verify", "oba", "check"];
    for l in &six {
        args.extend(["--link", l.as_str()]);
    }
    on(&env, india, &args, "").expect_code(2);
}

#[test]
fn an_eligible_number_is_requested_reviewed_and_approved() {
    let env = env();
    let id = onboard(&env, "424242");
    let check = on(&env, &id, &["verify", "oba", "check", "--link", "https://news.example/acme"], "");
    check.expect_code(0);
    assert!(check.stdout.contains("30-days") && check.stdout.contains("not yet"), "{}", check.all());
    let sent = on(&env, &id, &[REQUEST, &["-o", "json"]].concat(), "");
    sent.expect_code(0);
    assert_eq!(sent.json()["success"], true);
    assert!(sent.stderr.contains("30 days"), "the advice is a warning: {}", sent.all());
    let status = on(&env, &id, &["verify", "oba", "status", "-o", "json"], "").json();
    assert_eq!(status["oba_status"], "APPROVED", "{status:#}");
    let shown = on(&env, &id, &["numbers", "show", "-o", "json"], "").json();
    assert_eq!(shown["is_official_business_account"], true);
    let again = on(&env, &id, REQUEST, "");
    again.expect_code(1);
    assert!(again.stderr.contains("already"), "{}", again.all());
    // A new display name ends the badge until it is requested again.
    on(&env, &id, &["numbers", "display-name", "set", "Acme Shoes Online"], "").expect_code(0);
    let lapsed = on(&env, &id, &["verify", "oba", "status", "-o", "json"], "").json();
    assert_eq!(lapsed["oba_status"], "EXPIRED", "{lapsed:#}");
    assert_eq!(on(&env, &id, &["numbers", "show", "-o", "json"], "").json()["is_official_business_account"], false);
    on(&env, &id, REQUEST, "").expect_code(0);
}

#[test]
fn a_request_the_sandbox_rejects_says_why() {
    let env = env();
    let id = onboard(&env, "424242");
    env.run(&["sandbox", "trigger", "business-verification", "pending"]).expect_code(0);
    let sent = on(&env, &id, &[REQUEST, &["--no-check"]].concat(), "");
    sent.expect_code(0);
    let status = on(&env, &id, &["verify", "oba", "status", "-o", "json"], "").json();
    assert_eq!(status["oba_status"], "REJECTED");
    assert!(status["status_message"].as_str().unwrap().contains("business verification: pending"), "{status:#}");
    assert!(status["meaning"].as_str().unwrap().contains("30 days"));
}
