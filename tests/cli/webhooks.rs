//! `waba webhooks listen | trigger | replay` over loopback: the real binary on both ends,
//! or a raw HTTP client and server where bytes must be checked exactly.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::common::{Run, TestEnv};

const SECRET: &str = "test-app-secret-0123456789";
const VERIFY: &str = "test-verify-token";

fn env() -> TestEnv {
    TestEnv::new().env("WABA_APP_SECRET", SECRET).env("WABA_VERIFY_TOKEN", VERIFY)
}

/// A running `webhooks listen` on a free port.
struct Listener {
    child: Child,
    /// `127.0.0.1:PORT`.
    addr: String,
    url: String,
    stderr: JoinHandle<String>,
}

impl Listener {
    fn start(env: &TestEnv, extra: &[&str]) -> Self {
        let mut args = vec!["webhooks", "listen", "--port", "0"];
        if !extra.contains(&"--timeout") {
            // Never hang a test: at worst it exits 9.
            args.extend(["--timeout", "60s"]);
        }
        args.extend_from_slice(extra);
        let mut child = env
            .std_command(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn waba");
        let (tx, rx) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut all = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("listening on http://") {
                    let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().to_string());
                }
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        let Ok(at) = rx.recv_timeout(Duration::from_secs(30)) else {
            let _ = child.kill();
            panic!("listen did not print its address: {}", stderr.join().unwrap());
        };
        let addr = at.split('/').next().unwrap_or_default().to_string();
        Self { child, addr, url: format!("http://{at}"), stderr }
    }

    /// Wait for it to exit (it must: --count, --until or --timeout).
    fn finish(mut self) -> Run {
        let mut stdout = String::new();
        self.child.stdout.take().unwrap().read_to_string(&mut stdout).unwrap();
        let status = self.child.wait().unwrap();
        Run { code: status.code().unwrap_or(-1), stdout, stderr: self.stderr.join().unwrap() }
    }
}

/// A raw HTTP/1.1 request; the status code and body of the answer.
fn http(addr: &str, method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut head = format!("{method} {target} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

fn post(listener: &Listener, body: &[u8], signature: Option<&str>) -> u16 {
    let mut headers = vec![("content-type", "application/json")];
    if let Some(sig) = signature {
        headers.push(("x-hub-signature-256", sig));
    }
    http(&listener.addr, "POST", "/webhook", &headers, body).0
}

fn lines(run: &Run) -> Vec<serde_json::Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}\n{}", run.all())))
        .collect()
}

/// A text message delivery with the given body text, as raw JSON.
fn text_delivery(id: &str, text_json: &str) -> Vec<u8> {
    format!(
        r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1200000000000001","changes":[{{"value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15550000001","phone_number_id":"1100000000000001"}},"messages":[{{"from":"15550100101","id":"{id}","timestamp":"1700000000","type":"text","text":{{"body":"{text_json}"}}}}]}},"field":"messages"}}]}}]}}"#
    )
    .into_bytes()
}

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
