//! `waba send product-list --to +E164 --catalog-id ID --header TEXT --body TEXT --section TITLE:SKU,SKU…`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use super::product::{CatalogId, sandbox_catalog};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body::{self, InteractiveText};

/// Arguments of `send product-list`.
#[derive(Debug, Args)]
#[command(after_long_help = concat!(
    "Examples:\n  waba send product-list --to +16505551234 --header Sale --body Hi --section Mugs:MUG-CLASSIC\n  \
waba send product-list --to +16505551234 --header Sale --body Hi --section A:CAP-NAVY,SOCKS-3PK\n\n\
The examples take the catalog id from WABA_CATALOG_ID (else pass --catalog-id). Meta allows 1 to 10\n\
sections and 30 products in all; a section's title is what precedes the first colon.\n\n",
    sandbox_catalog!()
))]
pub struct ProductListArgs {
    #[command(flatten)]
    to: To,

    #[command(flatten)]
    catalog: CatalogId,

    /// The header text (required for a product list; at most 60 characters)
    #[arg(long)]
    header: String,

    /// The message's body (at most 1,024 characters)
    #[arg(long)]
    body: String,

    /// A footer (at most 60 characters)
    #[arg(long)]
    footer: Option<String>,

    /// A section as TITLE:SKU[,SKU…] (title at most 24 characters; repeat for up to 10 sections)
    #[arg(long = "section", value_name = "TITLE:SKU,…", required = true)]
    sections: Vec<String>,

    #[command(flatten)]
    delivery: Delivery,
}

/// `TITLE:SKU,SKU…` split at the first colon, the SKUs at commas.
fn section(value: &str) -> CliResult<(String, Vec<String>)> {
    let parsed = value.split_once(':').map(|(title, skus)| {
        let skus: Vec<String> = skus.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
        (title.trim().to_string(), skus)
    });
    match parsed {
        Some((title, skus)) if !title.is_empty() && !skus.is_empty() => Ok((title, skus)),
        _ => Err(CliError::usage(format!("--section {value}: expected TITLE:SKU[,SKU…]"))
            .hint("e.g. --section 'Shirts:TSHIRT-BLK-M,TSHIRT-WHT-M'")),
    }
}

pub async fn run(ctx: &mut Ctx, args: &ProductListArgs) -> CliResult {
    let sections = args.sections.iter().map(|s| section(s)).collect::<CliResult<Vec<_>>>()?;
    let text =
        InteractiveText { body: args.body.clone(), header: Some(args.header.clone()), footer: args.footer.clone() };
    let object = body::product_list(&text, args.catalog.get()?, &sections);
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
