//! Contract coverage of sandbox endpoints no CLI command calls yet (business profile, settings,
//! subscribed apps, summary fields, unversioned paths): raw HTTP against `waba sandbox serve`,
//! recorded like every other exchange and checked against the spec when the `TestEnv` drops.
//! The status is not asserted here — the sandbox's own tests own behaviour; this checks shapes,
//! whatever the sandbox answers (a Graph error too).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};

use serde_json::Value;

use crate::common::TestEnv;

/// A `waba sandbox serve` child, killed on drop.
struct Serve {
    child: Child,
    addr: String,
    token: String,
    info: Value,
}

impl Serve {
    fn start(env: &TestEnv) -> Self {
        let mut child = env
            .std_command(&["sandbox", "serve", "--port", "0", "-o", "json"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start waba sandbox serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout"));
        let mut text = String::new();
        let info = loop {
            let mut line = String::new();
            if lines.read_line(&mut line).unwrap_or(0) == 0 {
                let _ = child.kill();
                panic!("sandbox serve printed no JSON: {text}");
            }
            text.push_str(&line);
            if let Ok(v) = serde_json::from_str::<Value>(&text) {
                break v;
            }
        };
        let base = info["base_url"].as_str().expect("base_url");
        let addr = base.trim_start_matches("http://").to_owned();
        let token = info["token"].as_str().expect("token").to_owned();
        Self { child, addr, token, info }
    }

    fn id(&self, key: &str) -> String {
        self.info[key].as_str().unwrap_or_default().to_owned()
    }

    /// One HTTP/1.1 exchange; the status (the sandbox records the body itself).
    fn call(&self, method: &str, path: &str, json_body: Option<&str>) -> u16 {
        let mut stream = TcpStream::connect(&self.addr).expect("connect to the sandbox");
        let body = json_body.unwrap_or("");
        let content_type = if json_body.is_some() { "Content-Type: application/json\r\n" } else { "" };
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {}\r\n{content_type}\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.addr,
            self.token,
            body.len()
        );
        stream.write_all(request.as_bytes()).expect("send");
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn endpoints_beyond_the_cli_answer_in_meta_s_shapes() {
    let env = TestEnv::new();
    let serve = Serve::start(&env);
    let (waba, phone) = (serve.id("account_id"), serve.id("phone_number_id"));
    let profile = r#"{"messaging_product":"whatsapp","about":"Open 9-5","email":"hi@example.com","websites":["https://example.com"],"vertical":"RETAIL"}"#;
    let calls: Vec<(&str, String, Option<&str>)> = vec![
        (
            "GET",
            format!(
                "/v23.0/{phone}/whatsapp_business_profile?fields=about,address,description,email,profile_picture_url,websites,vertical"
            ),
            None,
        ),
        ("POST", format!("/v23.0/{phone}/whatsapp_business_profile"), Some(profile)),
        ("GET", format!("/v23.0/{phone}/whatsapp_business_profile"), None),
        ("GET", format!("/v23.0/{phone}/settings"), None),
        ("POST", format!("/v23.0/{phone}/settings"), Some(r#"{"calling":{"status":"ENABLED"}}"#)),
        ("GET", format!("/v23.0/{waba}/subscribed_apps"), None),
        ("POST", format!("/v23.0/{waba}/subscribed_apps"), Some("{}")),
        ("DELETE", format!("/v23.0/{waba}/subscribed_apps"), None),
        (
            "GET",
            format!(
                "/v23.0/{waba}/message_templates?summary=total_count,message_template_count,message_template_limit,are_translations_complete&limit=2"
            ),
            None,
        ),
        ("GET", format!("/v23.0/{waba}?fields=id,name,status,health_status,subscribed_apps"), None),
        ("GET", format!("/{waba}"), None),
        (
            "GET",
            format!(
                "/v23.0/{waba}/phone_numbers?filtering=%5B%7B%22field%22%3A%22account_mode%22%2C%22operator%22%3A%22EQUAL%22%2C%22value%22%3A%22LIVE%22%7D%5D"
            ),
            None,
        ),
    ];
    for (method, path, body) in &calls {
        let status = serve.call(method, path, *body);
        assert!(status >= 200, "{method} {path}: no HTTP answer");
    }
}
