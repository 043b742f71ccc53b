//! Seeded fault injection for `sandbox serve --faults SPEC` (see [`FaultSpec`]), on
//! `POST /{phone-number-id}/messages` sends only (not mark-as-read, not other endpoints).
//!
//! Each send that passes validation draws once from a seeded RNG (the same seed and the same
//! sequence of sends give the same faults) and gets at most one fault:
//! * `drop-after`: stored (statuses and webhooks follow as usual), then the connection is
//!   closed without a status line (see [`conn`]);
//! * `error-500-after`: stored, then answered HTTP 500 with code 131000 (Meta's "Something went
//!   wrong", graph-api.md §3.2);
//! * `error-500-before`: answered the same 500, not stored;
//! * `throttle`: answered 130429 as the throughput bucket answers it, not stored;
//! * `slow`: stored, answered after a delay.
//!
//! "Stored" means committed: the answer (or the dropped connection) comes only after the
//! writer committed the row. The message table stays the ground truth. Counts per kind are kept
//! in the world database's `meta` table (`faults.*` rows, reset when a server starts with
//! `--faults`; a stored
//! fault is counted in the transaction that stores its row) for `sandbox status`.

pub mod conn;
mod spec;

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use rusqlite::Connection;

pub use spec::{DEFAULT_SLOW, FaultKind, FaultSpec};

use super::SandboxError;
use super::error::GraphError;

/// A spec with its seed, as `sandbox serve` was given them.
#[derive(Debug, Clone)]
pub struct FaultPlan {
    pub spec: FaultSpec,
    pub seed: u64,
}

/// The faults of one serving process: the plan and its RNG.
#[derive(Debug)]
pub(crate) struct Faults {
    plan: FaultPlan,
    rng: Mutex<StdRng>,
}

/// What a handler asks the router to do with its reply, once its write committed.
#[derive(Debug)]
pub(crate) enum Injected {
    /// Answer this error instead.
    Fail(GraphError),
    /// Close the connection without answering.
    Drop,
    /// Answer after this delay.
    Slow(Duration),
}

impl Faults {
    pub(crate) fn new(plan: FaultPlan) -> Faults {
        let rng = StdRng::seed_from_u64(plan.seed);
        Faults { plan, rng: Mutex::new(rng) }
    }

    /// Draws the fault of the next send (one draw per call).
    pub(crate) fn draw(&self) -> Option<FaultKind> {
        let draw = self.rng.lock().unwrap_or_else(|p| p.into_inner()).random_range(0..spec::MILLION);
        self.plan.spec.pick(draw)
    }

    /// What the router does for `kind` (`throttled` is the 130429 the bucket would answer).
    pub(crate) fn injected(&self, kind: FaultKind, throttled: GraphError) -> Injected {
        match kind {
            FaultKind::DropAfter => Injected::Drop,
            FaultKind::Error500After | FaultKind::Error500Before => Injected::Fail(unknown_error()),
            FaultKind::Throttle => Injected::Fail(throttled),
            FaultKind::Slow => Injected::Slow(self.plan.spec.slow),
        }
    }
}

/// HTTP 500, code 131000: what Meta answers when something went wrong on its side.
pub(crate) fn unknown_error() -> GraphError {
    GraphError::new(
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        "OAuthException",
        131000,
        "(#131000) Something went wrong",
    )
    .with_details("Something went wrong (a fault injected by sandbox serve --faults)")
    .with_user("Something went wrong", "Please try again later.")
}

const PREFIX: &str = "faults.";

/// Counts one injected `kind` inside the caller's transaction.
pub(crate) fn count(conn: &Connection, kind: FaultKind) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO meta(key, value) VALUES (?1, '1')
         ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
    )?
    .execute([format!("{PREFIX}{}", kind.name())])?;
    Ok(())
}

/// Forgets the counts of an earlier server and records `plan` (`None`: no faults).
pub(crate) fn reset(conn: &Connection, plan: Option<&FaultPlan>) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM meta WHERE key LIKE 'faults.%'", [])?;
    if let Some(plan) = plan {
        let set = "INSERT INTO meta(key, value) VALUES (?1, ?2)";
        conn.execute(set, [format!("{PREFIX}spec"), plan.spec.canonical()])?;
        conn.execute(set, [format!("{PREFIX}seed"), plan.seed.to_string()])?;
    }
    Ok(())
}

/// Records `plan` in the database of `state` at `path`, forgetting the counts of an earlier
/// server, before the server takes its first request.
pub(crate) async fn record(state: &super::SharedState, plan: FaultPlan, path: &Path) -> Result<(), SandboxError> {
    let db = |detail: String| SandboxError::Db { path: path.to_path_buf(), detail };
    let recorded = state.write(move |conn| reset(conn, Some(&plan)).map_err(|e| GraphError::internal(e.to_string())));
    match recorded.await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(db(e.message)),
        Err(_) => Err(db("the writer thread is not running".into())),
    }
}

/// The faults of the last server started with faults on a database, as `sandbox status` shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The canonical spec (`None`: the last server injected none).
    pub spec: Option<String>,
    pub seed: Option<u64>,
    /// Injected faults per kind, in [`FaultKind::ALL`] order.
    pub counts: [u64; 5],
}

impl Summary {
    /// Injected faults of `kind`.
    pub fn count(&self, kind: FaultKind) -> u64 {
        self.counts[kind.index()]
    }
}

/// Reads the [`Summary`] of the database at `db`.
pub fn summary(db: &Path) -> Result<Summary, SandboxError> {
    let conn = super::store::connect(db)?;
    read_summary(&conn).map_err(|e| SandboxError::Db { path: db.to_path_buf(), detail: e.to_string() })
}

fn read_summary(conn: &Connection) -> rusqlite::Result<Summary> {
    let mut s = Summary::default();
    let mut stmt = conn.prepare("SELECT key, value FROM meta WHERE key LIKE 'faults.%'")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
        let (key, value) = row?;
        let name = key.strip_prefix(PREFIX).unwrap_or_default();
        match name {
            "spec" => s.spec = Some(value),
            "seed" => s.seed = value.parse().ok(),
            _ => {
                if let Some(kind) = FaultKind::ALL.into_iter().find(|k| k.name() == name) {
                    s.counts[kind.index()] = value.parse().unwrap_or(0);
                }
            }
        }
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sequence(seed: u64, n: usize) -> Vec<Option<FaultKind>> {
        let spec =
            FaultSpec::parse("drop-after=10%,error-500-after=10%,error-500-before=10%,throttle=10%,slow=10%").unwrap();
        let faults = Faults::new(FaultPlan { spec, seed });
        (0..n).map(|_| faults.draw()).collect()
    }

    #[test]
    fn the_same_seed_draws_the_same_sequence() {
        let a = sequence(42, 2_000);
        assert_eq!(a, sequence(42, 2_000));
        assert_ne!(a, sequence(43, 2_000), "another seed, other faults");
        // Each kind near its 10 % share, and about half the sends unharmed.
        for kind in FaultKind::ALL {
            let n = a.iter().filter(|k| **k == Some(kind)).count();
            assert!((120..=280).contains(&n), "{kind:?}: {n}");
        }
        let clean = a.iter().filter(|k| k.is_none()).count();
        assert!((850..=1_150).contains(&clean), "{clean}");
    }

    #[test]
    fn hundred_percent_always_and_zero_never() {
        let all = Faults::new(FaultPlan { spec: FaultSpec::parse("throttle=100%").unwrap(), seed: 1 });
        assert!((0..500).all(|_| all.draw() == Some(FaultKind::Throttle)));
        let none = Faults::new(FaultPlan { spec: FaultSpec::parse("throttle=0%").unwrap(), seed: 1 });
        assert!((0..500).all(|_| none.draw().is_none()));
    }

    #[test]
    fn counts_and_the_plan_round_trip_through_meta() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)").unwrap();
        conn.execute("INSERT INTO meta(key, value) VALUES ('faults.throttle', '7')", []).unwrap();
        let plan = FaultPlan { spec: FaultSpec::parse("slow=5%:1s,throttle=1%").unwrap(), seed: 9 };
        reset(&conn, Some(&plan)).unwrap();
        count(&conn, FaultKind::Slow).unwrap();
        count(&conn, FaultKind::Slow).unwrap();
        count(&conn, FaultKind::DropAfter).unwrap();
        let s = read_summary(&conn).unwrap();
        assert_eq!(s.spec.as_deref(), Some("throttle=1%,slow=5%:1000ms"));
        assert_eq!(s.seed, Some(9));
        assert_eq!((s.count(FaultKind::Slow), s.count(FaultKind::DropAfter)), (2, 1));
        assert_eq!(s.count(FaultKind::Throttle), 0, "an earlier server's counts are forgotten");
        reset(&conn, None).unwrap();
        assert_eq!(read_summary(&conn).unwrap(), Summary::default());
    }
}
