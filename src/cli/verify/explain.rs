//! What Meta's lifecycle errors mean and when to try again, added to Meta's own hint. Keyed on
//! `error.code` (graph-api.md §3.2, platform-rules.md §9.4); the rate limits and lock-outs exit
//! 6 (rate limited) rather than 1.

use crate::cli::error::{CliError, Kind};
use crate::graph::GraphError;

/// Converts a Graph error of a lifecycle call, with waba's explanation of its code.
pub fn explain(err: GraphError) -> CliError {
    let mut e = CliError::from(err);
    let Some(code) = e.api.as_ref().map(|a| a.code) else { return e };
    let (ours, kind) = match code {
        136024 => (
            "Meta refused to send a code: codes may be requested about once a minute and a few times an hour; \
             wait (the message says how long) before `waba verify request-code` again",
            Some(Kind::RateLimited),
        ),
        136025 => (
            "the code was wrong, expired (codes are valid for minutes) or already used: check it, or request \
             a new one with `waba verify request-code`",
            None,
        ),
        133005 => (
            "the PIN does not match the number's two-step verification PIN; a forgotten PIN is reset in \
             WhatsApp Manager (Phone numbers > Settings > Two-step verification); wrong PINs count towards a lock-out",
            None,
        ),
        133006 => (
            "the number must prove ownership first: `waba verify request-code`, then `waba verify code --code-stdin`",
            None,
        ),
        133008 => (
            "too many wrong PINs: registration is locked for hours (the message says until when); do not retry before",
            Some(Kind::RateLimited),
        ),
        133009 => ("PINs were sent too quickly: wait a few seconds before trying again", Some(Kind::RateLimited)),
        133010 => ("the number is not registered on the Cloud API: `waba numbers register --pin-stdin`", None),
        133015 => (
            "the number was deleted or deregistered moments ago: wait 5 minutes, then register again",
            Some(Kind::RateLimited),
        ),
        133016 => (
            "register and deregister are limited to 10 calls per number in 72 hours: wait (the message says \
             until when)",
            Some(Kind::RateLimited),
        ),
        _ => return e,
    };
    e.hint = Some(match e.hint.take() {
        Some(meta) => format!("{meta} ({ours})"),
        None => ours.to_owned(),
    });
    if let Some(k) = kind {
        e.kind = k;
    }
    e
}
