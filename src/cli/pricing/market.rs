//! `waba pricing market [+E164]`: which market a number is billed in, and why; without a
//! number, every market with its countries and calling codes.

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
#[command(after_long_help = "Examples:\n  waba pricing market +5511987654321\n  \
waba pricing market\n  \
waba pricing market -o json | jq -r '.[] | select(.iso2 | index(\"US\")) | .market'")]
pub struct MarketArgs {
    /// The user's phone number in E.164, e.g. +5511987654321; without it, every market is listed
    #[arg(value_name = "+E164", value_parser = parse_phone, allow_hyphen_values = true)]
    number: Option<u64>,

    /// The date (YYYY-MM-DD): markets move between cards; default today (UTC)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<Date>,
}

/// `-o json`: the number's market. `iso2` lists every country the matched prefix covers
/// (`+1`: `["CA", "US"]`), the same field and shape as in estimates and `--explain` rows.
#[derive(Serialize)]
struct Answer<'a> {
    number: String,
    date: Date,
    market: &'a str,
    country: &'a str,
    iso2: &'a [String],
    prefix: &'a str,
    reason: &'a str,
}

pub fn run(ctx: &mut Ctx, args: &MarketArgs) -> CliResult {
    let date = args.date.unwrap_or_else(super::today);
    let Some(number) = args.number else { return list(ctx, date) };
    let found = MarketMap::builtin().lookup(number, date);
    let answer = Answer {
        number: format!("+{number}"),
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
        ("iso2", Cell::plain(dash(&answer.iso2.join(", ")))),
        ("prefix", Cell::plain(if answer.prefix.is_empty() { "-".to_string() } else { format!("+{}", answer.prefix) })),
        ("why", Cell::plain(answer.reason)),
    ]);
    let report = Report { sections: vec![Section::Table(None, table.clone())], csv: table };
    ctx.out.emit_rows(&answer, &[&answer], &report)?;
    Ok(())
}

/// Every market in force on `date`: name, countries, calling codes.
fn list(ctx: &mut Ctx, date: Date) -> CliResult {
    let markets = MarketMap::builtin().list(date);
    let mut table = Table::new(["market", "iso2", "prefixes"]).list_keeping(&[0]);
    for m in &markets {
        let prefixes: Vec<String> = m.prefixes.iter().map(|p| format!("+{p}")).collect();
        let or_dash = |s: String| if s.is_empty() { "-".to_string() } else { s };
        table.push(vec![
            Cell::plain(&m.market),
            Cell::plain(or_dash(m.iso2.join(", "))),
            Cell::plain(or_dash(prefixes.join(", "))),
        ]);
    }
    let title = format!("Billing markets on {date} (any number not listed bills as Other)");
    let report = Report { sections: vec![Section::Table(Some(title), table.clone())], csv: table };
    ctx.out.emit_rows(&markets, &markets, &report)?;
    Ok(())
}
