//! `waba send product | product-list | catalog | flow` through the real binary: the sandbox
//! accepts them and stores the body asked for; `--dry-run` bodies; the client-side checks
//! (exit 2, nothing sent); and the sandbox's own refusals, reached with `send json`.

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::send::conforms;

const TO: &str = "+16505551234";
const CATALOG: &str = "1500000000000001";

fn product() -> Vec<&'static str> {
    vec!["product", "--to", TO, "--catalog-id", CATALOG, "--product", "MUG-CLASSIC", "--body", "Back in stock"]
}

fn product_list() -> Vec<&'static str> {
    vec![
        "product-list",
        "--to",
        TO,
        "--catalog-id",
        CATALOG,
        "--header",
        "Summer sale",
        "--body",
        "Picked for you",
        "--footer",
        "While stocks last",
        "--section",
        "Shirts:TSHIRT-BLK-M,TSHIRT-WHT-M",
        "--section",
        "Extras: MUG-CLASSIC, CAP-NAVY",
    ]
}

fn catalog() -> Vec<&'static str> {
    vec!["catalog", "--to", TO, "--body", "Browse our store", "--thumbnail", "CAP-NAVY", "--footer", "Free returns"]
}

fn flow() -> Vec<&'static str> {
    vec![
        "flow",
        "--to",
        TO,
        "--flow-id",
        "1600000000000001",
        "--cta",
        "Book now",
        "--body",
        "Pick a time",
        "--header",
        "Appointments",
        "--flow-token",
        "tok-1042",
        "--screen",
        "APPOINTMENT",
        "--data",
        r#"{"clinic": "Main St"}"#,
    ]
}

fn draft_flow() -> Vec<&'static str> {
    vec![
        "flow",
        "--to",
        TO,
        "--flow-name",
        "feedback_survey",
        "--draft",
        "--cta",
        "Rate us",
        "--body",
        "How did we do?",
    ]
}

fn send(env: &TestEnv, args: &[&str], extra: &[&str]) -> crate::common::Run {
    let mut all = vec!["--sandbox", "send"];
    all.extend_from_slice(args);
    all.extend_from_slice(extra);
    env.run(&all)
}

/// The bodies of the messages the sandbox stored, oldest first.
fn stored(env: &TestEnv) -> Vec<Value> {
    let db = env.data_dir().join("sandbox").join("world.db");
    if !db.exists() {
        return Vec::new();
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn.prepare("SELECT body FROM messages WHERE direction = 'out' ORDER BY seq").unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(|b| serde_json::from_str(&b.unwrap()).unwrap()).collect()
}

#[test]
fn each_command_is_accepted_and_stored_as_asked() {
    let env = TestEnv::new();
    let delivery = ["--callback-data", "job-7", "--reply-to", "wamid.PREV"];
    let cases = [product(), product_list(), catalog(), flow(), draft_flow()];
    for args in &cases {
        let dry = send(&env, args, &[&delivery[..], &["--dry-run", "-o", "json"]].concat());
        dry.expect_code(0);
        let run = send(&env, args, &[&delivery[..], &["-o", "json"]].concat());
        run.expect_code(0);
        let out = run.json();
        assert!(out["messages"][0]["id"].as_str().unwrap_or_default().starts_with("wamid."), "{}", run.all());
        let last = stored(&env).pop().unwrap_or_default();
        assert_eq!(last, dry.json()["body"], "{}: the sandbox stored another body", args[0]);
        assert_eq!(last["biz_opaque_callback_data"], "job-7");
        assert_eq!(last["context"]["message_id"], "wamid.PREV");
    }
    assert_eq!(stored(&env).len(), cases.len());
}

#[test]
fn dry_run_bodies() {
    let env = TestEnv::new();
    let bare = vec!["product", "--to", TO, "--catalog-id", CATALOG, "--product", "SOCKS-3PK"];
    let exchange = vec![
        "flow",
        "--to",
        TO,
        "--flow-name",
        "appointment_booking",
        "--cta",
        "Book",
        "--body",
        "Hi",
        "--action",
        "data_exchange",
    ];
    let cases = [
        ("product", product()),
        ("product_bare", bare),
        ("product_list", product_list()),
        ("catalog", catalog()),
        ("flow", flow()),
        ("flow_draft", draft_flow()),
        ("flow_data_exchange", exchange),
    ];
    for (name, args) in cases {
        let run = send(&env, &args, &["--dry-run", "-o", "json"]);
        run.expect_code(0);
        let out = run.json();
        conforms(&out["body"]);
        insta::assert_json_snapshot!(format!("send_dry_run_{name}"), out);
    }
    assert!(stored(&env).is_empty(), "a dry run sent something");
}

fn list(sections: Vec<&str>) -> Vec<&str> {
    let mut v = vec!["product-list", "--to", TO, "--catalog-id", CATALOG, "--header", "H", "--body", "B"];
    for s in sections {
        v.extend_from_slice(&["--section", s]);
    }
    v
}

/// Each refusal: exit 2, the rule (or flag) named, nothing on stdout, nothing sent.
#[test]
fn checks_refuse_with_exit_2_and_send_nothing() {
    let env = TestEnv::new();
    let long_sku = "S".repeat(101);
    let long_body = "b".repeat(1025);
    let long_title = format!("{}:MUG-CLASSIC", "t".repeat(25));
    let many: String = (0..31).map(|i| format!("SKU{i}")).collect::<Vec<_>>().join(",");
    let many = format!("All:{many}");
    let half: String = (0..16).map(|i| format!("SKU{i}")).collect::<Vec<_>>().join(",");
    let (half_a, half_b) = (format!("A:{half}"), format!("B:{half}"));
    let long_cta = "c".repeat(31);
    let eleven: Vec<String> = (0..11).map(|i| format!("S{i}:MUG-CLASSIC")).collect();
    let flow_with = |extra: &[&'static str]| {
        let mut v = vec!["flow", "--to", TO, "--flow-id", "1600000000000001", "--cta", "Go", "--body", "B"];
        v.extend_from_slice(extra);
        v
    };
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("product-id", vec!["product", "--to", TO, "--catalog-id", CATALOG, "--product", &long_sku]),
        ("catalog-id", vec!["product", "--to", TO, "--catalog-id", "", "--product", "MUG-CLASSIC"]),
        (
            "interactive-body-too-long",
            vec!["product", "--to", TO, "--catalog-id", CATALOG, "--product", "MUG-CLASSIC", "--body", &long_body],
        ),
        ("product-sections-count", list(eleven.iter().map(String::as_str).collect())),
        ("product-items-count", list(vec![&many])),
        ("product-items-total", list(vec![&half_a, &half_b])),
        ("product-section-title", list(vec![&long_title])),
        ("--section", list(vec!["NoColon"])),
        ("interactive-header-too-long", {
            let mut v = list(vec!["A:MUG-CLASSIC"]);
            v[6] = "";
            v
        }),
        ("interactive-body-too-long", vec!["catalog", "--to", TO, "--body", &long_body]),
        ("catalog-thumbnail", vec!["catalog", "--to", TO, "--body", "B", "--thumbnail", ""]),
        ("flow-cta", {
            let mut v = flow_with(&[]);
            v[6] = &long_cta;
            v
        }),
        ("flow-payload", flow_with(&["--action", "data_exchange", "--screen", "APPOINTMENT"])),
        ("flow-screen", flow_with(&["--data", r#"{"a": 1}"#])),
        ("flow-data", flow_with(&["--screen", "APPOINTMENT", "--data", "{}"])),
        ("flow-data", flow_with(&["--screen", "APPOINTMENT", "--data", "[1]"])),
        ("--data", flow_with(&["--screen", "APPOINTMENT", "--data", "{nope"])),
        ("--flow-name", vec!["flow", "--to", TO, "--flow-id", "1", "--flow-name", "x", "--cta", "Go", "--body", "B"]),
        ("--action", flow_with(&["--action", "jump"])),
    ];
    for (rule, args) in cases {
        let run = send(&env, &args, &[]);
        assert_eq!(run.code, 2, "{rule}: {}", run.all());
        assert!(run.stderr.contains(rule), "{rule}: {}", run.all());
        assert!(run.stdout.is_empty(), "{rule}: {}", run.all());
    }
    // Bodies the commands cannot build, through `send json`: the same rules.
    let json_cases = [
        (
            "header-not-allowed",
            interactive(json!({"type": "catalog_message", "header": {"type": "text", "text": "H"},
            "body": {"text": "B"}, "action": {"name": "catalog_message"}})),
        ),
        (
            "product-list-header",
            interactive(json!({"type": "product_list", "body": {"text": "B"},
            "action": {"catalog_id": CATALOG, "sections": [{"title": "S", "product_items": [{"product_retailer_id": "CAP-NAVY"}]}]}})),
        ),
        (
            "flow-ref",
            flow_body(json!({"flow_message_version": "3", "flow_id": "1", "flow_name": "x", "flow_cta": "Go"})),
        ),
        (
            "flow-mode",
            flow_body(json!({"flow_message_version": "3", "flow_id": "1", "flow_cta": "Go", "mode": "test"})),
        ),
        ("flow-version", flow_body(json!({"flow_message_version": "2", "flow_id": "1", "flow_cta": "Go"}))),
    ];
    for (rule, body) in json_cases {
        let run = env.run_with_stdin(&["--sandbox", "send", "json", "-"], &body.to_string());
        assert_eq!(run.code, 2, "{rule}: {}", run.all());
        assert!(run.stderr.contains(rule), "{rule}: {}", run.all());
    }
    assert!(stored(&env).is_empty(), "a refused send reached the sandbox");
    let log = std::fs::read_to_string(env.record_file()).unwrap_or_default();
    assert!(!log.contains("/messages"), "a refused send reached the sandbox:\n{log}");
}

fn interactive(object: Value) -> Value {
    json!({"messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, "type": "interactive",
           "interactive": object})
}

fn flow_body(parameters: Value) -> Value {
    interactive(json!({"type": "flow", "body": {"text": "B"}, "action": {"name": "flow", "parameters": parameters}}))
}

/// What the client lets through and the sandbox refuses, as Meta would: code and detail.
#[test]
fn sandbox_refusals() {
    let env = TestEnv::new();
    let product = |catalog: &str, sku: &str| {
        interactive(json!({"type": "product", "action": {"catalog_id": catalog, "product_retailer_id": sku}}))
    };
    let published = json!({"flow_message_version": "3", "flow_id": "1600000000000001", "flow_cta": "Go"});
    let with = |mut p: Value, key: &str, v: Value| {
        p[key] = v;
        p
    };
    let cases = [
        ("131009", "product 'NOPE' was not found", product(CATALOG, "NOPE")),
        ("131009", "catalog 42 is not connected", product("42", "MUG-CLASSIC")),
        (
            "131009",
            "product 'GONE' was not found",
            interactive(json!({"type": "product_list", "header": {"type": "text", "text": "H"},
            "body": {"text": "B"}, "action": {"catalog_id": CATALOG, "sections": [
                {"title": "A", "product_items": [{"product_retailer_id": "CAP-NAVY"}]},
                {"title": "B", "product_items": [{"product_retailer_id": "GONE"}]}]}})),
        ),
        (
            "131009",
            "thumbnail_product_retailer_id']: product 'NOPE'",
            interactive(json!({"type": "catalog_message",
            "body": {"text": "B"}, "action": {"name": "catalog_message", "parameters": {"thumbnail_product_retailer_id": "NOPE"}}})),
        ),
        ("131009", "no Flow with id '99'", flow_body(with(published.clone(), "flow_id", json!("99")))),
        (
            "131009",
            "in DRAFT status",
            flow_body(json!({"flow_message_version": "3", "flow_name": "feedback_survey", "flow_cta": "Go"})),
        ),
        ("132068", "Flow is blocked", flow_body(with(published.clone(), "flow_id", json!("1600000000000003")))),
        (
            "(#100)",
            "['extra']",
            interactive(json!({"type": "product",
                "action": {"catalog_id": CATALOG, "product_retailer_id": "MUG-CLASSIC", "extra": 1}})),
        ),
    ];
    for (code, detail, body) in cases {
        let run = env.run_with_stdin(&["--sandbox", "send", "json", "-"], &body.to_string());
        assert_eq!(run.code, 1, "{detail}: {}", run.all());
        assert!(run.stderr.contains(code) && run.stderr.contains(detail), "{detail}: {}", run.all());
    }
    assert!(stored(&env).is_empty(), "a refused message was stored");
    // A published flow by name, and the draft one with mode draft, are accepted.
    let ok = flow_body(json!({"flow_message_version": "3", "flow_name": "appointment_booking", "flow_cta": "Go"}));
    env.run_with_stdin(&["--sandbox", "send", "json", "-"], &ok.to_string()).expect_code(0);
    assert_eq!(stored(&env).len(), 1);
}

#[test]
fn the_catalog_id_may_come_from_the_environment() {
    let args =
        ["--sandbox", "send", "product-list", "--to", TO, "--header", "H", "--body", "B", "--section", "A:CAP-NAVY"];
    let run = TestEnv::new().run(&args);
    run.expect_code(2);
    assert!(run.stderr.contains("no catalog id") && run.stderr.contains("WABA_CATALOG_ID"), "{}", run.all());
    let env = TestEnv::new().env("WABA_CATALOG_ID", CATALOG);
    env.run(&args).expect_code(0);
    assert_eq!(stored(&env)[0]["interactive"]["action"]["catalog_id"], CATALOG);
}
