//! `waba webhooks listen | trigger | replay` over loopback: the real binary on both ends,
//! or a raw HTTP client and server where bytes must be checked exactly.

mod listen;
mod send_wait;
mod subscribe;
mod trigger_replay;

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
pub(crate) struct Listener {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub(crate) addr: String,
    url: String,
    stderr: JoinHandle<String>,
}

impl Listener {
    pub(crate) fn start(env: &TestEnv, extra: &[&str]) -> Self {
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
    pub(crate) fn finish(mut self) -> Run {
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
