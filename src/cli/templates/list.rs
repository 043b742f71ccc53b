//! `waba templates list`.

use clap::Args;

use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::graph::models::{MessageTemplate, TemplateCategory, TemplateStatus};
use crate::graph::{PageRequest, TemplateFilter};
use crate::render::{Cell, Fit, Format, Table, Tone, diag};

/// Arguments of `templates list`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba --sandbox templates list\n  \
waba templates list --status REJECTED --all\n  \
waba templates list --category MARKETING --language en_US -o csv > marketing.csv")]
pub struct ListArgs {
    /// Only templates in this status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …)
    #[arg(long, value_name = "STATUS", value_parser = known_status)]
    status: Option<String>,

    /// Only this category (MARKETING, UTILITY, AUTHENTICATION)
    #[arg(long, value_name = "CATEGORY", value_parser = upper)]
    category: Option<String>,

    /// Only this language, e.g. en_US
    #[arg(long, value_name = "CODE")]
    language: Option<String>,

    /// Only templates with this name
    #[arg(long, value_name = "NAME")]
    name: Option<String>,

    /// Show at most N templates
    #[arg(long, value_name = "N", default_value_t = 25, value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "all")]
    limit: u32,

    /// Fetch every page
    #[arg(long)]
    all: bool,
}

fn upper(s: &str) -> Result<String, String> {
    Ok(s.to_ascii_uppercase())
}

/// The statuses Meta documents for templates; anything else is refused before a request is made.
const STATUSES: &[&str] = &[
    "APPROVED",
    "PENDING",
    "REJECTED",
    "PAUSED",
    "DISABLED",
    "IN_APPEAL",
    "FLAGGED",
    "LIMIT_EXCEEDED",
    "PENDING_DELETION",
    "DELETED",
    "ARCHIVED",
    "LOCKED",
    "REINSTATED",
];

fn known_status(s: &str) -> Result<String, String> {
    let status = s.to_ascii_uppercase();
    if STATUSES.contains(&status.as_str()) {
        Ok(status)
    } else {
        Err(format!("not a template status; one of {}", STATUSES.join(", ")))
    }
}

pub async fn run(ctx: &mut Ctx, args: &ListArgs) -> CliResult {
    let client = ctx.client().await?;
    let waba = ctx.account_id()?;
    let filter = TemplateFilter {
        status: args.status.as_deref().map(TemplateStatus::from),
        category: args.category.as_deref().map(TemplateCategory::from),
        language: args.language.clone(),
        name: args.name.clone(),
    };
    let request = if args.all { PageRequest::All } else { PageRequest::Limit(args.limit as usize) };
    let listing = client.templates(&waba, &filter, request).await?;
    let mut table = Table::new(["name", "language", "category", "status", "quality", "rejected reason", "id"])
        .list_keeping(&[0, 1, 2, 3, 4])
        .fit(&[(5, Fit::Wrap), (6, Fit::Shorten)]);
    for t in &listing.items {
        table.push(row(t));
    }
    ctx.out.emit(&listing.items, &table)?;
    if listing.more && !ctx.global.quiet {
        diag::note(&format!(
            "showing the first {} templates; more exist: pass --all or a larger --limit",
            listing.items.len()
        ));
    } else if listing.items.is_empty() && ctx.out.format() == Format::Table && !ctx.global.quiet {
        diag::note("no templates match");
    }
    Ok(())
}

fn row(t: &MessageTemplate) -> Vec<Cell> {
    vec![
        Cell::plain(&t.name),
        Cell::plain(&t.language),
        Cell::plain(t.category.as_str()),
        status_cell(&t.status),
        Cell::opt(t.quality_score.as_ref().map(|q| q.score.as_str().to_string())),
        Cell::opt(t.rejected_reason.as_ref().filter(|r| r.as_str() != "NONE")),
        Cell::plain(t.id.as_str()),
    ]
}

/// A status, coloured by what it means for sending.
pub fn status_cell(status: &TemplateStatus) -> Cell {
    let tone = match status {
        TemplateStatus::Approved => Tone::Good,
        TemplateStatus::Pending | TemplateStatus::InAppeal | TemplateStatus::Paused | TemplateStatus::Flagged => {
            Tone::Warn
        }
        TemplateStatus::Rejected | TemplateStatus::Disabled => Tone::Bad,
        _ => Tone::Plain,
    };
    Cell::toned(status.as_str(), tone)
}
