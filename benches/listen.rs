//! End to end: signed deliveries per second that `waba webhooks listen` accepts on
//! loopback (signature checked, envelope parsed, one NDJSON line printed per event), and
//! its peak resident memory (VmHWM) under a burst of many connections at once.
//!
//! Run: `cargo bench --bench listen` (release profile; builds the release binary).
//! Sizes: `WABA_BENCH_EVENTS` (default 100000), `WABA_BENCH_CONNECTIONS` (default 16),
//! `WABA_BENCH_BURST_CONNECTIONS` (default 256). Linux (reads /proc for memory).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use waba::webhooks::payload::{self, Context, Options};

const SECRET: &str = "bench-app-secret-0123456789abcdef";

fn var(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One signed `delivered` status with pricing, as a raw HTTP/1.1 keep-alive request.
fn request(addr: &str) -> Vec<u8> {
    let ctx = Context {
        waba_id: "1200000000000001".into(),
        phone_number_id: "1100000000000009".into(),
        display_phone_number: "15550100001".into(),
        wa_id: "16505551234".into(),
        profile_name: "Ada".into(),
        time: 1_764_700_000,
    };
    let options = Options { variant: Some("delivered".into()), ..Options::default() };
    let body = serde_json::to_vec(&payload::build("status", &ctx, &options).expect("builds")).expect("json");
    let sig = waba::webhooks::sign(SECRET.as_bytes(), &body);
    let mut req = format!(
        "POST /webhook HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\n\
         x-hub-signature-256: {sig}\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    req.extend_from_slice(&body);
    req
}

/// Sends `n` requests on one connection, one at a time; counts the 200s.
fn client(addr: String, req: Arc<Vec<u8>>, n: usize, ok: Arc<AtomicU64>) {
    let mut stream = TcpStream::connect(&addr).expect("connect");
    stream.set_nodelay(true).ok();
    let mut buf = vec![0u8; 4096];
    for _ in 0..n {
        stream.write_all(&req).expect("write");
        // Read one response: headers only (the body of a 200 is empty).
        let mut have = 0;
        loop {
            let got = stream.read(&mut buf[have..]).expect("read");
            assert!(got > 0, "listen closed the connection");
            have += got;
            if buf[..have].windows(4).any(|w| w == b"\r\n\r\n") {
                break;
            }
        }
        if buf.starts_with(b"HTTP/1.1 200") {
            ok.fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

struct Outcome {
    accepted: u64,
    printed: u64,
    seconds: f64,
    peak_kib: u64,
}

fn run(events: usize, connections: usize) -> Outcome {
    let total = events / connections * connections;
    let mut child = Command::new(env!("CARGO_BIN_EXE_waba"))
        .args(["webhooks", "listen", "--port", "0", "-o", "ndjson", "--count", &total.to_string()])
        .args(["--timeout", "300s"])
        .env("WABA_APP_SECRET", SECRET)
        .env("WABA_CONFIG_DIR", std::env::temp_dir().join("waba-bench-listen"))
        .env("WABA_DATA_DIR", std::env::temp_dir().join("waba-bench-listen"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn waba (cargo bench builds it)");
    let pid = child.id();
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut line = String::new();
    let addr = loop {
        line.clear();
        assert!(stderr.read_line(&mut line).expect("stderr") > 0, "listen exited before listening");
        if let Some(rest) = line.strip_prefix("listening on http://") {
            break rest.split('/').next().expect("address").to_string();
        }
    };
    let mut stdout = child.stdout.take().expect("stdout");
    let printer = std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        let mut lines = 0u64;
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        }
        lines
    });
    let req = Arc::new(request(&addr));
    let ok = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let clients: Vec<_> = (0..connections)
        .map(|_| {
            let (addr, req, ok) = (addr.clone(), req.clone(), ok.clone());
            std::thread::spawn(move || client(addr, req, total / connections, ok))
        })
        .collect();
    let mut peak_kib = 0;
    while !clients.iter().all(|c| c.is_finished()) {
        peak_kib = peak_kib.max(peak_rss_kib(pid).unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    }
    for c in clients {
        c.join().expect("client");
    }
    peak_kib = peak_kib.max(peak_rss_kib(pid).unwrap_or(0));
    let status = child.wait().expect("wait");
    let seconds = start.elapsed().as_secs_f64();
    assert!(status.success(), "listen exited with {status}");
    let printed = printer.join().expect("printer");
    Outcome { accepted: ok.load(Ordering::Relaxed), printed, seconds, peak_kib }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: keep that run tiny.
    let benching = std::env::args().any(|a| a == "--bench");
    let events = var("WABA_BENCH_EVENTS", if benching { 100_000 } else { 200 });
    let connections = var("WABA_BENCH_CONNECTIONS", 16).max(1);
    let burst = var("WABA_BENCH_BURST_CONNECTIONS", if benching { 256 } else { 8 }).max(1);
    for (name, conns) in [("steady", connections), ("burst", burst)] {
        let o = run(events, conns);
        println!(
            "listen/{name}: {} signed deliveries on {conns} connections in {:.2} s: {:.0} events/s accepted \
             and printed ({} answered 200, {} lines); peak RSS {:.1} MiB",
            o.printed,
            o.seconds,
            o.printed as f64 / o.seconds,
            o.accepted,
            o.printed,
            o.peak_kib as f64 / 1024.0
        );
    }
}
