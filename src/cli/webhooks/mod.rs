//! `waba webhooks`: receive, check and print Meta's deliveries; send signed test events.

mod http;
mod listen;
mod replay;
mod secrets;
mod sink;
mod subscribe;
mod trigger;

use std::time::Duration;

use clap::Subcommand;

use super::ctx::Ctx;
use super::error::CliResult;

/// Webhook commands.
#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Receive deliveries: handshake, signature check, one line per event; forward, save, exec
    Listen(listen::ListenArgs),
    /// Send a signed Meta-shaped event of any kind to a receiver
    Trigger(trigger::TriggerArgs),
    /// Send saved deliveries (from `listen --save`) or a payload file again
    Replay(replay::ReplayArgs),
    /// Subscribe the app to the WABA's webhooks, optionally with a callback URL override
    Subscribe(subscribe::SubscribeArgs),
    /// Unsubscribe the app from the WABA's webhooks (it stops receiving them)
    Unsubscribe(subscribe::UnsubscribeArgs),
    /// Show the apps subscribed to the WABA's webhooks and their callback overrides
    Status(subscribe::StatusArgs),
}

/// Run a webhooks command.
pub async fn run(ctx: &mut Ctx, cmd: WebhooksCommand) -> CliResult {
    match cmd {
        WebhooksCommand::Listen(args) => listen::run(ctx, args).await,
        WebhooksCommand::Trigger(args) => trigger::run(ctx, args).await,
        WebhooksCommand::Replay(args) => replay::run(ctx, args).await,
        WebhooksCommand::Subscribe(args) => subscribe::subscribe(ctx, args).await,
        WebhooksCommand::Unsubscribe(args) => subscribe::unsubscribe(ctx, args).await,
        WebhooksCommand::Status(args) => subscribe::status(ctx, args).await,
    }
}

/// `500ms`, `90s`, `10m`, `1h`, or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let bad = || format!("'{s}' is not a duration such as 500ms, 90s, 10m or 1h");
    let n: u64 = digits.parse().map_err(|_| bad())?;
    let d = match unit {
        "ms" => Duration::from_millis(n),
        "" | "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        "h" => Duration::from_secs(n.saturating_mul(3600)),
        _ => return Err(bad()),
    };
    if d.is_zero() {
        return Err(format!("'{s}' is zero: give a positive duration"));
    }
    Ok(d)
}

/// A duration as the user would write it.
fn show_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms % 1000 != 0 { format!("{ms}ms") } else { format!("{}s", d.as_secs()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        for bad in ["", "0s", "1d", "x", "-1s"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(show_duration(Duration::from_millis(1500)), "1500ms");
        assert_eq!(show_duration(Duration::from_secs(3)), "3s");
    }
}
