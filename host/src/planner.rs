//! Status, plan (dry run), apply, down, resolve and health, across the
//! engines a project's migrations declare (PostgreSQL, MongoDB,
//! Elasticsearch).
//!
//! Guarantees:
//! - `apply`, `down` and `resolve` hold every engine's lock: a session-level
//!   advisory lock on PostgreSQL, a renewed lease document on MongoDB and
//!   Elasticsearch. Neither can go stale: the session dies with the process,
//!   and a lease nobody renews expires.
//! - Each engine a migration declares records it in its own history (table,
//!   collection or index), so each database says what was done to it.
//! - A transactional (PostgreSQL-only) migration commits together with its
//!   history row and the checks it declares, or not at all.
//! - A non-transactional migration is recorded `running` before it starts
//!   and `applied` or `failed` after. A failed (or interrupted) one blocks
//!   later runs until `tidegate resolve` says what happened.
//! - An applied migration whose sources changed is refused.
//! - A dry run changes nothing: PostgreSQL runs in a transaction that is
//!   rolled back; MongoDB and Elasticsearch run against shadow copies of the
//!   catalog, dropped afterwards.

use std::time::{Duration, Instant};

use serde::Serialize;
use sqlx::PgConnection;

use crate::config::{ElasticConfig, MongoConfig, PostgresConfig};
use crate::diff::{diff, Change, Snapshot};
use crate::digest::Digest;
use crate::engine::elasticsearch::{self as es, history::EsHistory, lock::EsLock, EsError, EsSession, EsTarget};
use crate::engine::lease::LeaseError;
use crate::engine::mongodb::{self as mongo, history::MongoHistory, lock::MongoLock, MongoError, MongoSession, MongoTarget};
use crate::engine::postgres::history::History;
use crate::engine::postgres::lock::{AdvisoryLock, LockError};
use crate::engine::postgres::{snapshot::snapshot, PgError, PgSession, PgTarget};
use crate::engine::Sessions;
use crate::history::{Actor, Event, HistoryChange, HistoryRow, NewRow, RowStatus};
use crate::lint::{self, Finding};
use crate::metadata::{EngineKind, Engines};
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
    #[error(transparent)]
    Mongo(#[from] MongoError),
    #[error(transparent)]
    Es(#[from] EsError),
    #[error(transparent)]
    Lease(#[from] LeaseError),
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
    pub engines: Engines,
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
    pub engines: Engines,
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
    pub engines: Engines,
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

struct PgBackend {
    target: PgTarget,
    history: History,
    cfg: PostgresConfig,
}

struct MongoBackend {
    target: MongoTarget,
    history: MongoHistory,
    cfg: MongoConfig,
}

struct EsBackend {
    target: EsTarget,
    history: EsHistory,
    cfg: ElasticConfig,
}

pub struct Planner<'a> {
    project: &'a Project,
    runtime: &'a Runtime,
    /// Engines the project's migrations declare, in lock order.
    engines: Vec<EngineKind>,
    pg: Option<PgBackend>,
    mongo: Option<MongoBackend>,
    es: Option<EsBackend>,
    actor: Actor,
}

/// The locks of one run, one per engine in use.
struct Held {
    pg: Option<AdvisoryLock>,
    mongo: Option<MongoLock>,
    es: Option<EsLock>,
}

impl Held {
    /// A lease that could not be renewed: stop before the next migration.
    fn lost(&self, planner: &Planner<'_>) -> Result<(), PlanError> {
        let lost = |engine, target: String, reason: Option<String>| match reason {
            Some(reason) => Err(PlanError::Lease(LeaseError::Lost { engine, target, reason })),
            None => Ok(()),
        };
        if let (Some(l), Some(b)) = (&self.mongo, &planner.mongo) {
            lost(EngineKind::Mongodb, b.target.to_string(), l.lost())?;
        }
        if let (Some(l), Some(b)) = (&self.es, &planner.es) {
            lost(EngineKind::Elasticsearch, b.target.to_string(), l.lost())?;
        }
        Ok(())
    }

    async fn release(self) -> Result<(), PlanError> {
        let mut first: Result<(), PlanError> = Ok(());
        if let Some(l) = self.es {
            if let Err(e) = l.release().await {
                first = first.and(Err(e.into()));
            }
        }
        if let Some(l) = self.mongo {
            if let Err(e) = l.release().await {
                first = first.and(Err(e.into()));
            }
        }
        if let Some(l) = self.pg {
            if let Err(e) = l.release().await {
                first = first.and(Err(e.into()));
            }
        }
        first
    }
}

/// What an event does to a migration's history row.
#[derive(Clone, Copy)]
enum RowChange {
    /// Leave it (an audit entry only).
    Keep,
    /// Write it with this status.
    Set(RowStatus),
    /// Remove it.
    Delete,
}

/// Shadow copies a dry run works in.
#[derive(Default)]
struct Shadows {
    mongo: Option<mongo::snapshot::Shadow>,
    es: Option<es::snapshot::Shadow>,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

async fn exec(conn: &mut PgConnection, sql: &'static str, doing: &str) -> Result<(), PgError> {
    sqlx::raw_sql(sql).execute(conn).await.map(drop).map_err(|e| PgError::query(doing, e))
}

/// `exec` on the PostgreSQL connection when there is one.
async fn exec_opt(conn: &mut Option<PgConnection>, sql: &'static str, doing: &str) -> Result<(), PgError> {
    match conn {
        Some(c) => exec(c, sql, doing).await,
        None => Ok(()),
    }
}

impl<'a> Planner<'a> {
    /// A planner for the engines the project's migrations declare. An
    /// engine nobody declares needs no URL.
    pub async fn new(project: &'a Project, runtime: &'a Runtime) -> Result<Self, PlanError> {
        let mut engines: Vec<EngineKind> = project.migrations.iter().flat_map(|m| m.meta.engines.iter().copied()).collect();
        if engines.is_empty() && project.config.postgres.url.is_some() {
            engines.push(EngineKind::Postgres);
        }
        engines.sort();
        engines.dedup();
        let cfg = &project.config;
        let pg = match engines.contains(&EngineKind::Postgres) {
            true => Some(PgBackend {
                target: PgTarget::new(&cfg.postgres)?,
                history: History::new(&cfg.postgres.history_table)?,
                cfg: cfg.postgres.clone(),
            }),
            false => None,
        };
        let mongo = match engines.contains(&EngineKind::Mongodb) {
            true => Some(MongoBackend {
                target: MongoTarget::new(&cfg.mongodb).await?,
                history: MongoHistory::new(&cfg.mongodb.history_collection)?,
                cfg: cfg.mongodb.clone(),
            }),
            false => None,
        };
        let es = match engines.contains(&EngineKind::Elasticsearch) {
            true => Some(EsBackend {
                target: EsTarget::new(&cfg.elasticsearch)?,
                history: EsHistory::new(&cfg.elasticsearch.history_index)?,
                cfg: cfg.elasticsearch.clone(),
            }),
            false => None,
        };
        Ok(Planner { project, runtime, engines, pg, mongo, es, actor: Actor::from_env() })
    }

    /// The PostgreSQL target, when the project uses PostgreSQL.
    pub fn target(&self) -> Option<&PgTarget> {
        self.pg.as_ref().map(|b| &b.target)
    }

    /// Every target, for reports: `postgres://… · mongodb://…`.
    fn targets(&self) -> String {
        let mut t = Vec::new();
        if let Some(b) = &self.pg {
            t.push(b.target.to_string());
        }
        if let Some(b) = &self.mongo {
            t.push(b.target.to_string());
        }
        if let Some(b) = &self.es {
            t.push(b.target.to_string());
        }
        t.join(" · ")
    }

    fn engines(&self) -> Engines {
        Engines(self.engines.clone())
    }

    /// A PostgreSQL connection when the project uses PostgreSQL.
    async fn connect(&self) -> Result<Option<PgConnection>, PlanError> {
        match &self.pg {
            Some(b) => Ok(Some(b.target.connect().await?)),
            None => Ok(None),
        }
    }

    /// Every engine's history rows, tagged with their engine.
    async fn load(&self, conn: &mut Option<PgConnection>) -> Result<Vec<(EngineKind, HistoryRow)>, PlanError> {
        let mut rows = Vec::new();
        if let (Some(b), Some(c)) = (&self.pg, conn.as_mut()) {
            rows.extend(b.history.load(c).await?.into_iter().map(|r| (EngineKind::Postgres, r)));
        }
        if let Some(b) = &self.mongo {
            let loaded = b.history.load(&b.target).await?;
            rows.extend(loaded.into_iter().map(|r| (EngineKind::Mongodb, r)));
        }
        if let Some(b) = &self.es {
            rows.extend(b.history.load(&b.target).await?.into_iter().map(|r| (EngineKind::Elasticsearch, r)));
        }
        Ok(rows)
    }

    fn classify(&self, rows: &[(EngineKind, HistoryRow)]) -> Vec<StatusEntry> {
        let mut out = Vec::new();
        for m in &self.project.migrations {
            let mine: Vec<&HistoryRow> =
                rows.iter().filter(|(e, r)| r.id == m.meta.id && m.meta.engines.contains(e)).map(|(_, r)| r).collect();
            let with = |status: RowStatus| mine.iter().find(|r| r.status == status).copied();
            let (state, row) = if mine.is_empty() {
                (State::Pending, None)
            } else if let Some(r) = with(RowStatus::Failed) {
                (State::Failed, Some(r))
            } else if let Some(r) = with(RowStatus::Running) {
                (State::Interrupted, Some(r))
            } else if mine.len() < m.meta.engines.len() {
                // Recorded on some of its engines only: a run died between
                // history writes.
                (State::Interrupted, mine.first().copied())
            } else if let Some(r) = mine.iter().find(|r| r.checksum != m.locked.source.hex()) {
                (State::Modified, Some(*r))
            } else {
                (State::Applied, mine.first().copied())
            };
            out.push(StatusEntry {
                id: m.meta.id.clone(),
                version: m.meta.version,
                description: m.meta.description.clone(),
                state,
                history: row.cloned(),
            });
        }
        for (_, r) in rows {
            if self.project.get(&r.id).is_none() && !out.iter().any(|e| e.id == r.id) {
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
        let mut conn = self.connect().await?;
        let rows = self.load(&mut conn).await?;
        Ok(StatusReport { engines: self.engines(), target: self.targets(), migrations: self.classify(&rows) })
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
            engines: self.engines(),
            target: self.targets(),
            already_applied: entries.iter().filter(|e| e.state == State::Applied).count(),
            migrations: Vec::new(),
            diff: None,
            findings: Vec::new(),
            warnings: self.warnings(entries),
            error: None,
            elapsed_ms: ms(start.elapsed()),
        }
    }

    /// The sessions for one call of `m`: the PostgreSQL connection (taken
    /// from `conn` when `m` declares PostgreSQL), and MongoDB and
    /// Elasticsearch on the target or, in a dry run, on the shadows.
    fn sessions(&self, m: &Migration, conn: &mut Option<PgConnection>, shadows: Option<&Shadows>) -> Sessions {
        let uses = |e| m.meta.engines.contains(&e);
        let dry_run = shadows.is_some();
        Sessions {
            pg: if uses(EngineKind::Postgres) { conn.take().map(|c| PgSession::new(c, dry_run)) } else { None },
            mongo: match (&self.mongo, uses(EngineKind::Mongodb)) {
                (Some(b), true) => {
                    let db = match shadows.and_then(|s| s.mongo.as_ref()) {
                        Some(shadow) => shadow.db.clone(),
                        None => b.target.database(),
                    };
                    Some(MongoSession::new(&b.target, db, &b.history.collection))
                }
                _ => None,
            },
            es: match (&self.es, uses(EngineKind::Elasticsearch)) {
                (Some(b), true) => {
                    let prefix = shadows.and_then(|s| s.es.as_ref()).map(|s| s.prefix.clone());
                    Some(EsSession::new(&b.target, prefix, &b.history.index))
                }
                _ => None,
            },
        }
    }

    /// Run one export of `m`, putting the PostgreSQL connection back.
    async fn call(&self, m: &Migration, step: Step, conn: &mut Option<PgConnection>, shadows: Option<&Shadows>) -> RunOutcome {
        let sessions = self.sessions(m, conn, shadows);
        let mut out = self.runtime.run(&m.module, &m.meta, step, sessions).await;
        if let Some(pg) = out.sessions.pg.take() {
            *conn = Some(pg.conn);
        }
        out
    }

    /// Run one step of a migration; checks run after `up`, in the same
    /// session.
    async fn run_step(&self, m: &Migration, step: Step, conn: &mut Option<PgConnection>, shadows: Option<&Shadows>) -> MigrationRun {
        let RunOutcome { result, statements, statements_dropped, logs, elapsed, guest_time, .. } =
            self.call(m, step, conn, shadows).await;
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
            let in_tx = shadows.is_some() || m.meta.transactional;
            match self.checks(m, conn, in_tx, shadows).await {
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
        }
        run
    }

    /// Run a migration's `check`. It cannot write: on PostgreSQL it runs in
    /// a savepoint that is rolled back (inside a transaction) or in a
    /// read-only transaction; on MongoDB and Elasticsearch the host refuses
    /// writes during `check`.
    async fn checks(&self, m: &Migration, conn: &mut Option<PgConnection>, in_tx: bool, shadows: Option<&Shadows>) -> Result<Vec<CheckResult>, String> {
        let pg = m.meta.engines.contains(&EngineKind::Postgres);
        let (open, close): (&'static str, &'static str) = if in_tx {
            ("SAVEPOINT tidegate_check", "ROLLBACK TO SAVEPOINT tidegate_check; RELEASE SAVEPOINT tidegate_check")
        } else {
            ("BEGIN READ ONLY", "ROLLBACK")
        };
        if pg {
            exec_opt(conn, open, "starting the checks").await.map_err(|e| e.to_string())?;
        }
        let out = self.call(m, Step::Check, conn, shadows).await;
        let closed = if pg { exec_opt(conn, close, "discarding the checks' session state").await } else { Ok(()) };
        match (out.result, closed) {
            (Ok(checks), Ok(())) => Ok(checks.unwrap_or_default()),
            (Err(e), _) => Err(e.to_string()),
            (_, Err(e)) => Err(e.to_string()),
        }
    }

    /// Snapshot every engine `engines` names: PostgreSQL on `conn`, the
    /// others in their shadows.
    async fn snapshot(&self, conn: &mut Option<PgConnection>, shadows: &Shadows) -> Result<Snapshot, PlanError> {
        let mut snap = Snapshot::default();
        if let (Some(b), Some(c)) = (&self.pg, conn.as_mut()) {
            snap.merge(snapshot(c, &b.history.table_names()).await?);
        }
        if let (Some(b), Some(s)) = (&self.mongo, &shadows.mongo) {
            snap.merge(mongo::snapshot::snapshot(&s.db, &b.history.collection).await?);
        }
        if let (Some(b), Some(s)) = (&self.es, &shadows.es) {
            snap.merge(es::snapshot::snapshot(&b.target, Some(&s.prefix), &b.history.index).await?);
        }
        Ok(snap)
    }

    /// The dry run: apply pending migrations (up to `upto`), PostgreSQL in
    /// one transaction that is rolled back, MongoDB and Elasticsearch in
    /// shadow copies that are dropped; snapshot before and after, lint what
    /// ran, and report.
    pub async fn plan(&self, upto: Option<&str>) -> Result<RunReport, PlanError> {
        let start = Instant::now();
        let mut conn = self.connect().await?;
        let rows = self.load(&mut conn).await?;
        let entries = self.classify(&rows);
        Self::guard(&entries)?;
        let mut report = self.report(Action::Plan, &entries, start);
        let pending = self.pending(&entries, upto)?;
        let touches = |e| pending.iter().any(|m| m.meta.engines.contains(&e));

        let mut shadows = Shadows::default();
        let result = async {
            if let (Some(b), true) = (&self.mongo, touches(EngineKind::Mongodb)) {
                shadows.mongo = Some(mongo::snapshot::Shadow::create(&b.target, &b.history.collection).await?);
            }
            if let (Some(b), true) = (&self.es, touches(EngineKind::Elasticsearch)) {
                shadows.es = Some(es::snapshot::Shadow::create(&b.target, &b.history.index).await?);
            }
            exec_opt(&mut conn, "BEGIN", "starting the dry-run transaction").await?;
            let before = self.snapshot(&mut conn, &shadows).await?;
            let mut failed = false;
            for m in &pending {
                if failed {
                    report.migrations.push(MigrationRun::not_run(m));
                    continue;
                }
                let run = self.run_step(m, Step::Up, &mut conn, Some(&shadows)).await;
                if run.outcome == Outcome::Failed {
                    failed = true;
                    report.error = Some(format!("dry run stopped: {}", run.error.clone().unwrap_or_default()));
                }
                report.migrations.push(run);
            }
            let after: Option<Snapshot> = if failed { None } else { Some(self.snapshot(&mut conn, &shadows).await?) };
            exec_opt(&mut conn, "ROLLBACK", "rolling back the dry run").await?;
            report.diff = after.map(|after| diff(&before, &after));
            report.findings = self.lint(&report.migrations, &before).await;
            Ok::<_, PlanError>(())
        }
        .await;
        if let Some(s) = shadows.mongo.take() {
            s.drop().await;
        }
        if let (Some(s), Some(b)) = (shadows.es.take(), &self.es) {
            s.drop(&b.target).await;
        }
        result?;
        report.elapsed_ms = ms(start.elapsed());
        Ok(report)
    }

    /// Lint what each migration executed, against the catalog before the
    /// plan.
    async fn lint(&self, runs: &[MigrationRun], before: &Snapshot) -> Vec<Finding> {
        let existing = lint::postgres::tables(before);
        let mut created = Default::default();
        let mut findings = Vec::new();
        // Document counts matter only to the MongoDB rules: read them from
        // the target only when a migration issued MongoDB calls.
        let mongo_calls = runs.iter().flat_map(|r| &r.statements).any(|s| s.engine == EngineKind::Mongodb);
        let counts = match &self.mongo {
            Some(b) if mongo_calls => mongo::snapshot::counts(&b.target.database(), &b.history.collection).await.unwrap_or_default(),
            _ => Vec::new(),
        };
        for run in runs {
            let migration = self.project.get(&run.id);
            let location = migration.map(|m| format!("{}/src/lib.rs", m.locked.module));
            let mut mine = lint::postgres::lint_statements(&run.id, &run.statements, &existing, &mut created);
            mine.extend(lint::documents::lint_statements(&run.id, &run.statements, before, &counts));
            let caps = migration.and_then(|m| m.module.inspection.capabilities.as_ref());
            mine.extend(lint::capabilities::lint_statements(&run.id, &run.statements, caps));
            for mut f in mine {
                f.location = location.clone();
                findings.push(f);
            }
        }
        if self.pg.as_ref().is_some_and(|b| b.cfg.lock_timeout.is_zero()) {
            let f = Finding::new(lint::postgres::rule("PG008"), "(configuration)", 0, String::new(), "postgres.lock_timeout is 0".into());
            findings.push(Finding { location: Some("tidegate.toml".into()), ..f });
        }
        findings
    }

    /// Run `f` while holding every engine's lock, with a fresh PostgreSQL
    /// connection and every history store in place.
    async fn locked<T>(&self, f: impl AsyncFnOnce(Option<PgConnection>, &Held) -> Result<T, PlanError>) -> Result<T, PlanError> {
        let mut held = Held { pg: None, mongo: None, es: None };
        let result = async {
            // The lock's connection and the work connection are opened
            // together: each costs a round of TLS set-up.
            let (lock, conn) = tokio::join!(
                async {
                    match &self.pg {
                        Some(b) => AdvisoryLock::acquire(&b.target, b.history.lock_key(), b.cfg.advisory_lock_wait).await.map(Some),
                        None => Ok(None),
                    }
                },
                self.connect()
            );
            held.pg = lock?;
            let mut conn = conn?;
            if let Some(b) = &self.mongo {
                let db = b.target.database();
                held.mongo = Some(MongoLock::acquire(&b.target, &db, &b.history.lock, b.cfg.lock_ttl, b.cfg.lock_wait).await?);
                b.history.ensure(&db).await?;
            }
            if let Some(b) = &self.es {
                held.es = Some(EsLock::acquire(&b.target, &b.history.lock, b.cfg.lock_ttl, b.cfg.lock_wait).await?);
                b.history.ensure(&b.target).await?;
            }
            if let (Some(b), Some(c)) = (&self.pg, conn.as_mut()) {
                b.history.ensure(c).await?;
            }
            f(conn, &held).await
        }
        .await;
        let released = held.release().await;
        let value = result?;
        released?;
        Ok(value)
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

    /// Record an event of `m` on the history store of every engine it
    /// declares: the row change and the audit entry. MongoDB writes both in
    /// one transaction where the server allows it; PostgreSQL writes them in
    /// the migration's transaction when there is one.
    async fn history(&self, conn: &mut Option<PgConnection>, m: &Migration, change: RowChange, event: &str, run: Option<&MigrationRun>, detail: Option<&str>) -> Result<(), PlanError> {
        let row = match change {
            RowChange::Set(status) => Some(self.row(m, status, run)),
            RowChange::Keep | RowChange::Delete => None,
        };
        let change = match (change, &row) {
            (RowChange::Set(_), Some(row)) => HistoryChange::Upsert(row),
            (RowChange::Delete, _) => HistoryChange::Delete(&m.meta.id),
            _ => HistoryChange::Keep,
        };
        let e = Event {
            event,
            id: &m.meta.id,
            checksum: Some(&m.locked.source),
            component: Some(&m.locked.component),
            duration_ms: run.map(|r| r.elapsed_ms.round() as i64),
            detail,
        };
        for engine in &m.meta.engines {
            match engine {
                EngineKind::Postgres => {
                    if let (Some(b), Some(c)) = (&self.pg, conn.as_mut()) {
                        match change {
                            HistoryChange::Upsert(row) => b.history.record(c, row, &e, &self.actor).await?,
                            HistoryChange::Delete(id) => {
                                b.history.delete(c, id).await?;
                                b.history.audit(c, &e, &self.actor).await?;
                            }
                            HistoryChange::Keep => b.history.audit(c, &e, &self.actor).await?,
                        }
                    }
                }
                EngineKind::Mongodb => {
                    if let Some(b) = &self.mongo {
                        b.history.write(&b.target, change, &e, &self.actor).await?;
                    }
                }
                EngineKind::Elasticsearch => {
                    if let Some(b) = &self.es {
                        match change {
                            HistoryChange::Upsert(row) => b.history.upsert(&b.target, row, &self.actor).await?,
                            HistoryChange::Delete(id) => b.history.delete(&b.target, id).await?,
                            HistoryChange::Keep => {}
                        }
                        b.history.audit(&b.target, &e, &self.actor).await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Under the locks, a row still `running` belongs to a run that died
    /// (killed, crashed, lost its connection): record it failed, with an
    /// audit entry, so that status and the next run say what to do.
    async fn settle_dead_runs(&self, conn: &mut Option<PgConnection>) -> Result<Vec<StatusEntry>, PlanError> {
        let rows = self.load(conn).await?;
        let entries = self.classify(&rows);
        let mut settled = false;
        for e in entries.iter().filter(|e| e.history.as_ref().is_some_and(|h| h.status == RowStatus::Running)) {
            let Some(m) = self.project.get(&e.id) else { continue };
            let why = "the run applying it stopped before finishing (killed, crashed or disconnected)";
            self.history(conn, m, RowChange::Set(RowStatus::Failed), "interrupted", None, Some(why)).await?;
            settled = true;
        }
        if !settled {
            return Ok(entries);
        }
        let rows = self.load(conn).await?;
        Ok(self.classify(&rows))
    }

    /// Apply pending migrations in order (up to `upto`), under the locks.
    pub async fn apply(&self, upto: Option<&str>) -> Result<RunReport, PlanError> {
        let start = Instant::now();
        self.locked(async |mut conn, held| {
            let entries = self.settle_dead_runs(&mut conn).await?;
            Self::guard(&entries)?;
            let mut report = self.report(Action::Apply, &entries, start);
            let pending = self.pending(&entries, upto)?;
            let mut iter = pending.iter();
            for m in iter.by_ref() {
                held.lost(self)?;
                let run = self.apply_one(m, &mut conn).await?;
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

    async fn apply_one(&self, m: &Migration, c: &mut Option<PgConnection>) -> Result<MigrationRun, PlanError> {
        if m.meta.transactional {
            exec_opt(c, "BEGIN", "starting the migration transaction").await?;
            let run = self.run_step(m, Step::Up, c, None).await;
            if run.outcome == Outcome::Ok {
                self.history(c, m, RowChange::Set(RowStatus::Applied), "applied", Some(&run), None).await?;
                exec_opt(c, "COMMIT", "committing the migration").await?;
            } else {
                exec_opt(c, "ROLLBACK", "rolling back the failed migration").await?;
                self.history(c, m, RowChange::Keep, "failed", Some(&run), run.error.as_deref()).await?;
            }
            Ok(run)
        } else {
            self.history(c, m, RowChange::Set(RowStatus::Running), "started", None, None).await?;
            let run = self.run_step(m, Step::Up, c, None).await;
            let (status, event) = match run.outcome {
                Outcome::Ok => (RowStatus::Applied, "applied"),
                _ => (RowStatus::Failed, "failed"),
            };
            self.history(c, m, RowChange::Set(status), event, Some(&run), run.error.as_deref()).await?;
            Ok(run)
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
        self.locked(async |mut conn, held| {
            let rows = self.load(&mut conn).await?;
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
                held.lost(self)?;
                let run = self.down_one(m, &mut conn).await?;
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

    async fn down_one(&self, m: &Migration, c: &mut Option<PgConnection>) -> Result<MigrationRun, PlanError> {
        let tx = m.meta.transactional;
        if tx {
            exec_opt(c, "BEGIN", "starting the revert transaction").await?;
        }
        let run = self.run_step(m, Step::Down, c, None).await;
        if run.outcome == Outcome::Ok {
            self.history(c, m, RowChange::Delete, "reverted", Some(&run), None).await?;
            if tx {
                exec_opt(c, "COMMIT", "committing the revert").await?;
            }
        } else {
            let change = if tx {
                exec_opt(c, "ROLLBACK", "rolling back the failed revert").await?;
                RowChange::Keep
            } else {
                // Partly reverted: block until a human decides.
                RowChange::Set(RowStatus::Failed)
            };
            self.history(c, m, change, "revert-failed", Some(&run), run.error.as_deref()).await?;
        }
        Ok(run)
    }

    /// Every engine's connectivity and server facts, the migration state,
    /// and every applied migration's declared invariants (run read-only).
    pub async fn health(&self) -> HealthReport {
        let start = Instant::now();
        let mut checks = Vec::new();
        let mut check = |name: &str, status, detail: String| checks.push(HealthCheck { name: name.into(), status, detail });
        let mut conn = None;
        let mut reachable = true;
        if let Some(b) = &self.pg {
            match self.pg_health(b, &mut check).await {
                Ok(c) => conn = Some(c),
                Err(e) => {
                    reachable = false;
                    check("postgres", Health::Fail, e.to_string());
                }
            }
        }
        if let Some(b) = &self.mongo {
            if let Err(e) = Self::mongo_health(b, &mut check).await {
                reachable = false;
                check("mongodb", Health::Fail, e.to_string());
            }
        }
        if let Some(b) = &self.es {
            if let Err(e) = Self::es_health(b, &mut check).await {
                reachable = false;
                check("elasticsearch", Health::Fail, e.to_string());
            }
        }
        if reachable {
            if let Err(e) = self.migration_health(&mut conn, &mut check).await {
                check("migrations", Health::Fail, e.to_string());
            }
        }
        let status = checks.iter().map(|c| c.status).max().unwrap_or(Health::Pass);
        HealthReport { engines: self.engines(), target: self.targets(), status, checks, elapsed_ms: ms(start.elapsed()) }
    }

    async fn pg_health(&self, b: &PgBackend, check: &mut impl FnMut(&str, Health, String)) -> Result<PgConnection, PlanError> {
        let connect = Instant::now();
        let mut conn = b.target.connect().await?;
        check("postgres: connect", Health::Pass, format!("connected in {:.1} ms", ms(connect.elapsed())));
        let facts: (String, bool, String, String) = sqlx::query_as(
            "SELECT version(), pg_is_in_recovery(), current_setting('statement_timeout'), current_setting('lock_timeout')",
        )
        .fetch_one(&mut conn)
        .await
        .map_err(|e| PgError::query("reading server facts", e))?;
        let version = facts.0.split(" on ").next().unwrap_or(&facts.0).to_string();
        check("postgres: version", Health::Pass, version);
        check(
            "postgres: role",
            if facts.1 { Health::Warn } else { Health::Pass },
            if facts.1 { "replica in recovery: migrations must run on the primary".into() } else { "primary".into() },
        );
        let timeouts_off = facts.3 == "0";
        check(
            "postgres: timeouts",
            if timeouts_off { Health::Warn } else { Health::Pass },
            format!("statement_timeout {}, lock_timeout {}", facts.2, facts.3),
        );
        Ok(conn)
    }

    async fn mongo_health(b: &MongoBackend, check: &mut impl FnMut(&str, Health, String)) -> Result<(), PlanError> {
        use mongodb::bson::doc;
        let connect = Instant::now();
        let hello = b.target.hello().await?;
        check("mongodb: connect", Health::Pass, format!("connected in {:.1} ms", ms(connect.elapsed())));
        let db = b.target.database();
        let info = db.run_command(doc! { "buildInfo": 1 }).await.map_err(|e| MongoError::command("reading buildInfo", e))?;
        let version = info.get_str("version").unwrap_or("unknown").to_string();
        let major: u32 = version.split('.').next().and_then(|v| v.parse().ok()).unwrap_or(0);
        check(
            "mongodb: version",
            if major >= 6 { Health::Pass } else { Health::Warn },
            if major >= 6 { format!("MongoDB {version}") } else { format!("MongoDB {version}: tidegate is tested on 7 and 8") },
        );
        let primary = hello.get_bool("isWritablePrimary").or_else(|_| hello.get_bool("ismaster")).unwrap_or(false);
        match hello.get_str("setName") {
            Ok(set) => {
                let status = b.target.client().database("admin").run_command(doc! { "replSetGetStatus": 1 }).await;
                let members = status
                    .ok()
                    .and_then(|s| s.get_array("members").ok().cloned())
                    .map(|m| {
                        let healthy = m.iter().filter(|x| x.as_document().is_some_and(|d| d.get_f64("health").unwrap_or(1.0) >= 1.0 || d.get_i32("health").ok() == Some(1))).count();
                        format!(", {healthy}/{} members healthy", m.len())
                    })
                    .unwrap_or_default();
                check(
                    "mongodb: replica set",
                    if primary { Health::Pass } else { Health::Fail },
                    if primary { format!("replica set {set}, connected to the primary{members}") } else { format!("replica set {set}: not connected to the primary; migrations must run on the primary{members}") },
                );
            }
            Err(_) => check(
                "mongodb: replica set",
                Health::Warn,
                "standalone server: no transactions and no oplog; run a replica set in production".into(),
            ),
        }
        Ok(())
    }

    async fn es_health(b: &EsBackend, check: &mut impl FnMut(&str, Health, String)) -> Result<(), PlanError> {
        use elasticsearch::http::Method;
        let connect = Instant::now();
        let info = b.target.info().await?;
        check("elasticsearch: connect", Health::Pass, format!("connected in {:.1} ms", ms(connect.elapsed())));
        check(
            "elasticsearch: version",
            if info.supported() { Health::Pass } else { Health::Fail },
            format!("{} {} (cluster {}){}", info.product, info.version, info.cluster, if info.supported() { "" } else { ": tidegate needs Elasticsearch 8+ or OpenSearch 1+" }),
        );
        let h = b.target.call(Method::Get, "/_cluster/health", &[], None, &[], "reading cluster health").await?.json();
        let status = h["status"].as_str().unwrap_or("unknown");
        let detail = format!(
            "{status}: {} nodes, {} unassigned shards",
            h["number_of_nodes"], h["unassigned_shards"]
        );
        check(
            "elasticsearch: cluster health",
            match status {
                "green" => Health::Pass,
                "yellow" => Health::Warn,
                _ => Health::Fail,
            },
            detail,
        );
        Ok(())
    }

    async fn migration_health(&self, conn: &mut Option<PgConnection>, check: &mut impl FnMut(&str, Health, String)) -> Result<(), PlanError> {
        let rows = self.load(conn).await?;
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

        for (id, result) in self.checks_of_applied(conn, &entries).await {
            match result {
                Ok(results) => {
                    for r in results {
                        check(&format!("{id}: {}", r.name), if r.passed { Health::Pass } else { Health::Fail }, r.detail);
                    }
                }
                Err(err) => check(&format!("{id}: check"), Health::Fail, err),
            }
        }
        Ok(())
    }

    /// The catalog of every engine's real target, without tidegate's own
    /// history, audit and lock objects (`tidegate test` compares these).
    pub async fn catalog(&self) -> Result<Snapshot, PlanError> {
        let mut snap = Snapshot::default();
        if let Some(b) = &self.pg {
            let mut c = b.target.connect().await?;
            snap.merge(snapshot(&mut c, &b.history.table_names()).await?);
        }
        if let Some(b) = &self.mongo {
            snap.merge(mongo::snapshot::snapshot(&b.target.database(), &b.history.collection).await?);
        }
        if let Some(b) = &self.es {
            snap.merge(es::snapshot::snapshot(&b.target, None, &b.history.index).await?);
        }
        Ok(snap)
    }

    /// Run an applied migration's `up` (and its checks) again, on the real
    /// target and without touching history: `tidegate test` uses it to
    /// prove that a non-transactional migration is safe to retry.
    pub async fn rerun_up(&self, id: &str) -> Result<MigrationRun, PlanError> {
        let m = self.project.get(id).ok_or_else(|| PlanError::UnknownMigration(id.into()))?;
        let mut conn = self.connect().await?;
        Ok(self.run_step(m, Step::Up, &mut conn, None).await)
    }

    /// Run every applied migration's `check`, read-only.
    pub async fn applied_checks(&self) -> Result<Vec<(String, Result<Vec<CheckResult>, String>)>, PlanError> {
        let mut conn = self.connect().await?;
        let rows = self.load(&mut conn).await?;
        let entries = self.classify(&rows);
        Ok(self.checks_of_applied(&mut conn, &entries).await)
    }

    /// The `check` results of every applied migration among `entries`.
    async fn checks_of_applied(&self, conn: &mut Option<PgConnection>, entries: &[StatusEntry]) -> Vec<(String, Result<Vec<CheckResult>, String>)> {
        let mut out = Vec::new();
        for e in entries.iter().filter(|e| e.state == State::Applied) {
            let Some(m) = self.project.get(&e.id) else { continue };
            out.push((e.id.clone(), self.checks(m, conn, false, None).await));
        }
        out
    }

    /// Record what a human decided about a failed or modified migration.
    pub async fn resolve(&self, id: &str, resolution: Resolution) -> Result<String, PlanError> {
        let m = self.project.get(id).ok_or_else(|| PlanError::UnknownMigration(id.into()))?;
        self.locked(async |mut conn, _| {
            let conn = &mut conn;
            let rows = self.load(conn).await?;
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
            let (change, event, message, detail) = match resolution {
                Resolution::Retry => {
                    (RowChange::Delete, "resolved-retry", format!("{id} will run again on the next `tidegate apply`"), None)
                }
                Resolution::MarkApplied => {
                    (RowChange::Set(RowStatus::Applied), "resolved-applied", format!("{id} is recorded as applied"), None)
                }
                Resolution::AcceptChecksum => {
                    let old = entry.history.as_ref().map(|h| h.checksum.clone()).unwrap_or_default();
                    let detail = format!("checksum sha256:{old} accepted as {}", m.locked.source);
                    (RowChange::Set(RowStatus::Applied), "resolved-checksum", format!("{id}: {detail}"), Some(detail))
                }
            };
            self.history(conn, m, change, event, None, detail.as_deref()).await?;
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
