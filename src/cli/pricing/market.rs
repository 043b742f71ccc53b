//! `waba pricing market +E164`: which market a number is billed in, and why.

use clap::Args;
use jiff::civil::Date;
use serde::Serialize;

use super::{parse_date, parse_phone};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Report, Section, Table};
use crate::sim::market::MarketMap;

/// Arguments of `pricing market`.
#[derive(Debug, Args)]
pub struct MarketArgs {
    /// The user's phone number in E.164, e.g. +5511987654321
    #[arg(value_name = "+E164", value_parser = parse_phone, allow_hyphen_values = true)]
    number: u64,

    /// The date (YYYY-MM-DD): markets move between cards; default today (UTC)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<Date>,
}

/// `-o json`.
#[derive(Serialize)]
struct Answer<'a> {
    number: String,
    date: Date,
    market: &'a str,
    country: &'a str,
    iso2: &'a str,
    prefix: &'a str,
    reason: &'a str,
}

pub fn run(ctx: &mut Ctx, args: &MarketArgs) -> CliResult {
    let date = args.date.unwrap_or_else(super::today);
    let found = MarketMap::builtin().lookup(args.number, date);
    let answer = Answer {
        number: format!("+{}", args.number),
        date,
        market: found.market,
        country: found.country,
        iso2: found.iso2,
        prefix: found.prefix,
        reason: &found.reason,
    };
    let dash = |s: &str| if s.is_empty() { "-".to_string() } else { s.to_string() };
    let table = Table::record(vec![
        ("number", Cell::plain(&answer.number)),
        ("date", Cell::plain(date.to_string())),
        ("market", Cell::plain(answer.market)),
        ("country", Cell::plain(dash(answer.country))),
        ("iso2", Cell::plain(dash(answer.iso2))),
        ("prefix", Cell::plain(if answer.prefix.is_empty() { "-".to_string() } else { format!("+{}", answer.prefix) })),
        ("why", Cell::plain(answer.reason)),
    ]);
    let report = Report { sections: vec![Section::Table(None, table.clone())], csv: table };
    ctx.out.emit_report(&answer, &report)?;
    Ok(())
}
