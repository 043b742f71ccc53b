//! Finding an account's templates by name (and language).

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::models::MessageTemplate;
use crate::graph::{GraphClient, PageRequest, TemplateFilter};

/// Every language of `name` (one with `language`), exact name match; not found is exit 5.
pub async fn by_name(
    ctx: &mut Ctx,
    client: &GraphClient,
    name: &str,
    language: Option<&str>,
) -> CliResult<Vec<MessageTemplate>> {
    let waba = ctx.account_id()?;
    let filter =
        TemplateFilter { name: Some(name.to_string()), language: language.map(str::to_string), ..Default::default() };
    let listing = client.templates(&waba, &filter, PageRequest::All).await?;
    // Meta's `name` filter may match more loosely than the exact name.
    let found: Vec<MessageTemplate> =
        listing.items.into_iter().filter(|t| t.name == name && language.is_none_or(|l| t.language == l)).collect();
    if found.is_empty() {
        let what = match language {
            Some(l) => format!("no template {name} in language {l} in account {waba}"),
            None => format!("no template {name} in account {waba}"),
        };
        return Err(CliError::new(Kind::NotFound, what).hint("`waba templates list` shows the account's templates"));
    }
    Ok(found)
}

/// Exactly one template: with several languages, `--language` must choose.
pub async fn one(
    ctx: &mut Ctx,
    client: &GraphClient,
    name: &str,
    language: Option<&str>,
) -> CliResult<MessageTemplate> {
    let mut found = by_name(ctx, client, name, language).await?;
    if found.len() > 1 {
        let languages: Vec<&str> = found.iter().map(|t| t.language.as_str()).collect();
        return Err(CliError::usage(format!(
            "template {name} exists in {} languages: {}",
            found.len(),
            languages.join(", ")
        ))
        .hint("pass --language CODE"));
    }
    Ok(found.remove(0))
}
