//! The writer thread of a serving process (group commit): one thread with its own
//! connection takes the queued [`Job`]s and request-log entries, runs up to [`BATCH`] of them
//! in one `BEGIN IMMEDIATE` transaction, commits, and only then completes each job. A job runs
//! in its own savepoint, so one that fails (a duplicate id, a refused send) undoes its own
//! writes only, never its batch's. Other processes keep writing the same database: the batch
//! transaction waits for them (busy timeout) and decisions made inside it see their commits.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use super::log::{self, Entry};
use crate::sandbox::error::GraphError;

/// Most jobs and log entries in one transaction.
const BATCH: usize = 1_024;
/// Log rows written between two prunings.
const PRUNE_EVERY: usize = 1_000;

/// Work that writes the database from the writer thread.
pub(crate) trait Job: Send {
    /// Runs inside the batch's transaction (in its own savepoint); an error undoes this job's
    /// writes only and is what [`Job::done`] then receives.
    fn run(&mut self, conn: &Connection) -> Result<(), GraphError>;
    /// Called once, after the batch committed (with the outcome of [`Job::run`]) or failed to
    /// (with that error).
    fn done(self: Box<Self>, outcome: Result<(), GraphError>);
}

enum Msg {
    Job(Box<dyn Job>),
    Log(Entry),
    Flush(Sender<()>),
}

/// The sending side of the writer thread; dropping it ends the thread after the thread
/// has written (and completed) everything it received.
#[derive(Debug)]
pub(crate) struct Writer {
    tx: Sender<Msg>,
}

impl Writer {
    /// Starts the writer thread on its own connection to `path`.
    pub(crate) fn start(path: &Path) -> Writer {
        let (tx, rx) = channel();
        let path = path.to_path_buf();
        let spawned = std::thread::Builder::new().name("sandbox-writer".into()).spawn(move || run(&path, &rx));
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "sandbox: cannot start the database writer");
        }
        Writer { tx }
    }

    /// Queues `job` (never blocks); when the thread is gone the job completes at once with an error.
    pub(crate) fn submit(&self, job: Box<dyn Job>) {
        if let Err(std::sync::mpsc::SendError(Msg::Job(job))) = self.tx.send(Msg::Job(job)) {
            job.done(Err(GraphError::internal("sandbox database: the writer thread is not running")));
        }
    }

    /// Queues one request-log entry (never blocks).
    pub(crate) fn log(&self, entry: Entry) {
        let _ = self.tx.send(Msg::Log(entry));
    }

    /// Waits (at most `timeout`) until everything queued so far is written and completed.
    pub(crate) fn flush(&self, timeout: Duration) {
        let (ack, done) = channel();
        if self.tx.send(Msg::Flush(ack)).is_ok() {
            let _ = done.recv_timeout(timeout);
        }
    }
}

/// One batch as taken off the queue.
#[derive(Default)]
struct Batch {
    jobs: Vec<Box<dyn Job>>,
    entries: Vec<Entry>,
    acks: Vec<Sender<()>>,
}

impl Batch {
    fn len(&self) -> usize {
        self.jobs.len() + self.entries.len()
    }

    fn push(&mut self, msg: Msg) {
        match msg {
            Msg::Job(j) => self.jobs.push(j),
            Msg::Log(e) => self.entries.push(e),
            Msg::Flush(a) => self.acks.push(a),
        }
    }
}

fn run(path: &Path, rx: &Receiver<Msg>) {
    let mut conn = match super::connect(path) {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::warn!(error = %e, "sandbox: the database writer cannot connect; writes fail");
            None
        }
    };
    let mut since_prune = 0;
    while let Ok(first) = rx.recv() {
        let mut batch = Batch::default();
        batch.push(first);
        while batch.len() < BATCH {
            match rx.try_recv() {
                Ok(msg) => batch.push(msg),
                Err(_) => break,
            }
        }
        since_prune += batch.entries.len();
        let prune = since_prune >= PRUNE_EVERY;
        let outcomes = match conn.as_mut() {
            Some(conn) => write(conn, &mut batch, prune),
            None => Err(GraphError::internal("sandbox database: the writer cannot connect")),
        };
        match outcomes {
            Ok(outcomes) => {
                if prune {
                    since_prune = 0;
                }
                for (job, outcome) in batch.jobs.drain(..).zip(outcomes) {
                    job.done(outcome);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e.message, jobs = batch.jobs.len(), rows = batch.entries.len(), "sandbox: cannot write a batch");
                for job in batch.jobs.drain(..) {
                    job.done(Err(e.clone()));
                }
            }
        }
        for ack in batch.acks.drain(..) {
            let _ = ack.send(());
        }
    }
}

/// Runs the batch in one transaction; the outcome of each job, in order, once committed.
fn write(conn: &mut Connection, batch: &mut Batch, prune: bool) -> Result<Vec<Result<(), GraphError>>, GraphError> {
    let internal = |e: rusqlite::Error| GraphError::internal(format!("sandbox database: {e}"));
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(internal)?;
    let mut outcomes = Vec::with_capacity(batch.jobs.len());
    for job in &mut batch.jobs {
        tx.prepare_cached("SAVEPOINT job").and_then(|mut s| s.execute([])).map_err(internal)?;
        let outcome = job.run(&tx);
        if outcome.is_err() {
            tx.prepare_cached("ROLLBACK TO job").and_then(|mut s| s.execute([])).map_err(internal)?;
        }
        tx.prepare_cached("RELEASE job").and_then(|mut s| s.execute([])).map_err(internal)?;
        outcomes.push(outcome);
    }
    if !batch.entries.is_empty() {
        log::insert_rows(&tx, &batch.entries).map_err(internal)?;
        if prune {
            log::prune(&tx, log::LIMIT).map_err(internal)?;
        }
    }
    tx.commit().map_err(internal)?;
    Ok(outcomes)
}
