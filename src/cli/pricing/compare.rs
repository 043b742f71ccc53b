//! `waba pricing compare LOG`: one log, every regime, side by side.

use clap::Args;
use serde::Serialize;

use super::view;
use super::{RateArgs, sim_error};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::cli::eventlog::{self, LogArgs};
use crate::cli::input;
use crate::render::{Cell, Report, Section, Table, Tone};
use crate::sim::pricing::{Pricer, PricingConfig, Regime, Summary};

/// Arguments of `pricing compare`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba pricing compare events.csv\n  \
waba pricing compare events.jsonl --rate-card meta-rates.csv -o json")]
pub struct CompareArgs {
    #[command(flatten)]
    log: LogArgs,

    #[command(flatten)]
    rates: RateArgs,
}

/// One regime's outcome: its summary, or why it could not price the log.
#[derive(Serialize)]
struct Column {
    regime: Regime,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    summary: Option<Summary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

enum State {
    Running(Box<Pricer>),
    Failed(String),
}

pub fn run(ctx: &mut Ctx, args: &CompareArgs) -> CliResult {
    let cfg = args.rates.config(None)?;
    let name = input::display(&args.log.log);
    let mut states: Vec<(Regime, State)> = Regime::ALL
        .into_iter()
        .map(|r| (r, State::Running(Box::new(Pricer::new(PricingConfig { regime: Some(r), ..cfg.clone() })))))
        .collect();
    eventlog::for_each_event(&args.log, ctx.global.quiet, |event| {
        for (_, state) in &mut states {
            if let State::Running(pricer) = state
                && let Err(err) = pricer.push(event)
            {
                *state = State::Failed(sim_error(&name, err.into()).message);
            }
        }
        Ok(())
    })?;
    let columns: Vec<Column> = states
        .into_iter()
        .map(|(regime, state)| match state {
            State::Running(pricer) => Column { regime, summary: Some(pricer.finish()), error: None },
            State::Failed(message) => Column { regime, summary: None, error: Some(message) },
        })
        .collect();
    if columns.iter().all(|c| c.error.is_some()) {
        let first = columns.iter().find_map(|c| c.error.clone()).unwrap_or_default();
        return Err(CliError::new(Kind::Usage, format!("no regime could price the log: {first}"))
            .hint("pass --rate-card with Meta's card to price under every regime"));
    }
    let report = report(ctx, &columns);
    ctx.out.emit_report(&columns, &report)?;
    Ok(())
}

fn report(ctx: &Ctx, columns: &[Column]) -> Report {
    let headers = ["regime", "total (USD)", "charged", "free", "conversations", "note"];
    let mut table = Table::new(headers);
    for column in columns {
        let row = match (&column.summary, &column.error) {
            (Some(s), _) => vec![
                Cell::plain(column.regime.name()),
                Cell::plain(s.total.to_string()),
                Cell::plain(crate::render::thousands(s.charged_messages)),
                Cell::plain(crate::render::thousands(s.free_messages)),
                Cell::plain(crate::render::thousands(s.conversations)),
                Cell::toned(s.assumptions.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", "), Tone::Dim),
            ],
            (None, error) => vec![
                Cell::plain(column.regime.name()),
                Cell::toned("n/a", Tone::Warn),
                Cell::plain("-"),
                Cell::plain("-"),
                Cell::plain("-"),
                Cell::toned(error.clone().unwrap_or_default(), Tone::Warn),
            ],
        };
        table.push(row);
    }
    let mut sections = vec![Section::Table(None, table.clone())];
    if ctx.out.charts() {
        let items = columns.iter().filter_map(|c| c.summary.as_ref().map(|s| (c.regime.name().to_string(), s.total)));
        sections.push(view::cost_chart("Cost by regime", items, ctx.out.width()));
    }
    Report { sections, csv: table }
}
