//! Templates as code: the template file model ([`file`](mod@file)), the offline linter ([`lint`]) and the planner
//! ([`plan`]) behind `templates plan` / `apply` / `pull`.
//!
//! Pure library code: no terminal, no network.

pub mod file;
pub mod journal;
pub mod languages;
pub mod lint;
pub mod locate;
pub mod media;
pub mod paths;
pub mod payload;
pub mod plan;
pub mod serialize;
pub mod view;

#[cfg(test)]
mod tests;
