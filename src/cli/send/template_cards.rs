//! The cards of a carousel template send: `--card N:KEY=VALUE` flags and the `cards` of a
//! `--params` file, merged per card, their header media uploaded like a header's.

use serde_json::Value;

use super::common::{Delivery, media_ref};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::template::{CAROUSEL_CARDS, HeaderMedia, Param, Params};

/// One card as given, before its media is resolved.
#[derive(Debug, Clone, Default)]
pub struct RawCard {
    /// `IMAGE` or `VIDEO`, and FILE|URL|MEDIA_ID.
    pub header: Option<(&'static str, String)>,
    pub params: Vec<Param>,
    pub url_suffixes: Vec<String>,
    pub payloads: Vec<String>,
}

const KEYS: &str = "header-image, header-video, param, param-currency, param-date-time, button-url-suffix, quick-reply";

/// A card of a `--params` file:
/// `{"header_image"|"header_video": "…", "params": [...], "buttons": [{"url_suffix"|"payload": "…"}]}`.
pub fn card_from_json(v: &Value) -> Result<RawCard, String> {
    let o = v.as_object().ok_or("a card is an object")?;
    let mut card = RawCard::default();
    for (k, v) in o {
        let text = || v.as_str().map(str::to_string).ok_or(format!("\"{k}\" must be a string"));
        match k.as_str() {
            "header_image" => card.header = Some(("IMAGE", text()?)),
            "header_video" => card.header = Some(("VIDEO", text()?)),
            "params" => {
                let items = v.as_array().ok_or("\"params\" must be an array")?;
                for (i, p) in items.iter().enumerate() {
                    card.params.push(Param::from_json(p).map_err(|e| format!("params[{i}]: {e}"))?);
                }
            }
            "buttons" => {
                for (i, b) in v.as_array().ok_or("\"buttons\" must be an array")?.iter().enumerate() {
                    match (b["url_suffix"].as_str(), b["payload"].as_str()) {
                        (Some(s), None) => card.url_suffixes.push(s.to_string()),
                        (None, Some(p)) => card.payloads.push(p.to_string()),
                        _ => return Err(format!("buttons[{i}]: give {{\"url_suffix\": …}} or {{\"payload\": …}}")),
                    }
                }
            }
            other => {
                return Err(format!("'{other}' is not a card field (header_image, header_video, params, buttons)"));
            }
        }
    }
    Ok(card)
}

/// Apply `--card N:KEY=VALUE` flags (N from 1) to `cards`, adding cards as needed.
pub fn apply_flags(cards: &mut Vec<RawCard>, flags: &[String]) -> CliResult {
    let max = *CAROUSEL_CARDS.end();
    for raw in flags {
        let bad = |why: &str| {
            CliError::usage(format!("--card {raw}: {why}"))
                .hint(format!("give --card N:KEY=VALUE, N from 1 to {max}, KEY one of {KEYS}"))
        };
        let (n, rest) = raw.split_once(':').ok_or_else(|| bad("no card number"))?;
        let n: usize = n.trim().parse().map_err(|_| bad("the card number is not a number"))?;
        if n == 0 || n > max {
            return Err(bad(&format!("card {n} is not between 1 and {max}")));
        }
        let (key, value) = rest.split_once('=').ok_or_else(|| bad("no KEY=VALUE after the card number"))?;
        if cards.len() < n {
            cards.resize_with(n, RawCard::default);
        }
        let card = &mut cards[n - 1];
        match key {
            "header-image" => card.header = Some(("IMAGE", value.to_string())),
            "header-video" => card.header = Some(("VIDEO", value.to_string())),
            "param" => card.params.push(Param::Text(value.to_string())),
            "param-currency" => card.params.push(Param::currency_spec(value).map_err(|e| bad(&e))?),
            "param-date-time" if !value.trim().is_empty() => card.params.push(Param::DateTime(value.to_string())),
            "param-date-time" => return Err(bad("the date is empty")),
            "button-url-suffix" => card.url_suffixes.push(value.to_string()),
            "quick-reply" | "button-payload" => card.payloads.push(value.to_string()),
            other => return Err(bad(&format!("'{other}' is not a card option"))),
        }
    }
    Ok(())
}

/// The cards with their header media resolved (local files uploaded first).
pub async fn resolve(ctx: &mut Ctx, delivery: &Delivery, cards: Vec<RawCard>) -> CliResult<Vec<Params>> {
    let mut out = Vec::new();
    for (i, card) in cards.into_iter().enumerate() {
        let header_media = match &card.header {
            Some((format, value)) => {
                let kind = format.to_lowercase();
                let place = format!("--card {}:header-{kind}", i + 1);
                let source = media_ref(ctx, delivery, &kind, value, &place).await?;
                Some(HeaderMedia { format: format.to_string(), source })
            }
            None => None,
        };
        out.push(Params {
            positional: card.params,
            header_media,
            url_suffixes: card.url_suffixes,
            payloads: card.payloads,
            ..Params::default()
        });
    }
    Ok(out)
}
