//! `waba send list --to +E164 --body TEXT --button LABEL (--row ID:TITLE[:DESCRIPTION]… | --sections FILE)`.

use std::path::PathBuf;

use clap::Args;
use serde::Deserialize;

use super::buttons::id_title;
use super::common::{Delivery, To, deliver};
use super::interactive::Texts;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body::{self, ListRow};

/// Arguments of `send list`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send list --to +16505551234 --body 'Pick a slot' --button Slots --row mon:Monday:9-12\n  \
waba send list --to +16505551234 --body Menu --button Menu --sections menu.json\n\n\
A sections file (JSON or TOML) holds [{\"title\": \"…\", \"rows\": [{\"id\": \"…\", \"title\": \"…\", \"description\": \"…\"}]}]\n\
(TOML: [[sections]] tables). Meta allows 10 sections and 10 rows in all."
)]
pub struct ListArgs {
    #[command(flatten)]
    to: To,

    #[command(flatten)]
    texts: Texts,

    /// The label of the button that opens the list (at most 20 characters)
    #[arg(long, value_name = "LABEL")]
    button: String,

    /// A row of a single-section list as ID:TITLE[:DESCRIPTION]
    #[arg(
        long = "row",
        value_name = "ID:TITLE[:DESCRIPTION]",
        conflicts_with = "sections",
        required_unless_present = "sections"
    )]
    rows: Vec<String>,

    /// Title of the single section given with --row
    #[arg(long, value_name = "TITLE", conflicts_with = "sections")]
    section_title: Option<String>,

    /// Sections and rows from a JSON or TOML file
    #[arg(long, value_name = "FILE")]
    sections: Option<PathBuf>,

    #[command(flatten)]
    delivery: Delivery,
}

#[derive(Deserialize)]
struct Section {
    title: Option<String>,
    #[serde(default)]
    rows: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    id: String,
    title: String,
    description: Option<String>,
}

#[derive(Deserialize)]
struct TomlSections {
    sections: Vec<Section>,
}

fn read_sections(path: &std::path::Path) -> CliResult<Vec<(Option<String>, Vec<ListRow>)>> {
    let text = crate::cli::input::read_text(path)?;
    let shown = crate::cli::input::display(path);
    let is_toml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let sections: Vec<Section> = if is_toml {
        toml::from_str::<TomlSections>(&text).map(|t| t.sections).map_err(|e| e.to_string())
    } else {
        serde_json::from_str(&text).map_err(|e| e.to_string())
    }
    .map_err(|e| CliError::usage(format!("{shown}: {e}")).hint("see `waba send list --help` for the file's shape"))?;
    Ok(sections
        .into_iter()
        .map(|s| {
            (
                s.title,
                s.rows.into_iter().map(|r| ListRow { id: r.id, title: r.title, description: r.description }).collect(),
            )
        })
        .collect())
}

pub async fn run(ctx: &mut Ctx, args: &ListArgs) -> CliResult {
    let sections = match &args.sections {
        Some(path) => read_sections(path)?,
        None => {
            let rows = args
                .rows
                .iter()
                .map(|r| {
                    let (id, rest) = id_title(r, "--row")?;
                    let (title, description) = match rest.split_once(':') {
                        Some((t, d)) => (t.to_string(), Some(d.to_string())),
                        None => (rest, None),
                    };
                    Ok(ListRow { id, title, description })
                })
                .collect::<CliResult<Vec<_>>>()?;
            vec![(args.section_title.clone(), rows)]
        }
    };
    let object = body::list(&args.texts.texts(), &args.button, &sections);
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
