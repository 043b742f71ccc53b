//! Accepting a send: the handler has validated it against the world; what depends on the
//! message rows — the customer-service window, the portfolio's messaging limit (unique users
//! in 24 h) and the asynchronous failure — is decided inside the writer's transaction, right
//! before the row is inserted, so two concurrent sends can never both pass a limit. The answer
//! waits for the commit: a 200 means the message is stored.

use rusqlite::Connection;
use tokio::sync::oneshot;

use super::{WINDOW_MS, errors, magic};
use crate::sandbox::error::GraphError;
use crate::sandbox::state::SharedState;
use crate::sandbox::store::messages::{self as rows, MessageRow};

/// One send to store.
pub(super) struct Accept {
    /// The row; its `error_code` is decided when it is written.
    pub row: MessageRow,
    pub is_template: bool,
    pub behaviour: magic::Behaviour,
    /// 131053 when the message names a media id the sandbox does not hold.
    pub media_error: Option<i64>,
    /// The portfolio's messaging limit (unique users a day) and its numbers.
    pub limit: Option<u64>,
    pub numbers: Vec<String>,
    /// A fault that strikes once the row is stored (counted in the same transaction).
    pub fault: Option<crate::sandbox::faults::FaultKind>,
}

impl Accept {
    /// Queues the send; the receiver says whether it was stored.
    pub(super) fn queue(mut self, state: &SharedState) -> oneshot::Receiver<Result<(), GraphError>> {
        state.write(move |conn| self.write(conn))
    }

    /// Decides and inserts, inside the caller's transaction.
    fn write(&mut self, conn: &Connection) -> Result<(), GraphError> {
        let row = &mut self.row;
        let now = row.at_ms;
        let last_in = rows::last_inbound(conn, &row.phone_number_id, &row.wa_id).map_err(db)?;
        let in_window = last_in.is_some_and(|t| now - t < WINDOW_MS);
        row.error_code = if !self.is_template && !in_window {
            Some(131047)
        } else {
            self.media_error.or(magic::failure(self.behaviour, row.category.as_deref()))
        };
        if self.is_template
            && !in_window
            && let Some(limit) = self.limit
        {
            let users = rows::business_initiated_users(conn, &self.numbers, now - WINDOW_MS, WINDOW_MS).map_err(db)?;
            if users.len() as u64 >= limit && users.binary_search(&row.wa_id).is_err() {
                return Err(errors::messaging_limit(limit));
            }
        }
        rows::insert(conn, row).map_err(db)?;
        if let Some(kind) = self.fault {
            crate::sandbox::faults::count(conn, kind).map_err(db)?;
        }
        Ok(())
    }
}

/// Marks inbound message `id` of `phone_id` read at `now` (first time wins), inside the
/// writer's transaction; an unknown id is Meta's error.
pub(super) fn mark_read(
    state: &SharedState,
    id: String,
    phone_id: String,
    now: i64,
) -> oneshot::Receiver<Result<(), GraphError>> {
    state.write(move |conn| {
        let found =
            rows::find(conn, &id).map_err(db)?.is_some_and(|m| m.direction == "in" && m.phone_number_id == phone_id);
        if !found {
            return Err(errors::unknown_message(&id));
        }
        rows::set_status(conn, &id, "read", now).map_err(db)
    })
}

pub(super) fn db(e: rusqlite::Error) -> GraphError {
    tracing::warn!(error = %e, "sandbox: message store error");
    GraphError::internal(format!("sandbox database: {e}"))
}
