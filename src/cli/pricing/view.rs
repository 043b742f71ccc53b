//! How pricing results look in a table, in CSV and as chart bars.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::render::chart::{Bar, bar_chart};
use crate::render::{Cell, Section, Table, Tone, thousands};
use crate::sim::money::Money;
use crate::sim::pricing::Summary;
use crate::sim::pricing::summary::{Assumption, Bucket};

/// Columns of `--explain` rows in CSV, in order; nested objects are flattened with dots.
pub const EXPLAIN_COLUMNS: &[&str] = &[
    "line",
    "id",
    "ts",
    "direction",
    "user",
    "market",
    "iso2",
    "regime",
    "pricing_model",
    "billable",
    "pricing_type",
    "pricing_category",
    "rate",
    "cost",
    "bsp_fee",
    "conversation.id",
    "conversation.action",
    "conversation.expires",
    "reason",
];

/// The cells of a JSON object under dotted column names (`a.b` reaches into `a`).
pub fn flat_cells(value: &Value, columns: &[&str]) -> Vec<String> {
    columns
        .iter()
        .map(|column| {
            let found = column.split('.').try_fold(value, |v, key| v.get(key));
            match found {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            }
        })
        .collect()
}

/// A table of buckets (by category, market or month) with a total row.
pub fn bucket_table(title: &str, buckets: &BTreeMap<String, Bucket>) -> Table {
    let mut table = Table::new([title, "messages", "charged", "free", "cost (USD)"]);
    for (key, b) in buckets {
        table.push(vec![
            Cell::plain(key),
            Cell::plain(thousands(b.messages)),
            Cell::plain(thousands(b.charged)),
            Cell::toned(thousands(b.free), Tone::Dim),
            Cell::plain(b.cost.to_string()),
        ]);
    }
    table
}

/// Columns of the summary rows (`-o csv` and `-o ndjson` without `--explain`), in order.
pub const SUMMARY_COLUMNS: &[&str] = &["dimension", "key", "messages", "charged", "free", "cost"];

/// One (dimension, key) bucket of a summary: a row of `-o csv` and a line of `-o ndjson`.
#[derive(Serialize)]
pub struct SummaryRow<'a> {
    dimension: &'static str,
    key: &'a str,
    #[serde(flatten)]
    bucket: &'a Bucket,
}

/// The rows of a summary: by category, then market, then month.
pub fn summary_rows(summary: &Summary) -> Vec<SummaryRow<'_>> {
    [("category", &summary.by_category), ("market", &summary.by_market), ("month", &summary.by_month)]
        .into_iter()
        .flat_map(|(dimension, buckets)| buckets.iter().map(move |(key, bucket)| SummaryRow { dimension, key, bucket }))
        .collect()
}

/// The headline figures.
pub fn totals(summary: &Summary) -> Table {
    let regimes: Vec<String> = summary
        .regimes
        .iter()
        .map(|r| format!("{} ({} … {}, {} events)", r.name.name(), r.from, r.to, thousands(r.events)))
        .collect();
    let mut fields = vec![
        ("total (USD)", Cell::toned(summary.total.to_string(), Tone::Good)),
        ("charged messages", Cell::plain(thousands(summary.charged_messages))),
        ("free messages", Cell::plain(thousands(summary.free_messages))),
        ("conversations (CBP)", Cell::plain(thousands(summary.conversations))),
        ("inbound messages", Cell::plain(thousands(summary.inbound_messages))),
        ("undelivered (never charged)", Cell::plain(thousands(summary.undelivered_messages))),
    ];
    if summary.bsp_fees != Money::ZERO {
        fields.push(("provider fees (USD)", Cell::plain(summary.bsp_fees.to_string())));
        fields.push(("total with provider fees", Cell::plain(summary.total_with_bsp_fees.to_string())));
    }
    fields.push(("regimes", Cell::plain(if regimes.is_empty() { "-".to_string() } else { regimes.join("; ") })));
    Table::record(fields)
}

/// The assumptions, one per line.
pub fn assumptions(list: &[Assumption]) -> Option<Section> {
    Section::assumptions(list.iter().map(|a| format!("[{}] {}", a.id, a.text)))
}

/// A chart of cost per key, when charts are on.
pub fn cost_chart(title: &str, items: impl IntoIterator<Item = (String, Money)>, width: Option<u16>) -> Section {
    let bars: Vec<Bar> =
        items.into_iter().map(|(label, cost)| Bar::new(label, cost.micros() as f64, format!("${cost}"))).collect();
    Section::Text(Some(title.to_string()), bar_chart(&bars, usize::from(width.unwrap_or(80))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::pricing::summary::{ConversationRef, ExplainRow};

    #[test]
    fn csv_columns_are_the_json_field_names() {
        let row = ExplainRow {
            line: 1,
            id: Some("m1".into()),
            ts: "2026-10-01T00:00:00Z".into(),
            direction: "out",
            user: "+14155550100".into(),
            market: "North America".into(),
            iso2: &[],
            regime: crate::sim::pricing::Regime::Pmp2026Oct,
            pricing_model: None,
            billable: true,
            pricing_type: None,
            pricing_category: None,
            rate: Some(Money::ZERO),
            cost: Money::ZERO,
            bsp_fee: Some(Money::ZERO),
            conversation: Some(ConversationRef { id: "c".into(), action: "opened", expires: "x".into() }),
            reason: String::new(),
        };
        let names = crate::render::field_names(&serde_json::to_value(&row).unwrap());
        assert_eq!(names, EXPLAIN_COLUMNS);
        let summary_row = SummaryRow { dimension: "market", key: "India", bucket: &Bucket::default() };
        assert_eq!(crate::render::field_names(&serde_json::to_value(&summary_row).unwrap()), SUMMARY_COLUMNS);
    }
}
