//! Running a job: the estimate and confirmation, the send loop with its progress, the summary.

use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use super::BulkArgs;
use super::estimate::{self, human_duration, parse_max_cost};
use super::prepare::{self, Prepared, journal_error};
use super::summary::Summary;
use crate::bulk::journal::Journal;
use crate::bulk::run::{RunConfig, Tally, run};
use crate::bulk::validate::Content;
use crate::bulk::{job_path, valid_job_name};
use crate::cli::ctx::Ctx;
use crate::cli::error::{CliError, CliResult, Kind};
use crate::render::diag;

/// Sends of one row that were surely not processed before it is left `rejected`.
const MAX_ATTEMPTS: u32 = 8;

pub async fn start(ctx: &mut Ctx, args: &BulkArgs, p: Prepared) -> CliResult {
    let Prepared { name, path, journal, content, validation } = p;
    let cleanup = |journal: Journal| {
        drop(journal);
        if let Some(p) = &path {
            Journal::remove(p);
        }
    };
    prepare::report(&validation);
    if validation.invalid > 0 && !args.skip_invalid {
        cleanup(journal);
        return Err(CliError::usage(format!(
            "{} of {} rows are invalid (listed above); nothing was sent",
            validation.invalid, validation.rows
        ))
        .hint("fix them, or pass --skip-invalid to send the valid rows only"));
    }
    let max_cost = args.max_cost.as_deref().map(parse_max_cost).transpose()?;
    let prelude = async {
        let from = estimate::sender(ctx, args.from.as_deref()).await?;
        let (rate, source) = estimate::rate(ctx, &from, args.rate).await?;
        let est = estimate::estimate(ctx, &content, &validation, rate, source).await?;
        CliResult::Ok((from, est))
    };
    let (from, est) = match prelude.await {
        Ok(x) => x,
        Err(e) => {
            cleanup(journal);
            return Err(e);
        }
    };
    let (template, language) = match &content {
        Content::Template(t) => (Some(t.name.clone()), Some(t.language.clone())),
        Content::Text { .. } => (None, None),
    };
    let lim = &est.messaging_limit;
    if lim.blocked > 0 {
        diag::warning(&format!(
            "{} unique recipients but the messaging limit is {} unique users in 24 hours: about {} would be \
             blocked (error 131048) unless they are already in a customer-service window",
            lim.unique_recipients,
            lim.limit.unwrap_or(0),
            lim.blocked
        ));
    }
    let mut summary = Summary {
        job: name.clone(),
        journal: path.as_ref().map(|p| p.display().to_string()),
        dry_run: args.dry_run,
        resumed: false,
        template: template.clone(),
        language: language.clone(),
        phone_number_id: from.clone(),
        validation: None,
        estimate: Some(est.clone()),
        counts: journal.counts().map_err(journal_error)?,
        rejected_by_code: Default::default(),
        interrupted: false,
        throttled: 0,
        possible_duplicates: 0,
    };
    let over = max_cost.filter(|m| est.cost.total > *m);
    if args.dry_run || over.is_some() {
        summary.validation = Some(validation);
        ctx.out.emit(&summary, &summary.table())?;
        cleanup(journal);
        if let Some(m) = over {
            return Err(CliError::new(
                Kind::CheckFailed,
                format!("the job is estimated at {} USD, above --max-cost {m}; nothing was sent", est.cost.total),
            )
            .hint("raise --max-cost, or send to fewer recipients"));
        }
        return Ok(());
    }
    if !args.yes {
        let prompt = format!(
            "Send {} messages ({} USD estimated, about {} at {}/s)?",
            validation.valid,
            est.cost.total,
            human_duration(est.duration_secs),
            est.rate
        );
        let refused = match ctx.confirm(&prompt, &format!("refusing to send job {name} without confirmation")) {
            Ok(true) => None,
            Ok(false) => Some(CliError::usage("not confirmed: nothing was sent")),
            Err(e) => Some(e),
        };
        if let Some(e) = refused {
            cleanup(journal);
            return Err(e);
        }
    }
    let snapshot = match &content {
        Content::Template(t) => serde_json::to_string(t).unwrap_or_default(),
        Content::Text { body, .. } => serde_json::json!({"text": body}).to_string(),
    };
    let meta = [
        (
            "created",
            jiff::Timestamp::now().round(jiff::Unit::Second).unwrap_or_else(|_| jiff::Timestamp::now()).to_string(),
        ),
        ("template", template.unwrap_or_default()),
        ("language", language.unwrap_or_default()),
        ("category", content.category().to_string()),
        ("phone_number_id", from.clone()),
        ("rate", est.rate.to_string()),
        ("allow_duplicates", args.allow_duplicates.to_string()),
        ("source", args.recipients.as_ref().map(|p| p.display().to_string()).unwrap_or_default()),
        ("content", snapshot),
    ];
    for (k, v) in meta {
        journal.set(k, &v).map_err(journal_error)?;
    }
    if let Some(p) = &path {
        diag::note(&format!("job {name}: journal {}", p.display()));
    }
    summary.validation = Some(validation);
    let cfg = RunConfig {
        phone_number_id: from,
        rate: f64::from(est.rate),
        max_in_flight: args.max_in_flight as usize,
        max_attempts: MAX_ATTEMPTS,
        pair_pacing: args.allow_duplicates,
    };
    go(ctx, journal, &cfg, summary).await
}

pub async fn resume(ctx: &mut Ctx, args: &BulkArgs, name: &str) -> CliResult {
    if !valid_job_name(name) {
        return Err(
            CliError::usage(format!("--resume {name:?} is not a job name")).hint("`waba send jobs` lists the jobs")
        );
    }
    let path = job_path(&ctx.paths.data_dir, name);
    if !path.is_file() {
        return Err(CliError::new(Kind::NotFound, format!("no job named {name} ({})", path.display()))
            .hint("`waba send jobs` lists the jobs"));
    }
    let journal = Journal::open(&path).map_err(journal_error)?;
    let get = |k: &str| journal.get(k).map_err(journal_error);
    if get("created")?.is_none() {
        return Err(CliError::usage(format!("job {name} never started: it stopped before its first message"))
            .hint(format!("nothing of it was sent; remove {} and start the job again", path.display())));
    }
    let from = match (&args.from, get("phone_number_id")?) {
        (Some(f), _) => estimate::sender(ctx, Some(f)).await?,
        (None, Some(id)) => id,
        (None, None) => estimate::sender(ctx, None).await?,
    };
    let stored_rate = get("rate")?.and_then(|r| r.parse::<u32>().ok());
    let rate = args.rate.or(stored_rate).unwrap_or(crate::sim::limits::throughput::STANDARD_MPS);
    let (crashed, throttled, resent) = journal.recover(args.resend_uncertain).map_err(journal_error)?;
    if crashed > 0 {
        diag::warning(&format!(
            "{crashed} rows were in flight when the job stopped: marked uncertain (they may have been sent) and \
             not resent; --resend-uncertain sends them again"
        ));
    }
    if throttled > 0 {
        diag::note(&format!("{throttled} throttled or unsent rows are retried"));
    }
    if resent > 0 {
        diag::warning(&format!(
            "{resent} uncertain rows are sent again: up to {resent} recipients may get a duplicate"
        ));
    }
    if !args.yes {
        let pending = journal.counts().map_err(journal_error)?["pending"];
        ctx.confirm(
            &format!("Resume job {name}: send {pending} pending rows at {rate}/s?"),
            &format!("refusing to resume job {name} without confirmation"),
        )?
        .then_some(())
        .ok_or_else(|| CliError::usage("not confirmed: nothing was sent"))?;
    }
    diag::note(&format!("job {name}: journal {}", path.display()));
    let summary = Summary {
        job: name.to_string(),
        journal: Some(path.display().to_string()),
        dry_run: false,
        resumed: true,
        template: get("template")?.filter(|s| !s.is_empty()),
        language: get("language")?.filter(|s| !s.is_empty()),
        phone_number_id: from.clone(),
        validation: None,
        estimate: None,
        counts: Default::default(),
        rejected_by_code: Default::default(),
        interrupted: false,
        throttled: 0,
        possible_duplicates: resent,
    };
    let cfg = RunConfig {
        phone_number_id: from,
        rate: f64::from(rate),
        max_in_flight: args.max_in_flight as usize,
        max_attempts: MAX_ATTEMPTS,
        pair_pacing: get("allow_duplicates")?.as_deref() == Some("true"),
    };
    go(ctx, journal, &cfg, summary).await
}

async fn go(ctx: &mut Ctx, mut journal: Journal, cfg: &RunConfig, mut summary: Summary) -> CliResult {
    let client = ctx.client().await?;
    let total = journal.counts().map_err(journal_error)?["pending"];
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(total);
        let style = ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar
    });
    let started = Instant::now();
    let mut progress = |t: &Tally| {
        if let Some(bar) = &bar {
            bar.set_position(t.accepted + t.rejected + t.uncertain);
            bar.set_message(format!(
                "sent {} failed {} uncertain {} rate {:.0}/s",
                t.accepted, t.rejected, t.uncertain, t.rate
            ));
        }
    };
    let stop = Box::pin(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    let tally = run(&client, &mut journal, cfg, stop, &mut progress).await.map_err(journal_error)?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let secs = started.elapsed().as_secs_f64();
    let done = tally.accepted + tally.rejected + tally.uncertain;
    diag::note(&format!(
        "job {}: {} accepted, {} rejected, {} uncertain in {:.3} s ({:.1}/s){}",
        summary.job,
        tally.accepted,
        tally.rejected,
        tally.uncertain,
        secs,
        if secs > 0.0 { done as f64 / secs } else { 0.0 },
        if tally.stopped { "; stopped" } else { "" }
    ));
    if let Some(reason) = tally.stop_reason {
        diag::warning(&format!("stopped early: {reason}"));
    }
    summary.counts = journal.counts().map_err(journal_error)?;
    summary.rejected_by_code = journal.rejected_by_code().map_err(journal_error)?;
    summary.interrupted = tally.stopped && tally.stop_reason.is_none();
    summary.throttled = tally.throttled;
    ctx.out.emit(&summary, &summary.table())?;
    summary.outcome()
}
