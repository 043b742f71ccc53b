//! `waba profile show`.

use clap::Args;
use serde_json::{Map, Value, json};

use crate::cli::ctx::{Ctx, process_env};
use crate::cli::error::CliResult;
use crate::config::{Overrides, Settings};
use crate::render::{Cell, Table, Tone};

/// Arguments of `profile show`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba profile show\n  waba profile show staging -o json\n  \
WABA_ACCOUNT_ID=1200000000000001 waba profile show   # see which setting wins, and why")]
pub struct ShowArgs {
    /// Profile to show instead of the one in use
    pub name: Option<String>,
}

/// Run `profile show`.
pub async fn run(ctx: &mut Ctx, args: &ShowArgs) -> CliResult {
    ctx.ensure_sandbox().await?;
    let settings = match &args.name {
        Some(name) => {
            let overrides = Overrides { profile: Some(name.clone()), ..ctx.global.overrides() };
            Settings::resolve(&overrides, &process_env, ctx.paths.clone())?
        }
        None => ctx.settings()?.clone(),
    };
    let rows = settings.describe();
    let mut json = Map::new();
    let mut table = Table::new(["setting", "value", "source"]);
    for (name, value, source) in rows {
        json.insert(name.to_string(), json!({"value": value, "source": source}));
        table.push(vec![
            Cell::plain(name),
            value.map_or_else(|| Cell::toned("(not set)", Tone::Dim), Cell::plain),
            Cell::toned(source.unwrap_or_default(), Tone::Dim),
        ]);
    }
    // The webhook secrets: whether each is set and where from, never the value.
    if !ctx.global.sandbox {
        for (name, source) in crate::cli::webhooks::secrets::sources(&settings)? {
            let value = source.as_ref().map(|_| "(set)".to_string());
            json.insert(name.to_string(), json!({"value": value, "source": source}));
            table.push(vec![
                Cell::plain(name),
                value.map_or_else(|| Cell::toned("(not set)", Tone::Dim), Cell::plain),
                Cell::toned(source.unwrap_or_default(), Tone::Dim),
            ]);
        }
    }
    ctx.out.emit(&Value::Object(json), &table)?;
    Ok(())
}
