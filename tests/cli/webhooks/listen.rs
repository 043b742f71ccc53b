//! `webhooks listen`: handshake, signatures, forwarding, filters, exec, secrets.

use super::*;

#[test]
fn the_handshake_echoes_the_challenge_only_for_the_right_token() {
    let env = env();
    let listener = Listener::start(&env, &["--timeout", "3s"]);
    let ok = http(
        &listener.addr,
        "GET",
        "/webhook?hub.mode=subscribe&hub.verify_token=test-verify-token&hub.challenge=1158201444",
        &[],
        b"",
    );
    assert_eq!(ok, (200, "1158201444".to_string()));
    let wrong =
        http(&listener.addr, "GET", "/webhook?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1", &[], b"");
    assert_eq!(wrong.0, 403);
    let no_mode = http(&listener.addr, "GET", "/webhook?hub.verify_token=test-verify-token&hub.challenge=1", &[], b"");
    assert_eq!(no_mode.0, 403);
    let run = listener.finish();
    run.expect_code(9);
    assert!(run.stderr.contains("refused a verification handshake with 403"), "{}", run.all());
    assert!(!run.stderr.contains(VERIFY) && !run.stdout.contains(VERIFY), "{}", run.all());
}

#[test]
fn signatures_are_checked_over_the_raw_bytes() {
    let env = env();
    let listener = Listener::start(&env, &["--count", "2", "-o", "ndjson"]);
    let tricky = text_delivery("wamid.TRICKY", "Gr\u{fc}\u{df}e \\/ \u{1F44B} \\u00e9");
    let sig = waba::webhooks::sign(SECRET.as_bytes(), &tricky);
    assert_eq!(post(&listener, &tricky, None), 401, "missing signature");
    assert_eq!(post(&listener, &tricky, Some(&waba::webhooks::sign(b"wrong", &tricky))), 403, "wrong key");
    let value: serde_json::Value = serde_json::from_slice(&tricky).unwrap();
    let reserialised = serde_json::to_vec(&value).unwrap();
    assert_ne!(reserialised, tricky);
    assert_eq!(post(&listener, &reserialised, Some(&sig)), 403, "re-serialised body");
    assert_eq!(post(&listener, &tricky, Some(&sig)), 200, "multi-byte characters and escaped slashes");
    let plain = text_delivery("wamid.PLAIN", "hello");
    assert_eq!(post(&listener, &plain, Some(&waba::webhooks::sign(SECRET.as_bytes(), &plain))), 200);
    let run = listener.finish();
    run.expect_code(0);
    let events = lines(&run);
    let ids: Vec<&str> = events.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["wamid.TRICKY", "wamid.PLAIN"], "{}", run.all());
    assert_eq!(events[0]["value"]["text"]["body"], "Gr\u{fc}\u{df}e / \u{1F44B} \u{e9}");
    assert_eq!(run.stderr.matches("refused a wrongly signed delivery").count(), 2, "{}", run.all());
    assert_eq!(run.stderr.matches("refused an unsigned delivery").count(), 1, "{}", run.all());
    assert!(!run.stderr.contains(SECRET), "{}", run.all());
}

#[test]
fn forward_to_passes_body_and_signature_byte_for_byte() {
    let app = TcpListener::bind("127.0.0.1:0").unwrap();
    let app_addr = app.local_addr().unwrap();
    let recorder = std::thread::spawn(move || {
        let (mut stream, _) = app.accept().unwrap();
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        let (head_len, length) = loop {
            let n = stream.read(&mut buf).unwrap();
            assert!(n > 0, "connection closed early");
            seen.extend_from_slice(&buf[..n]);
            if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&seen[..end]).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .map(|v| v.trim().parse::<usize>().unwrap())
                    .unwrap();
                break (end + 4, length);
            }
        };
        while seen.len() < head_len + length {
            let n = stream.read(&mut buf).unwrap();
            seen.extend_from_slice(&buf[..n]);
        }
        stream.write_all(b"HTTP/1.1 202 Accepted\r\ncontent-length: 0\r\nconnection: close\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&seen[..head_len]).to_string();
        (head, seen[head_len..].to_vec())
    });
    let env = env();
    let forward = format!("http://{app_addr}/hook");
    let listener = Listener::start(&env, &["--count", "1", "--forward-to", &forward, "-o", "ndjson"]);
    let body = text_delivery("wamid.FWD", "caf\u{e9} \\/ \u{4f60}\u{597d}");
    let sig = waba::webhooks::sign(SECRET.as_bytes(), &body);
    assert_eq!(post(&listener, &body, Some(&sig)), 200);
    let run = listener.finish();
    run.expect_code(0);
    let (head, forwarded) = recorder.join().unwrap();
    assert_eq!(forwarded, body, "the body is passed on unchanged");
    assert!(head.to_ascii_lowercase().contains(&format!("x-hub-signature-256: {sig}")), "{head}");
    assert!(head.starts_with("POST /hook "), "{head}");
    assert!(run.stderr.contains(&format!("forwarded to {forward}: 202")), "{}", run.all());
}

#[test]
fn timeout_exits_9() {
    let run = Listener::start(&env(), &["--timeout", "300ms", "--until", "status:read"]).finish();
    run.expect_code(9);
    assert!(run.stderr.contains("no event matched --until within 300ms"), "{}", run.all());
}

#[test]
fn until_stops_at_the_first_matching_event() {
    let env = env();
    let listener = Listener::start(&env, &["--until", "status:read,id=wamid.X", "-o", "ndjson"]);
    for (event, id) in [("delivered", "wamid.X"), ("read", "wamid.Y"), ("read", "wamid.X")] {
        env.run(&["webhooks", "trigger", "status", "--to", &listener.url, "--event", event, "--message-id", id])
            .expect_code(0);
    }
    let run = listener.finish();
    run.expect_code(0);
    let got: Vec<(String, String)> =
        lines(&run).iter().map(|e| (e["event"].as_str().unwrap().into(), e["id"].as_str().unwrap().into())).collect();
    assert_eq!(got.len(), 3, "{}", run.all());
    assert_eq!(got[2], ("read".to_string(), "wamid.X".to_string()));
    let bad = env.run(&["webhooks", "listen", "--until", "colour=red"]);
    bad.expect_code(2);
    assert!(bad.stderr.contains("unknown field 'colour'"), "{}", bad.all());
}

#[test]
fn exec_gets_each_event_on_stdin() {
    let env = env();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("events.ndjson");
    let cmd = format!("cat >> '{}'", out.display());
    let listener = Listener::start(&env, &["--count", "2", "--exec", &cmd, "-o", "ndjson"]);
    for id in ["wamid.E1", "wamid.E2"] {
        env.run(&["webhooks", "trigger", "status", "--to", &listener.url, "--message-id", id]).expect_code(0);
    }
    listener.finish().expect_code(0);
    let text = std::fs::read_to_string(&out).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["wamid.E1", "wamid.E2"]);
}

#[test]
fn secrets_come_from_env_stdin_or_profile_and_are_required() {
    let env = TestEnv::new();
    let missing = env.run(&["webhooks", "listen", "--port", "0"]);
    missing.expect_code(3);
    for way in ["WABA_APP_SECRET", "--app-secret-stdin", "waba profile set"] {
        assert!(missing.stderr.contains(way), "{way}: {}", missing.all());
    }
    let trigger = env.run(&["webhooks", "trigger", "status", "--to", "http://127.0.0.1:9/webhook"]);
    trigger.expect_code(3);
    env.run(&["profile", "add", "p", "--account-id", "1200000000000009"]).expect_code(0);
    env.run_with_stdin(&["profile", "set", "p", "--app-secret-stdin"], "canary-secret-77\n").expect_code(0);
    env.run_with_stdin(&["profile", "set", "p", "--verify-token-stdin"], "canary-token-77\n").expect_code(0);
    let creds = std::fs::read_to_string(env.config_dir().join("credentials.toml")).unwrap();
    assert!(creds.contains("canary-secret-77") && creds.contains("canary-token-77"), "{creds}");
    // `profile show` says they are set and where from, never what they are.
    let shown = env.run(&["profile", "show", "-o", "json"]);
    shown.expect_code(0);
    assert_eq!(shown.json()["app_secret"], serde_json::json!({"value": "(set)", "source": "credentials.toml"}));
    assert_eq!(shown.json()["verify_token"]["value"], "(set)");
    assert!(!shown.all().contains("canary-"), "{}", shown.all());
    // The profile's secrets sign (trigger), check (listen) and answer the handshake.
    let listener = Listener::start(&env, &["--count", "1", "-o", "ndjson"]);
    let ok = http(
        &listener.addr,
        "GET",
        "/webhook?hub.mode=subscribe&hub.verify_token=canary-token-77&hub.challenge=9",
        &[],
        b"",
    );
    assert_eq!(ok, (200, "9".to_string()));
    let sent = env.run(&["-vvv", "webhooks", "trigger", "status", "--to", &listener.url]);
    sent.expect_code(0);
    let run = listener.finish();
    run.expect_code(0);
    assert_eq!(lines(&run)[0]["waba_id"], "1200000000000009");
    for r in [&run, &sent] {
        assert!(!r.all().contains("canary-secret-77") && !r.all().contains("canary-token-77"), "{}", r.all());
    }
    // From stdin: a key the receiver does not know is refused.
    let listener = Listener::start(&env, &["--timeout", "3s"]);
    let other =
        env.run_with_stdin(&["webhooks", "trigger", "status", "--to", &listener.url, "--app-secret-stdin"], "x\n");
    other.expect_code(1);
    let _ = listener.finish();
    let empty = env.run_with_stdin(&["profile", "set", "p", "--app-secret-stdin"], "");
    empty.expect_code(2);
}

#[test]
fn no_signature_check_warns_loudly_and_accepts() {
    let env = TestEnv::new();
    let listener = Listener::start(&env, &["--no-signature-check", "--count", "1", "-o", "ndjson"]);
    assert_eq!(post(&listener, &text_delivery("wamid.U", "hi"), None), 200);
    let run = listener.finish();
    run.expect_code(0);
    assert!(run.stderr.contains("warning: --no-signature-check"), "{}", run.all());
    assert_eq!(lines(&run)[0]["id"], "wamid.U");
}

#[test]
fn piped_table_output_is_ndjson_and_unknown_fields_print_whole() {
    let env = TestEnv::new();
    let listener = Listener::start(&env, &["--no-signature-check", "--count", "1"]);
    let body = br#"{"object":"whatsapp_business_account","entry":[{"id":"1","time":1700000000,"changes":[{"field":"brand_new_field","value":{"x":{"y":[1,2]}}}]}]}"#;
    assert_eq!(post(&listener, body, None), 200);
    let run = listener.finish();
    run.expect_code(0);
    let event = &lines(&run)[0];
    assert_eq!(event["field"], "brand_new_field");
    assert_eq!(event["value"]["x"]["y"][1], 2);
}
