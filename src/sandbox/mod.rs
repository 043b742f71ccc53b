//! A local HTTP emulator of Meta's Graph API for the WhatsApp Business
//! Platform (business portfolio, WABA and phone-number endpoints).
//!
//! The CLI talks to it over loopback HTTP exactly as it talks to
//! `graph.facebook.com`: same paths (`/{version}/{node-id}[/{edge}]`), same
//! bearer auth, same JSON shapes, paging, headers and error envelopes.
//!
//! Layout — a small shared core plus one file per resource:
//! * core: `routes` (router, auth, dispatch by node id), `request` (parsed
//!   request / reply), `error` (Graph errors), `fields` (`?fields=`),
//!   `paging` (cursors), `version` (versions and auto-upgrade), `state`,
//!   [`store`] (the world database, the request log, the server record),
//!   [`world`] (typed records and the seed);
//! * resources: `accounts` (business portfolio + WABA), `numbers` (phone numbers),
//!   `debug_token` (what the sandbox knows about a token),
//!   `templates` (message templates, their review, and the resumable upload API).
//!
//! The world starts from a deterministic seed ([`World::seed`]). With a
//! database ([`SandboxOptions::state_path`]) it is shared by every process
//! serving that database: each mutation is one transaction, and reads see
//! what any process committed.

mod accounts;
pub mod allowlist;
mod business_profile;
mod catalogue;
mod debug_token;
pub mod deliver;
mod dispatch;
mod error;
pub mod faults;
mod fields;
pub mod lifecycle;
mod media;
pub mod messages;
mod numbers;
mod paging;
mod record;
mod request;
mod routes;
mod settings;
mod state;
pub mod store;
mod subscribed_apps;
mod templates;
pub mod trigger;
mod version;
pub mod world;

#[cfg(test)]
mod tests;

use std::net::SocketAddr;
use std::path::PathBuf;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use routes::router;
pub use state::SharedState;
pub use store::Counts;
pub use store::server::{Lookup, ServerRecord};
pub use version::ApiVersion;
pub use world::World;

/// How long a new or edited template stays PENDING before the sandbox's
/// review policy decides it, unless [`SandboxOptions::review_delay`] says otherwise.
pub const DEFAULT_REVIEW_DELAY: std::time::Duration = std::time::Duration::from_secs(3);

/// How to run the sandbox.
#[derive(Clone)]
pub struct SandboxOptions {
    /// The world database (SQLite); `None` keeps everything in memory.
    pub state_path: Option<PathBuf>,
    /// The only access token the sandbox accepts.
    pub token: String,
    /// Where to listen (`127.0.0.1:0` for an ephemeral port).
    pub addr: SocketAddr,
    /// How long a new or edited template stays PENDING before review (usually
    /// [`DEFAULT_REVIEW_DELAY`]).
    pub review_delay: std::time::Duration,
    /// How far apart a sent message's statuses are (usually [`messages::DEFAULT_STATUS_DELAY`]).
    pub status_delay: std::time::Duration,
    /// Lift the per-number throughput bucket (`sandbox serve --throughput unlimited`, for load tests).
    pub unlimited_throughput: bool,
    /// The app secret webhooks are signed with; `None` = the one stored in the world
    /// database (generated once).
    pub app_secret: Option<String>,
    /// Deliver webhooks from a background task (`sandbox serve`); `None` = no deliveries.
    pub webhooks: Option<deliver::DeliveryOptions>,
    /// Inject faults into sends (`sandbox serve --faults`); `None` = none.
    pub faults: Option<faults::FaultPlan>,
}

impl std::fmt::Debug for SandboxOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxOptions")
            .field("state_path", &self.state_path)
            .field("token", &"<redacted>")
            .field("addr", &self.addr)
            .field("review_delay", &self.review_delay)
            .field("status_delay", &self.status_delay)
            .field("unlimited_throughput", &self.unlimited_throughput)
            .field("app_secret", &self.app_secret.as_ref().map(|_| "<redacted>"))
            .field("webhooks", &self.webhooks)
            .field("faults", &self.faults)
            .finish()
    }
}

/// Ids of the sandbox world, for the CLI's `--sandbox` settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxIdentity {
    pub business_id: String,
    pub waba_id: String,
    /// The first (primary) phone number of the WABA.
    pub phone_number_id: String,
    pub app_id: String,
}

/// Errors starting or resetting the sandbox.
#[derive(thiserror::Error, Debug)]
pub enum SandboxError {
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The state file of an earlier version cannot be migrated.
    #[error(
        "the old sandbox state file {} cannot be migrated into the database ({detail}); run `waba sandbox reset` to start from the seed (it sets the file aside)",
        path.display()
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{} has format version {found}, newer than this waba understands ({supported}); run `waba sandbox reset` to start from the seed",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u64, supported: u64 },
    #[error("sandbox world database {}: {detail}", path.display())]
    Db { path: PathBuf, detail: String },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
}

/// A sandbox serving in a background task. Dropping it without calling
/// [`RunningSandbox::shutdown`] also stops the server (gracefully, unawaited).
#[derive(Debug)]
pub struct RunningSandbox {
    base_url: String,
    local_addr: SocketAddr,
    identity: SandboxIdentity,
    state: SharedState,
    app_secret: deliver::AppSecret,
    deliverer: Option<deliver::Deliverer>,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<std::io::Result<()>>,
}

impl RunningSandbox {
    /// `http://127.0.0.1:PORT` (no trailing slash, no version).
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Ids of the world loaded at start.
    pub fn identity(&self) -> SandboxIdentity {
        self.identity.clone()
    }

    /// The state it serves.
    pub fn state(&self) -> SharedState {
        self.state.clone()
    }

    /// The app secret its webhooks are signed with (a test double's, like its token).
    pub fn app_secret(&self) -> String {
        self.app_secret.0.clone()
    }

    /// Starts delivering webhooks with `opts`, unless it already does (a sandbox started
    /// without [`SandboxOptions::webhooks`] that must deliver after all, e.g. for a wait).
    pub async fn start_deliveries(&mut self, opts: deliver::DeliveryOptions) -> Result<(), SandboxError> {
        if self.deliverer.is_some() {
            return Ok(());
        }
        let delay =
            std::time::Duration::from_millis(u64::try_from(self.state.messaging().status_delay_ms()).unwrap_or(0));
        let started = deliver::Deliverer::start(self.state.clone(), self.app_secret.0.clone(), opts, delay)
            .await
            .map_err(|e| SandboxError::Db {
                path: PathBuf::new(),
                detail: format!("cannot start webhook delivery: {}", e.message),
            })?;
        self.deliverer = Some(started);
        Ok(())
    }

    /// Stops accepting connections, lets in-flight requests finish, writes the
    /// last request log entries, and waits.
    pub async fn shutdown(mut self) {
        if let Some(d) = self.deliverer.take() {
            d.stop().await;
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if !self.task.is_finished() {
            let _ = self.task.await;
        }
        let state = self.state.clone();
        let _ = tokio::task::spawn_blocking(move || state.flush_request_log(LOG_FLUSH_TIMEOUT)).await;
    }

    /// Serves until `stop` completes (e.g. Ctrl-C) or the server task ends, then shuts down
    /// as [`RunningSandbox::shutdown`] does (deliveries in flight are finished and recorded).
    pub async fn serve_until(mut self, stop: impl Future<Output = ()>) {
        tokio::select! {
            _ = &mut self.task => {}
            () = stop => {}
        }
        self.shutdown().await;
    }

    /// Serves until the server task ends (e.g. raced against ctrl-c by the caller).
    pub async fn wait(mut self) {
        let _keep_running = self.shutdown.take();
        let _ = (&mut self.task).await;
        if let Some(d) = self.deliverer.take() {
            d.stop().await;
        }
    }
}

/// How long shutting down waits for the request log to be written.
const LOG_FLUSH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Opens the world database (or the seed in memory), binds `opts.addr` and serves in a
/// background tokio task.
pub async fn start(opts: SandboxOptions) -> Result<RunningSandbox, SandboxError> {
    start_on(None, opts).await
}

/// Starts as [`start`] does, on a world database already opened by [`open_world`] (its path
/// replaces `opts.state_path`), so the world is not loaded twice.
pub async fn start_with(world: OpenedWorld, opts: SandboxOptions) -> Result<RunningSandbox, SandboxError> {
    start_on(Some(world), opts).await
}

async fn start_on(world: Option<OpenedWorld>, opts: SandboxOptions) -> Result<RunningSandbox, SandboxError> {
    let messaging = messages::Messaging::new(opts.status_delay, opts.unlimited_throughput)
        .with_faults(opts.faults.clone().map(faults::Faults::new));
    let state = match (world, &opts.state_path) {
        (Some(world), _) => SharedState::on(world.db, opts.token.clone()),
        (None, Some(path)) => SharedState::open(path, opts.token.clone())?,
        (None, None) => SharedState::seeded(opts.token.clone()),
    }
    .with_review_delay(opts.review_delay)
    .with_messaging(messaging);
    if let (Some(path), Some(plan)) = (&opts.state_path, &opts.faults) {
        faults::record(&state, plan.clone(), path).await?;
    }
    let identity = state.identity();
    let (app_secret, deliverer) = deliver::start_for(&state, &opts).await?;
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .map_err(|source| SandboxError::Bind { addr: opts.addr, source })?;
    let local_addr = listener.local_addr().map_err(|source| SandboxError::Bind { addr: opts.addr, source })?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(state.clone());
    let stopped = async move {
        let _ = rx.await;
    };
    let task = if opts.faults.is_some() {
        // Connections that a handler can drop without an answer (`drop-after`).
        let service = app.into_make_service_with_connect_info::<faults::conn::Kill>();
        let listener = faults::conn::FaultListener(listener);
        tokio::spawn(async move { axum::serve(listener, service).with_graceful_shutdown(stopped).await })
    } else {
        tokio::spawn(async move { axum::serve(listener, app).with_graceful_shutdown(stopped).await })
    };
    Ok(RunningSandbox {
        base_url: base_url(local_addr),
        local_addr,
        identity,
        state,
        app_secret,
        deliverer,
        shutdown: Some(tx),
        task,
    })
}

/// Opens the world database at `db` (creating it when new: from the old state
/// file `legacy` when that exists, which is then renamed `*.migrated`, else
/// from the seed) and returns the ids of its world and the migrated file.
pub fn prepare(
    db: &std::path::Path,
    legacy: Option<&std::path::Path>,
) -> Result<(SandboxIdentity, Option<PathBuf>), SandboxError> {
    let (world, migrated) = open_world(db, legacy)?;
    Ok((world.identity, migrated))
}

/// The world database, opened (and loaded) once: its ids now, and the connection for
/// [`start_with`].
pub struct OpenedWorld {
    db: store::Db,
    identity: SandboxIdentity,
}

impl OpenedWorld {
    /// Ids of the world as loaded.
    pub fn identity(&self) -> &SandboxIdentity {
        &self.identity
    }
}

/// Opens the world database at `db` as [`prepare`] does, keeping the connection.
pub fn open_world(
    db: &std::path::Path,
    legacy: Option<&std::path::Path>,
) -> Result<(OpenedWorld, Option<PathBuf>), SandboxError> {
    let (mut opened, migrated) = store::Db::open(db, legacy)?;
    let identity = opened.world()?.identity();
    Ok((OpenedWorld { db: opened, identity }, migrated))
}

/// Ids of the world a sandbox started on `state_path` would serve, without starting it.
pub fn identity(state_path: Option<&std::path::Path>) -> Result<SandboxIdentity, SandboxError> {
    match state_path {
        Some(path) => Ok(prepare(path, None)?.0),
        None => Ok(World::seed().identity()),
    }
}

/// Restores the seeded world in the database at `db` (a running server sees it
/// on its next request); an old state file `legacy` is set aside as
/// `*.discarded`, whose path is returned.
pub fn reset(db: &std::path::Path, legacy: Option<&std::path::Path>) -> Result<Option<PathBuf>, SandboxError> {
    store::reset(db, legacy)
}

/// Counts of the records in the database at `db` (opened as [`prepare`] does).
pub fn counts(
    db: &std::path::Path,
    legacy: Option<&std::path::Path>,
) -> Result<(Counts, Option<PathBuf>), SandboxError> {
    store::counts(db, legacy)
}

/// Requests process `pid` served, as the request log of `db` holds them.
pub fn requests_served_by(db: &std::path::Path, pid: u32) -> Result<u64, SandboxError> {
    store::requests_served_by(db, pid)
}

/// URL clients should use; an unspecified bind address maps to the loopback.
fn base_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        std::net::IpAddr::V4(v4) if v4.is_unspecified() => std::net::Ipv4Addr::LOCALHOST.into(),
        std::net::IpAddr::V6(v6) if v6.is_unspecified() => std::net::Ipv6Addr::LOCALHOST.into(),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, addr.port()))
}
