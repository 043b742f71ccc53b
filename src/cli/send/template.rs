//! `waba send template NAME --to +E164 [--language L] [--param VALUE|name=VALUE…] …`.

use std::path::PathBuf;

use clap::Args;

use super::common::{Delivery, To, deliver, media_ref};
use super::template_def::definition;
use super::template_params::{ParamFlags, from_flags, read_file};
use super::{template_cards, template_extras};
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
waba send template order_update --to +16505551234 --params values.json --dry-run\n  \
waba send template invoice --to +16505551234 --param Ada --param-currency USD:12.50:$12.50\n  \
waba send template store_visit --to +16505551234 --header-location 37.4848,-122.1484\n  \
waba send template deals --to +16505551234 --card 1:header-image=a.png --card 2:header-image=b.png\n  \
waba send template flash_sale --to +16505551234 --offer-expires +48h --code SALE25\n\n\
The template's definition is read from the account (cached for 5 minutes; --refresh reads it\n\
again) and the parameters are checked against it: the send is refused (exit 2, nothing sent) when\n\
the template is not APPROVED, the language does not exist, or a parameter is missing, extra or\n\
of the wrong kind. --param, --param-currency and --param-date-time fill the variables in the\n\
order given. A currency's amount has at most 3 decimals (amount_1000 is exact); without a\n\
FALLBACK the recipient reads CODE AMOUNT.\n\n\
A --params file is a JSON array (positional values) or object (named values); in TOML,\n\
`params = [...]` or name = \"value\" pairs. A value may be typed:\n  \
{\"type\": \"currency\", \"code\": \"USD\", \"amount\": \"12.50\", \"fallback_value\": \"$12.50\"}\n  \
{\"type\": \"date_time\", \"fallback_value\": \"May 1, 2026\"}\n\
A carousel's cards: {\"cards\": [{\"header_image\": \"a.png\", \"params\": [...],\n\
\"buttons\": [{\"url_suffix\": \"A1\"}, {\"payload\": \"MORE\"}]}, ...]} (with \"params\" for the body)."
)]
pub struct TemplateArgs {
    /// The template's name
    name: String,

    #[command(flatten)]
    to: To,

    /// The template's language (e.g. en_US); needed when the template has several
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    #[command(flatten)]
    params: ParamFlags,

    /// Parameters from a JSON or TOML file (array: positional; object: named; see below)
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

    /// A LOCATION header's coordinates in degrees, e.g. 37.4848,-122.1484
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    header_location: Option<String>,

    /// The name of a LOCATION header's place
    #[arg(long, value_name = "TEXT", requires = "header_location")]
    header_location_name: Option<String>,

    /// The address of a LOCATION header's place
    #[arg(long, value_name = "TEXT", requires = "header_location")]
    header_location_address: Option<String>,

    /// A carousel card's part, N from 1: header-image=…, header-video=…, param=…,
    /// param-currency=…, param-date-time=…, button-url-suffix=…, quick-reply=…; repeatable
    #[arg(long = "card", value_name = "N:KEY=VALUE")]
    cards: Vec<String>,

    /// When a limited-time offer ends: RFC 3339 (2026-12-31T23:59:00Z) or from now (+48h, +3d)
    #[arg(long, value_name = "TIME")]
    offer_expires: Option<String>,

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

pub async fn run(ctx: &mut Ctx, args: &TemplateArgs) -> CliResult {
    let definition = if args.no_check {
        None
    } else {
        Some(definition(ctx, &args.name, args.language.as_deref(), args.refresh).await?)
    };
    let named_template =
        definition.as_ref().map(|t| t.parameter_format.as_deref().is_some_and(|f| f.eq_ignore_ascii_case("NAMED")));
    let mut params = Params::default();
    (params.positional, params.named) = from_flags(&args.params, named_template, &args.name)?;
    let mut cards = Vec::new();
    if let Some(path) = &args.params_file {
        let file = read_file(path)?;
        params.positional.extend(file.positional);
        params.named.extend(file.named);
        cards = file.cards;
    }
    template_cards::apply_flags(&mut cards, &args.cards)?;
    params.cards = template_cards::resolve(ctx, &args.delivery, cards).await?;
    params.header_location = match &args.header_location {
        Some(raw) => Some(template_extras::location(
            raw,
            args.header_location_name.as_deref(),
            args.header_location_address.as_deref(),
        )?),
        None => None,
    };
    params.offer_expires_ms = args.offer_expires.as_deref().map(template_extras::offer_expires).transpose()?;
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
            (template::unchecked(&args.name, language, &params), None)
        }
    };
    let body = args.delivery.envelope(&args.to).body("template", object);
    deliver(ctx, &args.delivery, &body, preview.as_deref()).await
}
