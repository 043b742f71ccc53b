//! `waba` — operations tooling for the WhatsApp Business Platform.
//!
//! The library is layered so that the parts that talk to Meta, emulate Meta or
//! hold settings know nothing of the command line:
//!
//! - [`graph`]: the typed Graph API client (models, errors, paging, retries).
//! - [`sandbox`]: a local HTTP emulator of the Graph API, used by `--sandbox` and tests.
//! - [`config`]: settings resolution and the on-disk profile store.
//! - [`lifecycle`]: a number's lifecycle rules (adding, codes, PINs, OBA), shared with the sandbox.
//! - [`health`]: the rules that turn phone-number and account state into verdicts.
//! - [`render`]: the one output writer (table, JSON, NDJSON, CSV).
//!
//! The `cli` module (private to the binary) wires them to clap.

pub mod bulk;
pub mod business_profile;
pub mod cli;
pub mod config;
pub mod display_name;
pub mod fsutil;
pub mod graph;
pub mod health;
pub mod lifecycle;
pub mod media;
pub mod messages;
pub mod render;
pub mod sandbox;
pub mod sim;
pub mod templates;
pub mod webhooks;
