//! Status, plan (dry run), apply, down, resolve and health, over every
//! engine a project's migrations declare. The executor only loops over
//! [`Engine`]s; what differs between engines lives in their crates.
//!
//! Guarantees:
//! - `apply`, `down` and `resolve` hold every engine's migration lock, and
//!   fence them (confirm on each server that this run still holds them)
//!   before every commit and before work that cannot roll back. A lost lock
//!   stops the run: nothing more commits.
//! - Each engine a migration declares records it in its own history, so
//!   each database says what was done to it.
//! - A transactional migration commits together with its history row and
//!   the checks it declares, or not at all.
//! - A non-transactional migration is recorded `running` before it starts
//!   and `applied` or `failed` after. A failed (or interrupted) one blocks
//!   later runs until `tidegate resolve` says what happened.
//! - An applied migration whose sources changed is refused.
//! - A dry run changes nothing: every session it touches is a dry run
//!   (see [`tidegate_core::engine::Session::dry_run`]).

use std::sync::Arc;
use std::time::Instant;

use futures_util::future::try_join_all;
use tidegate_core::diff::{Snapshot, diff_on};
use tidegate_core::engine::{Engine, LintRun, Lock, Sessions, Watch};
use tidegate_core::error::{EngineError, describe};
use tidegate_core::faults;
use tidegate_core::foreign::{ForeignHistory, Tool};
use tidegate_core::history::{Actor, AuditEvent, HistoryRow, RowStatus};
use tidegate_core::journal::{CheckResult, Statement};
use tidegate_core::lint::Finding;
use tidegate_core::metadata::{EngineKind, Engines};
use tidegate_core::report::{
    Action, DownTo, MigrationRun, Outcome, Resolution, RunReport, State, StatusEntry, StatusReport,
    ms,
};
use tidegate_runtime::project::{Migration, Project};
use tidegate_runtime::{Kept, RunOutcome, Runtime, RuntimeError, Step};

use crate::record::{Entry, RowChange};
use crate::state::{classify, guard, pending, running, warnings};
use crate::{ExecError, declared};

/// Why a migration's `check` could not run.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// A transaction operation on the sessions of a migration's engines.
#[derive(Clone, Copy)]
enum Tx {
    Begin,
    Commit,
    Rollback,
    BeginCheck,
    EndCheck,
}

/// Engines being opened (and connected) while the project is verified.
#[derive(Default)]
pub struct Opened(
    Vec<(
        EngineKind,
        tokio::task::JoinHandle<Result<Arc<dyn Engine>, EngineError>>,
    )>,
);

impl Opened {
    /// Start opening every engine `config` names a URL for, each in its
    /// own task that also starts its first connection, so that connecting
    /// overlaps verifying the project. Nothing waits here: an engine the
    /// project does not declare (a URL resolved through DNS, a server that
    /// is down) costs the run nothing, and [`Executor::with_opened`] waits
    /// only for those the project's migrations declare.
    pub fn start(config: &tidegate_core::config::Config, runtime: &Runtime) -> Opened {
        let mut opened = Vec::new();
        for driver in runtime.drivers() {
            let section = config.engine(&driver.kind().to_string());
            if section.url().is_none() {
                continue;
            }
            let (kind, driver) = (driver.kind(), driver.clone());
            let task = tokio::spawn(async move {
                let engine = driver.open(&section).await?;
                engine.warm();
                Ok(engine)
            });
            opened.push((kind, task));
        }
        Opened(opened)
    }
}

impl Drop for Opened {
    /// Engines nobody took: stop opening them.
    fn drop(&mut self) {
        for (_, task) in &self.0 {
            task.abort();
        }
    }
}

/// The migration locks this run holds, one per engine.
pub(crate) struct Locks(Vec<Box<dyn Lock>>);

impl Locks {
    /// Confirm every lock on its server.
    pub(crate) async fn fence(&mut self) -> Result<(), ExecError> {
        Ok(self.fence_each().await?)
    }

    /// [`Locks::fence`], with the engine's own error.
    pub(crate) async fn fence_each(&mut self) -> Result<(), EngineError> {
        for lock in &mut self.0 {
            lock.fence().await?;
        }
        Ok(())
    }

    async fn release(self) -> Result<(), ExecError> {
        let mut first = Ok(());
        for lock in self.0.into_iter().rev() {
            if let Err(e) = lock.release().await {
                first = first.and(Err(e.into()));
            }
        }
        first
    }
}

/// Runs a project's migrations against its engines.
pub struct Executor<'a> {
    pub(crate) project: &'a Project,
    runtime: &'a Runtime,
    /// One per engine, in engine order.
    pub(crate) engines: Vec<Arc<dyn Engine>>,
    pub(crate) actor: Actor,
    /// Where backfills report how far they got.
    pub(crate) progress: Option<Arc<dyn crate::phased::Progress>>,
}

impl<'a> Executor<'a> {
    /// An executor for the engines the project's migrations declare,
    /// configured from the project's configuration. An engine nobody
    /// declares needs no URL; a project that declares none gets every
    /// engine that has one.
    pub async fn new(project: &'a Project, runtime: &'a Runtime) -> Result<Self, ExecError> {
        Self::with_opened(project, runtime, Opened::default()).await
    }

    /// [`Executor::new`], taking the engines [`Opened::start`] opened
    /// (and started connecting) while the project was verified.
    pub async fn with_opened(
        project: &'a Project,
        runtime: &'a Runtime,
        mut opened: Opened,
    ) -> Result<Self, ExecError> {
        let mut kinds = crate::declared_engines(project);
        if kinds.is_empty() {
            kinds = runtime
                .drivers()
                .iter()
                .map(|d| d.kind())
                .filter(|k| project.config.engine(&k.to_string()).url().is_some())
                .collect();
        }
        let mut engines = Vec::new();
        for kind in kinds {
            let started = match opened.0.iter().position(|(k, _)| *k == kind) {
                Some(i) => opened.0.swap_remove(i).1.await.ok(),
                None => None,
            };
            let engine = match started {
                Some(engine) => engine?,
                None => {
                    runtime
                        .driver(kind)
                        .ok_or(ExecError::NoDriver(kind))?
                        .open(&project.config.engine(&kind.to_string()))
                        .await?
                }
            };
            engines.push(engine);
        }
        Ok(Self::with_engines(project, runtime, engines))
    }

    /// An executor for the given engines (e.g. scratch targets).
    pub fn with_engines(
        project: &'a Project,
        runtime: &'a Runtime,
        mut engines: Vec<Arc<dyn Engine>>,
    ) -> Self {
        engines.sort_by_key(|e| e.kind());
        Executor {
            project,
            runtime,
            engines,
            actor: Actor::from_env(),
            progress: None,
        }
    }

    /// Report every backfill's progress to `progress` as it moves.
    pub fn with_progress(mut self, progress: Arc<dyn crate::phased::Progress>) -> Self {
        self.progress = Some(progress);
        self
    }

    pub fn engines(&self) -> &[Arc<dyn Engine>] {
        &self.engines
    }

    pub(crate) fn kinds(&self) -> Engines {
        Engines(self.engines.iter().map(|e| e.kind()).collect())
    }

    /// Every target, for reports, separated by ` · `.
    pub(crate) fn targets(&self) -> String {
        self.engines
            .iter()
            .map(|e| e.target())
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// Run `f` with a session on every engine, closed afterwards.
    pub(crate) async fn with_sessions<T>(
        &self,
        f: impl AsyncFnOnce(&mut Sessions) -> Result<T, ExecError>,
    ) -> Result<T, ExecError> {
        let mut sessions = open_sessions(&self.engines).await?;
        let result = f(&mut sessions).await;
        sessions.close().await;
        result
    }

    /// Run `f` holding every engine's lock, with a session on every engine
    /// and every history store in place.
    async fn locked<T>(
        &self,
        f: impl AsyncFnOnce(&mut Sessions, &mut Locks) -> Result<T, ExecError>,
    ) -> Result<T, ExecError> {
        self.locked_after(std::future::ready(()), false, f).await
    }

    /// [`Executor::locked`], doing `meanwhile` on this task while the locks
    /// are taken and the sessions set up on a task of their own: waiting on
    /// the servers and work on this side overlap. `confine`: migrations
    /// will run, so each session refuses a role that could act outside the
    /// transaction before anything is written.
    pub(crate) async fn locked_after<T>(
        &self,
        meanwhile: impl Future<Output = ()>,
        confine: bool,
        f: impl AsyncFnOnce(&mut Sessions, &mut Locks) -> Result<T, ExecError>,
    ) -> Result<T, ExecError> {
        let setup = tokio::spawn(lock_and_open(self.engines.clone(), confine));
        meanwhile.await;
        let (mut locks, mut sessions) = match setup.await {
            Ok(ready) => ready?,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        };
        let result = f(&mut sessions, &mut locks).await;
        // Each on its own connection: close them together.
        let ((), released) = tokio::join!(sessions.close(), locks.release());
        let value = result?;
        released?;
        Ok(value)
    }

    /// Every engine's history rows, tagged with their engine.
    async fn rows(
        &self,
        sessions: &mut Sessions,
    ) -> Result<Vec<(EngineKind, HistoryRow)>, ExecError> {
        let mut rows = Vec::new();
        for s in sessions.iter_mut() {
            let kind = s.kind();
            rows.extend(s.history().await?.into_iter().map(|r| (kind, r)));
        }
        Ok(rows)
    }

    pub(crate) async fn entries(
        &self,
        sessions: &mut Sessions,
    ) -> Result<Vec<StatusEntry>, ExecError> {
        Ok(classify(self.project, &self.rows(sessions).await?))
    }

    pub(crate) fn report(
        &self,
        action: Action,
        entries: &[StatusEntry],
        start: Instant,
    ) -> RunReport {
        RunReport {
            action,
            engines: self.kinds(),
            target: self.targets(),
            already_applied: entries.iter().filter(|e| e.state == State::Applied).count(),
            migrations: Vec::new(),
            diff: None,
            findings: Vec::new(),
            warnings: warnings(self.project, entries, &[]),
            error: None,
            health: None,
            elapsed_ms: ms(start.elapsed()),
        }
    }

    pub async fn status(&self) -> Result<StatusReport, ExecError> {
        let migrations = self
            .with_sessions(async |sessions| {
                let mut entries = self.entries(sessions).await?;
                self.in_flight_details(sessions, &mut entries).await?;
                Ok(entries)
            })
            .await?;
        Ok(StatusReport {
            engines: self.kinds(),
            target: self.targets(),
            migrations,
            foreign: Vec::new(),
        })
    }

    /// Begin, commit or roll back on the sessions of `m`'s engines.
    async fn tx(sessions: &mut Sessions, m: &Migration, op: Tx) -> Result<(), EngineError> {
        for kind in &m.meta.engines {
            let Some(s) = sessions.of(*kind) else {
                continue;
            };
            match op {
                Tx::Begin => s.begin().await,
                Tx::Commit => {
                    faults::reached("commit");
                    let committed = s.commit().await;
                    faults::reached("committed");
                    committed
                }
                Tx::Rollback => s.rollback().await,
                Tx::BeginCheck => s.begin_check().await,
                Tx::EndCheck => s.end_check().await,
            }?;
        }
        Ok(())
    }

    /// Before `m`'s step: each of its engines confines it (a role that
    /// can act outside the transaction is refused) and watches it `how`.
    pub(crate) async fn watch(
        sessions: &mut Sessions,
        m: &Migration,
        how: Watch,
    ) -> Result<(), EngineError> {
        for kind in &m.meta.engines {
            if let Some(s) = sessions.of(*kind) {
                s.watch(m.capabilities(), how).await?;
            }
        }
        Ok(())
    }

    /// Before a watched transactional migration commits: what it touched
    /// outside its declaration fails it, and it is rolled back.
    async fn confirm(sessions: &mut Sessions, m: &Migration, run: &mut MigrationRun) {
        if run.outcome != Outcome::Ok {
            return;
        }
        for kind in &m.meta.engines {
            if let Some(s) = sessions.of(*kind)
                && let Err(e) = s.confirm().await
            {
                run.outcome = Outcome::Failed;
                run.error = Some(format!("migration {}: {}", run.id, describe(&e)));
                return;
            }
        }
    }

    /// Load and verify the components of `migrations` before any of them
    /// runs (see [`Project::load`]).
    pub(crate) async fn load(&self, migrations: &[&Migration]) -> Result<(), ExecError> {
        Ok(self.project.load(migrations, self.runtime).await?)
    }

    /// Run one export of `m` with the sessions of the engines it declares,
    /// in `kept` when given; also the instance kept for the check
    /// ([`Runtime::run_keeping`]).
    async fn call(
        &self,
        m: &Migration,
        step: Step,
        sessions: &mut Sessions,
        kept: Option<Kept>,
    ) -> (RunOutcome, Option<Kept>) {
        let Some(module) = m.module() else {
            // Every path that runs a migration loads it first.
            let message = "its component was not loaded and verified before the call; this is a bug in tidegate".to_string();
            return (
                RunOutcome::refused(RuntimeError::Failed {
                    name: m.meta.id.clone(),
                    message,
                }),
                None,
            );
        };
        let lent = sessions.lend(&m.meta.engines);
        let (mut out, kept) = self
            .runtime
            .run_keeping(module, &m.meta, step, lent, kept)
            .await;
        sessions.restore(std::mem::take(&mut out.sessions));
        (out, kept)
    }

    /// Run one step of a migration; after `up`, its checks, in the same
    /// sessions.
    async fn run_step(&self, m: &Migration, step: Step, sessions: &mut Sessions) -> MigrationRun {
        self.run_step_fenced(m, step, sessions, async { Ok(()) })
            .await
            .0
    }

    /// [`Executor::run_step`], with `fence` (the locks' fence) sent once
    /// the step's own work is done and while its checks run, on the locks'
    /// own connections: it then costs no round trip of its own, and it
    /// still answers after the last of the step's work. Its answer is
    /// `None` when the step failed before there was anything to fence.
    async fn run_step_fenced(
        &self,
        m: &Migration,
        step: Step,
        sessions: &mut Sessions,
        fence: impl Future<Output = Result<(), ExecError>>,
    ) -> (MigrationRun, Option<Result<(), ExecError>>) {
        let (
            RunOutcome {
                result,
                statements,
                statements_dropped,
                logs,
                elapsed,
                guest_time,
                ..
            },
            kept,
        ) = self.call(m, step, sessions, None).await;
        let mut run = MigrationRun {
            outcome: if result.is_ok() {
                Outcome::Ok
            } else {
                Outcome::Failed
            },
            statements,
            statements_dropped,
            logs,
            elapsed_ms: ms(elapsed),
            guest_ms: ms(guest_time),
            error: result.err().map(|e| e.to_string()),
            ..not_run(m)
        };
        if run.outcome != Outcome::Ok {
            return (run, None);
        }
        if step != Step::Up {
            return (run, Some(fence.await));
        }
        let (fenced, (checked, check_statements)) =
            tokio::join!(fence, self.checks(m, sessions, kept));
        run.check_statements = check_statements;
        match checked {
            Ok(checks) => {
                run.checks = checks;
                let failed: Vec<String> = run
                    .checks
                    .iter()
                    .filter(|c| !c.passed)
                    .map(|c| format!("{} ({})", c.name, c.detail))
                    .collect();
                if !failed.is_empty() {
                    run.outcome = Outcome::Failed;
                    run.error = Some(format!(
                        "migration {}: check failed after up: {}",
                        run.id,
                        failed.join("; ")
                    ));
                }
            }
            Err(e) => {
                run.outcome = Outcome::Failed;
                run.error = Some(format!("check after up: {}", describe(&e)));
            }
        }
        (run, Some(fenced))
    }

    /// Run a migration's `check`, in `kept` when its `up` left an
    /// instance for it. It cannot write: each session keeps what it does
    /// from staying, and the host refuses writes. Also what the check
    /// executed.
    async fn checks(
        &self,
        m: &Migration,
        sessions: &mut Sessions,
        kept: Option<Kept>,
    ) -> (Result<Vec<CheckResult>, CheckError>, Vec<Statement>) {
        if let Err(e) = Self::tx(sessions, m, Tx::BeginCheck).await {
            return (Err(e.into()), Vec::new());
        }
        let (out, _) = self.call(m, Step::Check, sessions, kept).await;
        let closed = Self::tx(sessions, m, Tx::EndCheck).await;
        let checked = match (out.result, closed) {
            (Err(e), _) => Err(e.into()),
            (Ok(_), Err(e)) => Err(e.into()),
            (Ok(checks), Ok(())) => Ok(checks.unwrap_or_default()),
        };
        (checked, out.statements)
    }

    /// The catalog each session in `kinds` sees.
    pub(crate) async fn snapshots(
        sessions: &mut Sessions,
        kinds: &[EngineKind],
    ) -> Result<Vec<(EngineKind, Snapshot)>, ExecError> {
        let mut snaps = Vec::new();
        for kind in kinds {
            if let Some(s) = sessions.of(*kind) {
                snaps.push((*kind, s.snapshot().await?));
            }
        }
        Ok(snaps)
    }

    /// The dry run: apply pending migrations (up to `upto`) in sessions
    /// that keep nothing, snapshot before and after, lint what ran, report.
    pub async fn plan(&self, upto: Option<&str>) -> Result<RunReport, ExecError> {
        let start = Instant::now();
        self.with_sessions(async |sessions| {
            let entries = self.entries(sessions).await?;
            guard(&entries)?;
            let mut report = self.report(Action::Plan, &entries, start);
            let pending = pending(self.project, &entries, upto)?;
            report.warnings = warnings(self.project, &entries, &pending);
            self.load(&pending).await?;
            self.check_pending(&entries, &pending)?;
            let touched: Vec<EngineKind> = self
                .engines
                .iter()
                .map(|e| e.kind())
                .filter(|k| pending.iter().any(|m| m.meta.engines.contains(k)))
                .collect();
            for kind in &touched {
                if let Some(s) = sessions.of(*kind) {
                    s.dry_run(&declared(pending.iter().copied(), *kind)).await?;
                }
            }
            let before = Self::snapshots(sessions, &touched).await?;
            let mut failed = false;
            for m in &pending {
                if failed {
                    report.migrations.push(not_run(m));
                    continue;
                }
                let run = if m.phased() {
                    self.plan_phased(m, sessions).await?
                } else {
                    Self::watch(sessions, m, Watch::EachStatement).await?;
                    self.run_step(m, Step::Up, sessions).await
                };
                if run.outcome == Outcome::Failed {
                    failed = true;
                    report.error = Some(format!(
                        "dry run stopped: {}",
                        run.error.clone().unwrap_or_default()
                    ));
                }
                report.migrations.push(run);
            }
            if !failed {
                let after = Self::snapshots(sessions, &touched).await?;
                report.diff = Some(
                    before
                        .iter()
                        .zip(&after)
                        .flat_map(|((kind, b), (_, a))| diff_on(*kind, b, a))
                        .collect(),
                );
            }
            report.findings = self.lint(&report.migrations, &before).await;
            report.elapsed_ms = ms(start.elapsed());
            Ok(report)
        })
        .await
    }

    /// Every engine's lint on what each migration executed, against the
    /// catalog before the plan, in migration and statement order.
    /// Each engine lints against its own catalog before the plan.
    async fn lint(&self, runs: &[MigrationRun], before: &[(EngineKind, Snapshot)]) -> Vec<Finding> {
        // A phased migration's statements are Tidegate's own expand and
        // contract, made lock-safe by construction: not linted.
        let inputs: Vec<LintRun> = runs
            .iter()
            .filter(|r| r.phases.is_empty())
            .map(|r| LintRun {
                id: &r.id,
                statements: &r.statements,
                capabilities: self.project.get(&r.id).and_then(|m| m.capabilities()),
                transactional: self.project.get(&r.id).is_none_or(|m| m.meta.transactional),
            })
            .collect();
        let mut findings = Vec::new();
        let empty = Snapshot::default();
        for engine in &self.engines {
            let catalog = before
                .iter()
                .find(|(k, _)| *k == engine.kind())
                .map_or(&empty, |(_, s)| s);
            findings.extend(engine.lint(&inputs, catalog).await);
        }
        let order = |f: &Finding| {
            (
                runs.iter()
                    .position(|r| r.id == f.migration)
                    .unwrap_or(usize::MAX),
                f.statement,
            )
        };
        let mut findings = tidegate_core::lint::configure(findings, &self.project.config.lint);
        findings.sort_by_key(order);
        for f in &mut findings {
            if let Some(m) = self.project.get(&f.migration) {
                let engine = runs
                    .iter()
                    .find(|r| r.id == f.migration)
                    .and_then(|r| r.statements.get(f.statement.wrapping_sub(1)))
                    .map(|s| s.engine);
                let file = tidegate_runtime::declarative::source_file(
                    std::path::Path::new(&m.locked.module),
                    engine,
                );
                f.location = Some(format!("{}/{file}", m.locked.module));
                if f.rule.starts_with("CAP") {
                    let dir = self.project.config.root_dir().join(&m.locked.module);
                    f.help = tidegate_core::capabilities::DeclaredIn::of_dir(&dir).lint_help();
                }
            }
        }
        findings
    }

    /// Apply pending migrations in order (up to `upto`), under the locks.
    pub async fn apply(&self, upto: Option<&str>) -> Result<RunReport, ExecError> {
        let start = Instant::now();
        let seen = match self.nothing_to_apply(upto, start).await? {
            Ok(report) => return Ok(report),
            Err(seen) => seen,
        };
        // What the look found pending is verified while the locks are
        // taken. Under them the history is read again, and what is pending
        // then is loaded (only what was not) before anything runs; a
        // component that failed to verify here fails there, and is
        // reported there.
        let verify_seen = async {
            let _ = self.load(&seen).await;
        };
        self.locked_after(verify_seen, true, async |sessions, locks| {
            let entries = self.settle_dead_runs(sessions).await?;
            guard(&entries)?;
            let mut report = self.report(Action::Apply, &entries, start);
            let pending = pending(self.project, &entries, upto)?;
            report.warnings = warnings(self.project, &entries, &pending);
            self.load(&pending).await?;
            self.check_pending(&entries, &pending)?;
            let mut iter = pending.iter().enumerate();
            let mut started = false;
            for (i, m) in iter.by_ref() {
                let run;
                (run, started) = self
                    .apply_one(m, pending.get(i + 1).copied(), started, sessions, locks)
                    .await?;
                let failed = run.outcome == Outcome::Failed;
                if failed {
                    report.error = run.error.clone();
                }
                report.migrations.push(run);
                if failed {
                    break;
                }
            }
            report.migrations.extend(iter.map(|(_, m)| not_run(m)));
            report.elapsed_ms = ms(start.elapsed());
            Ok(report)
        })
        .await
    }

    /// The report of a run with nothing to do, read without taking the
    /// locks: every migration (up to `upto`) is applied, verified against
    /// the lock, and no run is in progress. Committed history rows only
    /// change under the locks, so what this read sees is what a locked run
    /// would see; anything else (pending work, a migration another run is
    /// applying, a failed or modified one) goes the locked way, which waits
    /// for the other run and reports what it finds.
    ///
    /// Otherwise, the migrations this read found pending (none when a run
    /// is in progress or the history needs a decision).
    async fn nothing_to_apply(
        &self,
        upto: Option<&str>,
        start: Instant,
    ) -> Result<Result<RunReport, Vec<&'a Migration>>, ExecError> {
        self.with_sessions(async |sessions| {
            let entries = self.entries(sessions).await?;
            if entries.iter().any(running) || guard(&entries).is_err() {
                return Ok(Err(Vec::new()));
            }
            let pending = pending(self.project, &entries, upto)?;
            if !pending.is_empty() {
                return Ok(Err(pending));
            }
            let mut report = self.report(Action::Apply, &entries, start);
            report.elapsed_ms = ms(start.elapsed());
            Ok(Ok(report))
        })
        .await
    }

    /// The locks' fence, behind the fault point that tests use to take a
    /// lock away just before it.
    async fn fence_after(m: &Migration, locks: &mut Locks) -> Result<(), ExecError> {
        faults::before_fence(&m.meta.id).await;
        locks.fence().await
    }

    /// End a transactional step: record and commit it when it succeeded
    /// and the locks held to its end (`fenced`), else roll it back. A
    /// record that fails rolls the step back too. Engines may send the
    /// record with the commit, in one round trip.
    async fn finish_tx(
        &self,
        m: &Migration,
        run: &MigrationRun,
        fenced: Option<Result<(), ExecError>>,
        sessions: &mut Sessions,
        ok: Entry<'_>,
        failed: Entry<'_>,
    ) -> Result<(), ExecError> {
        match fenced {
            Some(Ok(())) if run.outcome == Outcome::Ok => {
                if let Err(e) = self.record(sessions, m, ok).await {
                    let _ = Self::tx(sessions, m, Tx::Rollback).await;
                    return Err(e);
                }
                Ok(Self::tx(sessions, m, Tx::Commit).await?)
            }
            Some(Err(lost)) => {
                let _ = Self::tx(sessions, m, Tx::Rollback).await;
                Err(lost)
            }
            _ => {
                Self::tx(sessions, m, Tx::Rollback).await?;
                self.record(sessions, m, failed).await
            }
        }
    }

    /// Apply `m`; `next` is the migration the run applies after it.
    /// `started`: `m`'s start is recorded already. The answer says whether
    /// `next`'s start was recorded with `m`'s end.
    async fn apply_one(
        &self,
        m: &Migration,
        next: Option<&Migration>,
        started: bool,
        sessions: &mut Sessions,
        locks: &mut Locks,
    ) -> Result<(MigrationRun, bool), ExecError> {
        if m.phased() {
            return Ok((self.start_one(m, sessions, locks).await?, false));
        }
        if m.meta.transactional {
            Self::watch(sessions, m, Watch::BeforeCommit).await?;
            Self::tx(sessions, m, Tx::Begin).await?;
            // The next write of this run goes after this commit in the same
            // engine's log, and that write, or a later one, waits for both.
            if let ([kind], Some(next)) = (m.meta.engines.as_slice(), next)
                && next.meta.engines == m.meta.engines
                && let Some(s) = sessions.of(*kind)
            {
                s.commit_without_waiting();
            }
            let (mut run, fenced) = self
                .run_step_fenced(m, Step::Up, sessions, Self::fence_after(m, locks))
                .await;
            Self::confirm(sessions, m, &mut run).await;
            let applied =
                Entry::new(AuditEvent::Applied, RowChange::Set(RowStatus::Applied)).of(&run);
            self.finish_tx(
                m,
                &run,
                fenced,
                sessions,
                applied,
                Entry::new(AuditEvent::Failed, RowChange::Keep).of(&run),
            )
            .await?;
            Ok((run, false))
        } else {
            let start = || Entry::new(AuditEvent::Started, RowChange::Set(RowStatus::Running));
            Self::watch(sessions, m, Watch::Confined).await?;
            if !started {
                // Work that cannot roll back starts only while the locks hold.
                locks.fence().await?;
                self.record(sessions, m, start()).await?;
            }
            let (run, fenced) = self
                .run_step_fenced(m, Step::Up, sessions, Self::fence_after(m, locks))
                .await;
            // A lost lock leaves the row `running`: the next run settles it.
            match fenced {
                Some(fenced) => fenced?,
                None => Self::fence_after(m, locks).await?,
            }
            let (status, event) = match run.outcome {
                Outcome::Ok => (RowStatus::Applied, AuditEvent::Applied),
                _ => (RowStatus::Failed, AuditEvent::Failed),
            };
            let end = Entry::new(event, RowChange::Set(status)).of(&run);
            // The next migration's start goes in the same write when it is
            // non-transactional on the same engines: the fence above came
            // after this migration's work, and the next one's work starts
            // only once this write is stored.
            if run.outcome == Outcome::Ok
                && let Some(next) = next
                && !next.meta.transactional
                && !next.phased()
                && next.meta.engines == m.meta.engines
            {
                self.record_all(sessions, &[(m, end), (next, start())])
                    .await?;
                return Ok((run, true));
            }
            self.record(sessions, m, end).await?;
            Ok((run, false))
        }
    }

    /// Revert applied migrations, newest first.
    pub async fn down(&self, to: &DownTo) -> Result<RunReport, ExecError> {
        let start = Instant::now();
        if let DownTo::After(id) = to {
            if self.project.get(id).is_none() {
                return Err(ExecError::UnknownMigration(id.clone()));
            }
        }
        self.locked_after(std::future::ready(()), true, async |sessions, locks| {
            let entries = self.entries(sessions).await?;
            guard(&entries)?;
            let applied: Vec<&StatusEntry> = entries
                .iter()
                .filter(|e| e.state == State::Applied)
                .collect();
            let targets: Vec<&StatusEntry> = match to {
                DownTo::Last => applied
                    .last()
                    .map(|e| vec![*e])
                    .ok_or(ExecError::NothingApplied)?,
                DownTo::All => applied.iter().rev().copied().collect(),
                DownTo::After(id) => {
                    let floor = applied
                        .iter()
                        .find(|e| &e.id == id)
                        .ok_or_else(|| ExecError::NotApplied(id.clone()))?
                        .version;
                    applied
                        .iter()
                        .rev()
                        .filter(|e| e.version > floor)
                        .copied()
                        .collect()
                }
            };
            if let Some(e) = entries.iter().find(|e| e.state == State::Missing) {
                return Err(ExecError::MissingApplied { id: e.id.clone() });
            }
            let migrations: Vec<&Migration> = targets
                .iter()
                .map(|e| {
                    self.project
                        .get(&e.id)
                        .expect("applied entries are in the project")
                })
                .collect();
            if let Some(m) = migrations.iter().find(|m| !m.meta.reversible) {
                return Err(ExecError::Irreversible(m.meta.id.clone()));
            }
            self.load(&migrations).await?;
            let mut report = self.report(Action::Down, &entries, start);
            report.warnings = warnings(self.project, &entries, &migrations);
            for m in migrations {
                let run = self.down_one(m, sessions, locks).await?;
                let failed = run.outcome == Outcome::Failed;
                if failed {
                    report.error = Some(format!(
                        "down stopped: {}",
                        run.error.clone().unwrap_or_default()
                    ));
                }
                report.migrations.push(run);
                if failed {
                    break;
                }
            }
            report.elapsed_ms = ms(start.elapsed());
            Ok(report)
        })
        .await
    }

    async fn down_one(
        &self,
        m: &Migration,
        sessions: &mut Sessions,
        locks: &mut Locks,
    ) -> Result<MigrationRun, ExecError> {
        let tx = m.meta.transactional;
        Self::watch(sessions, m, Watch::Confined).await?;
        if tx {
            Self::tx(sessions, m, Tx::Begin).await?;
        } else {
            // Work that cannot roll back starts only while the locks hold,
            // and is journalled as running first: a run that dies in it
            // leaves the row `running`, which the next run settles.
            locks.fence().await?;
            self.record(
                sessions,
                m,
                Entry::new(
                    AuditEvent::RevertStarted,
                    RowChange::Set(RowStatus::Running),
                )
                .note(crate::record::REVERTING),
            )
            .await?;
        }
        let (run, fenced) = self
            .run_step_fenced(m, Step::Down, sessions, Self::fence_after(m, locks))
            .await;
        let reverted = Entry::new(AuditEvent::Reverted, RowChange::Delete).of(&run);
        if tx {
            self.finish_tx(
                m,
                &run,
                fenced,
                sessions,
                reverted,
                Entry::new(AuditEvent::RevertFailed, RowChange::Keep).of(&run),
            )
            .await?;
        } else if let Some(fenced) = fenced {
            fenced?;
            self.record(sessions, m, reverted).await?;
        } else {
            // Partly reverted: block until a human decides.
            self.record(
                sessions,
                m,
                Entry::new(AuditEvent::RevertFailed, RowChange::Set(RowStatus::Failed)).of(&run),
            )
            .await?;
        }
        Ok(run)
    }

    /// The catalog of every engine's real target, inside what the
    /// project's migrations declare and without tidegate's own history,
    /// audit and lock objects (`tidegate test` compares these).
    pub async fn catalog(&self) -> Result<Snapshot, ExecError> {
        let mut snap = Snapshot::default();
        for engine in &self.engines {
            snap.merge(
                engine
                    .catalog(&declared(&self.project.migrations, engine.kind()))
                    .await?,
            );
        }
        Ok(snap)
    }

    /// Run an applied migration's `up` (and its checks) again, on the real
    /// target and without touching history: `tidegate test` uses it to
    /// prove that a non-transactional migration is safe to retry.
    pub async fn rerun_up(&self, id: &str) -> Result<MigrationRun, ExecError> {
        let m = self
            .project
            .get(id)
            .ok_or_else(|| ExecError::UnknownMigration(id.into()))?;
        self.load(&[m]).await?;
        self.with_sessions(async |sessions| {
            Self::watch(sessions, m, Watch::Confined).await?;
            Ok(self.run_step(m, Step::Up, sessions).await)
        })
        .await
    }

    /// Run every applied migration's `check`, read-only.
    pub async fn applied_checks(
        &self,
    ) -> Result<Vec<(String, Result<Vec<CheckResult>, CheckError>)>, ExecError> {
        self.with_sessions(async |sessions| {
            let entries = self.entries(sessions).await?;
            self.checks_of_applied(sessions, &entries).await
        })
        .await
    }

    /// The `check` results of every applied migration among `entries`,
    /// once their components have verified.
    pub(crate) async fn checks_of_applied(
        &self,
        sessions: &mut Sessions,
        entries: &[StatusEntry],
    ) -> Result<Vec<(String, Result<Vec<CheckResult>, CheckError>)>, ExecError> {
        let applied: Vec<&Migration> = entries
            .iter()
            .filter(|e| e.state == State::Applied)
            .filter_map(|e| self.project.get(&e.id))
            .collect();
        self.load(&applied).await?;
        let mut out = Vec::new();
        for m in applied {
            out.push((m.meta.id.clone(), self.checks(m, sessions, None).await.0));
        }
        Ok(out)
    }

    /// Record what a human decided about a failed or modified migration.
    pub async fn resolve(&self, id: &str, resolution: Resolution) -> Result<String, ExecError> {
        let m = self
            .project
            .get(id)
            .ok_or_else(|| ExecError::UnknownMigration(id.into()))?;
        self.locked(async |sessions, locks| {
            let entries = self.entries(sessions).await?;
            let entry = entries
                .iter()
                .find(|e| e.id == id)
                .expect("project migrations are classified");
            let dirty = matches!(entry.state, State::Failed | State::Interrupted);
            let (allowed, flag) = match resolution {
                Resolution::Retry => (dirty || entry.state == State::RolledBack, "--retry"),
                Resolution::MarkApplied => (dirty, "--mark-applied"),
                Resolution::AcceptChecksum => (entry.state == State::Modified, "--accept-checksum"),
            };
            if !allowed {
                return Err(ExecError::NothingToResolve {
                    id: id.into(),
                    state: entry.state.to_string(),
                    flag,
                });
            }
            let old = entry
                .history
                .as_ref()
                .map(|h| h.checksum.clone())
                .unwrap_or_default();
            let detail = format!("checksum sha256:{old} accepted as {}", m.locked.source);
            let (record, message) = match resolution {
                Resolution::Retry => (
                    Entry::new(AuditEvent::ResolvedRetry, RowChange::Delete),
                    format!("{id} will run again on the next `tidegate apply`"),
                ),
                Resolution::MarkApplied => (
                    Entry::new(
                        AuditEvent::ResolvedApplied,
                        RowChange::Set(RowStatus::Applied),
                    ),
                    format!("{id} is recorded as applied"),
                ),
                Resolution::AcceptChecksum => (
                    Entry::new(
                        AuditEvent::ResolvedChecksum,
                        RowChange::Set(RowStatus::Applied),
                    )
                    .detail(&detail),
                    format!("{id}: {detail}"),
                ),
            };
            locks.fence().await?;
            self.record(sessions, m, record).await?;
            Ok(message)
        })
        .await
    }

    /// What `tool`'s history table says, from the first engine that keeps
    /// such tables (`tidegate baseline`, `tidegate status`).
    pub async fn foreign_history(
        &self,
        tool: Tool,
        table: Option<&str>,
    ) -> Result<ForeignHistory, ExecError> {
        for engine in &self.engines {
            if let Some(read) = engine.foreign_history(tool, table).await {
                return Ok(read?);
            }
        }
        Err(ExecError::NoForeignHistory(tool))
    }

    /// Record `ids` as applied without running them, each with a
    /// `baseline` audit event carrying `detail`: their changes are already
    /// in the database, made by another tool. Migrations already applied
    /// are left as they are; returns the ids recorded.
    pub async fn baseline(&self, ids: &[String], detail: &str) -> Result<Vec<String>, ExecError> {
        self.locked(async |sessions, locks| {
            let entries = self.entries(sessions).await?;
            let mut recorded = Vec::new();
            for id in ids {
                let m = self
                    .project
                    .get(id)
                    .ok_or_else(|| ExecError::UnknownMigration(id.clone()))?;
                let entry = entries
                    .iter()
                    .find(|e| &e.id == id)
                    .expect("project migrations are classified");
                match entry.state {
                    State::Applied => continue,
                    State::Pending => {}
                    other => {
                        return Err(ExecError::BaselineConflict {
                            id: id.clone(),
                            state: other.to_string(),
                        });
                    }
                }
                locks.fence().await?;
                self.record(
                    sessions,
                    m,
                    Entry::new(AuditEvent::Baseline, RowChange::Set(RowStatus::Applied))
                        .detail(detail),
                )
                .await?;
                recorded.push(id.clone());
            }
            Ok(recorded)
        })
        .await
    }
}

/// A migration that did not run (yet).
pub(crate) fn not_run(m: &Migration) -> MigrationRun {
    MigrationRun {
        id: m.meta.id.clone(),
        version: m.meta.version,
        description: m.meta.description.clone(),
        engines: m.meta.engines.clone(),
        transactional: m.meta.transactional,
        reversible: m.meta.reversible,
        component: m.locked.component,
        outcome: Outcome::NotRun,
        statements: Vec::new(),
        check_statements: Vec::new(),
        statements_dropped: 0,
        logs: Vec::new(),
        checks: Vec::new(),
        elapsed_ms: 0.0,
        guest_ms: 0.0,
        error: None,
        phases: Vec::new(),
    }
}

/// A session on each of `engines`, connecting together.
async fn open_sessions(engines: &[Arc<dyn Engine>]) -> Result<Sessions, ExecError> {
    Ok(Sessions::new(
        try_join_all(engines.iter().map(|e| e.session())).await?,
    ))
}

/// Every engine's lock, taken in engine order (two runs cannot wait on
/// each other) while the sessions connect, and every history store in
/// place; on any failure, what was set up is released again.
async fn lock_and_open(
    engines: Vec<Arc<dyn Engine>>,
    confine: bool,
) -> Result<(Locks, Sessions), ExecError> {
    let take = async {
        let mut held = Locks(Vec::new());
        for engine in &engines {
            match engine.lock().await {
                Ok(lock) => held.0.push(lock),
                Err(e) => {
                    let _ = held.release().await;
                    return Err(ExecError::from(e));
                }
            }
        }
        Ok(held)
    };
    let (locks, mut sessions) = match tokio::join!(take, open_sessions(&engines)) {
        (Ok(l), Ok(s)) => (l, s),
        (l, s) => {
            let mut error = None;
            match l {
                Ok(l) => drop(l.release().await),
                Err(e) => error = Some(e),
            }
            match s {
                Ok(s) => s.close().await,
                Err(e) => error = error.or(Some(e)),
            }
            return Err(error.expect("one of them failed"));
        }
    };
    let prepared = async {
        for s in sessions.iter_mut() {
            if confine {
                s.watch(None, Watch::Confined).await?;
            }
            s.prepare_history().await?;
        }
        Ok::<_, ExecError>(())
    }
    .await;
    if let Err(e) = prepared {
        let ((), _) = tokio::join!(sessions.close(), locks.release());
        return Err(e);
    }
    Ok((locks, sessions))
}
