//! `send template` against wiremock: a positional template with a media header and buttons,
//! the definition cache, `--refresh` and `--no-check`.

use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::TestEnv;

const LIST: &str = "/v25.0/1200000000000001/message_templates";

fn env_for(server: &MockServer) -> TestEnv {
    TestEnv::meta(&server.uri(), "1100000000000009")
}

fn definition() -> serde_json::Value {
    json!({"data": [{"id": "1", "name": "shipping_update", "language": "en_US", "status": "APPROVED",
        "category": "UTILITY", "parameter_format": "POSITIONAL", "components": [
            {"type": "HEADER", "format": "IMAGE"},
            {"type": "BODY", "text": "Hi {{1}}, parcel {{2}} is on its way."},
            {"type": "FOOTER", "text": "Reply STOP to stop"},
            {"type": "BUTTONS", "buttons": [
                {"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}"},
                {"type": "QUICK_REPLY", "text": "Stop updates"}]}]},
        {"id": "2", "name": "shipping_update_v2", "language": "en_US", "status": "APPROVED", "category": "UTILITY", "components": []}]})
}

const SEND: &[&str] = &["send", "template", "shipping_update", "--to", "+16505551234"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positional_template_with_header_and_buttons_and_the_cache() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param("name", "shipping_update"))
        .respond_with(ResponseTemplate::new(200).set_body_json(definition()))
        .expect(2)
        .mount(&server)
        .await;
    let env = env_for(&server);
    let args = [
        SEND,
        &["--param", "Ada", "--param", "ZX-81", "--header-image", "https://example.com/p.jpg"],
        &["--button-url-suffix", "ZX-81", "--button-payload", "STOP", "--dry-run"],
    ]
    .concat();
    let run = env.run_async(&args).await;
    run.expect_code(0);
    insta::assert_snapshot!(run.all());
    // Cached: the refusals below read no definition; --refresh reads it once more.
    let run = env.run_async(&[SEND, &["--param", "Ada", "--dry-run"]].concat()).await;
    run.expect_code(2);
    assert!(run.stderr.contains("the header is image media"), "{}", run.all());
    let args = [SEND, &["--param", "Ada", "--header-image", "https://example.com/p.jpg", "--dry-run"]].concat();
    let run = env.run_async(&args).await;
    run.expect_code(2);
    assert!(run.stderr.contains("Hi {{1}}, parcel >>{{2}}<< is on its way."), "{}", run.all());
    // --params FILE: a JSON array is positional; TOML `params = [...]` too.
    std::fs::create_dir_all(env.data_dir()).unwrap();
    let json_file = env.data_dir().join("values.json");
    std::fs::write(&json_file, r#"["Ada", 81]"#).unwrap();
    let toml_file = env.data_dir().join("values.toml");
    std::fs::write(&toml_file, "params = [\"Ada\", \"ZX-81\"]\n").unwrap();
    for file in [&json_file, &toml_file] {
        let file = file.to_string_lossy().into_owned();
        let extra = [
            "--params",
            &file,
            "--header-image",
            "1037543291543636",
            "--button-url-suffix",
            "x",
            "--dry-run",
            "-o",
            "json",
        ];
        let run = env.run_async(&[SEND, &extra].concat()).await;
        run.expect_code(0);
        let params = &run.json()["body"]["template"]["components"][1]["parameters"];
        assert_eq!(params[0]["text"], "Ada", "{}", run.all());
    }
    let args =
        [SEND, &["--param", "a", "--param", "b", "--header-video", "https://example.com/v.mp4", "--dry-run"]].concat();
    let run = env.run_async(&args).await;
    run.expect_code(2);
    assert!(run.stderr.contains("template-header-format"), "{}", run.all());
    let args = [
        SEND,
        &["--param", "a", "--param", "b", "--header-image", "https://example.com/p.jpg", "--dry-run", "--refresh"],
    ]
    .concat();
    let run = env.run_async(&args).await;
    run.expect_code(2);
    assert!(run.stderr.contains("--button-url-suffix"), "URL button needs its suffix: {}", run.all());
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_check_reads_no_definition() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path(LIST)).respond_with(ResponseTemplate::new(500)).expect(0).mount(&server).await;
    let env = env_for(&server);
    env.run_async(&[SEND, &["--param", "Ada", "--no-check", "--dry-run"]].concat()).await.expect_code(2);
    let run = env
        .run_async(
            &[SEND, &["--param", "Ada", "--no-check", "--language", "en_US", "--dry-run", "-o", "json"]].concat(),
        )
        .await;
    run.expect_code(0);
    let body = &run.json()["body"];
    assert_eq!(body["template"]["components"][0]["parameters"][0]["text"], "Ada", "{body}");
    server.verify().await;
}
