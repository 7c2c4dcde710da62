//! Phased (zero-downtime) migrations: `apply` runs their start and leaves
//! them in flight, `complete` contracts, `rollback` undoes the start; `plan`
//! runs all three on the dry run. Each phase is the engines' own work
//! ([`tidegate_core::engine::Session::phase`]); here it is recorded,
//! fenced, and settled after a failure.

use std::time::Instant;

use async_trait::async_trait;
use tidegate_core::diff::diff_on;
use tidegate_core::engine::{Sessions, Watch};
use tidegate_core::error::{EngineError, ErrorKind, describe};
use tidegate_core::history::{AuditEvent, RowStatus};
use tidegate_core::metadata::EngineKind;
use tidegate_core::phased::{Backfill, Phase, PhaseControl, PhaseRun, Unfenced};
use tidegate_core::report::{
    Action, MigrationRun, Outcome, PhaseReport, RunReport, State, StatusEntry, ms,
};
use tidegate_runtime::project::Migration;

use crate::executor::{Locks, not_run};
use crate::record::{Entry, RowChange};
use crate::state::{guard, in_flight, overlap};
use crate::{ExecError, Executor};

/// Where backfills report how far they got: a progress bar on a terminal,
/// progress lines in CI logs.
pub trait Progress: Send + Sync {
    /// Backfill `backfill` of migration `id` moved.
    fn backfill(&self, id: &str, backfill: &Backfill);
}

/// The control a phase runs under in `apply`, `complete` and `rollback`:
/// every lock fenced before each change that stays, progress reported.
struct Fenced<'l> {
    locks: &'l mut Locks,
    id: &'l str,
    progress: Option<&'l dyn Progress>,
}

#[async_trait]
impl PhaseControl for Fenced<'_> {
    async fn fence(&mut self) -> Result<(), EngineError> {
        tidegate_core::faults::before_fence(self.id).await;
        self.locks.fence_each().await
    }

    fn progress(&mut self, backfill: &Backfill) {
        if let Some(p) = self.progress {
            p.backfill(self.id, backfill);
        }
    }
}

/// A phase that failed part way: what it did, and why it stopped.
struct Stopped {
    report: PhaseReport,
    error: EngineError,
}

impl Executor<'_> {
    /// Every pending migration may run: a phased one's operations are
    /// well formed and inside its declaration, and nothing touches what a
    /// migration in flight (or put in flight earlier in this run) holds.
    /// Checked before anything runs, so a refusal changes nothing.
    pub(crate) fn check_pending(
        &self,
        entries: &[StatusEntry],
        pending: &[&Migration],
    ) -> Result<(), ExecError> {
        let mut started: Vec<&Migration> = Vec::new();
        for m in pending {
            overlap(self.project, entries, &started, m)?;
            if let Some(phases) = m.phases() {
                for engine in &self.engines {
                    let ops = phases.of(engine.kind());
                    if ops.is_empty() {
                        continue;
                    }
                    engine
                        .check_phased(ops, m.capabilities())
                        .map_err(|problem| ExecError::BadPhases {
                            id: m.meta.id.clone(),
                            problem,
                        })?;
                }
                started.push(m);
            }
        }
        Ok(())
    }

    /// Run `phase` of `m` on each of its engines (a rollback in reverse
    /// engine order), under `control`.
    async fn run_phase(
        &self,
        m: &Migration,
        phase: Phase,
        sessions: &mut Sessions,
        control: &mut dyn PhaseControl,
    ) -> Result<PhaseReport, Stopped> {
        let mut report = PhaseReport {
            phase,
            statements: Vec::new(),
            backfills: Vec::new(),
            restores_catalog: None,
        };
        let Some(phases) = m.phases() else {
            // Every path that runs a migration loads it first.
            return Err(Stopped {
                report,
                error: EngineError::new(
                    m.meta.engines.first().copied().unwrap_or(EngineKind::Postgres),
                    ErrorKind::Config,
                    None,
                    tidegate_core::phased::PhaseError(
                        "its component was not loaded and verified before the phase; this is a bug in tidegate".into(),
                    ),
                ),
            });
        };
        let mut kinds = m.meta.engines.clone();
        if phase == Phase::Rollback {
            kinds.reverse();
        }
        for kind in kinds {
            let Some(session) = sessions.of(kind) else {
                continue;
            };
            let run = PhaseRun {
                id: &m.meta.id,
                phase,
                ops: phases.of(kind),
                declared: m.capabilities(),
            };
            match session.phase(&run, control).await {
                Ok(out) => {
                    report.statements.extend(out.statements);
                    report.backfills.extend(out.backfills);
                }
                Err(error) => return Err(Stopped { report, error }),
            }
        }
        Ok(report)
    }

    /// A run of `m` from its phases.
    fn phased_run(m: &Migration, started: Instant, phases: Vec<PhaseReport>) -> MigrationRun {
        let mut run = not_run(m);
        run.outcome = Outcome::Ok;
        run.elapsed_ms = ms(started.elapsed());
        run.statements = phases
            .iter()
            .filter(|p| p.phase != Phase::Rollback)
            .flat_map(|p| p.statements.iter().cloned())
            .collect();
        run.phases = phases;
        run
    }

    /// `apply` of a phased migration: its start, recorded `running` first
    /// and `in-flight` after. A start that fails is rolled back at once
    /// (nothing stays, and the next apply tries again); a lost lock leaves
    /// the row `running`, and the next run resumes the start where it
    /// stopped (the backfill keeps its place).
    pub(crate) async fn start_one(
        &self,
        m: &Migration,
        sessions: &mut Sessions,
        locks: &mut Locks,
    ) -> Result<MigrationRun, ExecError> {
        let started = Instant::now();
        Self::watch(sessions, m, Watch::Confined).await?;
        locks.fence().await?;
        self.record(
            sessions,
            m,
            Entry::new(AuditEvent::Started, RowChange::Set(RowStatus::Running)),
        )
        .await?;
        let progress = self.progress.as_deref();
        let mut control = Fenced {
            locks,
            id: &m.meta.id,
            progress,
        };
        match self
            .run_phase(m, Phase::Start, sessions, &mut control)
            .await
        {
            Ok(report) => {
                let run = Self::phased_run(m, started, vec![report]);
                self.record(
                    sessions,
                    m,
                    Entry::new(AuditEvent::InFlight, RowChange::Set(RowStatus::InFlight)).of(&run),
                )
                .await?;
                Ok(run)
            }
            Err(stopped) if stopped.error.kind() == ErrorKind::LockLost => {
                Err(stopped.error.into())
            }
            Err(Stopped { report, error }) => {
                let why = describe(&error);
                let mut run = Self::phased_run(m, started, vec![report]);
                run.outcome = Outcome::Failed;
                match self
                    .run_phase(m, Phase::Rollback, sessions, &mut control)
                    .await
                {
                    Ok(rolled) => {
                        run.phases.push(rolled);
                        run.error = Some(format!(
                            "migration {}: its start failed and was rolled back, so nothing changed: {why}",
                            m.meta.id
                        ));
                        self.record(
                            sessions,
                            m,
                            Entry::new(AuditEvent::Failed, RowChange::Delete).of(&run),
                        )
                        .await?;
                    }
                    Err(Stopped { report, error }) => {
                        if error.kind() == ErrorKind::LockLost {
                            return Err(error.into());
                        }
                        run.phases.push(report);
                        run.error = Some(format!(
                            "migration {id}: its start failed ({why}) and so did rolling it back ({}); run `tidegate rollback {id}` once the cause is fixed: it continues where this stopped",
                            describe(&error),
                            id = m.meta.id
                        ));
                        self.record(
                            sessions,
                            m,
                            Entry::new(
                                AuditEvent::PhaseFailed,
                                RowChange::Set(RowStatus::RollingBack),
                            )
                            .of(&run),
                        )
                        .await?;
                    }
                }
                Ok(run)
            }
        }
    }

    /// The dry run of a phased migration: its start, its rollback (which
    /// must give back the catalog it started from), the start again and
    /// its complete, all on sessions that keep nothing.
    pub(crate) async fn plan_phased(
        &self,
        m: &Migration,
        sessions: &mut Sessions,
    ) -> Result<MigrationRun, ExecError> {
        let started = Instant::now();
        Self::watch(sessions, m, Watch::Confined).await?;
        let before = Self::snapshots(sessions, &m.meta.engines).await?;
        let mut reports = Vec::new();
        let mut failure = None;
        for phase in [Phase::Start, Phase::Rollback, Phase::Start, Phase::Complete] {
            match self.run_phase(m, phase, sessions, &mut Unfenced).await {
                Ok(mut report) => {
                    if phase == Phase::Rollback {
                        let after = Self::snapshots(sessions, &m.meta.engines).await?;
                        let changes: Vec<String> = before
                            .iter()
                            .zip(&after)
                            .flat_map(|((kind, b), (_, a))| diff_on(*kind, b, a))
                            .map(|c| c.line())
                            .collect();
                        report.restores_catalog = Some(changes.is_empty());
                        if !changes.is_empty() {
                            failure = Some(format!(
                                "its rollback does not give back the catalog it started from: {}",
                                changes.join("; ")
                            ));
                        }
                    }
                    // The second start repeats the first.
                    if !(phase == Phase::Start && reports.len() == 2) {
                        reports.push(report);
                    }
                    if failure.is_some() {
                        break;
                    }
                }
                Err(Stopped { report, error }) => {
                    reports.push(report);
                    failure = Some(format!("its {phase} failed: {}", describe(&error)));
                    break;
                }
            }
        }
        let mut run = Self::phased_run(m, started, reports);
        if let Some(why) = failure {
            run.outcome = Outcome::Failed;
            run.error = Some(format!("migration {}: {why}", m.meta.id));
        }
        Ok(run)
    }

    /// The in-flight migrations `id` names (all of them when `None`) that
    /// `action` may take on, loaded; a clear refusal otherwise.
    fn in_flight_targets<'e>(
        &self,
        entries: &'e [StatusEntry],
        id: Option<&str>,
        action: Action,
    ) -> Result<Vec<&Migration>, ExecError> {
        let (verb, other, busy) = match action {
            Action::Complete => ("complete", "rollback", RowStatus::RollingBack),
            _ => ("rollback", "complete", RowStatus::Completing),
        };
        let status = |e: &StatusEntry| e.history.as_ref().map(|h| h.status);
        let usable = |e: &&'e StatusEntry| status(e) != Some(busy);
        let Some(id) = id else {
            let flying: Vec<&StatusEntry> = in_flight(entries).filter(usable).collect();
            return match (flying.as_slice(), action) {
                ([], _) => Err(ExecError::NotInFlight(format!(
                    "no phased migration is in flight, so there is nothing to {verb}; `tidegate status` shows where each migration stands"
                ))),
                ([_, _, ..], Action::Rollback) => Err(ExecError::NotInFlight(format!(
                    "several phased migrations are in flight ({}); name the one to roll back: `tidegate rollback ID`",
                    flying
                        .iter()
                        .map(|e| e.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))),
                _ => Ok(flying
                    .iter()
                    .filter_map(|e| self.project.get(&e.id))
                    .collect()),
            };
        };
        let m = self
            .project
            .get(id)
            .ok_or_else(|| ExecError::UnknownMigration(id.into()))?;
        let e = entries
            .iter()
            .find(|e| e.id == id)
            .expect("project migrations are classified");
        if !m.phased() {
            return Err(ExecError::NotInFlight(format!(
                "{id} is not a phased migration, so there is nothing to {verb}; a plain migration is undone with `tidegate down`"
            )));
        }
        match e.state {
            State::InFlight if status(e) == Some(busy) => Err(ExecError::NotInFlight(format!(
                "a {other} of {id} started and did not finish, so it can no longer {verb}; finish it with `tidegate {other} {id}`"
            ))),
            State::InFlight => Ok(vec![m]),
            State::Applied => Err(ExecError::NotInFlight(format!(
                "{id} is completed already, so there is nothing to {verb}{}",
                if action == Action::Rollback {
                    "; undo it with `tidegate down` or a new migration"
                } else {
                    ""
                }
            ))),
            state => Err(ExecError::NotInFlight(format!(
                "{id} is {state}, not in flight, so there is nothing to {verb}; `tidegate apply` starts a phased migration"
            ))),
        }
    }

    /// `tidegate complete [ID]`: the contract phase of the migrations in
    /// flight (or of `id`), each recorded `completing` first and `applied`
    /// after. A complete that stops leaves the row `completing`; running
    /// it again continues where it stopped.
    pub async fn complete(&self, id: Option<&str>) -> Result<RunReport, ExecError> {
        self.finish(id, Action::Complete).await
    }

    /// `tidegate rollback [ID]`: undo the start of the migration in flight
    /// (`id` when several are), recorded `rolling-back` first and
    /// `rolled-back` after; the schema is as before the start.
    pub async fn rollback(&self, id: Option<&str>) -> Result<RunReport, ExecError> {
        self.finish(id, Action::Rollback).await
    }

    async fn finish(&self, id: Option<&str>, action: Action) -> Result<RunReport, ExecError> {
        let start = Instant::now();
        if let Some(id) = id
            && self.project.get(id).is_none()
        {
            return Err(ExecError::UnknownMigration(id.into()));
        }
        self.locked_after(std::future::ready(()), true, async |sessions, locks| {
            let entries = self.settle_dead_runs(sessions).await?;
            guard(&entries)?;
            let targets = self.in_flight_targets(&entries, id, action)?;
            self.load(&targets).await?;
            let mut report = self.report(action, &entries, start);
            report.warnings.clear();
            for m in targets {
                let run = self.finish_one(m, action, sessions, locks).await?;
                let failed = run.outcome == Outcome::Failed;
                if failed {
                    report.error = run.error.clone();
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

    async fn finish_one(
        &self,
        m: &Migration,
        action: Action,
        sessions: &mut Sessions,
        locks: &mut Locks,
    ) -> Result<MigrationRun, ExecError> {
        let started = Instant::now();
        let (phase, begin, during, end, after) = match action {
            Action::Complete => (
                Phase::Complete,
                AuditEvent::CompleteStarted,
                RowStatus::Completing,
                AuditEvent::Completed,
                RowStatus::Applied,
            ),
            _ => (
                Phase::Rollback,
                AuditEvent::RollbackStarted,
                RowStatus::RollingBack,
                AuditEvent::RolledBack,
                RowStatus::RolledBack,
            ),
        };
        Self::watch(sessions, m, Watch::Confined).await?;
        locks.fence().await?;
        self.record(sessions, m, Entry::new(begin, RowChange::Set(during)))
            .await?;
        let progress = self.progress.as_deref();
        let mut control = Fenced {
            locks,
            id: &m.meta.id,
            progress,
        };
        match self.run_phase(m, phase, sessions, &mut control).await {
            Ok(report) => {
                let run = Self::phased_run(m, started, vec![report]);
                self.record(sessions, m, Entry::new(end, RowChange::Set(after)).of(&run))
                    .await?;
                Ok(run)
            }
            Err(Stopped { error, .. }) if error.kind() == ErrorKind::LockLost => Err(error.into()),
            Err(Stopped { report, error }) => {
                let mut run = Self::phased_run(m, started, vec![report]);
                run.outcome = Outcome::Failed;
                run.error = Some(format!(
                    "migration {id}: its {phase} stopped: {}; fix the cause and run `tidegate {phase} {id}` again: it continues where this stopped",
                    describe(&error),
                    id = m.meta.id
                ));
                self.record(
                    sessions,
                    m,
                    Entry::new(AuditEvent::PhaseFailed, RowChange::Keep).of(&run),
                )
                .await?;
                Ok(run)
            }
        }
    }

    /// For `status`: how far each in-flight migration's backfills got, and
    /// how an application picks its new version.
    pub(crate) async fn in_flight_details(
        &self,
        sessions: &mut Sessions,
        entries: &mut [StatusEntry],
    ) -> Result<(), ExecError> {
        for e in entries.iter_mut().filter(|e| e.state == State::InFlight) {
            let Some(m) = self.project.get(&e.id) else {
                continue;
            };
            for kind in &m.meta.engines {
                if let Some(s) = sessions.of(*kind) {
                    e.backfills.extend(s.backfills(&e.id).await?);
                }
                if let Some(engine) = self.engines.iter().find(|x| x.kind() == *kind)
                    && let Some(access) = engine.version_access(&e.id)
                {
                    e.access.push(format!("{kind}: {access}"));
                }
            }
        }
        Ok(())
    }
}
