//! `waba profile list`.

use serde::Serialize;

use super::Store;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table, Tone};

#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    default: bool,
    account_id: Option<&'a str>,
    phone_number_id: Option<&'a str>,
    business_id: Option<&'a str>,
    api_version: Option<&'a str>,
    base_url: Option<&'a str>,
    token_stored: bool,
}

/// Run `profile list`.
pub fn run(ctx: &mut Ctx) -> CliResult {
    let store = Store::load(ctx)?;
    let rows: Vec<Row> = store
        .config
        .profiles
        .iter()
        .map(|(name, p)| Row {
            name,
            default: store.config.default_profile.as_deref() == Some(name),
            account_id: p.account_id.as_deref(),
            phone_number_id: p.phone_number_id.as_deref(),
            business_id: p.business_id.as_deref(),
            api_version: p.api_version.as_deref(),
            base_url: p.base_url.as_deref(),
            token_stored: store.credentials.profiles.get(name).is_some_and(|c| c.token.is_some()),
        })
        .collect();
    let mut table = Table::new(["default", "name", "account id", "phone number id", "api version", "token"]);
    for r in &rows {
        table.push(vec![
            Cell::toned(if r.default { "*" } else { "" }, Tone::Good),
            Cell::plain(r.name),
            Cell::opt(r.account_id),
            Cell::opt(r.phone_number_id),
            Cell::opt(r.api_version),
            Cell::plain(if r.token_stored { "stored" } else { "-" }),
        ]);
    }
    ctx.out.emit(&rows, &table)?;
    Ok(())
}
