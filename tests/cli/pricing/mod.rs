//! `waba pricing` through the real binary.

mod inputs;
mod markets;
mod rules;
mod tools;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::common::TestEnv;

pub(super) const BR: &str = "+5511987654321";
pub(super) const PN: &str = "1100000000000001";

/// One event-log line.
pub(super) fn ev(ts: &str, dir: &str, user: &str, kind: &str, category: Option<&str>) -> String {
    let mut v = json!({"ts": ts, "dir": dir, "user": user, "type": kind, "phone_number_id": PN});
    if let Some(c) = category {
        v["category"] = json!(c);
    }
    v.to_string()
}

pub(super) fn jsonl(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// Write a file into the environment's temp dir and return its path.
pub(super) fn write(env: &TestEnv, name: &str, text: &str) -> PathBuf {
    let dir = env.data_dir().parent().unwrap().join("logs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

pub(super) fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Meta's per-message pricing example for a user in Brazil (h0 marketing; h2 user message; h3 text;
/// h4 utility inside the window; h30 utility outside it).
pub(super) fn pmp_example() -> String {
    jsonl(&[
        ev("2025-10-01T00:00:00Z", "out", BR, "template", Some("marketing")),
        ev("2025-10-01T02:00:00Z", "in", BR, "text", None),
        ev("2025-10-01T03:00:00Z", "out", BR, "text", None),
        ev("2025-10-01T04:00:00Z", "out", BR, "template", Some("utility")),
        ev("2025-10-02T06:00:00Z", "out", BR, "template", Some("utility")),
    ])
}

pub(super) const PMP_EXAMPLE_CSV: &str = "ts,dir,user,type,category,phone_number_id,id\n\
2025-10-01T00:00:00Z,out,+5511987654321,template,marketing,1100000000000001,m1\n\
2025-10-01T02:00:00Z,in,+5511987654321,text,,1100000000000001,m2\n\
2025-10-01T03:00:00Z,out,+5511987654321,text,,1100000000000001,m3\n\
2025-10-01T04:00:00Z,out,+5511987654321,template,utility,1100000000000001,m4\n\
2025-10-02T06:00:00Z,out,+5511987654321,template,utility,1100000000000001,m5\n";

/// Parse a decimal money string into micro-dollars.
pub(super) fn micros(s: &str) -> i64 {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = format!("{frac:0<6}");
    int.parse::<i64>().unwrap() * 1_000_000 + frac[..6].parse::<i64>().unwrap()
}

pub(super) fn money(v: &Value) -> i64 {
    micros(v.as_str().unwrap_or_else(|| panic!("not a money string: {v}")))
}

/// The one row of `pricing rates --date D --market M -o json`.
pub(super) fn rate_row(env: &TestEnv, date: &str, market: &str) -> Value {
    let run = env.run(&["pricing", "rates", "--date", date, "--market", market, "-o", "json"]);
    run.expect_code(0);
    let v = run.json();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "{v}");
    assert_eq!(rows[0]["market"], market);
    rows[0].clone()
}

pub(super) fn service_log(numbers: &[&str]) -> String {
    let mut lines = Vec::new();
    let mut n = 0;
    for u in 0..11 {
        let user = format!("+91987654{u:04}");
        let pn = numbers[u % numbers.len()];
        let ev = |ts: String, dir: &str| {
            json!({"ts": ts, "dir": dir, "user": user, "type": "text", "phone_number_id": pn}).to_string()
        };
        lines.push(ev(format!("2026-10-05T{u:02}:00:00Z"), "in"));
        for k in 0..91 {
            lines.push(ev(format!("2026-10-05T{u:02}:{:02}:{:02}Z", 1 + k / 60, k % 60), "out"));
            n += 1;
        }
    }
    assert_eq!(n, 1001);
    jsonl(&lines)
}
