//! The deliverer's loop: each tick records finished attempts, scans (see
//! [`super::scan`]) and posts the due items, at most `concurrency` at once.

use tokio::sync::oneshot;
use tokio::task::JoinSet;

use super::outbox::{self, Item, Outcome};
use super::send::{self, Retry};
use super::{DeliveryOptions, STOP_GRACE, TICK, scan, watchers};
use crate::sandbox::error::GraphError;
use crate::sandbox::state::SharedState;

type Posted = (i64, Outcome);

pub(super) async fn run(
    state: SharedState,
    secret: String,
    opts: DeliveryOptions,
    scanner: scan::Scanner,
    mut stop: oneshot::Receiver<()>,
) {
    let mut scanner = Some(scanner);
    let client = send::client(opts.timeout);
    let retry = Retry { base: opts.retry_base, attempts: opts.attempts.max(1) };
    let secret = std::sync::Arc::<[u8]>::from(secret.into_bytes());
    let mut posts: JoinSet<Posted> = JoinSet::new();
    let mut busy: Vec<i64> = Vec::new();
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        let mut done: Vec<Posted> = Vec::new();
        tokio::select! {
            _ = &mut stop => {
                // Let the posts in flight finish (for at most STOP_GRACE) and record them,
                // so that what was delivered is not sent again after a restart.
                let deadline = tokio::time::Instant::now() + STOP_GRACE;
                while let Ok(Some(joined)) = tokio::time::timeout_at(deadline, posts.join_next()).await {
                    done.extend(joined.ok());
                }
                let st = state.clone();
                let _ = tokio::task::spawn_blocking(move || record(&st, &done)).await;
                break;
            }
            Some(joined) = posts.join_next(), if !posts.is_empty() => {
                done.extend(joined.ok());
            }
            _ = interval.tick() => {}
        }
        while let Some(joined) = posts.try_join_next() {
            done.extend(joined.ok());
        }
        busy.retain(|id| !done.iter().any(|(d, _)| d == id));
        let (st, b, url) = (state.clone(), busy.clone(), opts.webhook_url.clone());
        let free = opts.concurrency.saturating_sub(busy.len());
        let Some(mut sc) = scanner.take() else { break };
        let joined = tokio::task::spawn_blocking(move || {
            let out = pass(&st, &mut sc, &done, &b, free, url.as_deref());
            (sc, out)
        })
        .await;
        let Ok((sc, out)) = joined else { break };
        scanner = Some(sc);
        let (due, copies) = match out {
            Ok(due) => due,
            Err(e) => {
                tracing::warn!(error = %e.message, "sandbox: webhook delivery pass failed");
                continue;
            }
        };
        for (item, url) in due {
            busy.push(item.id);
            let (client, secret, state) = (client.clone(), secret.clone(), state.clone());
            posts.spawn(async move {
                let outcome = send::post(&client, &url, &secret, &item, retry, || state.now_ms()).await;
                (item.id, outcome)
            });
        }
        for (item, url) in copies {
            // A watcher's copy: one attempt, not recorded (see `watchers`).
            let (client, secret, state) = (client.clone(), secret.clone(), state.clone());
            tokio::spawn(async move {
                let _ = send::post(&client, &url, &secret, &item, retry, || state.now_ms()).await;
            });
        }
    }
}

/// Records finished attempts.
fn record(state: &SharedState, done: &[Posted]) -> Result<(), GraphError> {
    if done.is_empty() {
        return Ok(());
    }
    let now = state.now_ms();
    state.tables(|conn| {
        let tx = conn.unchecked_transaction()?;
        for (id, outcome) in done {
            outbox::record(&tx, *id, outcome, now)?;
        }
        tx.commit()
    })
}

/// Due items with their targets, and the watchers' copies of them.
type Due = (Vec<(Item, String)>, Vec<(Item, String)>);

/// The blocking part of a tick: records finished attempts, scans, and returns
/// up to `free` due items with their targets (recording those without one as dropped),
/// and a copy of each first attempt the subscription allows for every live watcher.
fn pass(
    state: &SharedState,
    scanner: &mut scan::Scanner,
    done: &[Posted],
    busy: &[i64],
    free: usize,
    default_url: Option<&str>,
) -> Result<Due, GraphError> {
    record(state, done)?;
    let watching = state.tables(|conn| watchers::live(conn, watchers::wall_ms()))?;
    scanner.tick(state, default_url, !watching.is_empty())?;
    let now = state.now_ms();
    if free == 0 {
        return Ok(Due::default());
    }
    let due = state.tables(|conn| outbox::due(conn, now, free, busy))?;
    if due.is_empty() {
        return Ok(Due::default());
    }
    let (targets, allowed): (Vec<Result<String, String>>, Vec<bool>) = state
        .read(|w| due.iter().map(|i| (send::target(w, i, default_url), send::subscription(w, i).is_some())).unzip());
    let copies = due
        .iter()
        .zip(&allowed)
        .filter(|(item, allowed)| **allowed && item.attempts == 0)
        .flat_map(|(item, _)| watching.iter().map(move |url| (item.clone(), url.clone())))
        .collect();
    let mut out = Vec::new();
    let mut dropped = Vec::new();
    for (item, target) in due.into_iter().zip(targets) {
        match target {
            Ok(url) => out.push((item, url)),
            Err(reason) => dropped.push((item.id, Outcome::Dropped { reason })),
        }
    }
    if !dropped.is_empty() {
        state.tables(|conn| {
            for (id, outcome) in &dropped {
                outbox::record(conn, *id, outcome, now)?;
            }
            Ok(())
        })?;
    }
    Ok((out, copies))
}
