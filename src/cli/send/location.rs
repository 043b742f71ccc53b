//! `waba send location --to +E164 --lat LAT --lon LON`.

use clap::Args;

use super::common::{Delivery, To, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::messages::body;

/// Arguments of `send location`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send location --to +16505551234 --lat 37.4848 --lon -122.1484 --name 'Meta HQ'"
)]
pub struct LocationArgs {
    #[command(flatten)]
    to: To,

    /// Latitude in degrees (-90 to 90)
    #[arg(long, allow_negative_numbers = true)]
    lat: f64,

    /// Longitude in degrees (-180 to 180)
    #[arg(long, allow_negative_numbers = true)]
    lon: f64,

    /// Name of the place
    #[arg(long)]
    name: Option<String>,

    /// Address of the place
    #[arg(long)]
    address: Option<String>,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &LocationArgs) -> CliResult {
    let object = body::location(args.lat, args.lon, args.name.as_deref(), args.address.as_deref());
    let body = args.delivery.envelope(&args.to).body("location", object);
    deliver(ctx, &args.delivery, &body, None).await
}
