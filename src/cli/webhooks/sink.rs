//! Where `webhooks listen` sends what it accepted: the save file, the forward URL,
//! the output (one line per event) and the `--exec` command.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::render::{Format, diag};
use crate::webhooks::saved::Saved;
use crate::webhooks::{Delivery, Event};

/// How events are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// Columns for people (a table on a terminal).
    People,
    /// One JSON object a line.
    Ndjson,
    /// CSV with a header row.
    Csv,
}

const CSV_COLUMNS: &[&str] =
    &["time", "field", "kind", "event", "waba_id", "phone_number_id", "display_phone_number", "wa_id", "id", "summary"];

pub struct Sink {
    lines: Lines,
    forward: Option<(reqwest::Client, url::Url)>,
    save: Option<(PathBuf, File)>,
    exec: Option<String>,
    csv_header: bool,
    /// Lines not yet written.
    pending: Vec<u8>,
}

impl Sink {
    pub fn new(ctx: &Ctx, forward: Option<&str>, save: Option<&Path>, exec: Option<String>) -> CliResult<Self> {
        let lines = match ctx.out.format() {
            Format::Table if ctx.out.charts() => Lines::People,
            Format::Csv => Lines::Csv,
            _ => Lines::Ndjson,
        };
        let forward = match forward {
            Some(url) => Some((super::http::client()?, super::http::check_url(url, "--forward-to")?)),
            None => None,
        };
        let save = match save {
            Some(path) => {
                let file = std::fs::OpenOptions::new().create(true).append(true).open(path).map_err(|e| {
                    CliError::usage(format!("cannot open {} to append deliveries: {e}", path.display()))
                        .hint("check the directory exists and is writable")
                })?;
                Some((path.to_path_buf(), file))
            }
            None => None,
        };
        if exec.as_deref().is_some_and(|c| c.trim().is_empty()) {
            return Err(CliError::usage("--exec is empty").hint("give a command, e.g. --exec 'cat >> events.ndjson'"));
        }
        Ok(Self { lines, forward, save, exec, csv_header: false, pending: Vec::with_capacity(1 << 16) })
    }

    /// Save and forward one delivery; its events (none when the body is not an envelope).
    pub async fn delivery(&mut self, ctx: &mut Ctx, delivery: &Delivery) -> CliResult<Vec<Event>> {
        if let Some((path, file)) = &mut self.save {
            let mut line = Saved::of(delivery).to_line();
            line.push('\n');
            file.write_all(line.as_bytes()).map_err(|e| {
                CliError::usage(format!("cannot append to {}: {e}", path.display())).hint("check the disk and the file")
            })?;
        }
        if let Some((client, url)) = &self.forward {
            let body = delivery.body.to_vec();
            let answer =
                super::http::post(client, url, body, delivery.header("content-type"), delivery.signature()).await;
            match answer {
                Ok(code) if (200..300).contains(&code) => diag::note(&format!("forwarded to {url}: {code}")),
                Ok(code) => diag::warning(&format!("forwarded to {url}: {code}")),
                Err(why) => diag::warning(&format!("forwarding failed: {why}")),
            }
        }
        match crate::webhooks::parse(&delivery.body) {
            Ok(events) => Ok(events),
            Err(e) => {
                // Not an envelope: still shown, whole, so nothing is silently dropped.
                diag::warning(&format!("a delivery is not a webhook envelope: {e}"));
                self.flush(ctx)?;
                let raw = String::from_utf8_lossy(&delivery.body);
                if self.lines == Lines::Ndjson {
                    let line = serde_json::json!({ "kind": "unparsed", "body": raw });
                    ctx.out.raw(format!("{line}\n").as_bytes())?;
                } else {
                    ctx.out.raw(format!("{}\n", raw.trim_end()).as_bytes())?;
                }
                Ok(Vec::new())
            }
        }
    }

    /// Print one event and run `--exec` for it.
    pub async fn event(&mut self, ctx: &mut Ctx, event: &Event) -> CliResult {
        let json = serde_json::to_string(event).map_err(|e| CliError::usage(format!("cannot encode an event: {e}")))?;
        let line = match self.lines {
            Lines::Ndjson => format!("{json}\n"),
            Lines::People => people(event),
            Lines::Csv => self.csv(event)?,
        };
        self.pending.extend_from_slice(line.as_bytes());
        if let Some(cmd) = self.exec.clone() {
            // The command may print too: the event's line comes first.
            self.flush(ctx)?;
            run_exec(cmd, json).await;
        } else if self.pending.len() >= 1 << 16 {
            self.flush(ctx)?;
        }
        Ok(())
    }

    /// Write the lines gathered so far.
    pub fn flush(&mut self, ctx: &mut Ctx) -> CliResult {
        if !self.pending.is_empty() {
            ctx.out.raw(&self.pending)?;
            self.pending.clear();
        }
        Ok(())
    }

    fn csv(&mut self, event: &Event) -> CliResult<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let failed = |e: csv::Error| CliError::usage(format!("cannot write CSV: {e}"));
        if !self.csv_header {
            w.write_record(CSV_COLUMNS).map_err(failed)?;
            self.csv_header = true;
        }
        let value = serde_json::to_value(event).unwrap_or_default();
        let cell = |k: &str| match value.get(k) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        w.write_record(CSV_COLUMNS.iter().map(|k| cell(k))).map_err(failed)?;
        let bytes = w.into_inner().map_err(|e| CliError::usage(format!("cannot write CSV: {e}")))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    pub fn finish(mut self, ctx: &mut Ctx) -> CliResult {
        self.flush(ctx)?;
        ctx.out.flush()?;
        Ok(())
    }
}

/// `time  kind:event  number  user  summary`, for people.
fn people(e: &Event) -> String {
    let time = e
        .time
        .and_then(|t| jiff::Timestamp::from_second(t).ok())
        .map_or_else(|| "-".repeat(20), |t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
    let what = match &e.event {
        Some(ev) => format!("{}:{ev}", e.kind),
        None => e.kind.clone(),
    };
    let number = e.display_phone_number.as_deref().or(e.phone_number_id.as_deref()).unwrap_or("-");
    let user = e.wa_id.as_deref().unwrap_or("-");
    format!("{time}  {what:<28} {number:<15} {user:<15} {}\n", e.summary)
}

/// Runs `sh -c CMD` with `json` on stdin; a failure is a warning, never fatal.
async fn run_exec(cmd: String, json: String) {
    let outcome = tokio::task::spawn_blocking(move || {
        use std::process::{Command, Stdio};
        #[cfg(unix)]
        let mut command = Command::new("sh");
        #[cfg(unix)]
        command.arg("-c").arg(&cmd);
        #[cfg(not(unix))]
        let mut command = Command::new("cmd");
        #[cfg(not(unix))]
        command.arg("/C").arg(&cmd);
        let mut child = command.stdin(Stdio::piped()).spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            // A command that does not read its input is fine.
            let _ = stdin.write_all(json.as_bytes());
            let _ = stdin.write_all(b"\n");
        }
        child.wait()
    })
    .await;
    match outcome {
        Ok(Ok(status)) if status.success() => {}
        Ok(Ok(status)) => diag::warning(&format!("--exec command exited with {status}")),
        Ok(Err(e)) => diag::warning(&format!("--exec command could not run: {e}")),
        Err(e) => diag::warning(&format!("--exec command could not run: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_for_people_has_time_kind_number_user_summary() {
        let body = br#"{"entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"15550000001","phone_number_id":"2"},"statuses":[{"id":"wamid.A","status":"read","timestamp":"1700000000","recipient_id":"15550100101"}]}}]}]}"#;
        let event = crate::webhooks::parse(body).unwrap().remove(0);
        let line = people(&event);
        assert!(line.starts_with("2023-11-14T22:13:20Z  status:read "), "{line}");
        assert!(line.contains(" 15550000001 ") && line.contains(" 15550100101 "), "{line}");
        assert!(line.trim_end().ends_with(&event.summary), "{line}");
    }
}
