//! `waba templates wait NAME --language L` (or `--all`): block until review settles.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};

use super::lookup;
use super::review::{self, Target};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::models::TemplateStatus;
use crate::render::{Cell, Table, diag};

/// What to wait for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Until {
    /// Exit 0 when approved; 8 when rejected, disabled or paused
    Approved,
    /// Exit 0 on any decision (approved, rejected, …)
    Decided,
}

/// Arguments of `templates wait`.
#[derive(Debug, Args)]
#[command(after_long_help = "With --all it waits for several templates at once: every template the \
last `waba templates create` or `apply` submitted for review (recorded locally, so one that review \
already decided is reported too), plus every template of the account that is PENDING or IN_APPEAL \
now. On a terminal each gets a progress line; the result is one row per template (name, language, \
status, id, elapsed, detail).\n\nExit status: 0 when the template (every one, with --all) reached the \
state waited for, 8 when review rejected one (or it is disabled or paused; the hint names which and \
why, and this wins over a timeout), 9 when --timeout passed first.\n\nExamples:\n  \
waba templates wait order_update --language en_US\n  waba templates wait --all --timeout 30m\n  \
waba templates wait --all -o json")]
pub struct WaitArgs {
    /// The template's name
    #[arg(required_unless_present = "all")]
    name: Option<String>,

    /// Its language, e.g. en_US (needed only when the name exists in several)
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// Wait for everything just submitted (see below) instead of one template
    #[arg(long, conflicts_with_all = ["name", "language"])]
    all: bool,

    /// What counts as done
    #[arg(long, value_enum, default_value_t = Until::Approved)]
    until: Until,

    /// Give up after this long: e.g. 90s, 10m, 1h
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_duration)]
    timeout: Duration,
}

use crate::cli::duration::parse as parse_duration;

/// First poll after 1 s, doubling to at most 30 s.
const FIRST_POLL: Duration = Duration::from_secs(1);
const LONGEST_POLL: Duration = Duration::from_secs(30);

pub async fn run(ctx: &mut Ctx, args: &WaitArgs) -> CliResult {
    let client = ctx.client().await?;
    let Some(name) = args.name.as_deref().filter(|_| !args.all) else {
        return all(ctx, &client, args).await;
    };
    let start = Instant::now();
    let mut pause = FIRST_POLL;
    // A spinner with the status and the time waited, on a terminal only.
    let bar = (std::io::stderr().is_terminal() && !ctx.global.quiet).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(200));
        bar
    });
    let result = poll(ctx, &client, (name, args), start, &mut pause, bar.as_ref()).await;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    result
}

async fn poll(
    ctx: &mut Ctx,
    client: &crate::graph::GraphClient,
    (name, args): (&str, &WaitArgs),
    start: Instant,
    pause: &mut Duration,
    bar: Option<&indicatif::ProgressBar>,
) -> CliResult {
    loop {
        let template = lookup::one(ctx, client, name, args.language.as_deref()).await?;
        if let Some(bar) = bar {
            bar.set_message(format!(
                "{} ({}): {}, waited {} s",
                template.name,
                template.language,
                template.status,
                start.elapsed().as_secs()
            ));
        }
        let settled = match template.status {
            TemplateStatus::Approved => Some(true),
            TemplateStatus::Rejected | TemplateStatus::Disabled | TemplateStatus::Paused => Some(false),
            _ => None,
        };
        if let Some(approved) = settled {
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            let table = Table::record(vec![
                ("name", Cell::plain(&template.name)),
                ("language", Cell::plain(&template.language)),
                ("status", super::list::status_cell(&template.status)),
                ("rejected reason", Cell::opt(template.rejected_reason.as_ref())),
                ("id", Cell::plain(template.id.as_str())),
            ]);
            ctx.out.emit(&template, &table)?;
            if approved || args.until == Until::Decided {
                return Ok(());
            }
            let reason = template.rejected_reason.as_deref().unwrap_or("no reason given");
            let hint = match template.status {
                TemplateStatus::Paused | TemplateStatus::Disabled => {
                    "its quality rating fell (recipients blocked or reported it): `waba templates show NAME` shows \
                     the quality; improve the content or audience, then `waba templates edit` it"
                }
                _ => "fix it (`waba templates lint`), then `waba templates edit` or create it under a new name",
            };
            return Err(CliError::new(
                Kind::CheckFailed,
                format!("template {} ({}) is {} ({reason})", template.name, template.language, template.status),
            )
            .hint(hint));
        }
        let waited = start.elapsed();
        if waited >= args.timeout {
            // Machine output still gets the last state seen.
            if ctx.global.json_errors() {
                ctx.out.emit(&template, &Table::record(Vec::new()))?;
            }
            return Err(CliError::new(
                Kind::Timeout,
                format!(
                    "template {} ({}) is still {} after {} s",
                    template.name,
                    template.language,
                    template.status,
                    waited.as_secs()
                ),
            )
            .hint("Meta's review can take up to 24 hours; wait again or pass a longer --timeout"));
        }
        if !ctx.global.quiet && ctx.global.verbose > 0 {
            diag::note(&format!(
                "{} ({}) is {}; checking again in {} s",
                template.name,
                template.language,
                template.status,
                pause.as_secs()
            ));
        }
        tokio::time::sleep((*pause).min(args.timeout.saturating_sub(waited))).await;
        *pause = (*pause * 2).min(LONGEST_POLL);
    }
}

/// `wait --all`: the last submission recorded in the journal (templates still on the account),
/// plus whatever is in review now.
async fn all(ctx: &mut Ctx, client: &crate::graph::GraphClient, args: &WaitArgs) -> CliResult {
    let (_, journal) = super::sync::journal(ctx)?;
    let waba = ctx.account_id()?;
    let listing = client.templates(&waba, &Default::default(), crate::graph::PageRequest::All).await?;
    let mut targets = BTreeSet::new();
    for t in &listing.items {
        let submitted = journal.submitted.iter().any(|s| s.id == t.id.as_str());
        if submitted || matches!(t.status, TemplateStatus::Pending | TemplateStatus::InAppeal) {
            targets.insert(Target { name: t.name.clone(), language: t.language.clone(), id: t.id.as_str().into() });
        }
    }
    let targets: Vec<Target> = targets.into_iter().collect();
    let rows = review::wait(ctx, client, &targets, args.timeout).await?;
    review::emit(ctx, &rows)?;
    review::verdict(&rows, args.until)
}
