//! `waba send json FILE|-`: a full Graph message body, checked by the same rules.

use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};

use super::common::{Delivery, deliver};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};

/// Arguments of `send json`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba send json order.json\n  \
echo '{\"messaging_product\":\"whatsapp\",\"to\":\"+16505551234\",\"type\":\"text\",\"text\":{\"body\":\"Hi\"}}' | waba send json -\n\n\
The body is sent as written after the same checks as every other send; --reply-to and --callback-data\n\
replace its context and biz_opaque_callback_data.")]
pub struct JsonArgs {
    /// The body: a JSON file, or `-` for standard input
    #[arg(value_name = "FILE|-")]
    file: PathBuf,

    #[command(flatten)]
    delivery: Delivery,
}

pub async fn run(ctx: &mut Ctx, args: &JsonArgs) -> CliResult {
    let text = crate::cli::input::read_text(&args.file)?;
    let shown = crate::cli::input::display(&args.file);
    let mut body: Value = serde_json::from_str(&text).map_err(|e| {
        CliError::usage(format!("{shown}: not JSON: {e}")).hint("give a full Graph message body (graph-api §7)")
    })?;
    if let Some(map) = body.as_object_mut() {
        if let Some(id) = &args.delivery.reply_to {
            map.insert("context".into(), json!({ "message_id": id }));
        }
        if let Some(data) = &args.delivery.callback_data {
            map.insert("biz_opaque_callback_data".into(), json!(data));
        }
    }
    deliver(ctx, &args.delivery, &body, None).await
}
