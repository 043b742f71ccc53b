//! `waba media upload|show|download|delete` against the sandbox, the sandbox's own media errors,
//! and `waba messages read` against wiremock.

use std::path::{Path, PathBuf};

use serde_json::json;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR sandbox test image";

fn file(env: &TestEnv, name: &str, bytes: &[u8]) -> PathBuf {
    let path = env.data_dir().parent().unwrap().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn sha256(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn upload(env: &TestEnv, path: &Path) -> String {
    let run = env.run(&["--sandbox", "media", "upload", s(path), "-o", "json"]);
    run.expect_code(0);
    run.json()["id"].as_str().unwrap().to_string()
}

/// How many media uploads reached the sandbox in this environment.
fn uploads_received(env: &TestEnv) -> usize {
    std::fs::read_to_string(env.record_file()).unwrap_or_default().lines().filter(|l| l.contains("/media\"")).count()
}

#[test]
fn upload_show_download_and_delete_round_trip() {
    let env = TestEnv::new();
    let png = file(&env, "banner.png", PNG);
    let run = env.run(&["--sandbox", "media", "upload", s(&png), "-o", "json"]);
    run.expect_code(0);
    let up = run.json();
    let id = up["id"].as_str().unwrap().to_string();
    assert!(id.len() == 16 && id.starts_with("17") && id.bytes().all(|b| b.is_ascii_digit()), "{up}");
    assert_eq!(up["mime_type"], "image/png");
    assert_eq!(up["sha256"], sha256(PNG));

    let show = env.run(&["--sandbox", "media", "show", &id, "-o", "json"]);
    show.expect_code(0);
    let info = show.json();
    assert_eq!(info["mime_type"], "image/png");
    assert_eq!(info["sha256"], sha256(PNG));
    assert_eq!(info["file_size"], PNG.len().to_string());
    assert_eq!(info["messaging_product"], "whatsapp");
    assert!(info["url"].as_str().unwrap().contains(&format!("/media-download/{id}?")), "{info}");

    let to = env.data_dir().parent().unwrap().join("copy.png");
    let down = env.run(&["--sandbox", "media", "download", &id, "--to", s(&to), "-o", "json"]);
    down.expect_code(0);
    assert_eq!(std::fs::read(&to).unwrap(), PNG);
    assert_eq!(down.json()["sha256"], sha256(PNG));

    // An existing file is kept without --force.
    std::fs::write(&to, b"mine").unwrap();
    let again = env.run(&["--sandbox", "media", "download", &id, "--to", s(&to)]);
    again.expect_code(2);
    assert!(again.stderr.contains("already exists") && again.stderr.contains("--force"), "{}", again.all());
    assert_eq!(std::fs::read(&to).unwrap(), b"mine");
    env.run(&["--sandbox", "media", "download", &id, "--to", s(&to), "--force"]).expect_code(0);
    assert_eq!(std::fs::read(&to).unwrap(), PNG);

    // Deleting needs --yes off a terminal; then the id is gone.
    let refused = env.run(&["--sandbox", "media", "delete", &id]);
    refused.expect_code(2);
    assert!(refused.stderr.contains("--yes"), "{}", refused.all());
    env.run(&["--sandbox", "media", "show", &id]).expect_code(0);
    let deleted = env.run(&["--sandbox", "media", "delete", &id, "--yes", "-o", "json"]);
    deleted.expect_code(0);
    assert_eq!(deleted.json(), json!({"id": id, "success": true}));
    env.run(&["--sandbox", "media", "show", &id]).expect_code(5);
    env.run(&["--sandbox", "media", "delete", &id, "--yes"]).expect_code(5);
    env.run(&["--sandbox", "media", "download", &id, "--to", s(&to), "--force"]).expect_code(5);
}

#[test]
fn download_defaults_to_id_and_extension_and_can_write_stdout() {
    let env = TestEnv::new();
    let text = b"hello from a document\n";
    let id = upload(&env, &file(&env, "notes.txt", text));
    let cwd = tempfile::tempdir().unwrap();
    let out = env.command(&["--sandbox", "media", "download", &id]).current_dir(cwd.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(cwd.path().join(format!("{id}.txt"))).unwrap(), text);
    let run = env.run(&["--sandbox", "media", "download", &id, "--to", "-"]);
    run.expect_code(0);
    assert_eq!(run.stdout.as_bytes(), text);
    assert!(run.stderr.contains("SHA-256 verified"), "{}", run.all());
}

#[test]
fn files_outside_metas_limits_are_refused_before_sending() {
    let env = TestEnv::new();
    let cases: Vec<(PathBuf, Vec<&str>, &str)> = vec![
        (file(&env, "anim.gif", b"GIF89a...."), vec![], "cannot tell the media type"),
        (file(&env, "fake.png", b"not an image at all"), vec![], "not image/png data"),
        (file(&env, "real.png", PNG), vec!["--type", "image/gif"], "not supported"),
        (file(&env, "big.png", &[PNG, &vec![0u8; 5 * 1024 * 1024]].concat()), vec![], "over the image limit of 5 MB"),
        (
            file(&env, "sticker.webp", &[b"RIFF\0\0\0\0WEBPVP8 ".as_slice(), &[0u8; 101 * 1024]].concat()),
            vec![],
            "100 KB",
        ),
    ];
    for (path, extra, says) in &cases {
        let run = env.run(&[&["--sandbox", "media", "upload", s(path)], extra.as_slice()].concat());
        run.expect_code(2);
        assert!(run.stderr.contains(says), "{says}: {}", run.all());
    }
    let missing = env.run(&["--sandbox", "media", "upload", "/nonexistent/x.png"]);
    missing.expect_code(2);
    assert_eq!(uploads_received(&env), 0);
    upload(&env, &file(&env, "ok.png", PNG));
    assert_eq!(uploads_received(&env), 1, "the count sees an upload that was sent");
    for bad in ["abc", "12ab", ""] {
        env.run(&["--sandbox", "media", "show", bad]).expect_code(2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sandbox_checks_uploads_and_guards_downloads_like_meta() {
    let env = TestEnv::new();
    let served = crate::sandbox::serve(&env, &["--token", "media-test-token"]);
    let base = served.info["base_url"].as_str().unwrap().to_string();
    let phone = "1100000000000001";
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let post = |form: reqwest::multipart::Form| {
        http.post(format!("{base}/v25.0/{phone}/media")).bearer_auth("media-test-token").multipart(form).send()
    };
    let form = |mime: &str, name: &str, bytes: &[u8]| {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()).mime_str(mime).unwrap();
        reqwest::multipart::Form::new()
            .text("messaging_product", "whatsapp")
            .text("type", mime.to_string())
            .part("file", part)
    };
    let code = |v: &serde_json::Value| v["error"]["code"].as_i64().unwrap_or_default();
    for (mime, name, bytes) in [
        ("image/gif", "a.gif", b"GIF89a....".to_vec()),
        ("image/jpeg", "a.jpg", PNG.to_vec()),
        ("image/webp", "s.webp", [b"RIFF\0\0\0\0WEBPVP8 ".as_slice(), &[0u8; 101 * 1024]].concat()),
    ] {
        let response = post(form(mime, name, &bytes)).await.unwrap();
        assert_eq!(response.status(), 400, "{mime}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(code(&body), 131_053, "{mime}: {body}");
        assert!(body["error"]["error_data"]["details"].is_string(), "{body}");
    }
    let no_product = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("a.png").mime_str("image/png").unwrap());
    let body: serde_json::Value = post(no_product).await.unwrap().json().await.unwrap();
    assert_eq!(code(&body), 100, "{body}");

    let body: serde_json::Value = post(form("image/png", "a.png", PNG)).await.unwrap().json().await.unwrap();
    let id = body["id"].as_str().unwrap().to_string();
    let get = |url: String| http.get(url).bearer_auth("media-test-token").send();
    let info: serde_json::Value = get(format!("{base}/v25.0/{id}")).await.unwrap().json().await.unwrap();
    let url = info["url"].as_str().unwrap().to_string();
    // Another number's phone_number_id does not see it.
    let other = get(format!("{base}/v25.0/{id}?phone_number_id=1100000000000002")).await.unwrap();
    assert_eq!(other.status(), 400);
    // The bytes only with the token, only with the URL as given.
    let response = get(url.clone()).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.bytes().await.unwrap().as_ref(), PNG);
    assert_eq!(http.get(&url).send().await.unwrap().status(), 401);
    let forged = url.replace("sig=", "sig=0");
    assert_eq!(get(forged).await.unwrap().status(), 404);
    let deleted = http.delete(format!("{base}/v25.0/{id}")).bearer_auth("media-test-token").send().await.unwrap();
    assert_eq!(deleted.json::<serde_json::Value>().await.unwrap(), json!({"success": true}));
    assert_eq!(get(url).await.unwrap().status(), 404);
    let gone: serde_json::Value = get(format!("{base}/v25.0/{id}")).await.unwrap().json().await.unwrap();
    assert_eq!((code(&gone), gone["error"]["error_subcode"].as_i64()), (100, Some(33)), "{gone}");
}

fn env_for(server: &MockServer) -> TestEnv {
    TestEnv::meta(&server.uri(), "1100000000000001")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_read_posts_the_read_receipt() {
    let server = MockServer::start().await;
    let wamid = "wamid.HBgLMTU1NTAxMDAwMDEVAgASGBQzQTdGNkM5";
    let read = json!({"messaging_product": "whatsapp", "status": "read", "message_id": wamid});
    let mut typing = read.clone();
    typing["typing_indicator"] = json!({"type": "text"});
    for body in [read, typing] {
        Mock::given(method("POST"))
            .and(path("/v25.0/1100000000000001/messages"))
            .and(header("authorization", "Bearer EAAGtesttoken0000000000000000"))
            .and(body_json(body))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true})))
            .expect(1)
            .mount(&server)
            .await;
    }
    let env = env_for(&server);
    let run = env.run_async(&["messages", "read", wamid, "-o", "json"]).await;
    run.expect_code(0);
    assert_eq!(run.json(), json!({"message_id": wamid, "typing_indicator": false, "success": true}));
    env.run_async(&["messages", "read", wamid, "--typing"]).await.expect_code(0);
    // Not a message id: refused, nothing sent (the mocks expect exactly one request each).
    env.run_async(&["messages", "read", "12345"]).await.expect_code(2);
    env.run_async(&["messages", "read", "wamid."]).await.expect_code(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_read_reports_metas_error() {
    let server = MockServer::start().await;
    let error = json!({"error": {"message": "(#100) Invalid parameter", "type": "OAuthException", "code": 100,
        "error_data": {"messaging_product": "whatsapp", "details": "Invalid message_id"}, "fbtrace_id": "AbC"}});
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_json(error))
        .expect(1)
        .mount(&server)
        .await;
    let run = env_for(&server).run_async(&["messages", "read", "wamid.ABC"]).await;
    run.expect_code(1);
    assert!(run.stderr.contains("Invalid message_id"), "{}", run.all());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_whose_sha256_differs_writes_nothing() {
    let server = MockServer::start().await;
    let info = |url: String| {
        json!({"messaging_product": "whatsapp", "url": url, "mime_type": "image/png",
               "sha256": sha256(b"what meta stored"), "file_size": "16", "id": "1037543291543636"})
    };
    Mock::given(method("GET"))
        .and(path("/v25.0/1037543291543636"))
        .respond_with(ResponseTemplate::new(200).set_body_json(info(format!("{}/lookaside/1", server.uri()))))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/lookaside/1"))
        .and(header("authorization", "Bearer EAAGtesttoken0000000000000000"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"something else!!".to_vec()))
        .expect(1)
        .mount(&server)
        .await;
    let env = env_for(&server);
    let to = env.data_dir().parent().unwrap().join("out.png");
    let run = env.run_async(&["media", "download", "1037543291543636", "--to", s(&to)]).await;
    run.expect_code(7);
    assert!(run.stderr.contains("SHA-256"), "{}", run.all());
    assert!(!to.exists());
    let leftovers: Vec<_> = std::fs::read_dir(to.parent().unwrap()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert!(leftovers.iter().all(|n| !n.to_string_lossy().starts_with(".tmp")), "{leftovers:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_is_not_sent_to_a_foreign_media_host() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v25.0/1037543291543636"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"messaging_product": "whatsapp",
            "url": "https://media.example.com/x", "mime_type": "image/png", "sha256": "00", "file_size": "1",
            "id": "1037543291543636"})))
        .mount(&server)
        .await;
    let env = env_for(&server);
    let to = env.data_dir().parent().unwrap().join("out.png");
    let run = env.run_async(&["media", "download", "1037543291543636", "--to", s(&to)]).await;
    run.expect_code(3);
    assert!(run.stderr.contains("not a Meta media host"), "{}", run.all());
}
