//! `POST /{phone-number-id}/messages`: sends (validated as Meta validates
//! them, stored as rows, statuses evaluated lazily) and mark-as-read.
//!
//! * `validate` / `interactive` / `template`: the body rules and Meta's errors;
//! * `commerce`: catalogs, products and flows named by a message, against the world;
//! * `magic`: recipients with fixed outcomes; `status`: statuses and pricing;
//! * `throttle`: throughput, pair rate; `report`: listings for the CLI;
//! * `media_ref`: media ids a message names (unknown ones fail with 131053).

mod accept;
mod commerce;
pub(crate) mod errors;
mod fields;
mod interactive;
pub mod magic;
mod media_ref;
pub mod report;
pub mod status;
mod template;
mod template_rich;
mod throttle;
mod validate;

#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::error::GraphError;
use super::faults::{FaultKind, Faults, Injected};
use super::request::{Ctx, Reply};
use super::state::SharedState;
use super::store::messages::MessageRow;
use fields::{Obj, obj, only, opt_obj, text};

/// Default delay between two statuses of a message.
pub const DEFAULT_STATUS_DELAY: Duration = Duration::from_millis(300);
/// The customer-service window.
pub const WINDOW_MS: i64 = 24 * 3_600_000;

/// Messaging options of a sandbox: the status schedule and throughput.
#[derive(Clone)]
pub struct Messaging {
    status_delay_ms: i64,
    unlimited: bool,
    throttle: Arc<throttle::Throttle>,
    /// Injected faults (`sandbox serve --faults`).
    faults: Option<Arc<Faults>>,
}

impl Default for Messaging {
    fn default() -> Self {
        Messaging::new(DEFAULT_STATUS_DELAY, false)
    }
}

impl Messaging {
    /// Statuses `status_delay` apart; `unlimited` lifts the per-number throughput bucket.
    pub fn new(status_delay: Duration, unlimited: bool) -> Self {
        Messaging {
            status_delay_ms: i64::try_from(status_delay.as_millis()).unwrap_or(i64::MAX),
            unlimited,
            throttle: Arc::default(),
            faults: None,
        }
    }

    /// Injects `faults` into sends.
    pub(crate) fn with_faults(mut self, faults: Option<Faults>) -> Self {
        self.faults = faults.map(Arc::new);
        self
    }

    /// The delay between two statuses, in milliseconds.
    pub fn status_delay_ms(&self) -> i64 {
        self.status_delay_ms
    }
}

/// What the world says about the sender, read once per request.
struct Sender {
    digits: String,
    level: String,
    registered: bool,
    limit: Option<u64>,
    numbers: Vec<String>,
    /// A test number's allow-list (`None`: any recipient).
    allowed: Option<Vec<String>>,
}

/// The handler of `POST /{phone-number-id}/messages`.
pub(crate) fn post(ctx: &Ctx, state: &SharedState, phone_id: &str) -> Result<Reply, GraphError> {
    let body = &ctx.params;
    if body.contains_key("status") {
        return mark_read(body, state, phone_id);
    }
    let kind = validate::envelope(body)?.to_owned();
    let to = match body.get("to") {
        None | Some(Value::Null) => return Err(errors::missing("to")),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err(errors::invalid("to", "must be a string")),
    };
    let wa_id = recipient(&to)?;
    // Routing has just read the latest world: the rest of the request uses that one.
    super::templates::settle_seen(state)?;
    let now_ms = state.now_ms();
    let (sender, category, world_check) = state.read_seen(|w| -> Result<_, GraphError> {
        let p = w.phone_number(phone_id).ok_or_else(|| GraphError::unsupported_request("post", phone_id))?;
        let numbers: Vec<&super::world::PhoneNumber> =
            w.phone_numbers.iter().filter(|n| n.waba_id == p.waba_id).collect();
        let sender = Sender {
            digits: p.display_phone_number.chars().filter(char::is_ascii_digit).collect(),
            level: p.throughput_level.clone(),
            registered: p.is_registered(),
            limit: numbers.iter().map(|n| tier_limit(&n.messaging_limit_tier)).max().flatten(),
            numbers: numbers.iter().map(|n| n.id.clone()).collect(),
            allowed: p.is_test_number().then(|| p.allowed_recipients.clone()),
        };
        let category = if kind == "template" {
            let templates: Vec<_> = w.templates.templates.iter().filter(|t| t.waba_id == p.waba_id).collect();
            Some((sender.registered, template::check(body, &templates, now_ms)))
        } else {
            None
        };
        let world_check = (kind == "interactive").then(|| commerce::check(body, w, &p.waba_id));
        Ok((sender, category, world_check))
    })?;
    if !sender.registered {
        return Err(errors::not_registered());
    }
    if wa_id == sender.digits {
        return Err(errors::recipient_is_sender());
    }
    if sender.allowed.as_ref().is_some_and(|list| !list.contains(&wa_id)) {
        return Err(errors::not_allowed());
    }
    let category = match category {
        Some((_, checked)) => Some(checked?),
        None => {
            validate::payload(body, &kind)?;
            world_check.transpose()?;
            None
        }
    };
    let now = state.now_ms();
    let m = state.messaging().clone();
    let fault = m.faults.as_ref().and_then(|f| f.draw().map(|kind| (kind, f)));
    let injected = fault.map(|(kind, f)| {
        (kind, f.injected(kind, errors::throughput(&sender.level, throttle::level_mps(&sender.level))))
    });
    match injected {
        Some((kind, injected)) if !kind.stores() => {
            // Answered without storing; counted before the answer.
            tracing::info!(fault = kind.name(), phone_number_id = phone_id, "sandbox: fault injected, not stored");
            let counted = state.write(move |conn| super::faults::count(conn, kind).map_err(accept::db));
            return Ok(Reply::json(Value::Null).after(counted).inject_some(Some(injected)));
        }
        _ => {}
    }
    m.throttle.number(phone_id, &sender.level, now, m.unlimited)?;
    m.throttle.pair(phone_id, &wa_id, now)?;
    // Media named by an id the sandbox never stored: accepted, then failed (as Meta does).
    let media_error = media_ref::ids(body).into_iter().any(|id| !super::media::exists(state, id)).then_some(131053);
    let behaviour = magic::behaviour(&wa_id);
    let id = wamid(&wa_id);
    let is_template = kind == "template";
    let row = MessageRow {
        seq: 0,
        id: id.clone(),
        phone_number_id: phone_id.to_owned(),
        direction: "out".into(),
        wa_id: wa_id.clone(),
        input: to.clone(),
        kind,
        category,
        template: body.get("template").and_then(|t| t.get("name")).and_then(Value::as_str).map(str::to_owned),
        at_ms: now,
        behaviour: behaviour.name().into(),
        error_code: None,
        body: serde_json::to_string(body).unwrap_or_default(),
    };
    let (fault, injected): (Option<FaultKind>, Option<Injected>) = injected.unzip();
    if let Some(kind) = fault {
        tracing::info!(fault = kind.name(), phone_number_id = phone_id, message_id = %id, "sandbox: fault injected once stored");
    }
    let stored = accept::Accept {
        row,
        is_template,
        behaviour,
        media_error,
        limit: sender.limit,
        numbers: sender.numbers,
        fault,
    }
    .queue(state);
    let mut message = json!({ "id": id });
    if is_template {
        message["message_status"] = json!("accepted");
    }
    Ok(Reply::json(json!({
        "messaging_product": "whatsapp",
        "contacts": [{ "input": to, "wa_id": wa_id }],
        "messages": [message],
    }))
    .after(stored)
    .inject_some(injected))
}

/// `{"status":"read","message_id":…[,"typing_indicator":{"type":"text"}]}`.
fn mark_read(body: &Obj, state: &SharedState, phone_id: &str) -> Result<Reply, GraphError> {
    only(
        body,
        "",
        &[
            "messaging_product",
            "status",
            "message_id",
            "typing_indicator",
            "access_token",
            "appsecret_proof",
            "appsecret_time",
        ],
    )?;
    match body.get("messaging_product") {
        Some(Value::String(s)) if s == "whatsapp" => {}
        _ => return Err(GraphError::invalid_param("The parameter messaging_product is required.")),
    }
    fields::one_of(body, "", "status", &["read"])?;
    let id = text(body, "", "message_id", 512)?.to_owned();
    if let Some(t) = opt_obj(body, "", "typing_indicator")? {
        only(t, "typing_indicator", &["type"])?;
        fields::one_of(t, "typing_indicator", "type", &["text"])?;
    }
    let _ = obj;
    let now = state.now_ms();
    Ok(Reply::success().after(accept::mark_read(state, id, phone_id.to_owned(), now)))
}

/// The digits of `to` (E.164 with or without `+`; spaces, dashes, dots and parentheses ignored).
fn recipient(to: &str) -> Result<String, GraphError> {
    let t = to.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    let digits: String = t.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    let ok = (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
    if ok {
        Ok(digits)
    } else {
        Err(errors::invalid("to", "must be a phone number in E.164 format, e.g. +14155550123"))
    }
}

/// The portfolio limit of a number's messaging tier (`None` = unlimited).
fn tier_limit(tier: &str) -> Option<u64> {
    match tier {
        "TIER_50" => Some(50),
        "TIER_250" => Some(250),
        "TIER_1K" => Some(1_000),
        "TIER_2K" => Some(2_000),
        "TIER_10K" => Some(10_000),
        "TIER_100K" => Some(100_000),
        _ => None,
    }
}

/// A new message id in Meta's shape (`wamid.` + base64).
pub(crate) fn wamid(wa_id: &str) -> String {
    use base64::Engine as _;
    let raw = format!("\u{15}\u{2}\u{0}\u{11}{wa_id}\u{18}\u{12}{:032X}", rand::random::<u128>());
    format!("wamid.HBgL{}", base64::engine::general_purpose::STANDARD.encode(raw.as_bytes()))
}
