//! `waba verify oba check | request | status`: the Official Business Account (the badge).

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::graph::GraphClient;
use crate::lifecycle::oba::{self, Criterion};
use crate::render::{Cell, Table, Tone, diag};

/// OBA commands.
#[derive(Debug, Subcommand)]
pub enum ObaCommand {
    /// Check, point by point, whether the number meets the criteria; exit 8 when one is not met
    Check(CheckArgs),
    /// Submit Meta's Official Business Account request (after checking the criteria)
    Request(RequestArgs),
    /// The number's OBA request and what its status means
    #[command(after_long_help = "Examples:\n  waba verify oba status\n  waba verify oba status -o json")]
    Status,
}

/// Arguments of `verify oba check`.
#[derive(Debug, Args)]
#[command(after_long_help = "The criteria: business verified, two-step verification on, display \
name approved, number CONNECTED, and supporting links for the request (news articles about the \
brand; give the ones you will submit with --link). Meta also asks for 30 days on the platform \
(reported as advice) and judges notability itself, which no tool can check.\n\n\
Examples:\n  waba verify oba check\n  \
waba verify oba check --link https://news.example/acme-opens-store -o json")]
pub struct CheckArgs {
    /// A supporting link you will submit (repeat; up to 5)
    #[arg(long = "link", value_name = "URL")]
    links: Vec<String>,
}

/// Arguments of `verify oba request`.
#[derive(Debug, Args)]
#[command(after_long_help = "The request is refused before sending (exit 8) while a criterion of \
`waba verify oba check` is not met: a declined request can only be made again after 30 days. \
--no-check sends it anyway. Meta reviews it; `waba verify oba status` shows the decision. Each \
--link is a news article about the brand from a publication with a sizeable audience (paid or \
promotional content does not count).\n\n\
Examples:\n  \
waba verify oba request --country US --language English --link https://news.example/acme\n  \
waba verify oba request --country BR --language pt --link https://news.example/a -o json")]
pub struct RequestArgs {
    /// The business's website (business_website_url) [default: the business profile's first]
    #[arg(long, value_name = "URL")]
    website: Option<String>,
    /// The country the business mainly operates in (primary_country_of_operation)
    #[arg(long, value_name = "COUNTRY")]
    country: String,
    /// The language the business mainly uses (primary_language)
    #[arg(long, value_name = "LANGUAGE")]
    language: String,
    /// A link to a news article about the brand (supporting_links; repeat, 1 to 5)
    #[arg(long = "link", value_name = "URL", required = true)]
    links: Vec<String>,
    /// The parent business or brand, if any (parent_business_or_brand)
    #[arg(long, value_name = "NAME")]
    parent: Option<String>,
    /// Anything else Meta's reviewers should know (additional_supporting_information)
    #[arg(long, value_name = "TEXT")]
    info: Option<String>,
    /// Send the request even when a criterion is not met
    #[arg(long)]
    no_check: bool,
}

#[derive(Serialize)]
struct CheckReport {
    id: String,
    eligible: bool,
    criteria: Vec<Criterion>,
}

#[derive(Serialize)]
struct Submitted {
    id: String,
    #[serde(flatten)]
    answer: crate::graph::ObaAnswer,
}

#[derive(Serialize)]
struct Status {
    id: String,
    oba_status: Option<String>,
    status_message: Option<String>,
    meaning: &'static str,
}

pub(super) async fn run(ctx: &mut Ctx, cmd: ObaCommand) -> CliResult {
    match cmd {
        ObaCommand::Check(args) => check(ctx, &args).await,
        ObaCommand::Request(args) => request(ctx, &args).await,
        ObaCommand::Status => status(ctx).await,
    }
}

/// The criteria for the configured number, with `links` supporting links.
async fn criteria(ctx: &mut Ctx, client: &GraphClient, phone: &str, links: usize) -> CliResult<Vec<Criterion>> {
    let n = client.lifecycle(phone).await?;
    let business = super::status::business_verification(ctx, client, None).await?;
    let days = n.last_onboarded_time.as_deref().and_then(days_since);
    let facts = oba::Facts {
        business_verification: business.unwrap_or_else(|| "unknown".into()),
        is_pin_enabled: n.is_pin_enabled == Some(true),
        name_status: n.name_status.unwrap_or_else(|| "-".into()),
        status: n.status.map(|s| s.as_str().to_owned()).unwrap_or_else(|| "-".into()),
        days_on_platform: days,
        links,
    };
    Ok(oba::criteria(&facts))
}

/// Days since Graph's `2025-03-14T09:30:00+0000`.
fn days_since(time: &str) -> Option<i64> {
    let t = jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%z", time).ok()?.to_timestamp().ok()?;
    Some((jiff::Timestamp::now().as_second() - t.as_second()) / 86_400)
}

fn criteria_table(criteria: &[Criterion]) -> Table {
    let mut table = Table::new(["criterion", "met", "found", "to do"]);
    for c in criteria {
        let met = match (c.met, c.required) {
            (true, _) => Cell::toned("yes", Tone::Good),
            (false, true) => Cell::toned("no", Tone::Bad),
            (false, false) => Cell::toned("not yet", Tone::Warn),
        };
        table.push(vec![Cell::plain(c.criterion), met, Cell::plain(&c.detail), Cell::plain(&c.fix)]);
    }
    table
}

fn check_links(links: &[String]) -> CliResult {
    if links.len() > oba::MAX_LINKS {
        return Err(CliError::usage(format!(
            "{} links given; a request carries at most {}",
            links.len(),
            oba::MAX_LINKS
        ))
        .hint("keep the 5 strongest articles"));
    }
    if let Some(bad) = links.iter().find(|l| !oba::is_web_url(l)) {
        return Err(CliError::usage(format!("--link '{bad}' is not an http(s) URL"))
            .hint("give the full address of the article, e.g. https://news.example/acme"));
    }
    Ok(())
}

fn unmet(criteria: &[Criterion]) -> CliError {
    let names: Vec<&str> = criteria.iter().filter(|c| c.required && !c.met).map(|c| c.criterion).collect();
    let fixes: Vec<&str> = criteria.iter().filter(|c| c.required && !c.met).map(|c| c.fix.as_str()).collect();
    CliError::new(Kind::CheckFailed, format!("not eligible for an Official Business Account: {}", names.join(", ")))
        .hint(fixes.join("; "))
}

async fn check(ctx: &mut Ctx, args: &CheckArgs) -> CliResult {
    check_links(&args.links)?;
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let criteria = criteria(ctx, &client, &phone, args.links.len()).await?;
    let eligible = oba::eligible(&criteria);
    let table = criteria_table(&criteria);
    let report = CheckReport { id: phone, eligible, criteria };
    ctx.out.emit(&report, &table)?;
    if eligible { Ok(()) } else { Err(unmet(&report.criteria)) }
}

async fn request(ctx: &mut Ctx, args: &RequestArgs) -> CliResult {
    check_links(&args.links)?;
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let website = match &args.website {
        Some(w) => w.trim().to_owned(),
        None => client.business_profile(&phone).await?.websites.into_iter().next().ok_or_else(|| {
            CliError::usage("--website is needed: the number's business profile has no website")
                .hint("pass --website URL, or set one with `waba numbers profile set --website URL`")
        })?,
    };
    let body = oba::Request {
        business_website_url: website,
        primary_country_of_operation: args.country.trim().to_owned(),
        primary_language: args.language.trim().to_owned(),
        parent_business_or_brand: args.parent.clone().filter(|s| !s.trim().is_empty()),
        additional_supporting_information: args.info.clone().filter(|s| !s.trim().is_empty()),
        supporting_links: args.links.iter().map(|l| l.trim().to_owned()).collect(),
    };
    if let Some((field, why)) = oba::check_request(&body).into_iter().next() {
        let flag = match field {
            "business_website_url" => "--website",
            "primary_country_of_operation" => "--country",
            "primary_language" => "--language",
            _ => "--link",
        };
        return Err(CliError::usage(format!("{flag} ({field}) {why}")).hint("fix it and run again; nothing was sent"));
    }
    if !args.no_check {
        let criteria = criteria(ctx, &client, &phone, body.supporting_links.len()).await?;
        if !oba::eligible(&criteria) {
            let e = unmet(&criteria);
            return Err(CliError { message: format!("{} (nothing sent; --no-check sends anyway)", e.message), ..e });
        }
        for c in criteria.iter().filter(|c| !c.met) {
            if !ctx.global.quiet {
                diag::warning(&format!("{}: {}", c.detail, c.fix));
            }
        }
    }
    let answer = client.request_oba(&phone, &body).await?;
    let status = answer.updated_status.as_ref().and_then(|s| s.oba_status.clone());
    let table = Table::record(vec![
        ("id", Cell::plain(&phone)),
        ("success", Cell::plain(answer.success.to_string())),
        ("oba_status", Cell::plain(status.as_deref().unwrap_or("-"))),
        ("message", Cell::plain(answer.message.as_deref().unwrap_or("-"))),
    ]);
    ctx.out.emit(&Submitted { id: phone, answer }, &table)?;
    if !ctx.global.quiet {
        diag::note("Meta reviews the request; `waba verify oba status` shows the decision");
    }
    Ok(())
}

async fn status(ctx: &mut Ctx) -> CliResult {
    let phone = crate::cli::media::phone_number_id(ctx)?;
    let client = ctx.client().await?;
    let s = client.oba_status(&phone).await?;
    let meaning = status_meaning(s.oba_status.as_deref().unwrap_or(""));
    let answer = Status { id: phone, oba_status: s.oba_status, status_message: s.status_message, meaning };
    let table = Table::record(vec![
        ("id", Cell::plain(&answer.id)),
        ("oba_status", Cell::plain(answer.oba_status.as_deref().unwrap_or("-"))),
        ("status_message", Cell::plain(answer.status_message.as_deref().unwrap_or("-"))),
        ("meaning", Cell::plain(meaning)),
    ]);
    ctx.out.emit(&answer, &table)?;
    Ok(())
}

/// What an `oba_status` means.
pub(super) fn status_meaning(status: &str) -> &'static str {
    match status.to_ascii_uppercase().as_str() {
        "APPROVED" => "the number is an Official Business Account: the badge shows next to its name",
        "PENDING" | "UNDER_REVIEW" => "Meta is reviewing the request",
        "REJECTED" => "declined: a new request may be made after 30 days (no appeal)",
        "CANCELLED" => "the request was withdrawn",
        "EXPIRED" => "the approval lapsed (e.g. after a display-name change): request again",
        "NOT_STARTED" | "" => "no request was made: `waba verify oba check`, then `waba verify oba request`",
        _ => "a status waba does not know",
    }
}
