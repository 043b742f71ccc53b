//! `waba webhooks trigger`: build a Meta-shaped event, sign it, post it.

use clap::Args;
use serde::Serialize;

use super::secrets::{self, FromStdin};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::{Cell, Table};
use crate::webhooks::payload::{self, BuildError, Context, KINDS, Options};

/// Arguments of `webhooks trigger`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
  waba webhooks trigger --list\n  \
  waba webhooks trigger status --to http://127.0.0.1:8080/webhook --event delivered\n  \
  waba webhooks trigger status --to http://127.0.0.1:8080/webhook --event failed --error-code 131026\n  \
  waba webhooks trigger message --to http://127.0.0.1:8080/webhook --event text --text \"Hi\"\n  \
  waba webhooks trigger template-status --to http://127.0.0.1:8080/webhook --event PAUSED\n  \
  waba webhooks trigger status --to http://127.0.0.1:8080/webhook --bad-signature\n\n\
The payload is signed with the app secret (--app-secret-stdin, WABA_APP_SECRET or the profile)\n\
as X-Hub-Signature-256. --bad-signature signs with another key and --no-signature sends none,\n\
to test a receiver's refusals. Exit 0 when the receiver answers 2xx, 1 when it answers anything\n\
else, 7 when it cannot be reached. -o json prints the payload sent.")]
pub struct TriggerArgs {
    /// The kind of event (see --list)
    #[arg(required_unless_present = "list", value_name = "KIND")]
    kind: Option<String>,

    /// List every kind and its events
    #[arg(long, conflicts_with_all = ["to", "kind"])]
    list: bool,

    /// The receiver's URL
    #[arg(long, value_name = "URL", required_unless_present = "list")]
    to: Option<String>,

    /// The event: a message type, a status, a template event or decision (first in --list by default)
    #[arg(long, value_name = "EVENT")]
    event: Option<String>,

    /// The message id (wamid.…) a status, reply or reaction is about [default: a fresh one]
    #[arg(long, value_name = "WAMID")]
    message_id: Option<String>,

    /// The user: sender of a message, recipient of a status (E.164 or digits)
    #[arg(long, value_name = "+E164", default_value = "+15550100101")]
    from: String,

    /// The business number's digits as Meta shows them
    #[arg(long, value_name = "DIGITS", default_value = "15550000001")]
    display_number: String,

    /// The error code of a failed status
    #[arg(long, value_name = "CODE")]
    error_code: Option<i64>,

    /// Text of a message, caption or button; a display name for phone-name
    #[arg(long, value_name = "TEXT")]
    text: Option<String>,

    /// A template's name
    #[arg(long, value_name = "NAME")]
    template_name: Option<String>,

    /// A template's language
    #[arg(long, value_name = "CODE")]
    template_language: Option<String>,

    /// A template's id
    #[arg(long, value_name = "ID")]
    template_id: Option<String>,

    /// A category (of a template, or of a status's pricing)
    #[arg(long, value_name = "CATEGORY")]
    category: Option<String>,

    /// A reason, previous score, new limit or restriction, as the kind takes it
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,

    /// Read the app secret from standard input
    #[arg(long)]
    app_secret_stdin: bool,

    /// Sign with a wrong key (the receiver should answer 403)
    #[arg(long, conflicts_with = "no_signature")]
    bad_signature: bool,

    /// Send no signature header (the receiver should answer 401)
    #[arg(long)]
    no_signature: bool,
}

#[derive(Serialize)]
struct KindRow {
    kind: &'static str,
    field: &'static str,
    events: Vec<&'static str>,
    about: &'static str,
}

/// Run `webhooks trigger`.
pub async fn run(ctx: &mut Ctx, args: TriggerArgs) -> CliResult {
    if args.list {
        return list(ctx);
    }
    let (Some(kind), Some(to)) = (args.kind.as_deref(), args.to.as_deref()) else {
        return Err(CliError::usage("give a KIND and --to URL").hint("`waba webhooks trigger --list` names the kinds"));
    };
    let url = super::http::check_url(to, "--to")?;
    let wa_id: String = args.from.chars().filter(char::is_ascii_digit).collect();
    if wa_id.len() < 6 || !args.from.trim_start_matches('+').chars().all(|c| c.is_ascii_digit()) {
        return Err(CliError::usage(format!("--from {:?} is not a phone number", args.from))
            .hint("give the user's number in E.164, e.g. --from +15550100101"));
    }
    let settings = ctx.settings()?;
    let context = Context {
        waba_id: settings.account_id.as_ref().map_or_else(|| "1200000000000001".into(), |s| s.value.clone()),
        phone_number_id: settings
            .phone_number_id
            .as_ref()
            .map_or_else(|| "1100000000000001".into(), |s| s.value.clone()),
        display_phone_number: args.display_number.clone(),
        wa_id,
        profile_name: "Test User".into(),
        time: jiff::Timestamp::now().as_second(),
    };
    let options = Options {
        variant: args.event.clone(),
        message_id: args.message_id.clone(),
        text: args.text.clone(),
        error_code: args.error_code,
        template_name: args.template_name.clone(),
        template_language: args.template_language.clone(),
        template_id: args.template_id.clone(),
        category: args.category.clone(),
        reason: args.reason.clone(),
        callback_data: None,
        pause: None,
    };
    let envelope = payload::build(kind, &context, &options).map_err(|e| match e {
        BuildError::UnknownKind(_) => CliError::usage(e.to_string()).hint(format!(
            "one of: {} (`waba webhooks trigger --list`)",
            KINDS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
        )),
        BuildError::UnknownVariant { .. } => CliError::usage(e.to_string()).hint("choose --event from that list"),
    })?;
    let body = serde_json::to_vec(&envelope).map_err(|e| CliError::usage(format!("cannot encode: {e}")))?;
    let signature = if args.no_signature {
        None
    } else if args.bad_signature {
        Some(crate::webhooks::sign(b"not-the-app-secret", &body))
    } else {
        let secrets = secrets::resolve(ctx, FromStdin { app_secret: args.app_secret_stdin, verify_token: false })?;
        let secret = secrets.require_app_secret("the event cannot be signed (or pass --no-signature)")?;
        Some(crate::webhooks::sign(&secret, &body))
    };
    let client = super::http::client()?;
    let code = super::http::post(&client, &url, body, None, signature.as_deref())
        .await
        .map_err(|why| CliError::new(Kind::Network, why).hint("is the receiver running? e.g. waba webhooks listen"))?;
    let event = crate::webhooks::events(&envelope).ok().and_then(|mut e| (!e.is_empty()).then(|| e.remove(0)));
    let table = Table::record(vec![
        ("kind", Cell::plain(kind)),
        ("event", Cell::opt(event.as_ref().and_then(|e| e.event.clone()))),
        ("id", Cell::opt(event.as_ref().and_then(|e| e.id.clone()))),
        ("to", Cell::plain(url.as_str())),
        ("answer", Cell::plain(code.to_string())),
    ]);
    ctx.out.emit(&envelope, &table)?;
    if !(200..300).contains(&code) {
        return Err(CliError::new(Kind::Api, format!("the receiver answered {code}"))
            .hint("a receiver answers 2xx to a delivery it accepts"));
    }
    Ok(())
}

fn list(ctx: &mut Ctx) -> CliResult {
    let rows: Vec<KindRow> = KINDS
        .iter()
        .map(|k| KindRow { kind: k.name, field: k.field, events: k.variants.to_vec(), about: k.about })
        .collect();
    let mut table = Table::new(["KIND", "FIELD", "EVENTS", "ABOUT"]);
    for r in &rows {
        table.push(vec![
            Cell::plain(r.kind),
            Cell::plain(r.field),
            Cell::plain(r.events.join(", ")),
            Cell::plain(r.about),
        ]);
    }
    ctx.out.emit(&rows, &table)?;
    Ok(())
}
