//! `waba templates rules`: the lint rule catalogue.

use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Fit, Report, Section, Table, Tone};
use crate::templates::lint::{RULES, Severity};

pub fn run(ctx: &mut Ctx) -> CliResult {
    let mut table = Table::new(["rule", "severity", "summary", "source"])
        .list_keeping(&[0, 1])
        .fit(&[(2, Fit::Wrap), (3, Fit::Wrap)]);
    for rule in RULES {
        let tone = if rule.severity == Severity::Error { Tone::Bad } else { Tone::Warn };
        table.push(vec![
            Cell::plain(rule.id),
            Cell::toned(rule.severity.to_string(), tone),
            Cell::plain(rule.summary),
            Cell::toned(rule.source, Tone::Dim),
        ]);
    }
    let report = Report { sections: vec![Section::Table(None, table.clone())], csv: table };
    ctx.out.emit_report(&RULES, &report)?;
    Ok(())
}
