//! `send template` with currency and date_time parameters, LOCATION headers, carousels and
//! limited-time offers, through the real binary against the sandbox: `--dry-run` bodies,
//! refusals (exit 2, nothing reaches the sandbox) and `--no-check` reaching Meta's codes.

mod carousel;
mod offer;

use serde_json::Value;

use crate::common::TestEnv;

pub const TO: &str = "+16505551234";

/// A sandbox environment whose templates are reviewed at once.
pub fn env() -> TestEnv {
    TestEnv::new().env("WABA_SANDBOX_REVIEW_DELAY_MS", "0").env("WABA_SANDBOX_STATUS_DELAY_MS", "0")
}

/// Create `template` (JSON) on the sandbox's account and wait for its approval.
pub fn create(env: &TestEnv, template: &Value) {
    let dir = env.data_dir().parent().unwrap().join("rich-templates");
    std::fs::create_dir_all(&dir).unwrap();
    let name = template["name"].as_str().unwrap();
    let file = dir.join(format!("{name}.json"));
    std::fs::write(&file, template.to_string()).unwrap();
    env.run(&["--sandbox", "templates", "create", file.to_str().unwrap()]).expect_code(0);
    let run = env.run(&["--sandbox", "templates", "wait", name, "--timeout", "20s", "-o", "json"]);
    run.expect_code(0);
    assert_eq!(run.json()["status"], "APPROVED", "{}", run.all());
}

/// How many messages the sandbox has received.
pub fn received(env: &TestEnv) -> usize {
    let run = env.run(&["--sandbox", "sandbox", "messages", "-o", "json"]);
    run.expect_code(0);
    run.json().as_array().map_or(0, Vec::len)
}

/// `waba --sandbox send template NAME --to TO ARGS…`.
pub fn send(env: &TestEnv, name: &str, args: &[&str]) -> crate::common::Run {
    let mut all = vec!["--sandbox", "send", "template", name, "--to", TO];
    all.extend_from_slice(args);
    env.run(&all)
}

/// Each `args` is refused with exit 2 naming `needle`, and the sandbox receives nothing.
pub fn refused(env: &TestEnv, name: &str, cases: &[(&[&str], &str)]) {
    let before = received(env);
    for (args, needle) in cases {
        let run = send(env, name, args);
        run.expect_code(2);
        assert!(run.stderr.contains(needle), "{args:?}: expected '{needle}' in {}", run.all());
    }
    assert_eq!(received(env), before, "a refused send reached the sandbox");
}

/// `--no-check` sends reach the sandbox, which answers Meta's `code`.
pub fn sandbox_refuses(env: &TestEnv, name: &str, args: &[&str], code: &str) {
    let mut all = vec!["--no-check", "--language", "en_US"];
    all.extend_from_slice(args);
    let run = send(env, name, &all);
    assert_ne!(run.code, 0, "{}", run.all());
    assert_ne!(run.code, 2, "the sandbox, not the client, refuses: {}", run.all());
    assert!(run.stderr.contains(code), "expected {code}: {}", run.all());
}

const INVOICE: &str = r#"{"name": "invoice_due", "language": "en_US", "category": "UTILITY",
  "components": [{"type": "BODY", "text": "Hi {{1}}, your invoice of {{2}} is due on {{3}}.",
    "example": {"body_text": [["Ada", "$12.50", "May 1, 2026"]]}}]}"#;

#[test]
fn currency_and_date_time_parameters() {
    let env = env();
    create(&env, &serde_json::from_str(INVOICE).unwrap());
    let run = send(
        &env,
        "invoice_due",
        &["--param", "Ada", "--param-currency", "USD:12.505:$12.51", "--param-date-time", "May 1, 2026", "--dry-run"],
    );
    run.expect_code(0);
    insta::assert_snapshot!(run.stdout);
    // Positions follow the command line, whatever the flag.
    let run = send(
        &env,
        "invoice_due",
        &["--param-date-time", "May 1", "--param", "Ada", "--param-currency", "EUR:3", "--dry-run", "-o", "json"],
    );
    run.expect_code(0);
    let params = &run.json()["body"]["template"]["components"][0]["parameters"];
    assert_eq!(params[0]["type"], "date_time", "{params}");
    assert_eq!(params[1]["text"], "Ada", "{params}");
    assert_eq!(
        params[2]["currency"],
        serde_json::json!({"fallback_value": "EUR 3", "code": "EUR", "amount_1000": 3000})
    );
    // A params file with typed values.
    let file = env.data_dir().parent().unwrap().join("values.json");
    std::fs::write(
        &file,
        r#"["Ada", {"type": "currency", "code": "USD", "amount": "100.99", "fallback_value": "$100.99"},
        {"type": "date_time", "fallback_value": "February 25, 1977"}]"#,
    )
    .unwrap();
    let run = send(&env, "invoice_due", &["--params", file.to_str().unwrap(), "-o", "json"]);
    run.expect_code(0);
    assert_eq!(received(&env), 1, "{}", run.all());
    let bad = env.data_dir().parent().unwrap().join("bad.json");
    std::fs::write(&bad, r#"["Ada", {"type": "currency", "code": "USD", "amount": "1.0001"}, "x"]"#).unwrap();
    let bad = bad.to_str().unwrap().to_string();
    refused(
        &env,
        "invoice_due",
        &[
            (&["--param", "Ada", "--param-currency", "USD:12.5055", "--param", "x"], "--param-currency USD:12.5055"),
            (&["--param", "Ada", "--param-currency", "usd:12", "--param", "x"], "ISO 4217"),
            (&["--param", "Ada", "--param-currency", "USD", "--param", "x"], "CODE:AMOUNT"),
            (&["--param", "Ada", "--param-currency", "USD:1"], ">>{{3}}<<"),
            (&["--params", &bad], "params[1]: amount '1.0001' has 4 decimals"),
        ],
    );
    sandbox_refuses(&env, "invoice_due", &["--param", "Ada", "--param-currency", "USD:1"], "132000");
    // Named parameters against a positional template: Meta's 132012.
    let args = ["--param", "name=Ada", "--param-currency", "total=USD:1", "--param-date-time", "due=May 1"];
    sandbox_refuses(&env, "invoice_due", &args, "132012");
}

const STORE_VISIT: &str = r#"{"name": "store_visit", "language": "en_US", "category": "UTILITY",
  "components": [{"type": "HEADER", "format": "LOCATION"}, {"type": "BODY", "text": "Your order is ready for pick-up."}]}"#;

#[test]
fn location_headers() {
    let env = env();
    create(&env, &serde_json::from_str(STORE_VISIT).unwrap());
    create(&env, &serde_json::from_str(INVOICE).unwrap());
    let run = send(
        &env,
        "store_visit",
        &[
            "--header-location",
            "-33.8568,151.2153",
            "--header-location-name",
            "Sydney store",
            "--header-location-address",
            "Bennelong Point",
            "--dry-run",
        ],
    );
    run.expect_code(0);
    insta::assert_snapshot!(run.stdout);
    send(&env, "store_visit", &["--header-location", "37.4848,-122.1484"]).expect_code(0);
    assert_eq!(received(&env), 1);
    refused(
        &env,
        "store_visit",
        &[
            (&[], "--header-location LAT,LON"),
            (&["--header-location", "91,0"], "location-latitude"),
            (&["--header-location", "0,181"], "location-longitude"),
            (&["--header-location", "37.4"], "not LAT,LON"),
            (&["--header-location", "1,2", "--header-image", "https://example.com/a.jpg"], "not media"),
        ],
    );
    refused(
        &env,
        "invoice_due",
        &[(&["--param", "a", "--param", "b", "--param", "c", "--header-location", "1,2"], "no header")],
    );
    sandbox_refuses(&env, "store_visit", &[], "132000");
}
