//! The send loop: claim a window of rows (`in_flight`, committed), send them paced with at most
//! `max_in_flight` requests open over the client's keep-alive pool, record outcomes in batches.
//! Results are classified as `send` classifies them: accepted; rejected with Meta's code;
//! `uncertain` when the outcome is unknown (not resent); throttled or not-connected sends are
//! sent again (they surely were not processed), with the pace halved on throttling.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use tokio::task::JoinSet;

use super::journal::{Claimed, Journal, JournalError, Outcome};
use super::pace::{Pace, Pairs};
use crate::graph::{GraphClient, GraphError, RetryPolicy, SendError, SentMessage};

/// How to run.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// The sending phone-number id.
    pub phone_number_id: String,
    /// Messages per second.
    pub rate: f64,
    /// Requests open at once.
    pub max_in_flight: usize,
    /// Sends of one row that were surely not processed (throttled, no connection) before it
    /// is recorded `rejected` (and retried by `--resume`).
    pub max_attempts: u32,
    /// Space messages to the same recipient by the pair rate (when duplicates are allowed).
    pub pair_pacing: bool,
}

impl RunConfig {
    /// Rows claimed per journal commit: a tenth of a second at the rate, 8 to 512. A crash
    /// leaves at most this many rows claimed but unsent (reported `uncertain`, never resent).
    pub fn window(&self) -> usize {
        ((self.rate / 10.0) as usize).clamp(8, 512)
    }
}

/// Counts of this run, for progress.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    /// Accepted by Meta.
    pub accepted: u64,
    /// Refused.
    pub rejected: u64,
    /// Outcome unknown.
    pub uncertain: u64,
    /// Throttling answers seen.
    pub throttled: u64,
    /// The rate in force.
    pub rate: f64,
    /// Stopped before the end (Ctrl-C, or the token stopped working).
    pub stopped: bool,
    /// Why it stopped early, when not interrupted.
    pub stop_reason: Option<&'static str>,
}

/// Outcomes are committed at least this often…
const FLUSH: std::time::Duration = std::time::Duration::from_millis(200);
/// …or when this many are waiting.
const FLUSH_ROWS: usize = 256;

type Done = (Claimed, Result<SentMessage, SendError>);

async fn send_one(client: GraphClient, from: Arc<str>, row: Claimed, at: Option<Instant>) -> Done {
    if let Some(at) = at {
        tokio::time::sleep_until(at.into()).await;
    }
    if row.attempts > 0 {
        // Sent again after a throttling answer or a failed connection: back off, 0.1 s doubling.
        tokio::time::sleep(std::time::Duration::from_millis(100 << row.attempts.min(6))).await;
    }
    let body: serde_json::Value = match serde_json::from_str(&row.body) {
        Ok(v) => v,
        Err(e) => {
            let err = SendError::Graph(GraphError::Config(format!("journal body unreadable: {e}")));
            return (row, Err(err));
        }
    };
    let result = client.send_message_with(&from, &body, RetryPolicy::none()).await;
    (row, result)
}

fn auth_failure(err: &SendError) -> bool {
    match err {
        SendError::Graph(GraphError::Api(api)) => api.status == 401 || api.body.code == 190,
        _ => false,
    }
}

/// Run the job until no row is pending or `stop` resolves; `progress` is called after each
/// outcome batch. The journal is consistent when this returns (nothing left `in_flight`
/// unless the process dies).
pub async fn run(
    client: &GraphClient,
    journal: &mut Journal,
    cfg: &RunConfig,
    mut stop: Pin<Box<dyn Future<Output = ()> + Send>>,
    progress: &mut dyn FnMut(&Tally),
) -> Result<Tally, JournalError> {
    let from: Arc<str> = Arc::from(cfg.phone_number_id.as_str());
    let mut pace = Pace::new(cfg.rate);
    let mut pairs = Pairs::default();
    let mut queue: VecDeque<Claimed> = VecDeque::new();
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut inflight: JoinSet<Done> = JoinSet::new();
    let mut tally = Tally { rate: cfg.rate, ..Tally::default() };
    let (mut exhausted, mut stopping) = (false, false);
    let window = cfg.window();
    let mut flushed = Instant::now();
    loop {
        // Outcomes reach the disk at least every FLUSH, so that a crash loses few of them (a
        // row whose outcome was lost is reported `uncertain`, never resent).
        if !outcomes.is_empty() && (outcomes.len() >= FLUSH_ROWS || flushed.elapsed() >= FLUSH) {
            journal.record(&outcomes)?;
            outcomes.clear();
            flushed = Instant::now();
            progress(&tally);
        }
        if queue.is_empty() && !exhausted && !stopping {
            queue.extend(journal.claim(&outcomes, window)?);
            outcomes.clear();
            flushed = Instant::now();
            exhausted = queue.is_empty();
            tally.rate = pace.rate();
            tally.throttled = pace.throttled_count();
            progress(&tally);
        }
        if (queue.is_empty() || stopping) && inflight.is_empty() {
            break;
        }
        let can_send = !stopping && !queue.is_empty() && inflight.len() < cfg.max_in_flight;
        tokio::select! {
            biased;
            () = &mut stop, if !stopping => {
                stopping = true;
                tally.stopped = true;
            }
            Some(Ok((row, result))) = inflight.join_next(), if !inflight.is_empty() => {
                match result {
                    Ok(sent) => {
                        tally.accepted += 1;
                        let wamid = sent.messages.first().map(|m| m.id.clone());
                        outcomes.push(Outcome { line: row.line, state: "accepted", wamid, error_code: None,
                            error_message: None, attempts: row.attempts + 1 });
                    }
                    Err(err) if err.retryable() && row.attempts + 1 < cfg.max_attempts => {
                        if err.throttled() {
                            pace.throttled();
                        }
                        let mut row = row;
                        row.attempts += 1;
                        queue.push_front(row);
                    }
                    Err(SendError::OutcomeUnknown { cause, api, .. }) => {
                        tally.uncertain += 1;
                        outcomes.push(Outcome { line: row.line, state: "uncertain", wamid: None,
                            error_code: api.as_ref().map(|a| a.body.code), error_message: Some(cause),
                            attempts: row.attempts + 1 });
                    }
                    Err(err) => {
                        tally.rejected += 1;
                        if auth_failure(&err) && !stopping {
                            stopping = true;
                            tally.stopped = true;
                            tally.stop_reason = Some("the access token was refused (code 190 / HTTP 401)");
                        }
                        let code = match &err {
                            SendError::Graph(GraphError::Api(api)) => Some(api.body.code),
                            // Never reached Meta: retried by --resume.
                            e if e.retryable() => None,
                            _ => Some(0),
                        };
                        outcomes.push(Outcome { line: row.line, state: "rejected", wamid: None, error_code: code,
                            error_message: Some(err.to_string()), attempts: row.attempts + 1 });
                    }
                }
            }
            () = tokio::time::sleep(FLUSH), if !outcomes.is_empty() => {}
            () = pace.ready(), if can_send => {
                if let Some(row) = queue.pop_front() {
                    let at = cfg.pair_pacing.then(|| pairs.book(&row.wa_id, Instant::now()))
                        .filter(|at| *at > Instant::now());
                    inflight.spawn(send_one(client.clone(), from.clone(), row, at));
                }
            }
        }
    }
    // Rows claimed but never sent go back to pending.
    outcomes.extend(queue.drain(..).map(|row| Outcome {
        line: row.line,
        state: "pending",
        wamid: None,
        error_code: None,
        error_message: None,
        attempts: row.attempts,
    }));
    journal.record(&outcomes)?;
    tally.rate = pace.rate();
    tally.throttled = pace.throttled_count();
    progress(&tally);
    Ok(tally)
}
