//! A template's definition for `send template`: fetched, cached, its language chosen; and the
//! body sent without a definition (`--no-check`).

use serde_json::{Value, json};

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::graph::models::MessageTemplate;
use crate::graph::{PageRequest, TemplateFilter};
use crate::messages::cache;
use crate::messages::template::Params;

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

/// The `template` object from the parameters alone: body parameters in order (named ones carry
/// `parameter_name`), the header, URL suffixes and payloads on buttons in the order given.
pub fn unchecked(name: &str, language: &str, params: &Params) -> Value {
    let mut components = Vec::new();
    let mut header = Vec::new();
    if let Some(m) = &params.header_media {
        let kind = m.format.to_lowercase();
        let mut p = json!({ "type": kind });
        p[&kind] = Value::Object(m.source.object());
        header.push(p);
    }
    if let Some(t) = &params.header_text {
        header.push(json!({ "type": "text", "text": t }));
    }
    if !header.is_empty() {
        components.push(json!({ "type": "header", "parameters": header }));
    }
    let mut body: Vec<Value> = params.positional.iter().map(|v| json!({ "type": "text", "text": v })).collect();
    body.extend(params.named.iter().map(|(k, v)| json!({ "type": "text", "parameter_name": k, "text": v })));
    if body.is_empty()
        && let Some(code) = &params.code
    {
        body.push(json!({ "type": "text", "text": code }));
    }
    if !body.is_empty() {
        components.push(json!({ "type": "body", "parameters": body }));
    }
    let mut index = 0;
    for s in params.url_suffixes.iter().chain(params.code.iter()) {
        components.push(json!({ "type": "button", "sub_type": "url", "index": index.to_string(), "parameters": [{ "type": "text", "text": s }] }));
        index += 1;
    }
    for p in &params.payloads {
        components.push(json!({ "type": "button", "sub_type": "quick_reply", "index": index.to_string(), "parameters": [{ "type": "payload", "payload": p }] }));
        index += 1;
    }
    json!({ "name": name, "language": { "policy": "deterministic", "code": language }, "components": components })
}
