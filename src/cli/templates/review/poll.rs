//! Polling the account until the templates waited for leave review.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::{MessageTemplate, TemplateStatus};
use crate::graph::{GraphClient, PageRequest, TemplateFilter};
use crate::render::diag;
use crate::templates::journal::Submitted;

/// A template to wait for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Target {
    pub name: String,
    pub language: String,
    pub id: String,
}

impl From<&Submitted> for Target {
    fn from(s: &Submitted) -> Self {
        Self { name: s.name.clone(), language: s.language.clone(), id: s.id.clone() }
    }
}

/// Where one template's review ended (or stood when the time ran out).
#[derive(Debug, Clone, Serialize)]
pub struct Reviewed {
    pub name: String,
    pub language: String,
    /// The account's status.
    pub status: String,
    pub id: String,
    /// Seconds from the start of the wait until review decided it (or until the timeout).
    pub elapsed_seconds: u64,
    /// Why it is not approved (Meta's `rejected_reason`, …), or that it is still in review.
    pub detail: Option<String>,
    #[serde(skip)]
    pub(super) state: State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum State {
    InReview,
    Approved,
    NotApproved,
}

fn state_of(status: &TemplateStatus) -> State {
    match status {
        TemplateStatus::Pending | TemplateStatus::InAppeal => State::InReview,
        TemplateStatus::Approved => State::Approved,
        _ => State::NotApproved,
    }
}

fn detail_of(t: &MessageTemplate) -> Option<String> {
    match t.status {
        TemplateStatus::Approved | TemplateStatus::Pending | TemplateStatus::InAppeal => None,
        TemplateStatus::Rejected => {
            let reason = t.rejected_reason.as_deref().filter(|r| !r.is_empty() && *r != "NONE");
            Some(format!("rejected: {}", reason.unwrap_or("no reason given")))
        }
        TemplateStatus::Paused | TemplateStatus::Disabled => {
            Some("its quality rating fell (recipients blocked or reported it)".into())
        }
        _ => Some(format!("left review as {}", t.status)),
    }
}

/// Polls the account (one listing per round: after 1 s, doubling to 30 s) until every target
/// has left review, or `timeout` has passed; returns each target's last state, in order.
pub async fn wait(
    ctx: &mut Ctx,
    client: &GraphClient,
    targets: &[Target],
    timeout: Duration,
) -> CliResult<Vec<Reviewed>> {
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    let waba = ctx.account_id()?;
    let start = Instant::now();
    let multi = (std::io::stderr().is_terminal() && !ctx.global.quiet).then(MultiProgress::new);
    let bars: Vec<Option<ProgressBar>> = targets
        .iter()
        .map(|t| {
            multi.as_ref().map(|m| {
                let bar = m.add(ProgressBar::new_spinner());
                if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}, waited {elapsed}") {
                    bar.set_style(style);
                }
                bar.set_message(format!("{} ({}): checking", t.name, t.language));
                bar.enable_steady_tick(Duration::from_millis(200));
                bar
            })
        })
        .collect();
    let mut rows: Vec<Option<Reviewed>> = vec![None; targets.len()];
    let mut pause = Duration::from_secs(1);
    let result = loop {
        let listing = match client.templates(&waba, &TemplateFilter::default(), PageRequest::All).await {
            Ok(listing) => listing,
            Err(e) => break Err(CliError::from(e)),
        };
        let by_id: BTreeMap<&str, &MessageTemplate> = listing.items.iter().map(|t| (t.id.as_str(), t)).collect();
        let waited = start.elapsed();
        for ((target, row), bar) in targets.iter().zip(rows.iter_mut()).zip(&bars) {
            if row.as_ref().is_some_and(|r| r.state != State::InReview) {
                continue;
            }
            let (status, state, detail) = match by_id.get(target.id.as_str()) {
                Some(t) => (t.status.to_string(), state_of(&t.status), detail_of(t)),
                None => ("DELETED".to_string(), State::NotApproved, Some("no longer on the account".into())),
            };
            if let Some(bar) = bar {
                bar.set_message(format!("{} ({}): {status}", target.name, target.language));
                if state != State::InReview {
                    bar.finish();
                }
            }
            *row = Some(Reviewed {
                name: target.name.clone(),
                language: target.language.clone(),
                status,
                id: target.id.clone(),
                elapsed_seconds: waited.as_secs(),
                detail,
                state,
            });
        }
        let in_review = rows.iter().flatten().filter(|r| r.state == State::InReview).count();
        if in_review == 0 {
            break Ok(());
        }
        if waited >= timeout {
            for r in rows.iter_mut().flatten().filter(|r| r.state == State::InReview) {
                r.detail = Some(format!("still in review after {} s", waited.as_secs()));
            }
            break Ok(());
        }
        if !ctx.global.quiet && ctx.global.verbose > 0 {
            diag::note(&format!("{in_review} template(s) in review; checking again in {} s", pause.as_secs()));
        }
        tokio::time::sleep(pause.min(timeout.saturating_sub(waited))).await;
        pause = (pause * 2).min(Duration::from_secs(30));
    };
    bars.iter().flatten().for_each(ProgressBar::finish_and_clear);
    result?;
    Ok(rows.into_iter().flatten().collect())
}
