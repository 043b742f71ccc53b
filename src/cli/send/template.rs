//! `waba send template NAME --to +E164 [--language L] [--param VALUE|name=VALUE…] …`.

use std::path::PathBuf;

use clap::Args;
use serde_json::Value;

use super::common::{Delivery, To, deliver, media_ref};
use super::template_def::{definition, unchecked};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::template::{self, HeaderMedia, Params};

/// Arguments of `send template`.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  waba send template order_update --to +16505551234 --param Ada --param A-4521\n  \
waba send template welcome --to +16505551234 --language en_US --param first_name=Ada\n  \
waba send template promo --to +16505551234 --header-image banner.png --button-url-suffix SUMMER24\n  \
waba send template login_code --to +16505551234 --code 482913\n  \
waba send template order_update --to +16505551234 --params values.json --dry-run\n\n\
The template's definition is read from the account (cached for 5 minutes; --refresh reads it\n\
again) and the parameters are checked against it: the send is refused (exit 2, nothing sent) when\n\
the template is not APPROVED, the language does not exist, or a parameter is missing, extra or\n\
of the wrong kind. A --params file is a JSON array (positional values) or object (named values);\n\
in TOML, `params = [...]` or name = \"value\" pairs."
)]
pub struct TemplateArgs {
    /// The template's name
    name: String,

    #[command(flatten)]
    to: To,

    /// The template's language (e.g. en_US); needed when the template has several
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// A parameter: VALUE (positional, in order) or name=VALUE (named templates); repeatable
    #[arg(long = "param", value_name = "VALUE|name=VALUE")]
    params: Vec<String>,

    /// Parameters from a JSON or TOML file (array: positional; object: named)
    #[arg(long = "params", value_name = "FILE")]
    params_file: Option<PathBuf>,

    /// The image of an IMAGE header: a local file (uploaded first), an https:// link or a media id
    #[arg(long, value_name = "FILE|URL|MEDIA_ID", group = "header_media")]
    header_image: Option<String>,

    /// The video of a VIDEO header
    #[arg(long, value_name = "FILE|URL|MEDIA_ID", group = "header_media")]
    header_video: Option<String>,

    /// The document of a DOCUMENT header
    #[arg(long, value_name = "FILE|URL|MEDIA_ID", group = "header_media")]
    header_document: Option<String>,

    /// The value of a text header's variable
    #[arg(long, value_name = "TEXT")]
    header_text: Option<String>,

    /// The suffix of a dynamic URL button (one per such button, in order)
    #[arg(long = "button-url-suffix", value_name = "SUFFIX")]
    url_suffixes: Vec<String>,

    /// The payload of a quick-reply button (in button order)
    #[arg(long = "button-payload", value_name = "PAYLOAD")]
    payloads: Vec<String>,

    /// The one-time password (authentication templates) or coupon code (copy-code buttons)
    #[arg(long, value_name = "CODE")]
    code: Option<String>,

    /// Do not read the template's definition: send the parameters unchecked (for tokens that cannot read templates)
    #[arg(long)]
    no_check: bool,

    /// Read the template's definition again instead of the cached one
    #[arg(long, conflicts_with = "no_check")]
    refresh: bool,

    #[command(flatten)]
    delivery: Delivery,
}

/// `name=VALUE` with a valid parameter name (lowercase letters, digits, underscores).
fn named_pair(value: &str) -> Option<(String, String)> {
    let (k, v) = value.split_once('=')?;
    let ok = !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    ok.then(|| (k.to_string(), v.to_string()))
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Values from `--params FILE`: `(positional, named)`.
/// Positional values and named pairs.
type FileParams = (Vec<String>, Vec<(String, String)>);

fn read_params_file(path: &std::path::Path) -> CliResult<FileParams> {
    let text = crate::cli::input::read_text(path)?;
    let shown = crate::cli::input::display(path);
    let bad = |e: String| {
        CliError::usage(format!("{shown}: {e}")).hint("a JSON array of values, or an object of name: value")
    };
    let value: Value = if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
        toml::from_str::<toml::Value>(&text)
            .map_err(|e| bad(e.to_string()))
            .and_then(|t| serde_json::to_value(t).map_err(|e| bad(e.to_string())))?
    } else {
        serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?
    };
    match value {
        Value::Array(items) => Ok((items.iter().map(scalar).collect(), Vec::new())),
        Value::Object(map) => match map.get("params") {
            Some(Value::Array(items)) if map.len() == 1 => Ok((items.iter().map(scalar).collect(), Vec::new())),
            _ => Ok((Vec::new(), map.iter().map(|(k, v)| (k.clone(), scalar(v))).collect())),
        },
        _ => Err(bad("not an array or object".into())),
    }
}

pub async fn run(ctx: &mut Ctx, args: &TemplateArgs) -> CliResult {
    let definition = if args.no_check {
        None
    } else {
        Some(definition(ctx, &args.name, args.language.as_deref(), args.refresh).await?)
    };
    let named_template = match &definition {
        Some(t) => t.parameter_format.as_deref().is_some_and(|f| f.eq_ignore_ascii_case("NAMED")),
        None => !args.params.is_empty() && args.params.iter().all(|p| named_pair(p).is_some()),
    };
    let mut params = Params::default();
    for raw in &args.params {
        match named_pair(raw) {
            Some(pair) if named_template => params.named.push(pair),
            // A positional template given name=VALUE is reported by the check (it names the parameter).
            Some(pair) if definition.is_some() && args.params.iter().all(|p| named_pair(p).is_some()) => {
                params.named.push(pair)
            }
            _ if named_template => {
                return Err(CliError::usage(format!("--param {raw}: template {} takes named parameters", args.name))
                    .hint("give each as --param name=VALUE"));
            }
            _ => params.positional.push(raw.clone()),
        }
    }
    if let Some(path) = &args.params_file {
        let (positional, named) = read_params_file(path)?;
        params.positional.extend(positional);
        params.named.extend(named);
    }
    let header = [("IMAGE", &args.header_image), ("VIDEO", &args.header_video), ("DOCUMENT", &args.header_document)]
        .into_iter()
        .find_map(|(f, v)| v.as_ref().map(|v| (f, v.clone())));
    if let Some((format, value)) = header {
        let kind = format.to_lowercase();
        let source = media_ref(ctx, &args.delivery, &kind, &value, &format!("--header-{kind}")).await?;
        params.header_media = Some(HeaderMedia { format: format.to_string(), source });
    }
    params.header_text = args.header_text.clone();
    params.url_suffixes = args.url_suffixes.clone();
    params.payloads = args.payloads.clone();
    params.code = args.code.clone();
    let (object, preview) = match &definition {
        Some(t) => {
            let built = template::build(t, &params)?;
            (built.object, Some(built.preview))
        }
        None => {
            let language = args.language.as_deref().ok_or_else(|| {
                CliError::usage("--no-check needs --language")
                    .hint("the language cannot be looked up without reading the template")
            })?;
            (unchecked(&args.name, language, &params), None)
        }
    };
    let body = args.delivery.envelope(&args.to).body("template", object);
    deliver(ctx, &args.delivery, &body, preview.as_deref()).await
}
