//! Status, plan (dry run), apply, down and resolve for PostgreSQL.
//!
//! Guarantees:
//! - `apply`, `down` and `resolve` hold a session-level advisory lock on a
//!   dedicated connection; it dies with the process, so it cannot go stale.
//! - A transactional migration commits together with its history row and
//!   the checks it declares, or not at all.
//! - A non-transactional migration is recorded `running` before it starts
//!   and `applied` or `failed` after. A failed (or interrupted) one blocks
//!   later runs until `tidegate resolve` says what happened.
//! - An applied migration whose sources changed is refused.

use std::time::{Duration, Instant};

use serde::Serialize;
use sqlx::PgConnection;

use crate::config::PostgresConfig;
use crate::diff::{diff, Change, Snapshot};
use crate::digest::Digest;
use crate::engine::postgres::history::{Actor, Event, History, HistoryRow, NewRow, RowStatus};
use crate::engine::postgres::lock::{AdvisoryLock, LockError};
use crate::engine::postgres::{snapshot::snapshot, PgError, PgSession, PgTarget};
use crate::lint::{self, Finding};
use crate::metadata::EngineKind;
use crate::project::{Migration, Project};
use crate::runtime::state::{LogLine, Statement};
use crate::runtime::{CheckResult, RunOutcome, Runtime, Step};

/// Errors of the planner. Each says what to do next.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error(transparent)]
    Pg(#[from] PgError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error("migration {id} is {state} since {since} (by {by}){}.\nIt may be partly applied. Inspect the database, then either\n  tidegate resolve {id} --retry          # run it again on the next apply\n  tidegate resolve {id} --mark-applied   # its changes are complete", error.as_ref().map(|e| format!(": {e}")).unwrap_or_default())]
    Dirty { id: String, state: String, since: String, by: String, error: Option<String> },
    #[error("applied migration(s) changed since they were applied: {}.\nRestore the original module sources from version control and put new changes in a new migration; if the change is cosmetic, accept it with `tidegate resolve ID --accept-checksum`", .0.join(", "))]
    Modified(Vec<String>),
    #[error("migration {id} is applied in the database but missing from tidegate.lock; restore its module, or revert it with an older checkout")]
    MissingApplied { id: String },
    #[error("no migration with id `{0}` in tidegate.lock; `tidegate status` lists them")]
    UnknownMigration(String),
    #[error("migration {0} is not applied, so there is nothing to revert to it")]
    NotApplied(String),
    #[error("migration {0} declares itself irreversible; write a new forward migration to undo it")]
    Irreversible(String),
    #[error("nothing to revert: no migration is applied")]
    NothingApplied,
    #[error("migration {id} is {state}: there is nothing for `tidegate resolve {flag}` to settle; `tidegate status` shows what needs a decision")]
    NothingToResolve { id: String, state: String, flag: &'static str },
}

/// Where a migration stands against the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Applied,
    Pending,
    /// Applied, but its sources changed since.
    Modified,
    /// A non-transactional migration that failed.
    Failed,
    /// A non-transactional migration whose run died.
    Interrupted,
    /// In the history, not in the lock.
    Missing,
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = serde_json::to_value(self).expect("serializes");
        f.write_str(s.as_str().unwrap_or_default())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusEntry {
    pub id: String,
    pub version: u64,
    pub description: String,
    pub state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<HistoryRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub engine: EngineKind,
    pub target: String,
    pub migrations: Vec<StatusEntry>,
}

impl StatusReport {
    pub fn count(&self, state: State) -> usize {
        self.migrations.iter().filter(|m| m.state == state).count()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Ok,
    Failed,
    NotRun,
}

/// One migration step as it ran.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationRun {
    pub id: String,
    pub version: u64,
    pub description: String,
    pub transactional: bool,
    pub reversible: bool,
    pub component: Digest,
    pub outcome: Outcome,
    pub statements: Vec<Statement>,
    #[serde(skip_serializing_if = "is_zero")]
    pub statements_dropped: usize,
    pub logs: Vec<LogLine>,
    pub checks: Vec<CheckResult>,
    pub elapsed_ms: f64,
    pub guest_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Plan,
    Apply,
    Down,
}

/// What plan, apply or down did.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub action: Action,
    pub engine: EngineKind,
    pub target: String,
    pub already_applied: usize,
    pub migrations: Vec<MigrationRun>,
    /// Schema changes; present for plan (dry run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<Change>>,
    /// Lint findings on the executed statements; plan only.
    pub findings: Vec<Finding>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    pub elapsed_ms: f64,
}

impl RunReport {
    pub fn ok(&self) -> bool {
        self.error.is_none()
    }
}

/// The verdict of one health check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Health {
    Pass,
    Warn,
    Fail,
}

#[derive(Debug, Clone, Serialize)]
pub struct HealthCheck {
    pub name: String,
    pub status: Health,
    pub detail: String,
}

/// What `tidegate health` found on one engine.
#[derive(Debug, Clone, Serialize)]
pub struct HealthReport {
    pub engine: EngineKind,
    pub target: String,
    pub status: Health,
    pub checks: Vec<HealthCheck>,
    pub elapsed_ms: f64,
}

/// How far `tidegate down` goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownTo {
    /// Revert the last applied migration.
    Last,
    /// Revert every migration applied after this one; it stays applied.
    After(String),
    /// Revert every applied migration.
    All,
}

/// What `tidegate resolve` does with a failed or modified migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Forget the failed attempt; the next apply runs it again.
    Retry,
    /// Record it applied: its changes are complete.
    MarkApplied,
    /// Record the current sources' checksum for an applied migration.
    AcceptChecksum,
}

pub struct Planner<'a> {
    project: &'a Project,
    runtime: &'a Runtime,
    target: PgTarget,
    history: History,
    cfg: PostgresConfig,
    actor: Actor,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

async fn exec(conn: &mut PgConnection, sql: &'static str, doing: &str) -> Result<(), PgError> {
    sqlx::raw_sql(sql).execute(conn).await.map(drop).map_err(|e| PgError::query(doing, e))
}

impl<'a> Planner<'a> {
    pub fn new(project: &'a Project, runtime: &'a Runtime) -> Result<Self, PlanError> {
        let cfg = project.config.postgres.clone();
        Ok(Planner {
            target: PgTarget::new(&cfg)?,
            history: History::new(&cfg.history_table)?,
            project,
            runtime,
            cfg,
            actor: Actor::from_env(),
        })
    }

    pub fn target(&self) -> &PgTarget {
        &self.target
    }

    fn classify(&self, rows: &[HistoryRow]) -> Vec<StatusEntry> {
        let mut out = Vec::new();
        for m in &self.project.migrations {
            let row = rows.iter().find(|r| r.id == m.meta.id);
            let state = match row {
                None => State::Pending,
                Some(r) if r.status == RowStatus::Failed => State::Failed,
                Some(r) if r.status == RowStatus::Running => State::Interrupted,
                Some(r) if r.checksum != m.locked.source.hex() => State::Modified,
                Some(_) => State::Applied,
            };
            out.push(StatusEntry {
                id: m.meta.id.clone(),
                version: m.meta.version,
                description: m.meta.description.clone(),
                state,
                history: row.cloned(),
            });
        }
        for r in rows {
            if self.project.get(&r.id).is_none() {
                out.push(StatusEntry {
                    id: r.id.clone(),
                    version: r.version as u64,
                    description: r.description.clone(),
                    state: State::Missing,
                    history: Some(r.clone()),
                });
            }
        }
        out.sort_by(|a, b| (a.version, &a.id).cmp(&(b.version, &b.id)));
        out
    }

    pub async fn status(&self) -> Result<StatusReport, PlanError> {
        let mut conn = self.target.connect().await?;
        let rows = self.history.load(&mut conn).await?;
        Ok(StatusReport { engine: EngineKind::Postgres, target: self.target.to_string(), migrations: self.classify(&rows) })
    }

    /// Refuse to go on over a failed, interrupted or modified migration.
    fn guard(entries: &[StatusEntry]) -> Result<(), PlanError> {
        if let Some(e) = entries.iter().find(|e| matches!(e.state, State::Failed | State::Interrupted)) {
            let h = e.history.as_ref().expect("failed rows come from history");
            return Err(PlanError::Dirty {
                id: e.id.clone(),
                state: e.state.to_string(),
                since: h.applied_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                by: h.applied_by.clone(),
                error: h.error.clone(),
            });
        }
        let modified: Vec<String> = entries.iter().filter(|e| e.state == State::Modified).map(|e| e.id.clone()).collect();
        if !modified.is_empty() {
            return Err(PlanError::Modified(modified));
        }
        Ok(())
    }

    /// Pending migrations in order, up to and including `upto` when given.
    fn pending<'p>(&'p self, entries: &[StatusEntry], upto: Option<&str>) -> Result<Vec<&'p Migration>, PlanError> {
        let limit = match upto {
            Some(id) => self.project.get(id).ok_or_else(|| PlanError::UnknownMigration(id.into()))?.meta.version,
            None => u64::MAX,
        };
        Ok(entries
            .iter()
            .filter(|e| e.state == State::Pending && e.version <= limit)
            .filter_map(|e| self.project.get(&e.id))
            .collect())
    }

    fn warnings(&self, entries: &[StatusEntry]) -> Vec<String> {
        let mut w: Vec<String> = self.project.warnings.iter().map(ToString::to_string).collect();
        let last_applied = entries.iter().filter(|e| e.state == State::Applied).map(|e| e.version).max();
        for e in entries {
            if e.state == State::Missing {
                w.push(format!("{} is applied in the database but not in tidegate.lock", e.id));
            }
            if e.state == State::Pending && last_applied.is_some_and(|v| e.version < v) {
                w.push(format!("{} (version {}) is older than the newest applied migration; it will apply out of order", e.id, e.version));
            }
        }
        w
    }

    fn report(&self, action: Action, entries: &[StatusEntry], start: Instant) -> RunReport {
        RunReport {
            action,
            engine: EngineKind::Postgres,
            target: self.target.to_string(),
            already_applied: entries.iter().filter(|e| e.state == State::Applied).count(),
            migrations: Vec::new(),
            diff: None,
            findings: Vec::new(),
            warnings: self.warnings(entries),
            error: None,
            elapsed_ms: ms(start.elapsed()),
        }
    }

    /// Run one step of a migration on `conn`; returns the connection and a
    /// report. Checks run after `up`, in the same session.
    async fn run_step(&self, m: &Migration, step: Step, conn: PgConnection, dry_run: bool) -> (PgConnection, MigrationRun) {
        let RunOutcome { result, pg, statements, statements_dropped, logs, elapsed, guest_time } =
            self.runtime.run(&m.module, &m.meta, step, Some(PgSession::new(conn, dry_run))).await;
        let conn = pg.expect("the session comes back").conn;
        let mut run = MigrationRun {
            outcome: if result.is_ok() { Outcome::Ok } else { Outcome::Failed },
            statements,
            statements_dropped,
            logs,
            elapsed_ms: ms(elapsed),
            guest_ms: ms(guest_time),
            error: result.err().map(|e| e.to_string()),
            ..MigrationRun::not_run(m)
        };
        if step == Step::Up && run.outcome == Outcome::Ok {
            let in_tx = dry_run || m.meta.transactional;
            let (conn, checks) = self.checks(m, conn, in_tx, dry_run).await;
            match checks {
                Ok(checks) => {
                    run.checks = checks;
                    let failed: Vec<String> =
                        run.checks.iter().filter(|c| !c.passed).map(|c| format!("{} ({})", c.name, c.detail)).collect();
                    if !failed.is_empty() {
                        run.outcome = Outcome::Failed;
                        run.error = Some(format!("migration {}: check failed after up: {}", run.id, failed.join("; ")));
                    }
                }
                Err(e) => {
                    run.outcome = Outcome::Failed;
                    run.error = Some(format!("check after up: {e}"));
                }
            }
            return (conn, run);
        }
        (conn, run)
    }

    /// Run a migration's `check`. Whatever it writes is discarded: inside a
    /// transaction it runs in a savepoint that is rolled back, outside one
    /// in a read-only transaction.
    async fn checks(&self, m: &Migration, mut conn: PgConnection, in_tx: bool, dry_run: bool) -> (PgConnection, Result<Vec<CheckResult>, String>) {
        let (open, close): (&'static str, &'static str) = if in_tx {
            ("SAVEPOINT tidegate_check", "ROLLBACK TO SAVEPOINT tidegate_check; RELEASE SAVEPOINT tidegate_check")
        } else {
            ("BEGIN READ ONLY", "ROLLBACK")
        };
        if let Err(e) = exec(&mut conn, open, "starting the checks").await {
            return (conn, Err(e.to_string()));
        }
        let out = self.runtime.run(&m.module, &m.meta, Step::Check, Some(PgSession::new(conn, dry_run))).await;
        let mut conn = out.pg.expect("the session comes back").conn;
        let closed = exec(&mut conn, close, "discarding the checks' session state").await;
        let result = match (out.result, closed) {
            (Ok(checks), Ok(())) => Ok(checks.unwrap_or_default()),
            (Err(e), _) => Err(e.to_string()),
            (_, Err(e)) => Err(e.to_string()),
        };
        (conn, result)
    }

    /// The dry run: apply pending migrations (up to `upto`) inside one
    /// transaction, snapshot the schema before and after, report, and roll
    /// back.
    pub async fn plan(&self, upto: Option<&str>) -> Result<RunReport, PlanError> {
        let start = Instant::now();
        let mut conn = self.target.connect().await?;
        let rows = self.history.load(&mut conn).await?;
        let entries = self.classify(&rows);
        Self::guard(&entries)?;
        let mut report = self.report(Action::Plan, &entries, start);
        let pending = self.pending(&entries, upto)?;

        exec(&mut conn, "BEGIN", "starting the dry-run transaction").await?;
        let exclude = self.history.table_names().to_vec();
        let before = snapshot(&mut conn, &exclude).await?;
        let mut failed = false;
        for m in &pending {
            if failed {
                report.migrations.push(MigrationRun::not_run(m));
                continue;
            }
            let (c, run) = self.run_step(m, Step::Up, conn, true).await;
            conn = c;
            if run.outcome == Outcome::Failed {
                failed = true;
                report.error = Some(format!("dry run stopped: {}", run.error.clone().unwrap_or_default()));
            }
            report.migrations.push(run);
        }
        let after: Option<Snapshot> = if failed { None } else { Some(snapshot(&mut conn, &exclude).await?) };
        exec(&mut conn, "ROLLBACK", "rolling back the dry run").await?;
        report.diff = after.map(|after| diff(&before, &after));
        report.findings = self.lint(&report.migrations, &before);
        report.elapsed_ms = ms(start.elapsed());
        Ok(report)
    }

    /// Run `f` on a fresh connection while holding the advisory lock.
    /// Lint what each migration executed, against the schema before the plan.
    fn lint(&self, runs: &[MigrationRun], before: &Snapshot) -> Vec<Finding> {
        let existing = lint::postgres::tables(before);
        let mut created = Default::default();
        let mut findings = Vec::new();
        for run in runs {
            let location = self.project.get(&run.id).map(|m| format!("{}/src/lib.rs", m.locked.module));
            for mut f in lint::postgres::lint_statements(&run.id, &run.statements, &existing, &mut created) {
                f.location = location.clone();
                findings.push(f);
            }
        }
        if self.cfg.lock_timeout.is_zero() {
            let f = Finding::new(lint::postgres::rule("PG008"), "(configuration)", 0, String::new(), "postgres.lock_timeout is 0".into());
            findings.push(Finding { location: Some("tidegate.toml".into()), ..f });
        }
        findings
    }

    async fn locked<T>(&self, f: impl AsyncFnOnce(PgConnection) -> Result<T, PlanError>) -> Result<T, PlanError> {
        let lock = AdvisoryLock::acquire(&self.target, self.history.lock_key(), self.cfg.advisory_lock_wait).await?;
        let result = async {
            let mut conn = self.target.connect().await?;
            self.history.ensure(&mut conn).await?;
            f(conn).await
        }
        .await;
        let released = lock.release().await;
        let value = result?;
        released?;
        Ok(value)
    }

    /// Apply pending migrations in order (up to `upto`), under the advisory
    /// lock.
    pub async fn apply(&self, upto: Option<&str>) -> Result<RunReport, PlanError> {
        let start = Instant::now();
        self.locked(async |mut conn| {
            let rows = self.history.load(&mut conn).await?;
            let entries = self.classify(&rows);
            Self::guard(&entries)?;
            let mut report = self.report(Action::Apply, &entries, start);
            let pending = self.pending(&entries, upto)?;
            let mut iter = pending.iter();
            for m in iter.by_ref() {
                let (c, run) = self.apply_one(m, conn).await?;
                conn = c;
                let failed = run.outcome == Outcome::Failed;
                if failed {
                    report.error = run.error.clone();
                }
                report.migrations.push(run);
                if failed {
                    break;
                }
            }
            report.migrations.extend(iter.map(|m| MigrationRun::not_run(m)));
            report.elapsed_ms = ms(start.elapsed());
            Ok(report)
        })
        .await
    }

    fn row<'r>(&self, m: &'r Migration, status: RowStatus, run: Option<&'r MigrationRun>) -> NewRow<'r> {
        NewRow {
            id: &m.meta.id,
            version: m.meta.version,
            description: &m.meta.description,
            status,
            checksum: &m.locked.source,
            component: &m.locked.component,
            api_version: &m.locked.api,
            transactional: m.meta.transactional,
            duration_ms: run.map(|r| r.elapsed_ms.round() as i64),
            error: run.and_then(|r| r.error.as_deref()),
        }
    }

    /// Append an audit event for `m`, with the run's duration and `detail`.
    async fn audit(&self, c: &mut PgConnection, m: &Migration, event: &str, run: Option<&MigrationRun>, detail: Option<&str>) -> Result<(), PgError> {
        let e = Event {
            event,
            id: &m.meta.id,
            checksum: Some(&m.locked.source),
            component: Some(&m.locked.component),
            duration_ms: run.map(|r| r.elapsed_ms.round() as i64),
            detail,
        };
        self.history.audit(c, &e, &self.actor).await
    }

    async fn apply_one(&self, m: &Migration, mut c: PgConnection) -> Result<(PgConnection, MigrationRun), PlanError> {
        if m.meta.transactional {
            exec(&mut c, "BEGIN", "starting the migration transaction").await?;
            let (mut c, run) = self.run_step(m, Step::Up, c, false).await;
            if run.outcome == Outcome::Ok {
                self.history.upsert(&mut c, &self.row(m, RowStatus::Applied, Some(&run)), &self.actor).await?;
                self.audit(&mut c, m, "applied", Some(&run), None).await?;
                exec(&mut c, "COMMIT", "committing the migration").await?;
            } else {
                exec(&mut c, "ROLLBACK", "rolling back the failed migration").await?;
                self.audit(&mut c, m, "failed", Some(&run), run.error.as_deref()).await?;
            }
            Ok((c, run))
        } else {
            self.history.upsert(&mut c, &self.row(m, RowStatus::Running, None), &self.actor).await?;
            self.audit(&mut c, m, "started", None, None).await?;
            let (mut c, run) = self.run_step(m, Step::Up, c, false).await;
            let (status, event) = match run.outcome {
                Outcome::Ok => (RowStatus::Applied, "applied"),
                _ => (RowStatus::Failed, "failed"),
            };
            self.history.upsert(&mut c, &self.row(m, status, Some(&run)), &self.actor).await?;
            self.audit(&mut c, m, event, Some(&run), run.error.as_deref()).await?;
            Ok((c, run))
        }
    }

    /// Revert applied migrations, newest first.
    pub async fn down(&self, to: &DownTo) -> Result<RunReport, PlanError> {
        let start = Instant::now();
        if let DownTo::After(id) = to {
            if self.project.get(id).is_none() {
                return Err(PlanError::UnknownMigration(id.clone()));
            }
        }
        self.locked(async |mut conn| {
            let rows = self.history.load(&mut conn).await?;
            let entries = self.classify(&rows);
            Self::guard(&entries)?;
            let applied: Vec<&StatusEntry> = entries.iter().filter(|e| e.state == State::Applied).collect();
            let targets: Vec<&StatusEntry> = match to {
                DownTo::Last => applied.last().map(|e| vec![*e]).ok_or(PlanError::NothingApplied)?,
                DownTo::All => applied.iter().rev().copied().collect(),
                DownTo::After(id) => {
                    let floor = applied.iter().find(|e| &e.id == id).ok_or_else(|| PlanError::NotApplied(id.clone()))?.version;
                    applied.iter().rev().filter(|e| e.version > floor).copied().collect()
                }
            };
            if let Some(e) = entries.iter().find(|e| e.state == State::Missing) {
                return Err(PlanError::MissingApplied { id: e.id.clone() });
            }
            let migrations: Vec<&Migration> =
                targets.iter().map(|e| self.project.get(&e.id).expect("applied entries are in the project")).collect();
            if let Some(m) = migrations.iter().find(|m| !m.meta.reversible) {
                return Err(PlanError::Irreversible(m.meta.id.clone()));
            }
            let mut report = self.report(Action::Down, &entries, start);
            for m in migrations {
                let (c, run) = self.down_one(m, conn).await?;
                conn = c;
                let failed = run.outcome == Outcome::Failed;
                if failed {
                    report.error = Some(format!("down stopped: {}", run.error.clone().unwrap_or_default()));
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

    async fn down_one(&self, m: &Migration, mut c: PgConnection) -> Result<(PgConnection, MigrationRun), PlanError> {
        let tx = m.meta.transactional;
        if tx {
            exec(&mut c, "BEGIN", "starting the revert transaction").await?;
        }
        let (mut c, run) = self.run_step(m, Step::Down, c, false).await;
        if run.outcome == Outcome::Ok {
            self.history.delete(&mut c, &m.meta.id).await?;
            self.audit(&mut c, m, "reverted", Some(&run), None).await?;
            if tx {
                exec(&mut c, "COMMIT", "committing the revert").await?;
            }
        } else {
            if tx {
                exec(&mut c, "ROLLBACK", "rolling back the failed revert").await?;
            } else {
                // Partly reverted: block until a human decides.
                self.history.upsert(&mut c, &self.row(m, RowStatus::Failed, Some(&run)), &self.actor).await?;
            }
            self.audit(&mut c, m, "revert-failed", Some(&run), run.error.as_deref()).await?;
        }
        Ok((c, run))
    }

    /// Connectivity, server facts, migration state, and every applied
    /// migration's declared invariants (run read-only and rolled back).
    pub async fn health(&self) -> HealthReport {
        let start = Instant::now();
        let mut checks = Vec::new();
        let mut check = |name: &str, status, detail: String| checks.push(HealthCheck { name: name.into(), status, detail });
        match self.health_checks(&mut check).await {
            Ok(()) => {}
            Err(e) => check("database", Health::Fail, e.to_string()),
        }
        let status = checks.iter().map(|c| c.status).max().unwrap_or(Health::Pass);
        HealthReport { engine: EngineKind::Postgres, target: self.target.to_string(), status, checks, elapsed_ms: ms(start.elapsed()) }
    }

    async fn health_checks(&self, check: &mut impl FnMut(&str, Health, String)) -> Result<(), PlanError> {
        let connect = Instant::now();
        let mut conn = self.target.connect().await?;
        check("connect", Health::Pass, format!("connected in {:.1} ms", ms(connect.elapsed())));
        let facts: (String, bool, String, String) = sqlx::query_as(
            "SELECT version(), pg_is_in_recovery(), current_setting('statement_timeout'), current_setting('lock_timeout')",
        )
        .fetch_one(&mut conn)
        .await
        .map_err(|e| PgError::query("reading server facts", e))?;
        let version = facts.0.split(" on ").next().unwrap_or(&facts.0).to_string();
        check("version", Health::Pass, version);
        check(
            "role",
            if facts.1 { Health::Warn } else { Health::Pass },
            if facts.1 { "replica in recovery: migrations must run on the primary".into() } else { "primary".into() },
        );
        let timeouts_off = facts.3 == "0";
        check(
            "timeouts",
            if timeouts_off { Health::Warn } else { Health::Pass },
            format!("statement_timeout {}, lock_timeout {}", facts.2, facts.3),
        );

        let rows = self.history.load(&mut conn).await?;
        let entries = self.classify(&rows);
        let count = |s: State| entries.iter().filter(|e| e.state == s).count();
        let blocked: Vec<String> = entries
            .iter()
            .filter(|e| matches!(e.state, State::Failed | State::Interrupted | State::Modified | State::Missing))
            .map(|e| format!("{} is {}", e.id, e.state))
            .collect();
        let (status, detail) = match (blocked.is_empty(), count(State::Pending)) {
            (false, _) => (Health::Fail, format!("{}; see `tidegate status`", blocked.join(", "))),
            (true, 0) => (Health::Pass, format!("{} applied, none pending", count(State::Applied))),
            (true, n) => (Health::Warn, format!("{} applied, {n} pending", count(State::Applied))),
        };
        check("migrations", status, detail);

        for e in entries.iter().filter(|e| e.state == State::Applied) {
            let Some(m) = self.project.get(&e.id) else { continue };
            let (c, results) = self.checks(m, conn, false, false).await;
            conn = c;
            match results {
                Ok(results) => {
                    for r in results {
                        check(&format!("{}: {}", m.meta.id, r.name), if r.passed { Health::Pass } else { Health::Fail }, r.detail);
                    }
                }
                Err(err) => check(&format!("{}: check", m.meta.id), Health::Fail, err),
            }
        }
        Ok(())
    }

    /// Record what a human decided about a failed or modified migration.
    pub async fn resolve(&self, id: &str, resolution: Resolution) -> Result<String, PlanError> {
        let m = self.project.get(id).ok_or_else(|| PlanError::UnknownMigration(id.into()))?;
        self.locked(async |mut conn| {
            let conn = &mut conn;
            let rows = self.history.load(conn).await?;
            let entries = self.classify(&rows);
            let entry = entries.iter().find(|e| e.id == id).expect("project migrations are classified");
            let dirty = matches!(entry.state, State::Failed | State::Interrupted);
            let (allowed, flag) = match resolution {
                Resolution::Retry => (dirty, "--retry"),
                Resolution::MarkApplied => (dirty, "--mark-applied"),
                Resolution::AcceptChecksum => (entry.state == State::Modified, "--accept-checksum"),
            };
            if !allowed {
                return Err(PlanError::NothingToResolve { id: id.into(), state: entry.state.to_string(), flag });
            }
            let (event, message, detail) = match resolution {
                Resolution::Retry => {
                    self.history.delete(conn, id).await?;
                    ("resolved-retry", format!("{id} will run again on the next `tidegate apply`"), None)
                }
                Resolution::MarkApplied => {
                    self.history.upsert(conn, &self.row(m, RowStatus::Applied, None), &self.actor).await?;
                    ("resolved-applied", format!("{id} is recorded as applied"), None)
                }
                Resolution::AcceptChecksum => {
                    let old = entry.history.as_ref().map(|h| h.checksum.clone()).unwrap_or_default();
                    self.history.upsert(conn, &self.row(m, RowStatus::Applied, None), &self.actor).await?;
                    let detail = format!("checksum sha256:{old} accepted as {}", m.locked.source);
                    ("resolved-checksum", format!("{id}: {detail}"), Some(detail))
                }
            };
            self.audit(conn, m, event, None, detail.as_deref()).await?;
            Ok(message)
        })
        .await
    }
}

impl MigrationRun {
    /// A migration that did not run (yet).
    fn not_run(m: &Migration) -> MigrationRun {
        MigrationRun {
            id: m.meta.id.clone(),
            version: m.meta.version,
            description: m.meta.description.clone(),
            transactional: m.meta.transactional,
            reversible: m.meta.reversible,
            component: m.locked.component,
            outcome: Outcome::NotRun,
            statements: Vec::new(),
            statements_dropped: 0,
            logs: Vec::new(),
            checks: Vec::new(),
            elapsed_ms: 0.0,
            guest_ms: 0.0,
            error: None,
        }
    }
}
