//! Webhooks: the signature Meta puts on every delivery, the envelope split into
//! typed events, and the payloads waba builds (`webhooks trigger`, the
//! sandbox's deliveries) — one shape for all of them (graph-api.md §10).

pub mod event;
pub mod filter;
pub mod payload;
pub mod receiver;
pub mod saved;
pub mod signature;
mod summary;
#[cfg(test)]
mod tests;

pub use event::{EnvelopeError, Event, events, parse};
pub use filter::Filter;
pub use receiver::{Delivery, Incoming, Receiver, ReceiverConfig};
pub use signature::{SignatureError, sign, verify};
