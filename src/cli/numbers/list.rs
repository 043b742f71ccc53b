//! `waba numbers list`.

use clap::Args;

use super::{quality_cell, status_cell};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::graph::PageRequest;
use crate::render::{Cell, Fit, Format, Table, diag};

/// Arguments of `numbers list`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba --sandbox numbers list\n  \
waba numbers list --all -o csv > numbers.csv\n  \
waba numbers list -o json | jq -r '.[] | select(.quality_rating != \"GREEN\") | .display_phone_number'")]
pub struct ListArgs {
    /// Show at most N numbers
    #[arg(long, value_name = "N", default_value_t = 25, value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "all")]
    pub limit: u32,

    /// Fetch every page
    #[arg(long)]
    pub all: bool,
}

/// Run `numbers list`.
pub async fn run(ctx: &mut Ctx, args: &ListArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let request = if args.all { PageRequest::All } else { PageRequest::Limit(args.limit as usize) };
    let listing = client.phone_numbers(&waba, request).await?;
    let mut table = Table::new(["id", "number", "name", "quality", "status", "name status", "limit", "throughput"])
        .list_keeping(&[1, 3, 4, 6, 7])
        .fit(&[(0, Fit::Below), (2, Fit::Shorten), (5, Fit::Below)]);
    for n in &listing.items {
        table.push(vec![
            Cell::plain(n.id.as_str()),
            Cell::opt(n.display_phone_number.as_ref()),
            Cell::opt(n.verified_name.as_ref()),
            quality_cell(n),
            status_cell(n),
            Cell::opt(n.name_status.as_ref()),
            Cell::opt(n.messaging_limit()),
            Cell::opt(n.throughput.as_ref().map(|t| &t.level)),
        ]);
    }
    ctx.out.emit(&listing.items, &table)?;
    if listing.more && !ctx.global.quiet {
        diag::note(&format!(
            "showing the first {} numbers; more exist: pass --all or a larger --limit",
            listing.items.len()
        ));
    } else if listing.items.is_empty() && ctx.out.format() == Format::Table && !ctx.global.quiet {
        diag::note("this account has no phone numbers");
    }
    Ok(())
}
