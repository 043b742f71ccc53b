//! `webhooks trigger` and `replay` into `listen`.

use super::*;

fn expected_kind(kind: &waba::webhooks::payload::Kind) -> &'static str {
    match kind.name {
        "message" => "message",
        "status" => "status",
        "user-preferences" => "user_preference",
        _ => kind.field,
    }
}

#[test]
fn trigger_to_listen_round_trips_every_kind_and_event() {
    let env = env();
    let kinds = waba::webhooks::payload::KINDS;
    let total: usize = kinds.iter().map(|k| k.variants.len()).sum();
    let listener = Listener::start(&env, &["--count", &total.to_string(), "-o", "ndjson"]);
    let mut sent = Vec::new();
    for kind in kinds {
        for variant in kind.variants {
            env.run(&["webhooks", "trigger", kind.name, "--to", &listener.url, "--event", variant]).expect_code(0);
            sent.push((expected_kind(kind), kind.field, *variant));
        }
    }
    let run = listener.finish();
    run.expect_code(0);
    let events = lines(&run);
    assert_eq!(events.len(), sent.len(), "{}", run.all());
    for (event, (kind, field, variant)) in events.iter().zip(&sent) {
        assert_eq!(event["kind"], *kind, "{event}");
        assert_eq!(event["field"], *field, "{event}");
        let got = event["event"].as_str().unwrap_or_default();
        // Replies are Meta's `interactive` messages of that sub-type.
        let sub = event["value"]["interactive"]["type"].as_str().unwrap_or_default();
        if *kind == "business_capability_update" {
            // Meta's capability updates carry the new limits, no event name.
            assert!(event["event"].is_null() && !event["summary"].as_str().unwrap().is_empty(), "{event}");
            continue;
        }
        assert!(
            got.eq_ignore_ascii_case(variant) || (got == "interactive" && sub == *variant),
            "{kind} {variant}: event {got:?} in {event}"
        );
    }
}

#[test]
fn trigger_lists_kinds_and_tests_refusals() {
    let env = env();
    let list = env.run(&["webhooks", "trigger", "--list", "-o", "json"]);
    list.expect_code(0);
    let names: Vec<String> =
        list.json().as_array().unwrap().iter().map(|k| k["kind"].as_str().unwrap().into()).collect();
    let known: Vec<&str> = waba::webhooks::payload::KINDS.iter().map(|k| k.name).collect();
    assert_eq!(names, known);
    let listener = Listener::start(&env, &["--timeout", "5s"]);
    let bad = env.run(&["webhooks", "trigger", "status", "--to", &listener.url, "--bad-signature"]);
    bad.expect_code(1);
    assert!(bad.stderr.contains("answered 403"), "{}", bad.all());
    let none = env.run(&["webhooks", "trigger", "status", "--to", &listener.url, "--no-signature"]);
    none.expect_code(1);
    assert!(none.stderr.contains("answered 401"), "{}", none.all());
    let sent = env.run(&[
        "webhooks",
        "trigger",
        "status",
        "--to",
        &listener.url,
        "--event",
        "failed",
        "--error-code",
        "131047",
        "-o",
        "json",
    ]);
    sent.expect_code(0);
    let status = &sent.json()["entry"][0]["changes"][0]["value"]["statuses"][0];
    assert_eq!(status["errors"][0]["code"], 131_047, "{}", sent.all());
    let unknown = env.run(&["webhooks", "trigger", "nope", "--to", &listener.url]);
    unknown.expect_code(2);
    assert!(unknown.stderr.contains("template-status"), "{}", unknown.all());
    let _ = listener.finish();
}

#[test]
fn saved_deliveries_replay_re_signed_or_with_their_signature() {
    let env = env();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deliveries.ndjson");
    let file = file.to_str().unwrap();
    let listener = Listener::start(&env, &["--count", "2", "--save", file, "-o", "ndjson"]);
    env.run(&["webhooks", "trigger", "status", "--to", &listener.url, "--message-id", "wamid.ONE"]).expect_code(0);
    let tricky = text_delivery("wamid.TWO", "\u{1F44B} \\/");
    assert_eq!(post(&listener, &tricky, Some(&waba::webhooks::sign(SECRET.as_bytes(), &tricky))), 200);
    let first = listener.finish();
    first.expect_code(0);
    assert_eq!(std::fs::read_to_string(file).unwrap().lines().count(), 2);

    for extra in [&[][..], &["--original-signature"][..]] {
        let again = Listener::start(&env, &["--count", "2", "-o", "ndjson"]);
        let mut args = vec!["webhooks", "replay", file, "--to", &again.url, "-o", "json"];
        args.extend_from_slice(extra);
        let replay = env.run(&args);
        replay.expect_code(0);
        assert_eq!(replay.json().as_array().unwrap().len(), 2, "{}", replay.all());
        let second = again.finish();
        second.expect_code(0);
        assert_eq!(second.stdout, first.stdout, "replayed events are the saved ones ({extra:?})");
    }
    // Another key re-signs: the receiver refuses, replay exits 1.
    let strict = Listener::start(&TestEnv::new().env("WABA_APP_SECRET", "other"), &["--timeout", "3s"]);
    let replay = env.run(&["webhooks", "replay", file, "--to", &strict.url, "--original-signature"]);
    replay.expect_code(1);
    assert!(replay.stderr.contains("2 of 2 deliveries"), "{}", replay.all());
    let _ = strict.finish();
}

#[test]
fn a_plain_payload_file_replays() {
    let env = env();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("payload.json");
    std::fs::write(&file, text_delivery("wamid.FILE", "from a file")).unwrap();
    let listener = Listener::start(&env, &["--count", "1", "-o", "ndjson"]);
    env.run(&["webhooks", "replay", file.to_str().unwrap(), "--to", &listener.url]).expect_code(0);
    let run = listener.finish();
    run.expect_code(0);
    assert_eq!(lines(&run)[0]["id"], "wamid.FILE");
    let bad = dir.path().join("bad.ndjson");
    std::fs::write(&bad, "{\"body\":\"{}\"}\nnot json\n").unwrap();
    let refused = env.run(&["webhooks", "replay", bad.to_str().unwrap(), "--to", "http://127.0.0.1:9/webhook"]);
    refused.expect_code(2);
    assert!(refused.stderr.contains("line 2"), "{}", refused.all());
}
