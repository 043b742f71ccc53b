//! `waba pricing rates`: the card in force on a date.

use clap::Args;
use jiff::civil::Date;

use super::{parse_date, rate_book, sim_error};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Report, Section, Table, Tone};
use crate::sim::pricing::rates::{BillingUnit, Cell as RateCell};
use crate::sim::pricing::rates_on;

/// Arguments of `pricing rates`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba pricing rates\n  \
waba pricing rates --market IN --date 2025-07-01\n  \
waba pricing rates -o csv > rates.csv")]
pub struct RatesArgs {
    /// The date (YYYY-MM-DD); default today (UTC)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<Date>,

    /// Only this market: its name on the card (India, "North America", Other), a country's ISO
    /// code or name (IN, Kenya) or a number in it (+919876500003)
    #[arg(long, value_name = "MARKET")]
    market: Option<String>,

    /// Meta's rate-card CSV to show instead of the built-in cards
    #[arg(long, value_name = "FILE")]
    rate_card: Option<std::path::PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &RatesArgs) -> CliResult {
    let date = args.date.unwrap_or_else(super::today);
    let book = rate_book(args.rate_card.as_deref())?;
    let market = args.market.as_deref().map(|m| super::market_name(m, date)).transpose()?;
    let card = rates_on(&book, date, market.as_deref()).map_err(|e| sim_error("rates", e))?;
    let mut table =
        Table::new(["market", "marketing", "utility", "authentication", "auth-intl", "service"]).list_keeping(&[0]);
    for row in &card.rows {
        let cells =
            [&row.marketing, &row.utility, &row.authentication, &row.authentication_international, &row.service];
        let mut line = vec![Cell::plain(&row.market)];
        line.extend(cells.into_iter().map(cell));
        table.push(line);
    }
    let unit = match card.billing_unit {
        Some(BillingUnit::PerConversation) => "per conversation",
        Some(BillingUnit::PerMessage) => "per message",
        None => "your card",
    };
    let span = match (card.effective_from, card.effective_to) {
        (Some(from), Some(to)) => format!("{from} to {to}"),
        (Some(from), None) => format!("from {from}"),
        _ => "all dates".to_string(),
    };
    let heading = format!("Rates in USD {unit}, in force on {} (card {span}; source {})", card.date, card.provenance);
    let report = Report { sections: vec![Section::Table(Some(heading), table.clone())], csv: table };
    ctx.out.emit_rows(&card, &card.rows, &report)?;
    Ok(())
}

fn cell(c: &RateCell) -> Cell {
    match c {
        RateCell::Rate(m) => Cell::plain(m.to_string()),
        RateCell::NotApplicable => Cell::toned("n/a", Tone::Dim),
        RateCell::Unknown => Cell::toned("unknown", Tone::Warn),
    }
}
