//! `waba send …` through the real binary: `--dry-run` bodies (snapshots, checked against the
//! spec's Message schema) and the checks that refuse a send (exit 2).

use serde_json::Value;

use crate::common::TestEnv;

const TO: &str = "+16505551234";

/// Validate a body against the spec (when it is beside the repo): the envelope against
/// `BaseMessageProperties`, the type's object against its `…Message` schema's property.
/// (The `Message` oneOf itself cannot match anything: each branch is an allOf whose second
/// part has `additionalProperties: false`, which rejects the base properties.) `cta_url` and
/// `location_request_message` are not in the spec's InteractiveObject (graph-api.md §7.3).
pub(crate) fn conforms(body: &Value) {
    let Some(spec) = crate::openapi::spec::spec() else { return };
    let mut errors = Vec::new();
    let mut check = |pointer: &str, value: &Value| {
        let validator = spec.validator(pointer, false);
        errors.extend(validator.iter_errors(value).map(|e| format!("{pointer} at {}: {e}", e.instance_path())));
    };
    check("/components/schemas/BaseMessageProperties", body);
    let kind = body["type"].as_str().unwrap_or_default();
    let sub = body["interactive"]["type"].as_str().unwrap_or_default();
    if !["cta_url", "location_request_message"].contains(&sub) {
        let schema = spec.doc.pointer(&format!("/components/schemas/Message/discriminator/mapping/{kind}"));
        let schema = schema.and_then(Value::as_str).unwrap_or_default().trim_start_matches('#').to_string();
        assert!(!schema.is_empty(), "type {kind} is not in the spec's Message mapping");
        check(&format!("{schema}/allOf/1/properties/{kind}"), &body[kind]);
    }
    assert!(errors.is_empty(), "the body does not conform to the spec: {errors:#?}\n{body:#}");
}

/// `--dry-run -o json` of a send: the body, checked against the spec.
fn dry(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = vec!["--sandbox", "send"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--dry-run", "-o", "json"]);
    let run = env.run(&all);
    run.expect_code(0);
    let out = run.json();
    assert_eq!(out["dry_run"], true);
    conforms(&out["body"]);
    out
}

#[test]
fn dry_run_bodies() {
    let env = TestEnv::new();
    let dir = env.data_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join("receipt.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n0000").unwrap();
    let vcf = dir.join("ada.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada\nFN:Ada Lovelace\nTEL;TYPE=CELL:+447700900123\nEND:VCARD\n",
    )
    .unwrap();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            "text",
            vec![
                "text",
                "--to",
                TO,
                "Your order shipped: https://example.com/t/1",
                "--preview-url",
                "--reply-to",
                "wamid.PREV",
                "--callback-data",
                "job-7",
            ],
        ),
        ("image_link", vec!["image", "--to", TO, "https://example.com/a.jpg", "--caption", "Receipt"]),
        ("image_id", vec!["image", "--to", TO, "1037543291543636"]),
        ("document", vec!["document", "--to", TO, "https://example.com/i.pdf", "--filename", "Invoice 1042.pdf"]),
        ("location", vec!["location", "--to", TO, "--lat", "37.4848", "--lon", "-122.1484", "--name", "Meta HQ"]),
        ("reaction", vec!["reaction", "--to", TO, "--message-id", "wamid.PREV", "--emoji", "👍"]),
        (
            "buttons",
            vec![
                "buttons",
                "--to",
                TO,
                "--body",
                "Confirm?",
                "--button",
                "yes:Confirm",
                "--button",
                "no:Cancel",
                "--footer",
                "Reply by 6pm",
            ],
        ),
        (
            "list",
            vec![
                "list",
                "--to",
                TO,
                "--body",
                "Pick a slot",
                "--button",
                "Slots",
                "--row",
                "mon:Monday:9-12",
                "--row",
                "tue:Tuesday",
                "--section-title",
                "This week",
            ],
        ),
        (
            "cta_url",
            vec![
                "cta-url",
                "--to",
                TO,
                "--body",
                "On its way",
                "--display-text",
                "Track order",
                "--url",
                "https://example.com/t/1",
            ],
        ),
        ("location_request", vec!["location-request", "--to", TO, "--body", "Where should we deliver?"]),
        (
            "template_named",
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
        ),
    ];
    for (name, args) in cases {
        let out = dry(&env, &args);
        insta::assert_json_snapshot!(format!("send_dry_run_{name}"), out);
    }
    let vcf = vcf.to_string_lossy().into_owned();
    insta::assert_json_snapshot!("send_dry_run_contact", dry(&env, &["contact", "--to", TO, &vcf]));
    // A local file is checked, and with --dry-run not uploaded.
    let png = png.to_string_lossy().into_owned();
    let out = dry(&env, &["image", "--to", TO, &png]);
    assert!(out["body"]["image"]["id"].as_str().unwrap_or_default().contains("once uploaded"), "{out}");
}

#[test]
fn dry_run_table_shows_body_and_preview() {
    let env = TestEnv::new();
    let run = env.run(&[
        "--sandbox",
        "send",
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
        "--dry-run",
    ]);
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
}

#[test]
fn json_bodies_are_checked_by_the_same_rules() {
    let env = TestEnv::new();
    let ok = r#"{"messaging_product":"whatsapp","recipient_type":"individual","to":"+16505551234","type":"text","text":{"body":"Hi"}}"#;
    let run = env.run_with_stdin(&["--sandbox", "send", "json", "-", "--dry-run", "-o", "json"], ok);
    run.expect_code(0);
    conforms(&run.json()["body"]);
    let bad = r#"{"messaging_product":"whatsapp","to":"+16505551234","type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[]}}}"#;
    let run = env.run_with_stdin(&["--sandbox", "send", "json", "-", "--dry-run"], bad);
    run.expect_code(2);
    assert!(run.stderr.contains("buttons-count"), "{}", run.all());
}

/// Each refusal: exit 2, the rule named, nothing on stdout.
#[test]
fn checks_refuse_with_exit_2() {
    let env = TestEnv::new();
    let long = "x".repeat(4097);
    let title = "t".repeat(21);
    let button = format!("a:{title}");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("recipient-without-plus", vec!["text", "--to", "16505551234", "Hi"]),
        ("recipient-length", vec!["text", "--to", "+1650555123", "Hi"]),
        ("recipient-not-e164", vec!["text", "--to", "+1 650 555 1234", "Hi"]),
        ("text-too-long", vec!["text", "--to", TO, &long]),
        ("location-latitude", vec!["location", "--to", TO, "--lat", "91", "--lon", "0"]),
        (
            "buttons-count",
            vec![
                "buttons", "--to", TO, "--body", "B", "--button", "a:A", "--button", "b:B", "--button", "c:C",
                "--button", "d:D",
            ],
        ),
        ("button-title", vec!["buttons", "--to", TO, "--body", "B", "--button", &button]),
        ("button-id-duplicate", vec!["buttons", "--to", TO, "--body", "B", "--button", "a:A", "--button", "a:B"]),
        ("media-link-not-https", vec!["image", "--to", TO, "http://example.com/a.png"]),
        ("caption-not-allowed", vec!["audio", "--to", TO, "1037543291543636", "--caption", "x"]),
        ("media-file", vec!["image", "--to", TO, "missing.png"]),
        ("cta-url", vec!["cta-url", "--to", TO, "--body", "B", "--display-text", "Go", "--url", "http://x"]),
        ("template-not-approved", vec!["template", "delivery_reminder", "--to", TO]),
        (
            "template-missing-param",
            vec!["template", "order_update", "--to", TO, "--language", "en_US", "--param", "first_name=Ada"],
        ),
        (
            "template-unknown-param",
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
                "order_number=1",
                "--param",
                "coupon=X",
            ],
        ),
        ("template-language", vec!["template", "order_update", "--to", TO, "--language", "fr_FR"]),
        (
            "template-extra-header",
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
                "order_number=1",
                "--header-image",
                "https://example.com/a.png",
            ],
        ),
    ];
    for (rule, args) in cases {
        let mut all = vec!["--sandbox", "send"];
        all.extend_from_slice(&args);
        let run = env.run(&all);
        assert_eq!(run.code, 2, "{rule}: {}", run.all());
        assert!(run.stderr.contains(rule), "{rule}: {}", run.all());
        assert!(run.stdout.is_empty(), "{rule}: {}", run.all());
    }
    let run = env.run(&[
        "--sandbox",
        "send",
        "template",
        "order_update",
        "--to",
        TO,
        "--language",
        "en_US",
        "--param",
        "first_name=Ada",
        "-o",
        "json",
    ]);
    run.expect_code(2);
    insta::assert_snapshot!(run.stderr);
}
