//! Integration tests: the real binary, a hermetic config dir, the sandbox or wiremock over loopback.

mod common;
mod completions;
mod graph;
mod help;
mod inputs;
mod numbers;
mod profile;
mod sandbox;
mod secrets;
