//! Webhooks: the signature Meta puts on every delivery, the envelope split into
//! typed events, and the payloads waba builds (`webhooks trigger`, the
//! sandbox's deliveries) — one shape for all of them (graph-api.md §10).

pub mod event;
pub mod payload;
pub mod signature;
mod summary;
#[cfg(test)]
mod tests;

pub use event::{EnvelopeError, Event, events, parse};
pub use signature::{SignatureError, sign, verify};
