//! Writes queued on the writer thread ([`crate::sandbox::store::writer`]), or run at once on
//! an in-memory state.

use super::SharedState;
use crate::sandbox::error::GraphError;
use crate::sandbox::store::writer::Job;

impl SharedState {
    /// Queues `job` on the writer thread (database state), else runs it at once on the
    /// in-memory message connection in a transaction of its own; `done` is called either way.
    pub(crate) fn submit(&self, mut job: Box<dyn Job>) {
        if let Some(writer) = &self.inner.writer {
            return writer.submit(job);
        }
        let outcome = self.with_messages(|conn| {
            let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let outcome = job.run(&tx);
            if outcome.is_ok() {
                tx.commit()?;
            }
            Ok(outcome)
        });
        job.done(outcome.and_then(|o| o));
    }

    /// Queues `f` as a [`Job`] (see [`SharedState::submit`]); the receiver gets its outcome once
    /// committed. `f` runs inside the batch's transaction; its error undoes its writes only.
    pub(crate) fn write(
        &self,
        f: impl FnMut(&rusqlite::Connection) -> Result<(), GraphError> + Send + 'static,
    ) -> tokio::sync::oneshot::Receiver<Result<(), GraphError>> {
        let (reply, rx) = tokio::sync::oneshot::channel();
        self.submit(Box::new(FnJob { f, reply }));
        rx
    }
}

/// A closure queued by [`SharedState::write`] and where its outcome goes.
struct FnJob<F> {
    f: F,
    reply: tokio::sync::oneshot::Sender<Result<(), GraphError>>,
}

impl<F: FnMut(&rusqlite::Connection) -> Result<(), GraphError> + Send> Job for FnJob<F> {
    fn run(&mut self, conn: &rusqlite::Connection) -> Result<(), GraphError> {
        (self.f)(conn)
    }

    fn done(self: Box<Self>, outcome: Result<(), GraphError>) {
        // The client may have gone: the write is done (or not) either way.
        let _ = self.reply.send(outcome);
    }
}
