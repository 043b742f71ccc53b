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

/// Whether `uri` can be a webhook callback: `https://…`, or plain `http://` to a
/// loopback host (a local receiver). Meta calls only https callbacks.
pub fn is_callback_url(uri: &str) -> bool {
    let Ok(url) = url::Url::parse(uri) else {
        return false;
    };
    let loopback = matches!(url.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
    url.host_str().is_some_and(|h| !h.is_empty()) && (url.scheme() == "https" || (url.scheme() == "http" && loopback))
}
