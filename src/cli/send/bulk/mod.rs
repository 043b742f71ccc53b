//! `waba send bulk`: one template (or text) to every row of a recipient file, validated first,
//! estimated and confirmed, paced, journalled, resumable.

mod estimate;
mod execute;
mod prepare;
mod summary;

pub use prepare::journal_error;

use std::path::PathBuf;

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult};

/// Arguments of `send bulk`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  \
waba send bulk --template order_update --language en_US --recipients customers.csv --dry-run\n  \
waba send bulk --template order_update --language en_US --recipients customers.csv --yes\n  \
waba send bulk --template promo --recipients list.jsonl --job spring-sale --max-cost 50 --yes\n  \
cat customers.csv | waba send bulk --template order_update --recipients - --rate 20 --yes\n  \
waba send bulk --resume spring-sale --yes\n\n\
The recipient file is CSV with a header line, or JSON Lines (.jsonl: one object per line).\n\
Columns: `to` (E.164 with '+'); `1`, `2`, ... the positional parameters; any other lower-case\n\
name a named parameter; header_text; header_image, header_video, header_document (an https://\n\
link or a media id); button_url_suffix (button_url_suffix_2, ...); button_payload\n\
(button_payload_2, ...); code; callback_data (biz_opaque_callback_data). An empty cell is absent.\n\n\
Every row is checked first as `send template` checks one; nothing is sent unless all rows are\n\
valid (or --skip-invalid). A recipient listed twice is sent once unless --allow-duplicates (then\n\
at most one message per 6 s to them, the pair rate). Before the first message the estimated cost\n\
(waba's pricing engine, per market), the messaging-limit check and the duration are shown; on a\n\
terminal the job is confirmed, otherwise --yes is needed.\n\n\
The journal is an SQLite database at <data dir>/jobs/JOB.db; a row is marked in flight on disk\n\
before its request is written. --resume continues a stopped or killed job: rows that were in\n\
flight become `uncertain` and are not resent unless --resend-uncertain; throttled rows are retried.\n\
Ctrl-C stops taking rows, lets the requests in flight finish and exits 130.\n\n\
Exit codes: 0 every row accepted; 1 some rejected; 10 some uncertain (may have been sent);\n\
8 the estimate is above --max-cost; 2 invalid rows; 130 interrupted.")]
pub struct BulkArgs {
    /// The template to send (its definition is read and every row checked against it)
    #[arg(long, value_name = "NAME", conflicts_with_all = ["text", "resume"])]
    template: Option<String>,

    /// The template's language (e.g. en_US); needed when the template has several
    #[arg(long, value_name = "CODE", requires = "template")]
    language: Option<String>,

    /// Free-form text to every row instead of a template (delivered only inside a customer-service window)
    #[arg(long, value_name = "TEXT", conflicts_with = "resume")]
    text: Option<String>,

    /// Show a preview of the first URL in --text
    #[arg(long, requires = "text")]
    preview_url: bool,

    /// The recipients: a CSV file with a header, a .jsonl file, or `-` for standard input
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    recipients: Option<PathBuf>,

    /// Name the job (its journal is <data dir>/jobs/NAME.db) [default: the file's stem and the UTC time]
    #[arg(long, value_name = "NAME", conflicts_with = "resume")]
    job: Option<String>,

    /// Continue a stopped or killed job
    #[arg(long, value_name = "JOB")]
    resume: Option<String>,

    /// With --resume: send again the rows whose outcome is unknown (they may get a duplicate)
    #[arg(long, requires = "resume")]
    resend_uncertain: bool,

    /// Messages per second [default: the sending number's throughput level: 80, or 1,000 for HIGH]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    rate: Option<u32>,

    /// Requests open at once
    #[arg(long, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u32).range(1..=1024))]
    max_in_flight: u32,

    /// Refuse the job when its estimated cost is above AMOUNT (USD), e.g. 50 or 12.5
    #[arg(long, value_name = "AMOUNT")]
    max_cost: Option<String>,

    /// Send the valid rows even when some are invalid (the invalid ones are listed and skipped)
    #[arg(long)]
    skip_invalid: bool,

    /// Send to a recipient as many times as they are listed
    #[arg(long)]
    allow_duplicates: bool,

    /// Send from this number of the account (its display number) instead of the configured phone-number id
    #[arg(long, value_name = "+E164")]
    from: Option<String>,

    /// Read the template's definition again instead of the cached one
    #[arg(long)]
    refresh: bool,

    /// Validate and estimate, send nothing (no journal is kept)
    #[arg(long)]
    dry_run: bool,

    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    yes: bool,
}

pub async fn run(ctx: &mut Ctx, args: &BulkArgs) -> CliResult {
    if let Some(job) = &args.resume {
        if args.dry_run {
            return Err(
                CliError::usage("--dry-run cannot be used with --resume").hint("`waba send status JOB` shows the job")
            );
        }
        return execute::resume(ctx, args, job).await;
    }
    let Some(recipients) = &args.recipients else {
        return Err(CliError::usage("send bulk needs --recipients FILE (or --resume JOB)")
            .hint("give a CSV file with a header (to,1,2 or to,first_name,…), a .jsonl file, or - for stdin"));
    };
    if args.template.is_none() && args.text.is_none() {
        return Err(CliError::usage("send bulk needs --template NAME (or --text TEXT)")
            .hint("e.g. waba send bulk --template order_update --recipients customers.csv"));
    }
    let prepared = prepare::prepare(ctx, args, recipients).await?;
    execute::start(ctx, args, prepared).await
}
