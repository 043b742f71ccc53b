//! Templates as code: the template file model ([`file`]) and the offline linter ([`lint`]).
//!
//! Pure library code: no terminal, no network.

pub mod file;
pub mod languages;
pub mod lint;
pub mod locate;
pub mod serialize;
pub mod view;

#[cfg(test)]
mod tests;
