//! Integration tests: the real binary, a hermetic config dir, the sandbox or wiremock over loopback.

mod auth;
mod common;
mod completions;
mod contract;
mod examples;
mod graph;
mod help;
mod inputs;
mod limits;
mod media;
mod numbers;
mod openapi;
mod pricing;
mod profile;
mod readme;
mod sandbox;
mod sandbox_db;
mod sandbox_messages;
mod secrets;
mod send;
mod send_commerce;
mod send_retry;
mod send_sandbox;
mod send_template;
mod templates;
mod widths;
