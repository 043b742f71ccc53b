use serde_json::json;

use super::payload::{self, Context, KINDS, Options};
use super::{events, parse, sign, verify};

fn ctx() -> Context {
    Context {
        waba_id: "1200000000000001".into(),
        phone_number_id: "1100000000000009".into(),
        display_phone_number: "15550100001".into(),
        wa_id: "16505551234".into(),
        profile_name: "Ada".into(),
        time: 1_764_700_000,
    }
}

fn options(variant: &str) -> Options {
    Options { variant: Some(variant.into()), message_id: Some("wamid.SANDBOX1".into()), ..Options::default() }
}

#[test]
fn every_kind_and_variant_builds_an_envelope_that_parses_back() {
    let mut lines = Vec::new();
    for kind in KINDS {
        for variant in kind.variants {
            let envelope = payload::build(kind.name, &ctx(), &options(variant)).expect("builds");
            let body = serde_json::to_vec(&envelope).expect("serialises");
            let parsed = parse(&body).expect("parses");
            assert_eq!(parsed.len(), 1, "{} {variant}: {envelope}", kind.name);
            let e = &parsed[0];
            assert_eq!(e.field, kind.field, "{} {variant}", kind.name);
            assert_eq!(e.waba_id, "1200000000000001");
            assert!(e.time.is_some(), "{} {variant}: no time", kind.name);
            assert!(!e.summary.is_empty(), "{} {variant}: empty summary", kind.name);
            let event = e.event.clone().unwrap_or_default();
            let expected = if kind.name == "message" {
                variant.replace("_reply", "").replace("nfm", "interactive")
            } else {
                (*variant).to_string()
            };
            if !matches!(*variant, "button_reply" | "list_reply" | "nfm_reply" | "messaging_limit" | "phone_numbers") {
                assert_eq!(event, expected, "{} {variant}", kind.name);
            }
            lines.push(format!("{:<20} {:<20} {:<16} {}", kind.name, variant, e.kind, e.summary));
        }
    }
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn a_delivery_with_several_entries_and_items_gives_one_event_each() {
    let mut first = payload::build("status", &ctx(), &options("sent")).expect("builds");
    let second = payload::build("status", &ctx(), &options("delivered")).expect("builds");
    let status = second["entry"][0]["changes"][0]["value"]["statuses"][0].clone();
    first["entry"][0]["changes"][0]["value"]["statuses"].as_array_mut().expect("array").push(status);
    let quality = payload::build("template-quality", &ctx(), &options("RED")).expect("builds");
    first["entry"].as_array_mut().expect("array").push(quality["entry"][0].clone());
    let parsed = events(&first).expect("parses");
    let kinds: Vec<_> = parsed.iter().map(|e| (e.kind.as_str(), e.event.as_deref().unwrap_or_default())).collect();
    assert_eq!(kinds, [("status", "sent"), ("status", "delivered"), ("message_template_quality_update", "RED")]);
    assert_eq!(parsed[0].id.as_deref(), Some("wamid.SANDBOX1"));
    assert_eq!(parsed[0].wa_id.as_deref(), Some("16505551234"));
    assert_eq!(parsed[0].phone_number_id.as_deref(), Some("1100000000000009"));
}

#[test]
fn a_failed_status_carries_its_error() {
    let mut o = options("failed");
    o.error_code = Some(131047);
    let envelope = payload::build("status", &ctx(), &o).expect("builds");
    let e = &events(&envelope).expect("parses")[0];
    assert_eq!(e.error(), Some((131047, "Re-engagement message".to_string())));
    assert!(e.summary.contains("131047"), "{}", e.summary);
}

#[test]
fn unknown_fields_and_shapes_are_kept_whole() {
    let body = json!({ "object": "whatsapp_business_account", "entry": [{ "id": 7, "time": 1, "changes": [
        { "field": "calls", "value": { "calls": [{ "id": "c1" }] } },
        { "field": "security", "value": { "event": "PIN_CHANGED" } } ] }] });
    let parsed = events(&body).expect("parses");
    assert_eq!(parsed.len(), 2);
    assert_eq!(parsed[0].kind, "calls");
    assert_eq!(parsed[0].value, json!({ "calls": [{ "id": "c1" }] }));
    assert_eq!(parsed[0].waba_id, "7");
    assert_eq!(parsed[1].summary, "PIN_CHANGED");
    assert!(parse(b"not json").is_err());
    assert!(parse(b"{\"object\":\"page\"}").is_err());
}

#[test]
fn a_built_payload_signs_and_verifies() {
    let envelope = payload::build("message", &ctx(), &options("text")).expect("builds");
    let body = serde_json::to_vec(&envelope).expect("serialises");
    let header = sign(b"app-secret", &body);
    assert_eq!(verify(b"app-secret", &body, Some(header.as_bytes())), Ok(()));
}

#[test]
fn unknown_kinds_and_variants_are_refused_with_the_known_ones() {
    assert!(payload::build("nope", &ctx(), &Options::default()).is_err());
    let err = payload::build("status", &ctx(), &options("lost")).expect_err("refused");
    assert!(err.to_string().contains("delivered, sent, read, failed"), "{err}");
}

/// Meta payloads recorded by other public projects (../shared, when present) all parse,
/// every event with a summary.
#[test]
#[allow(clippy::print_stderr)]
fn recorded_payloads_of_other_projects_parse() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/reference/fixtures");
    let dirs = [
        "pywa/tests/data/updates",
        "waba-toolkit/test/fixtures",
        "whatsapp-business-java-api/src/test/resources/deserialization",
    ];
    if !root.exists() {
        eprintln!("skipped: {} is absent", root.display());
        return;
    }
    let mut count = 0;
    for dir in dirs {
        let Ok(files) = std::fs::read_dir(root.join(dir)) else { continue };
        for file in files.flatten() {
            let Ok(text) = std::fs::read_to_string(file.path()) else { continue };
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
            // pywa keeps several envelopes per file, keyed by name.
            let envelopes: Vec<&serde_json::Value> = if value.get("entry").is_some() {
                vec![&value]
            } else {
                value.as_object().map(|m| m.values().filter(|v| v.get("entry").is_some()).collect()).unwrap_or_default()
            };
            for envelope in envelopes {
                let parsed = events(envelope).unwrap_or_else(|e| panic!("{}: {e}", file.path().display()));
                assert!(!parsed.is_empty(), "{}", file.path().display());
                for e in parsed {
                    assert!(!e.summary.is_empty(), "{}: {e:?}", file.path().display());
                    count += 1;
                }
            }
        }
    }
    assert!(count > 50, "only {count} events found");
}

#[test]
fn a_second_pause_says_so_and_lasts_6_hours() {
    let title = |pause: Option<u32>| {
        let o = Options { pause, ..options("PAUSED") };
        let body = payload::build("template-status", &ctx(), &o).unwrap();
        let info = body["entry"][0]["changes"][0]["value"]["other_info"].clone();
        (
            info["title"].as_str().unwrap_or_default().to_owned(),
            info["description"].as_str().unwrap_or_default().contains("6 hours"),
        )
    };
    assert_eq!(title(None), ("FIRST_PAUSE".to_owned(), false));
    assert_eq!(title(Some(2)), ("SECOND_PAUSE".to_owned(), true));
}
