//! `waba sandbox status`: where the world lives, whether a server runs, counts.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;

use super::Location;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliResult;
use crate::render::{Cell, Table};
use crate::sandbox::faults::FaultKind;
use crate::sandbox::{self, Lookup, store::server};

/// Arguments of `sandbox status`.
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  waba sandbox status\n  waba sandbox status -o json\n\n\
The request log keeps the newest 100,000 requests the sandbox served (in-process or by `sandbox serve`). \
webhooks_* count the deliveries of `sandbox serve`: delivered, pending, retrying (with the last \
error), given up after every attempt, dropped for want of a callback URL. faults* describe the last \
`sandbox serve --faults` on this database: its spec and seed, and the faults it injected per kind \
(kept after it stops, until the next one starts).")]
pub struct StatusArgs {
    /// World database [default: <data dir>/sandbox/world.db]
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

/// The status, flat so that every format shows the same fields.
#[derive(Serialize)]
struct Status {
    db: String,
    /// Bytes of the database and its write-ahead log.
    db_bytes: u64,
    server_running: bool,
    server_url: Option<String>,
    server_pid: Option<u32>,
    server_since: Option<String>,
    /// Requests the running server has served (as the request log holds them).
    server_requests: Option<u64>,
    business: u64,
    wabas: u64,
    phone_numbers: u64,
    templates: u64,
    uploads: u64,
    request_log: u64,
    /// Webhooks the receiver accepted (2xx).
    webhooks_delivered: u64,
    /// Webhooks not yet attempted (statuses not yet due included).
    webhooks_pending: u64,
    /// Webhooks that failed and are due again.
    webhooks_retrying: u64,
    /// Webhooks whose every attempt failed.
    webhooks_given_up: u64,
    /// Webhooks with no callback URL when due (not retried).
    webhooks_dropped: u64,
    /// The newest failure still retrying or given up (HTTP code or error, and the URL).
    webhooks_last_error: Option<String>,
    /// The spec of the last `sandbox serve --faults` on this database (canonical form).
    faults: Option<String>,
    faults_seed: Option<u64>,
    /// Faults that server injected, per kind.
    faults_drop_after: u64,
    faults_error_500_after: u64,
    faults_error_500_before: u64,
    faults_throttle: u64,
    faults_slow: u64,
}

pub(super) fn run(ctx: &mut Ctx, args: StatusArgs) -> CliResult {
    let location = Location::resolve(ctx, args.state);
    let (counts, migrated) = sandbox::counts(&location.db, location.legacy())?;
    super::note_migrated(ctx, migrated.as_deref(), &location.db);
    let live = match server::find(&ctx.paths.sandbox_server_record()) {
        Lookup::Live(record) if Path::new(&record.db) == location.db => Some(record),
        _ => None,
    };
    let server_requests = match &live {
        Some(record) => Some(sandbox::requests_served_by(&location.db, record.pid)?),
        None => None,
    };
    let deliveries = sandbox::deliver::summary(&location.db)?;
    let faults = sandbox::faults::summary(&location.db)?;
    let status = Status {
        db: location.db.display().to_string(),
        db_bytes: file_size(&location.db) + file_size(&wal(&location.db)),
        server_running: live.is_some(),
        server_url: live.as_ref().map(|r| r.base_url.clone()),
        server_pid: live.as_ref().map(|r| r.pid),
        server_since: live.as_ref().map(|r| r.started.clone()),
        server_requests,
        business: counts.business,
        wabas: counts.wabas,
        phone_numbers: counts.phone_numbers,
        templates: counts.templates,
        uploads: counts.uploads,
        request_log: counts.request_log,
        webhooks_delivered: deliveries.delivered,
        webhooks_pending: deliveries.pending,
        webhooks_retrying: deliveries.retrying,
        webhooks_given_up: deliveries.given_up,
        webhooks_dropped: deliveries.dropped,
        webhooks_last_error: deliveries.last_error,
        faults_drop_after: faults.count(FaultKind::DropAfter),
        faults_error_500_after: faults.count(FaultKind::Error500After),
        faults_error_500_before: faults.count(FaultKind::Error500Before),
        faults_throttle: faults.count(FaultKind::Throttle),
        faults_slow: faults.count(FaultKind::Slow),
        faults: faults.spec,
        faults_seed: faults.seed,
    };
    let opt = |v: &Option<String>| Cell::plain(v.clone().unwrap_or_default());
    let num = |n: u64| Cell::plain(n.to_string());
    let table = Table::record(vec![
        ("db", Cell::plain(&status.db)),
        ("db_bytes", num(status.db_bytes)),
        ("server_running", Cell::plain(status.server_running.to_string())),
        ("server_url", opt(&status.server_url)),
        ("server_pid", opt(&status.server_pid.map(|p| p.to_string()))),
        ("server_since", opt(&status.server_since)),
        ("server_requests", opt(&status.server_requests.map(|n| n.to_string()))),
        ("business", num(status.business)),
        ("wabas", num(status.wabas)),
        ("phone_numbers", num(status.phone_numbers)),
        ("templates", num(status.templates)),
        ("uploads", num(status.uploads)),
        ("request_log", num(status.request_log)),
        ("webhooks_delivered", num(status.webhooks_delivered)),
        ("webhooks_pending", num(status.webhooks_pending)),
        ("webhooks_retrying", num(status.webhooks_retrying)),
        ("webhooks_given_up", num(status.webhooks_given_up)),
        ("webhooks_dropped", num(status.webhooks_dropped)),
        ("webhooks_last_error", opt(&status.webhooks_last_error)),
        ("faults", opt(&status.faults)),
        ("faults_seed", opt(&status.faults_seed.map(|n| n.to_string()))),
        ("faults_drop_after", num(status.faults_drop_after)),
        ("faults_error_500_after", num(status.faults_error_500_after)),
        ("faults_error_500_before", num(status.faults_error_500_before)),
        ("faults_throttle", num(status.faults_throttle)),
        ("faults_slow", num(status.faults_slow)),
    ]);
    ctx.out.emit(&status, &table)?;
    Ok(())
}

fn wal(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-wal");
    PathBuf::from(name)
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}
