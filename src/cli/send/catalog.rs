//! `waba send catalog --to +E164 --body TEXT [--thumbnail SKU] [--footer TEXT]`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use super::product::sandbox_catalog;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body::{self, InteractiveText};

/// Arguments of `send catalog`.
#[derive(Debug, Args)]
#[command(after_long_help = concat!(
    "Examples:\n  waba send catalog --to +16505551234 --body 'Browse our store'\n  \
waba send catalog --to +16505551234 --body 'New in' --thumbnail CAP-NAVY --footer 'Free returns'\n\n\
The message opens the catalog connected to the sending number's account (a View catalog button).\n\n",
    sandbox_catalog!()
))]
pub struct CatalogArgs {
    #[command(flatten)]
    to: To,

    /// The message's body (at most 1,024 characters)
    #[arg(long)]
    body: String,

    /// The product (SKU) whose image heads the message [default: the catalog's first]
    #[arg(long, value_name = "SKU")]
    thumbnail: Option<String>,

    /// A footer (at most 60 characters)
    #[arg(long)]
    footer: Option<String>,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &CatalogArgs) -> CliResult {
    let text = InteractiveText { body: args.body.clone(), header: None, footer: args.footer.clone() };
    let object = body::catalog(&text, args.thumbnail.as_deref());
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
