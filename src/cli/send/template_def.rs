//! A template's definition for `send template`: fetched, cached, its language chosen.

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::MessageTemplate;
use crate::graph::{PageRequest, TemplateFilter};
use crate::messages::cache;

/// The definition of `name` in `language` (or its only language), from the cache or the account.
pub async fn definition(
    ctx: &mut Ctx,
    name: &str,
    language: Option<&str>,
    refresh: bool,
) -> CliResult<MessageTemplate> {
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let file = cache::path(&ctx.paths.data_dir, &waba, name);
    let cached = if refresh { None } else { file.as_deref().and_then(cache::load) };
    let has_language = |all: &[MessageTemplate]| language.is_none_or(|l| all.iter().any(|t| t.language == l));
    let all = match cached {
        Some(all) if has_language(&all) => all,
        _ => {
            let filter = TemplateFilter { name: Some(name.to_string()), ..TemplateFilter::default() };
            let listing = client.templates(&waba, &filter, PageRequest::All).await?;
            // Meta's name filter also matches parts of names.
            let all: Vec<MessageTemplate> = listing.items.into_iter().filter(|t| t.name == name).collect();
            if let Some(file) = &file {
                cache::store(file, &all);
            }
            all
        }
    };
    if all.is_empty() {
        return Err(CliError::usage(format!("not sent: the account has no template named '{name}'"))
            .hint("`waba templates list` shows the account's templates (names are lower case with underscores)"));
    }
    let languages: Vec<&str> = all.iter().map(|t| t.language.as_str()).collect();
    match language {
        Some(l) => all.iter().find(|t| t.language == l).cloned().ok_or_else(|| {
            CliError::usage(format!("not sent: template {name} has no language '{l}' [template-language]"))
                .hint(format!("its languages: {}", languages.join(", ")))
        }),
        None if all.len() == 1 => Ok(all[0].clone()),
        None => Err(CliError::usage(format!("template {name} exists in several languages: {}", languages.join(", ")))
            .hint("choose one with --language CODE")),
    }
}
