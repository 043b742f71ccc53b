//! `waba send product --to +E164 --catalog-id ID --product SKU [--body TEXT] [--footer TEXT]`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body::{self, InteractiveText};

/// The catalog the sandbox seeds, for the help of every commerce command.
macro_rules! sandbox_catalog {
    () => {
        "In the sandbox, catalog 1500000000000001 is connected to the account, with the products\n\
TSHIRT-BLK-M, TSHIRT-WHT-M, MUG-CLASSIC, CAP-NAVY and SOCKS-3PK. Another catalog id or SKU is\n\
refused (131009), as Meta refuses one that is not in the catalog connected to the account."
    };
}
pub(super) use sandbox_catalog;

/// The catalog a product message draws from.
#[derive(Debug, Args)]
pub struct CatalogId {
    /// The id of the catalog connected to the WhatsApp Business Account
    #[arg(long, value_name = "ID", env = "WABA_CATALOG_ID")]
    catalog_id: Option<String>,
}

impl CatalogId {
    /// `--catalog-id`, else `WABA_CATALOG_ID`.
    pub fn get(&self) -> CliResult<&str> {
        self.catalog_id.as_deref().ok_or_else(|| {
            CliError::usage("no catalog id")
                .hint("pass --catalog-id ID (the catalog connected to the account) or set WABA_CATALOG_ID")
        })
    }
}

/// Arguments of `send product`.
#[derive(Debug, Args)]
#[command(after_long_help = concat!(
    "Examples:\n  waba send product --to +16505551234 --catalog-id 1500000000000001 --product MUG-CLASSIC\n  \
waba send product --to +16505551234 --product CAP-NAVY --body 'Back in stock'\n\n\
The second example takes the catalog id from WABA_CATALOG_ID. The user sees the product's image,\n\
name and price from the catalog, and can add it to a cart.\n\n",
    sandbox_catalog!()
))]
pub struct ProductArgs {
    #[command(flatten)]
    to: To,

    #[command(flatten)]
    catalog: CatalogId,

    /// The product's retailer id (its SKU, "Content ID" in Commerce Manager)
    #[arg(long, value_name = "SKU")]
    product: String,

    /// A body text (optional for a product; at most 1,024 characters)
    #[arg(long)]
    body: Option<String>,

    /// A footer (at most 60 characters)
    #[arg(long)]
    footer: Option<String>,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &ProductArgs) -> CliResult {
    let text =
        InteractiveText { body: args.body.clone().unwrap_or_default(), header: None, footer: args.footer.clone() };
    let object = body::product(&text, args.catalog.get()?, &args.product);
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
