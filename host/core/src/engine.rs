//! The engine traits: everything the executor needs from a database or
//! search engine, implemented once per engine in its own crate.
//!
//! - [`Engine`]: one configured target. Opens [`Session`]s, takes the
//!   migration [`Lock`], reports health facts, snapshots the catalog, lints
//!   what ran, and makes [`Scratch`] targets for `tidegate test`.
//! - [`Session`]: one run's unit of work on the engine. It owns its
//!   connection (or its shadow copy in a dry run), keeps the history and
//!   audit store, opens and ends transactions and read-only checks, and is
//!   lent to the wasm store while a guest runs, so that the engine's host
//!   functions find it there.
//! - [`Lock`]: the migration lock, fenced before every commit.
//!
//! The executor loops over engines and never asks which one it has; the
//! sqlx `Migrate` trait and Atlas's executor (driver, directory, revision
//! store) are the models.

use std::any::Any;
use std::sync::Arc;

use async_trait::async_trait;

use crate::capabilities::Capabilities;
use crate::diff::Snapshot;
use crate::error::EngineError;
use crate::foreign::{ForeignHistory, Tool};
use crate::history::{Actor, Event, HistoryChange, HistoryRow};
use crate::journal::Statement;
use crate::lint::Finding;
use crate::metadata::EngineKind;
use crate::phased::{Backfill, PhaseControl, PhaseError, PhaseOutcome, PhaseRun};
use crate::report::HealthCheck;

/// One configured engine target.
#[async_trait]
pub trait Engine: Send + Sync {
    fn kind(&self) -> EngineKind;

    /// Where it points, with any password redacted.
    fn target(&self) -> String;

    /// A session for one run, on the target.
    async fn session(&self) -> Result<Box<dyn Session>, EngineError>;

    /// Start connecting in the background for the next
    /// [`Engine::session`], so that the connection overlaps the run's
    /// other start-up work (verifying the project); an engine may also
    /// read the history ahead on it, for that session's first
    /// [`Session::history`], which takes no lock either. Errors surface
    /// from that `session`. Default: nothing to do ahead.
    fn warm(&self) {}

    /// Take the migration lock, waiting as long as configured; a busy lock
    /// is an error of kind [`crate::error::ErrorKind::Busy`].
    async fn lock(&self) -> Result<Box<dyn Lock>, EngineError>;

    /// Connectivity and server facts. An unreachable server is an error.
    async fn health(&self) -> Result<Vec<HealthCheck>, EngineError>;

    /// The target's catalog inside what migrations that declare
    /// `declared` may touch ([`crate::capabilities::Scope`]), without
    /// Tidegate's own history, audit and lock objects.
    async fn catalog(&self, declared: &[Option<Capabilities>]) -> Result<Snapshot, EngineError>;

    /// Lint what the migrations of a plan executed on this engine, against
    /// the catalog before the plan.
    async fn lint(&self, runs: &[LintRun<'_>], before: &Snapshot) -> Vec<Finding>;

    /// Check a phased migration's operations for this engine without
    /// connecting: each must be one the engine offers, well formed, and on
    /// an object `declared` names. The message says what to fix.
    fn check_phased(
        &self,
        _ops: &[serde_json::Value],
        _declared: Option<&Capabilities>,
    ) -> Result<(), String> {
        Err(format!("{} has no phased operations", self.kind()))
    }

    /// How an application picks its version while phased migration `id`
    /// is in flight on this engine (PostgreSQL: its `search_path`), for
    /// `status` and `tidegate schema-name`; `None` when both versions use
    /// the same names.
    fn version_access(&self, _id: &str) -> Option<String> {
        None
    }

    /// A throw-away target on the same server for `tidegate test`, for
    /// migrations that declare `declared` (`None`: declares nothing).
    async fn scratch(
        &self,
        declared: &[Option<Capabilities>],
    ) -> Result<Box<dyn Scratch>, EngineError>;

    /// The file this engine loads from `tidegate test --seed DIR`.
    fn seed_file(&self) -> &'static str;

    /// Load a seed file's text into the target.
    async fn load_seed(&self, text: &str) -> Result<(), EngineError>;

    /// What another migration tool's history table on this target says,
    /// read without writing to it (`tidegate baseline --from`); `table`
    /// overrides the tool's default name. `None` when this engine keeps
    /// no such tables.
    async fn foreign_history(
        &self,
        _tool: Tool,
        _table: Option<&str>,
    ) -> Option<Result<ForeignHistory, EngineError>> {
        None
    }
    /// Replay the statements migrations executed with the engine's native
    /// driver, each migration in its own transaction, keeping `books`, on
    /// this target; milliseconds per migration. `None` when the engine has
    /// no native baseline (`tidegate bench`).
    async fn replay(
        &self,
        _migrations: &[Replay],
        _books: Books,
    ) -> Option<Result<f64, EngineError>> {
        None
    }
}

/// One migration's statements, for [`Engine::lint`].
pub struct LintRun<'a> {
    pub id: &'a str,
    pub statements: &'a [Statement],
    /// What the module declared it touches.
    pub capabilities: Option<&'a Capabilities>,
    /// The migration runs in a transaction.
    pub transactional: bool,
}

/// One migration to replay natively: id, version, the statements its
/// `up` executed and those its `check` executed.
#[derive(Debug, Clone)]
pub struct Replay {
    pub id: String,
    pub version: u64,
    pub statements: Vec<String>,
    pub checks: Vec<String>,
}

/// What a native replay does besides a migration's statements
/// (`tidegate bench`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Books {
    /// Nothing: each migration's statements in a transaction of its own.
    None,
    /// A history row in each transaction, as `sqlx migrate` writes.
    History,
    /// What `apply` does at the database, through the engine's own code:
    /// its lock, fenced after each migration while the migration's check
    /// statements run kept from writing; its history and audit store,
    /// made and read under the lock; the history and audit write of each
    /// migration. Timed from connecting to releasing, as `apply` is: what
    /// Tidegate takes beyond it is the sandbox's and the executor's.
    Guarded,
}

/// One run's unit of work on one engine.
///
/// A session starts on the target. [`Session::dry_run`] turns it into a
/// dry run: from then on nothing it does may stay (PostgreSQL: one
/// transaction, rolled back when the session closes; MongoDB and
/// Elasticsearch: a shadow copy of the declared catalog, dropped when it
/// closes). The history and audit store is always the target's.
#[async_trait]
pub trait Session: Any + Send {
    fn kind(&self) -> EngineKind;

    /// Every history row.
    async fn history(&mut self) -> Result<Vec<HistoryRow>, EngineError>;

    /// Create the history and audit store when missing (under the lock).
    async fn prepare_history(&mut self) -> Result<(), EngineError>;

    /// Change a migration's history row and append its audit entry, in
    /// the current transaction when there is one. Inside a transaction an
    /// engine may hold the write back and send it with the commit, whose
    /// failure then says that the write failed.
    async fn record(
        &mut self,
        change: HistoryChange<'_>,
        event: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), EngineError>;

    /// Several [`Session::record`]s in order, as one write where the
    /// engine can make one (all stored or none): the executor records a
    /// migration's end together with the next one's start.
    async fn record_all(
        &mut self,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), EngineError> {
        record_each(self, entries, actor).await
    }

    /// Open a transaction around one migration; engines whose changes
    /// cannot roll back do nothing (metadata keeps transactional
    /// migrations off them).
    async fn begin(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    async fn commit(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    /// The transaction just begun may commit without waiting until it is
    /// durable. The executor asks only when this run's next write goes to
    /// this same session, after the commit (the next migration, touching
    /// this engine alone), so that it lands later in the same log: a crash
    /// loses this commit only together with everything after it, never
    /// out of order, and the write that ends the run waits for all of
    /// them before the run reports. Engines where waiting costs nothing
    /// extra ignore it.
    fn commit_without_waiting(&mut self) {}

    async fn rollback(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    /// Before a `check`: whatever it writes must not stay (a savepoint in
    /// a transaction, else a read-only transaction). Engines without
    /// transactions refuse writes in the host instead.
    async fn begin_check(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    /// After a `check`: discard what it did.
    async fn end_check(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    /// A migration's step is about to run on this session: the engine
    /// confines it and, where it can, watches what its statements touch
    /// ([`Watch`]), against `declared` (`None`: the module declares
    /// nothing). An engine whose connecting role could act outside the
    /// transaction refuses here, unless configured to allow it. Default:
    /// nothing to watch.
    async fn watch(
        &mut self,
        _declared: Option<&Capabilities>,
        _how: Watch,
    ) -> Result<(), EngineError> {
        Ok(())
    }

    /// Before a watched transactional migration commits
    /// ([`Watch::BeforeCommit`]): an error when its transaction touched an
    /// object outside what the module declared. The executor then rolls
    /// the migration back. Default: nothing was watched.
    async fn confirm(&mut self) -> Result<(), EngineError> {
        Ok(())
    }

    /// Run one phase of a phased migration ([`crate::phased`]) with this
    /// engine's operations: start (expand, then backfill), complete
    /// (contract) or rollback (undo the start). Every change that stays is
    /// fenced through `control` first; the phase converges when run again
    /// after a kill at any point. In a dry run nothing stays and the
    /// backfill only proves itself on a first batch. Default: the engine
    /// has no phased operations.
    async fn phase(
        &mut self,
        run: &PhaseRun<'_>,
        _control: &mut dyn PhaseControl,
    ) -> Result<PhaseOutcome, EngineError> {
        Err(EngineError::new(
            self.kind(),
            crate::error::ErrorKind::Config,
            None,
            PhaseError(format!(
                "migration {}: {} has no phased operations; write a plain migration for it",
                run.id,
                self.kind()
            )),
        ))
    }

    /// How far the backfills of phased migration `id` got, as the engine
    /// keeps it (for `status`). Default: none kept.
    async fn backfills(&mut self, _id: &str) -> Result<Vec<Backfill>, EngineError> {
        Ok(Vec::new())
    }

    /// Make this session a dry run for migrations that declare `declared`:
    /// a shadow copies only what they may touch, and [`Session::snapshot`]
    /// covers only that from then on.
    async fn dry_run(&mut self, declared: &[Option<Capabilities>]) -> Result<(), EngineError>;

    /// The catalog this session sees: the target's, or its shadow's in a
    /// dry run.
    async fn snapshot(&mut self) -> Result<Snapshot, EngineError>;

    /// End the session: roll back a dry run and drop its shadow. Problems
    /// are logged; the run's answer does not depend on them.
    async fn close(self: Box<Self>);
}

/// How closely [`Session::watch`] follows a migration's step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// After every statement: the dry run, which reports each statement's
    /// locks and stops at the first one outside the declaration.
    EachStatement,
    /// Once, before the commit of a transactional migration in `apply`
    /// ([`Session::confirm`]).
    BeforeCommit,
    /// Not at all (a non-transactional `apply`, checked by its plan; a
    /// `down`): only confined.
    Confined,
}

/// [`Session::record_all`] as one [`Session::record`] after another.
pub async fn record_each<S: Session + ?Sized>(
    session: &mut S,
    entries: &[(HistoryChange<'_>, &Event<'_>)],
    actor: &Actor,
) -> Result<(), EngineError> {
    for (change, event) in entries {
        session.record(*change, event, actor).await?;
    }
    Ok(())
}

/// The migration lock of one engine.
#[async_trait]
pub trait Lock: Send {
    /// Confirm on the server that this run still holds the lock; an error
    /// of kind [`crate::error::ErrorKind::LockLost`] when it does not. The
    /// executor calls it before every commit and before work that cannot
    /// roll back.
    async fn fence(&mut self) -> Result<(), EngineError>;

    async fn release(self: Box<Self>) -> Result<(), EngineError>;
}

/// A throw-away target for `tidegate test`.
#[async_trait]
pub trait Scratch: Send {
    /// The engine, pointed at the scratch target.
    fn engine(&self) -> Arc<dyn Engine>;

    /// Drop everything the scratch target made. Best effort: problems are
    /// returned, never raised.
    async fn drop_all(self: Box<Self>) -> Vec<String>;
}

/// The sessions of one run, at most one per engine. While a guest runs,
/// the ones it may use are lent to its store.
#[derive(Default)]
pub struct Sessions(Vec<Box<dyn Session>>);

impl Sessions {
    pub fn new(sessions: Vec<Box<dyn Session>>) -> Self {
        Sessions(sessions)
    }

    /// The session of concrete type `S`, for an engine's host functions.
    pub fn get<S: Session>(&mut self) -> Option<&mut S> {
        self.0
            .iter_mut()
            .find_map(|s| (s.as_mut() as &mut dyn Any).downcast_mut::<S>())
    }

    /// The session of `kind`.
    pub fn of(&mut self, kind: EngineKind) -> Option<&mut Box<dyn Session>> {
        self.0.iter_mut().find(|s| s.kind() == kind)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Box<dyn Session>> {
        self.0.iter_mut()
    }

    pub fn kinds(&self) -> Vec<EngineKind> {
        self.0.iter().map(|s| s.kind()).collect()
    }

    /// Move the sessions of `kinds` out, to lend them to a guest.
    pub fn lend(&mut self, kinds: &[EngineKind]) -> Sessions {
        let (lent, kept) = std::mem::take(&mut self.0)
            .into_iter()
            .partition(|s| kinds.contains(&s.kind()));
        self.0 = kept;
        Sessions(lent)
    }

    /// Take back sessions lent by [`Sessions::lend`].
    pub fn restore(&mut self, lent: Sessions) {
        self.0.extend(lent.0);
        self.0.sort_by_key(|s| s.kind());
    }

    /// Close every session.
    pub async fn close(self) {
        for s in self.0 {
            s.close().await;
        }
    }
}
