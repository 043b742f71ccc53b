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
//!   `store` (state file), [`world`] (typed records and the seed);
//! * resources: `accounts` (business portfolio + WABA), `numbers` (phone numbers),
//!   `debug_token` (what the sandbox knows about a token),
//!   `templates` (message templates, their review, and the resumable upload API).
//!
//! The world starts from a deterministic seed ([`World::seed`]); a state file,
//! when configured, is only read at start-up and only written after a mutation.

mod accounts;
mod business_profile;
mod catalogue;
mod debug_token;
mod dispatch;
mod error;
mod fields;
mod numbers;
mod paging;
mod record;
mod request;
mod routes;
mod settings;
mod state;
mod store;
mod subscribed_apps;
mod templates;
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
pub use version::ApiVersion;
pub use world::World;

/// How long a new or edited template stays PENDING before the sandbox's
/// review policy decides it, unless [`SandboxOptions::review_delay`] says otherwise.
pub const DEFAULT_REVIEW_DELAY: std::time::Duration = std::time::Duration::from_secs(3);

/// How to run the sandbox.
#[derive(Clone)]
pub struct SandboxOptions {
    /// State file; `None` keeps everything in memory.
    pub state_path: Option<PathBuf>,
    /// The only access token the sandbox accepts.
    pub token: String,
    /// Where to listen (`127.0.0.1:0` for an ephemeral port).
    pub addr: SocketAddr,
    /// How long a new or edited template stays PENDING before review (usually
    /// [`DEFAULT_REVIEW_DELAY`]).
    pub review_delay: std::time::Duration,
}

impl std::fmt::Debug for SandboxOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxOptions")
            .field("state_path", &self.state_path)
            .field("token", &"<redacted>")
            .field("addr", &self.addr)
            .field("review_delay", &self.review_delay)
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
    #[error("cannot {action} sandbox state file {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("sandbox state file {} is corrupt ({detail}); run `waba sandbox reset` to recreate it", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "sandbox state file {} has format version {found}, newer than this waba understands ({supported}); run `waba sandbox reset` to recreate it",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u64, supported: u32 },
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

    /// Stops accepting connections, lets in-flight requests finish, and waits.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = self.task.await;
    }

    /// Serves until the server task ends (e.g. raced against ctrl-c by the caller).
    pub async fn wait(mut self) {
        let _keep_running = self.shutdown.take();
        let _ = self.task.await;
    }
}

/// Loads the state file (or the seed, without writing it), binds
/// `opts.addr` and serves in a background tokio task.
pub async fn start(opts: SandboxOptions) -> Result<RunningSandbox, SandboxError> {
    let world = match &opts.state_path {
        Some(path) => store::load(path)?.unwrap_or_else(World::seed),
        None => World::seed(),
    };
    let state = SharedState::new(world, opts.token, opts.state_path).with_review_delay(opts.review_delay);
    let identity = state.identity();
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .map_err(|source| SandboxError::Bind { addr: opts.addr, source })?;
    let local_addr = listener.local_addr().map_err(|source| SandboxError::Bind { addr: opts.addr, source })?;
    let (tx, rx) = oneshot::channel::<()>();
    let app = router(state);
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = rx.await;
            })
            .await
    });
    Ok(RunningSandbox { base_url: base_url(local_addr), local_addr, identity, shutdown: Some(tx), task })
}

/// Ids of the world a sandbox started on `state_path` would serve, without starting it.
pub fn identity(state_path: Option<&std::path::Path>) -> Result<SandboxIdentity, SandboxError> {
    let world = match state_path {
        Some(path) => store::load(path)?.unwrap_or_else(World::seed),
        None => World::seed(),
    };
    Ok(world.identity())
}

/// Writes the seeded world to `state_path` atomically (creating parent dirs).
pub fn reset(state_path: &std::path::Path) -> Result<(), SandboxError> {
    store::save(state_path, &World::seed())
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
