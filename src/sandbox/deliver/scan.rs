//! The scanner: turns what happened into outbox items. New message rows (past
//! the cursor kept in `meta`) become their statuses (each with its due time,
//! from the same timeline and pricing engine `sandbox messages` uses) or
//! inbound `messages` events; world changes become template, number and
//! account events ([`super::diff`]).
//!
//! Bounded per tick: at most [`BATCH`] rows, priced by one incremental
//! [`Pricer`] (replayed once over the rows before the cursor at start).

use serde_json::{Value, json};

use super::diff::Snapshot;
use super::outbox::{self, NewItem};
use crate::sandbox::error::GraphError;
use crate::sandbox::messages::status::{event, meta_pricing, pricer, timeline};
use crate::sandbox::state::SharedState;
use crate::sandbox::store::messages::{self, MessageRow};
use crate::sandbox::store::schema;
use crate::sandbox::world::World;
use crate::sim::pricing::{ExplainRow, Pricer};
use crate::webhooks::payload::{self, Context, Options};

/// Rows scanned per tick at most.
pub const BATCH: i64 = 500;
const CURSOR_KEY: &str = "webhook_cursor";
const SNAPSHOT_KEY: &str = "webhook_world";
/// Bumped by every write of the world (see `store::rows`).
const WORLD_VERSION_KEY: &str = "world_version";

/// The scanner's memory between ticks.
pub struct Scanner {
    delay_ms: i64,
    cursor: i64,
    pricer: Pricer,
    line: u64,
    snapshot: Option<Snapshot>,
    /// The world's version when it was last diffed.
    world_version: Option<String>,
}

impl Scanner {
    /// Loads the cursor and the last world seen, and replays the rows before the cursor
    /// into the pricer (once).
    pub fn open(state: &SharedState, delay_ms: i64) -> Result<Scanner, GraphError> {
        let (cursor, snapshot) = state.tables(|conn| {
            outbox::ensure(conn)?;
            let cursor = schema::meta(conn, CURSOR_KEY)?.and_then(|v| v.parse::<i64>().ok());
            let snapshot = schema::meta(conn, SNAPSHOT_KEY)?.and_then(|v| serde_json::from_str(&v).ok());
            Ok((cursor, snapshot))
        })?;
        let snapshot = match snapshot {
            Some(s) => s,
            None => {
                // The world as it is now: changes from here on are reported.
                let now = state.read(Snapshot::of);
                let text = serde_json::to_string(&now).unwrap_or_default();
                state.tables(|conn| schema::set_meta(conn, SNAPSHOT_KEY, &text))?;
                now
            }
        };
        let max: i64 =
            state.with_messages(|c| c.query_row("SELECT coalesce(max(seq), 0) FROM messages", [], |r| r.get(0)))?;
        // The first start delivers what happens from now on, not the world's whole history.
        let cursor = match cursor {
            Some(c) => c,
            None => {
                state.tables(|conn| schema::set_meta(conn, CURSOR_KEY, &max.to_string()))?;
                max
            }
        };
        let mut scanner =
            Scanner { delay_ms, cursor, pricer: pricer(), line: 0, snapshot: Some(snapshot), world_version: None };
        if max < scanner.cursor {
            // The messages were cleared (`sandbox reset`): start over.
            scanner.cursor = 0;
        }
        let mut done = 0;
        while done < scanner.cursor {
            let rows = state.with_messages(|c| messages::after(c, done, Some(scanner.cursor), 5_000))?;
            let Some(last) = rows.last() else { break };
            done = last.seq;
            for m in &rows {
                scanner.price(m);
            }
        }
        Ok(scanner)
    }

    fn price(&mut self, m: &MessageRow) -> Option<ExplainRow> {
        self.line += 1;
        match self.pricer.push(&event(m, self.line)) {
            Ok(row) => row,
            Err(e) => {
                tracing::debug!(error = %e, id = m.id, "sandbox: message not priced");
                None
            }
        }
    }

    /// One pass: settles due template reviews, enqueues the events of new rows
    /// and of world changes; returns how many items it enqueued.
    ///
    /// A message's events that nobody can receive — its WABA has no subscription, or no callback
    /// URL (the number's override, the subscription's, `default_url`), and no watcher is live
    /// (`watched`) — are counted as dropped at once ([`outbox::UNSENT_KEY`]) rather than stored to
    /// be dropped when due: a load test without a receiver then costs no outbox writes.
    pub fn tick(&mut self, state: &SharedState, default_url: Option<&str>, watched: bool) -> Result<usize, GraphError> {
        crate::sandbox::templates::settle(state)?;
        crate::sandbox::lifecycle::review::settle(state)?;
        let now = state.now_ms();
        let rows = state.with_messages(|c| messages::after(c, self.cursor, None, BATCH))?;
        if rows.is_empty() && self.cursor > 0 {
            let max: i64 =
                state.with_messages(|c| c.query_row("SELECT coalesce(max(seq), 0) FROM messages", [], |r| r.get(0)))?;
            if max < self.cursor {
                // The messages were cleared (`sandbox reset` while serving): start over.
                self.cursor = 0;
                self.pricer = pricer();
                return Ok(0);
            }
        }
        // The world is diffed only when it changed (a database world has a version; a memory one
        // is diffed every tick).
        let version = state.tables(|c| schema::meta(c, WORLD_VERSION_KEY))?;
        let unchanged = version.is_some() && version == self.world_version;
        let mut unsent = 0u64;
        let (items, next) = state.read(|world| {
            let mut items = Vec::new();
            for m in &rows {
                let priced = self.price(m);
                if watched || reachable(world, m, default_url) {
                    items.extend(message_items(world, m, priced.as_ref(), self.delay_ms));
                } else {
                    let events = if m.direction == "in" { 1 } else { timeline(m, self.delay_ms, i64::MAX).len() };
                    unsent += events as u64;
                }
            }
            let next = Some(Snapshot::of(world)).filter(|n| !unchanged && self.snapshot.as_ref() != Some(n));
            if let (Some(before), Some(next)) = (self.snapshot.as_ref(), next.as_ref()) {
                items.extend(before.events(next, world, now));
            }
            (items, next)
        });
        self.world_version = version;
        let cursor = rows.last().map_or(self.cursor, |m| m.seq);
        if items.is_empty() && cursor == self.cursor && next.is_none() {
            return Ok(0);
        }
        state.tables(|conn| {
            let tx = conn.unchecked_transaction()?;
            outbox::enqueue(&tx, &items, now)?;
            if unsent > 0 {
                outbox::count_unsent(&tx, unsent)?;
            }
            schema::set_meta(&tx, CURSOR_KEY, &cursor.to_string())?;
            if let Some(next) = &next {
                schema::set_meta(&tx, SNAPSHOT_KEY, &serde_json::to_string(next).unwrap_or_default())?;
            }
            tx.commit()
        })?;
        self.cursor = cursor;
        if next.is_some() {
            self.snapshot = next;
        }
        Ok(items.len())
    }
}

/// Whether the events of message `m` have a receiver: the app's subscription to the number's
/// WABA and a callback URL (see [`super::send::target_of`]).
fn reachable(world: &World, m: &MessageRow, default_url: Option<&str>) -> bool {
    let waba = world.phone_number(&m.phone_number_id).map(|p| p.waba_id.as_str()).unwrap_or_default();
    super::send::target_of(world, waba, Some(&m.phone_number_id), default_url).is_ok()
}

/// Who an event of number `phone_number_id` and user `wa_id` is about, at `at_ms`.
pub(super) fn context(world: &World, phone_number_id: &str, wa_id: &str, at_ms: i64) -> Context {
    let phone = world.phone_number(phone_number_id);
    Context {
        waba_id: phone.map(|p| p.waba_id.clone()).unwrap_or_default(),
        phone_number_id: phone_number_id.to_owned(),
        display_phone_number: phone
            .map(|p| p.display_phone_number.chars().filter(char::is_ascii_digit).collect())
            .unwrap_or_default(),
        wa_id: wa_id.to_owned(),
        profile_name: "Sandbox User".into(),
        time: at_ms.div_euclid(1000),
    }
}

/// The items of one message row: each status of an outbound message, or the inbound message.
fn message_items(world: &World, m: &MessageRow, priced: Option<&ExplainRow>, delay_ms: i64) -> Vec<NewItem> {
    let body: Value = serde_json::from_str(&m.body).unwrap_or(Value::Null);
    let item = |key: String, ctx: &Context, value: Value, due_ms: i64| NewItem {
        key,
        waba_id: ctx.waba_id.clone(),
        phone_number_id: Some(m.phone_number_id.clone()),
        field: "messages".into(),
        body: payload::envelope(&ctx.waba_id, None, "messages", value).to_string(),
        due_ms,
    };
    if m.direction == "in" {
        let ctx = context(world, &m.phone_number_id, &m.wa_id, m.at_ms);
        let kind = if m.kind == "text" { "text" } else { m.kind.as_str() };
        let text = body["text"]["body"].as_str().map(str::to_owned);
        let mut value = payload::inbound_value(&ctx, kind, &Options { text, ..Options::default() });
        value["messages"][0]["id"] = json!(m.id);
        return vec![item(format!("message:{}", m.id), &ctx, value, m.at_ms)];
    }
    let pricing = priced.filter(|_| m.error_code.is_none()).map(meta_pricing);
    let options = Options {
        message_id: Some(m.id.clone()),
        error_code: m.error_code,
        category: Some(m.category.clone().unwrap_or_else(|| "service".into())),
        callback_data: body["biz_opaque_callback_data"].as_str().map(str::to_owned),
        ..Options::default()
    };
    timeline(m, delay_ms, i64::MAX)
        .into_iter()
        .map(|(status, at)| {
            let ctx = context(world, &m.phone_number_id, &m.wa_id, at);
            let with_pricing = matches!(status, "sent" | "delivered");
            let p = pricing.as_ref().filter(|_| with_pricing);
            let mut value = payload::status_value(&ctx, status, &options, p.map(|(p, _)| p.clone()));
            if let Some((_, Some(conversation))) = p {
                value["statuses"][0]["conversation"] = conversation.clone();
            }
            item(format!("status:{}:{status}", m.id), &ctx, value, at)
        })
        .collect()
}
