//! `waba send flow --to +E164 (--flow-id ID | --flow-name NAME) --cta TEXT --body TEXT …`.

use clap::{ArgGroup, Args};
use serde_json::Value;

use super::common::{Delivery, To, deliver};
use super::interactive::Texts;
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};
use crate::messages::body::{self, FlowMessage, FlowRef};

/// Arguments of `send flow`.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("which_flow").required(true).args(["flow_id", "flow_name"])),
    after_long_help = "Examples:\n  waba send flow --to +16505551234 --flow-id 1600000000000001 --cta Book --body Hi\n  \
waba send flow --to +16505551234 --flow-id 1600000000000001 --cta Go --body Hi --screen DETAILS\n  \
waba send flow --to +16505551234 --flow-name feedback_survey --draft --cta Rate --body Hi\n\n\
navigate (the default) opens --screen (else the Flow's first screen), with --data as its input\n\
(--data '{\"name\": \"Ada\"}' or --data @prefill.json; needs --screen); data_exchange asks the Flow's\n\
endpoint for the first screen and takes neither.\n\n\
In the sandbox the account has the Flows 1600000000000001 appointment_booking (PUBLISHED; screens\n\
APPOINTMENT, DETAILS, SUMMARY), 1600000000000002 feedback_survey (DRAFT: needs --draft; screen RATE)\n\
and 1600000000000003 legacy_signup (BLOCKED: refused with 132068)."
)]
pub struct FlowArgs {
    #[command(flatten)]
    to: To,

    /// The Flow's id
    #[arg(long, value_name = "ID")]
    flow_id: Option<String>,

    /// The Flow's name (instead of its id)
    #[arg(long, value_name = "NAME")]
    flow_name: Option<String>,

    /// The label of the button that opens the Flow (Meta advises at most 30 characters, no emoji)
    #[arg(long, value_name = "TEXT")]
    cta: String,

    #[command(flatten)]
    texts: Texts,

    /// A token of yours, echoed back with the Flow's response (flow_token)
    #[arg(long, value_name = "TOKEN")]
    flow_token: Option<String>,

    /// Send a Flow that is still a DRAFT (mode: draft), to test it
    #[arg(long)]
    draft: bool,

    /// What the button does first [default: navigate]
    #[arg(long, value_name = "ACTION", value_parser = ["navigate", "data_exchange"])]
    action: Option<String>,

    /// The id of the screen to open (navigate)
    #[arg(long, value_name = "SCREEN_ID")]
    screen: Option<String>,

    /// Initial data for that screen: a JSON object, or @FILE holding one (navigate)
    #[arg(long, value_name = "JSON|@FILE")]
    data: Option<String>,

    #[command(flatten)]
    delivery: Delivery,
}

/// `--data`: inline JSON or `@FILE`.
fn data(value: &str) -> CliResult<Value> {
    let (text, shown) = match value.strip_prefix('@') {
        Some(path) => {
            let path = std::path::Path::new(path);
            (crate::cli::input::read_text(path)?, crate::cli::input::display(path))
        }
        None => (value.to_string(), "--data".to_string()),
    };
    serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!("{shown}: not JSON: {e}"))
            .hint("give a JSON object, e.g. --data '{\"order\": \"1042\"}'")
    })
}

pub async fn run(ctx: &mut Ctx, args: &FlowArgs) -> CliResult {
    let flow = match (&args.flow_id, &args.flow_name) {
        (Some(id), _) => FlowRef::Id(id.clone()),
        (None, Some(name)) => FlowRef::Name(name.clone()),
        (None, None) => return Err(CliError::usage("no Flow given").hint("pass --flow-id ID or --flow-name NAME")),
    };
    let message = FlowMessage {
        flow,
        cta: args.cta.clone(),
        token: args.flow_token.clone(),
        draft: args.draft,
        action: args.action.clone(),
        screen: args.screen.clone(),
        data: args.data.as_deref().map(data).transpose()?,
    };
    let object = body::flow(&args.texts.texts(), &message);
    let body = args.delivery.envelope(&args.to).body("interactive", object);
    deliver(ctx, &args.delivery, &body, None).await
}
