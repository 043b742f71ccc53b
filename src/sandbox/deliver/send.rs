//! The sender's half: where a due item goes (decided when it is due, as Meta
//! does) and one signed POST to it.

use std::time::Duration;

use super::outbox::{Item, Outcome};
use crate::sandbox::world::World;
use crate::webhooks::signature;

/// Where `item` goes: the number's `webhook_configuration` override, else the
/// WABA subscription's `override_callback_uri`, else the app's callback
/// (`default`, from `sandbox serve --webhook-url`). Nothing is delivered for a
/// WABA the app is not subscribed to. `Err` says why there is no target.
pub fn target(world: &World, item: &Item, default: Option<&str>) -> Result<String, String> {
    target_of(world, &item.waba_id, item.phone_number_id.as_deref(), default)
}

/// [`target`] of an event of WABA `waba_id` (and number `phone_number_id`).
pub fn target_of(
    world: &World,
    waba_id: &str,
    phone_number_id: Option<&str>,
    default: Option<&str>,
) -> Result<String, String> {
    let Some(subscription) = world.subscriptions.iter().find(|s| s.waba_id == waba_id && s.app_id == world.app_id)
    else {
        return Err(format!("the app is not subscribed to WABA {waba_id}"));
    };
    let number = phone_number_id.and_then(|id| world.phone_number(id));
    number
        .and_then(|p| p.webhook_override_uri.clone())
        .or_else(|| subscription.override_callback_uri.clone())
        .or_else(|| default.map(str::to_owned))
        .ok_or_else(|| "no callback URL (give `sandbox serve --webhook-url URL` or subscribe with one)".to_owned())
}

/// The app's subscription to `item`'s WABA: without one, nothing of it is delivered.
pub fn subscription<'w>(world: &'w World, item: &Item) -> Option<&'w crate::sandbox::world::Subscription> {
    world.subscriptions.iter().find(|s| s.waba_id == item.waba_id && s.app_id == world.app_id)
}

/// An HTTP client for deliveries and handshakes.
pub fn client(timeout: Duration) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .user_agent("facebookexternalua")
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_default()
}

/// Retry policy: the first retry `base` after the first failure, doubling, `attempts` in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    pub base: Duration,
    pub attempts: u32,
}

impl Retry {
    /// When to try again after attempt number `n` (1-based) failed at `now_ms`; `None` = give up.
    pub fn next(&self, n: u32, now_ms: i64) -> Option<i64> {
        if n >= self.attempts {
            return None;
        }
        let base = i64::try_from(self.base.as_millis()).unwrap_or(i64::MAX);
        let factor = 1i64.checked_shl(n.saturating_sub(1)).unwrap_or(i64::MAX);
        Some(now_ms.saturating_add(base.saturating_mul(factor)))
    }
}

/// POSTs `item`'s body to `url`, signed with `secret`; the outcome to record.
pub async fn post(
    client: &reqwest::Client,
    url: &str,
    secret: &[u8],
    item: &Item,
    retry: Retry,
    now_ms: impl Fn() -> i64,
) -> Outcome {
    let body = item.body.clone().into_bytes();
    let sig = signature::sign(secret, &body);
    let sent = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(signature::HEADER, sig)
        .body(body)
        .send()
        .await;
    let target = url.to_owned();
    let n = item.attempts + 1;
    let (http, error) = match sent {
        Ok(resp) if resp.status().is_success() => {
            return Outcome::Delivered { target, http: resp.status().as_u16() };
        }
        Ok(resp) => (Some(resp.status().as_u16()), format!("HTTP {}", resp.status().as_u16())),
        Err(e) if e.is_timeout() => (None, "timed out".to_owned()),
        Err(e) => (None, format!("cannot reach it: {}", root_cause(&e))),
    };
    tracing::debug!(url, attempt = n, error, "sandbox: webhook delivery failed");
    Outcome::Failed { target, http, error, retry_at_ms: retry.next(n, now_ms()) }
}

pub(super) fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_double_from_the_base_then_give_up() {
        let r = Retry { base: Duration::from_secs(1), attempts: 4 };
        assert_eq!(r.next(1, 0), Some(1000));
        assert_eq!(r.next(2, 0), Some(2000));
        assert_eq!(r.next(3, 10), Some(4010));
        assert_eq!(r.next(4, 0), None);
        assert_eq!(Retry { base: Duration::from_secs(1), attempts: 1 }.next(1, 0), None);
    }

    #[test]
    fn the_number_override_wins_over_the_subscription_and_the_default() {
        let mut world = World::seed();
        let id = world.identity();
        let item = Item {
            id: 1,
            waba_id: id.waba_id.clone(),
            phone_number_id: Some(id.phone_number_id.clone()),
            body: String::new(),
            attempts: 0,
        };
        assert_eq!(target(&world, &item, Some("http://127.0.0.1:1/app")), Ok("http://127.0.0.1:1/app".into()));
        assert!(target(&world, &item, None).is_err());
        world.subscriptions[0].override_callback_uri = Some("https://waba.example/hook".into());
        assert_eq!(target(&world, &item, Some("http://127.0.0.1:1/app")), Ok("https://waba.example/hook".into()));
        world.phone_number_mut(&id.phone_number_id).unwrap().webhook_override_uri = Some("https://pn.example/h".into());
        assert_eq!(target(&world, &item, None), Ok("https://pn.example/h".into()));
        world.subscriptions.clear();
        assert!(target(&world, &item, None).unwrap_err().contains("not subscribed"));
    }
}
