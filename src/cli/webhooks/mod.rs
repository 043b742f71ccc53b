//! `waba webhooks`: receive, check and print Meta's deliveries; send signed test events.

mod http;
mod job;
mod listen;
mod replay;
pub(crate) mod secrets;
mod sink;
mod subscribe;
mod trigger;

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
