//! PostgreSQL's unit of work for one run: one connection, the history
//! store on it, and the transaction state. While a guest runs it sits in
//! the store, where the guest's statements use its connection.

use std::time::Duration;

use async_trait::async_trait;
use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tidegate_core::capabilities::Capabilities;
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::{Session, Watch};
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;

use crate::guard::{Observed, Observer, RoleFacts};
use crate::history::History;
use crate::{PgError, snapshot};

/// How a `check` is kept from writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckScope {
    /// Inside a transaction: a savepoint, rolled back.
    Savepoint,
    /// Outside one: a read-only transaction, rolled back.
    ReadOnly,
}

pub struct PgSession {
    conn: PgConnection,
    history: History,
    /// A transaction is open (a migration's, or the whole dry run's).
    tx: bool,
    /// In a dry run, `CONCURRENTLY` is dropped from index builds so that
    /// they can run inside the dry run's transaction.
    pub(crate) dry_run: bool,
    check: Option<CheckScope>,
    /// Transaction control, and the history write of a migration's
    /// transaction, not sent yet. They travel in front of the next simple
    /// query on the connection (a migration's statement inside its
    /// transaction, the check's query, `COMMIT`), which saves a round trip
    /// each; anything else sends them first ([`PgSession::conn`]). A
    /// transaction or check scope that sent nothing is dropped unsent.
    deferred: Vec<Deferred>,
    /// `postgres.flush_each_commit`: every commit waits for its flush.
    flush_each_commit: bool,
    /// The history [`tidegate_core::engine::Engine::warm`] read on this
    /// connection, for the session's first call when that is a read of
    /// the history outside a transaction; anything sent first drops it.
    read_ahead: Option<Vec<HistoryRow>>,
    /// How long any call waits for the server ([`crate::answer_bound`]).
    bound: Duration,
    /// A call outlived `bound`: what state the connection is in is
    /// unknown, so nothing more is sent on it.
    stalled: bool,
    /// Who migrations run as, and what watches them.
    pub(crate) guard: Guard,
    /// How phased migrations run ([`crate::phased::Phasing`]).
    pub(crate) phasing: crate::phased::Phasing,
    /// Tables whose backfill a dry run cut short: its complete skips what
    /// needs every row.
    pub(crate) partial_backfills: Vec<String>,
    /// What a dry run's phases noted they create ([`crate::phased`]).
    pub(crate) dry_intents: Vec<String>,
    /// `server_version_num`, read once.
    version_num: Option<i32>,
}

/// The role migrations run as, and the watch on the running one.
#[derive(Debug, Default)]
pub(crate) struct Guard {
    /// `postgres.allow_privileged_role`.
    pub(crate) allow_privileged: bool,
    /// `postgres.migration_role` (quoted when sent).
    pub(crate) role: Option<String>,
    /// The role's facts, read once, at the first watch.
    facts: Option<RoleFacts>,
    pub(crate) watch: Option<(Watch, Observer)>,
}

/// A statement [`PgSession`] holds back for the next simple query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Deferred {
    /// Transaction or check scope control.
    Control(&'static str),
    /// The history and audit write inside a migration's transaction: it
    /// goes with the `COMMIT` (or is dropped with a rollback), and a
    /// failing write stops the statements after it, the `COMMIT` too.
    Record(String),
    /// `SET ROLE` to the migration role.
    Role(String),
}

impl Deferred {
    fn sql(&self) -> &str {
        match self {
            Deferred::Control(sql) => sql,
            Deferred::Record(sql) | Deferred::Role(sql) => sql,
        }
    }
}

const BEGIN: &str = "BEGIN";
const SAVEPOINT: &str = "SAVEPOINT tidegate_check";
const DISCARD_SAVEPOINT: &str =
    "ROLLBACK TO SAVEPOINT tidegate_check; RELEASE SAVEPOINT tidegate_check";
const BEGIN_READ_ONLY: &str = "BEGIN READ ONLY";
const ROLLBACK: &str = "ROLLBACK";
/// This transaction's commit returns once written, before it is flushed;
/// the server flushes its log in order, and a later commit that waits
/// waits for this one too.
pub(crate) const NO_WAIT: &str = "SET LOCAL synchronous_commit = off";

impl PgSession {
    /// A session on `conn`; `read_ahead`: the history already read on it.
    pub(crate) fn new(
        conn: PgConnection,
        history: History,
        flush_each_commit: bool,
        read_ahead: Option<Vec<HistoryRow>>,
    ) -> Self {
        PgSession {
            conn,
            history,
            tx: false,
            dry_run: false,
            check: None,
            deferred: Vec::new(),
            flush_each_commit,
            read_ahead,
            bound: Duration::MAX,
            stalled: false,
            guard: Guard::default(),
            phasing: crate::phased::Phasing::default(),
            partial_backfills: Vec::new(),
            dry_intents: Vec::new(),
            version_num: None,
        }
    }

    /// Phased migrations run as `phasing` says.
    pub(crate) fn phasing(self, phasing: crate::phased::Phasing) -> Self {
        PgSession { phasing, ..self }
    }

    /// The history store.
    pub(crate) fn history_store(&self) -> &History {
        &self.history
    }

    /// The server's `server_version_num`.
    pub(crate) async fn server_version_num(&mut self) -> Result<i32, PgError> {
        if let Some(v) = self.version_num {
            return Ok(v);
        }
        let v: String = sqlx::query_scalar("SELECT current_setting('server_version_num')")
            .fetch_one(self.conn().await?)
            .await
            .map_err(|e| PgError::query("reading the server version", e))?;
        let v = v.parse().unwrap_or(0);
        self.version_num = Some(v);
        Ok(v)
    }

    /// Migrations run as `role` (`SET ROLE`); a privileged role is allowed
    /// when `allow_privileged`.
    pub(crate) fn confined(mut self, role: Option<&str>, allow_privileged: bool) -> Self {
        self.guard.role = role.map(str::to_string);
        self.guard.allow_privileged = allow_privileged;
        self
    }

    /// Before a migration's statement: run it as the migration role.
    pub(crate) fn as_migrator(&mut self) {
        if let Some(role) = &self.guard.role {
            let set = Deferred::Role(format!("SET ROLE \"{role}\""));
            if self.deferred.last() != Some(&set) {
                self.deferred.push(set);
            }
        }
    }

    /// Before Tidegate's own statements: back to the connecting role.
    pub(crate) fn as_owner(&mut self) {
        if self.guard.role.is_some() {
            let reset = Deferred::Control("RESET ROLE");
            if self.deferred.last() != Some(&reset) {
                self.deferred.push(reset);
            }
        }
    }

    /// The role's facts, read once.
    async fn role_facts(&mut self) -> Result<RoleFacts, PgError> {
        if let Some(f) = &self.guard.facts {
            return Ok(f.clone());
        }
        let role = self.guard.role.clone();
        let facts = self
            .guarded("reading the migration role", async |s| {
                let conn = s.conn().await?;
                RoleFacts::read(conn, role.as_deref()).await
            })
            .await?;
        self.guard.facts = Some(facts.clone());
        Ok(facts)
    }

    /// Whether a migration's statements are watched after each one.
    pub(crate) fn watching_each(&self) -> bool {
        matches!(self.guard.watch, Some((Watch::EachStatement, _)))
    }

    /// Before a watched migration's first statement: read the relations
    /// it starts from (its transaction, or the dry run's, is open).
    pub(crate) async fn start_watch(&mut self) -> Result<(), PgError> {
        let ready = match &self.guard.watch {
            Some((Watch::EachStatement | Watch::BeforeCommit, o)) => o.started(),
            _ => true,
        };
        if ready {
            return Ok(());
        }
        self.guarded("reading the relations before the migration", async |s| {
            s.conn().await?;
            let (_, observer) = s.guard.watch.as_mut().expect("watched");
            observer.start(&mut s.conn).await
        })
        .await
    }

    /// Look at what the watched migration's statements touched since the
    /// last look.
    pub(crate) async fn observe(&mut self) -> Result<Option<Observed>, PgError> {
        if !matches!(
            &self.guard.watch,
            Some((_, o)) if o.started()
        ) {
            return Ok(None);
        }
        self.guarded("reading what the statement touched", async |s| {
            s.conn().await?;
            let (how, observer) = s.guard.watch.as_mut().expect("watched");
            let sizes = *how == Watch::EachStatement;
            observer.observe(&mut s.conn, sizes).await.map(Some)
        })
        .await
    }

    /// The session with every call bounded by `bound`.
    pub(crate) fn bounded(self, bound: Duration) -> Self {
        PgSession { bound, ..self }
    }

    /// Run a guest's statement that sets `statement_timeout` itself (`SET
    /// statement_timeout = 0` before a long `CREATE INDEX CONCURRENTLY`):
    /// the server now ends statements at the guest's limit, so `op` is
    /// waited for without a bound, and later calls take theirs from the
    /// setting it left (`0`, none: a day).
    pub(crate) async fn own_timeout<T, E>(
        &mut self,
        op: impl AsyncFnOnce(&mut Self) -> Result<T, E>,
    ) -> Result<T, E> {
        let before = std::mem::replace(&mut self.bound, Duration::MAX);
        let done = op(self).await;
        if done.is_err() || self.stalled {
            self.bound = before;
            return done;
        }
        let setting = async {
            let conn = self.conn().await.ok()?;
            let ms: String = sqlx::query_scalar(
                "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'",
            )
            .fetch_one(conn)
            .await
            .ok()?;
            ms.parse::<u64>().ok()
        };
        self.bound = match tokio::time::timeout(before, setting).await {
            Ok(Some(ms)) => crate::answer_bound(Duration::from_millis(ms)),
            Ok(None) => before,
            Err(_) => {
                // No answer: the connection is in an unknown state.
                self.stalled = true;
                before
            }
        };
        done
    }

    /// Run `op` on the session within its bound: a call still waiting then
    /// is given up ([`PgError::Stalled`]), and so is every later one.
    pub(crate) async fn guarded<T>(
        &mut self,
        doing: &str,
        op: impl AsyncFnOnce(&mut Self) -> Result<T, PgError>,
    ) -> Result<T, PgError> {
        let bound = self.bound;
        let stalled = || PgError::Stalled {
            doing: doing.to_string(),
            waited: bound,
        };
        if self.stalled {
            return Err(stalled());
        }
        match tokio::time::timeout(bound, op(self)).await {
            Ok(done) => done,
            Err(_) => {
                self.stalled = true;
                Err(stalled())
            }
        }
    }

    /// The connection, with the deferred transaction control sent first.
    pub(crate) async fn conn(&mut self) -> Result<&mut PgConnection, PgError> {
        if !self.deferred.is_empty() {
            let (sql, conn) = self.carrying("");
            sqlx::raw_sql(AssertSqlSafe(sql))
                .execute(conn)
                .await
                .map_err(|e| PgError::query("starting the transaction or the checks", e))?;
        }
        self.read_ahead = None;
        Ok(&mut self.conn)
    }

    /// `sql`, one simple query, with the deferred transaction control in
    /// front of it, and the connection to send it on.
    pub(crate) fn carrying(&mut self, sql: &str) -> (String, &mut PgConnection) {
        self.read_ahead = None;
        let deferred = std::mem::take(&mut self.deferred);
        let parts: Vec<&str> = deferred
            .iter()
            .map(Deferred::sql)
            .chain([sql])
            .filter(|p| !p.is_empty())
            .collect();
        (parts.join("; "), &mut self.conn)
    }

    /// Whether a statement of the migration's may carry the deferred
    /// control: only inside a transaction. Outside one, a statement such
    /// as `CREATE INDEX CONCURRENTLY` or `VACUUM` refuses to share its
    /// query string.
    pub(crate) fn may_carry(&self) -> bool {
        self.tx
    }

    /// Whether a history write waits for the `COMMIT`.
    fn holds_record(&self) -> bool {
        self.deferred
            .iter()
            .any(|d| matches!(d, Deferred::Record(_)))
    }

    /// Whether a check runs: what it sends is rolled back.
    pub(crate) fn in_check(&self) -> bool {
        self.check.is_some()
    }

    /// Send `sql` with the deferred control in front.
    async fn exec(&mut self, sql: &'static str, doing: &str) -> Result<(), PgError> {
        let (text, conn) = self.carrying(sql);
        sqlx::raw_sql(AssertSqlSafe(text))
            .execute(conn)
            .await
            .map(drop)
            .map_err(|e| PgError::query(doing, e))
    }

    /// End the transaction with `sql`, unless nothing of it was sent and
    /// there is nothing to commit: then there is nothing to end.
    async fn end_tx(&mut self, sql: &'static str, doing: &str) -> Result<(), PgError> {
        self.tx = false;
        let unsent = self.deferred.first() == Some(&Deferred::Control(BEGIN));
        if sql == ROLLBACK || (unsent && !self.holds_record()) {
            // What was deferred inside the transaction goes with it.
            self.deferred.clear();
            if unsent {
                return Ok(());
            }
        }
        let ended = self.exec(sql, doing).await;
        if ended.is_err() && sql != ROLLBACK {
            // A write that failed before the `COMMIT` left the transaction
            // open and aborted: end it, so that the connection is usable.
            let _ = sqlx::raw_sql(ROLLBACK).execute(&mut self.conn).await;
        }
        ended
    }

    /// End a check scope: unsent, it is dropped; sent, its undoing is
    /// deferred to the next simple query.
    fn end_scope(&mut self, opened: &'static str, undo: &'static str) {
        if self.deferred.last() == Some(&Deferred::Control(opened)) {
            self.deferred.pop();
        } else {
            self.deferred.push(Deferred::Control(undo));
        }
    }
}

#[async_trait]
impl Session for PgSession {
    fn kind(&self) -> EngineKind {
        EngineKind::Postgres
    }

    async fn history(&mut self) -> Result<Vec<HistoryRow>, EngineError> {
        if let Some(rows) = self
            .read_ahead
            .take()
            .filter(|_| !self.tx && self.deferred.is_empty())
        {
            return Ok(rows);
        }
        self.as_owner();
        Ok(self
            .guarded("reading the history", async |s| {
                s.conn().await?;
                s.history.load(&mut s.conn, s.tx).await
            })
            .await?)
    }

    async fn prepare_history(&mut self) -> Result<(), EngineError> {
        self.as_owner();
        Ok(self
            .guarded("creating the history tables", async |s| {
                s.conn().await?;
                s.history.ensure(&mut s.conn).await
            })
            .await?)
    }

    async fn record(
        &mut self,
        change: HistoryChange<'_>,
        event: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), EngineError> {
        self.as_owner();
        match change {
            // The common write is one simple query, so that it carries the
            // deferred end of the checks; inside a migration's transaction
            // it waits to go with the `COMMIT`.
            HistoryChange::Upsert(row) => {
                let sql = self.history.record_sql(row, event, actor);
                if self.tx && !self.dry_run {
                    self.deferred.push(Deferred::Record(sql));
                    return Ok(());
                }
                Ok(self
                    .guarded("writing the history", async |s| {
                        let (sql, conn) = s.carrying(&sql);
                        History::record(conn, sql).await
                    })
                    .await?)
            }
            change => Ok(self
                .guarded("writing the history", async |s| {
                    s.conn().await?;
                    s.history.write(&mut s.conn, change, event, actor).await
                })
                .await?),
        }
    }

    /// Several history writes outside a transaction are one simple query:
    /// one round trip, and one implicit transaction.
    async fn record_all(
        &mut self,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), EngineError> {
        let joinable = !self.tx
            && entries.len() > 1
            && entries
                .iter()
                .all(|(change, _)| matches!(change, HistoryChange::Upsert(_)));
        if !joinable {
            return tidegate_core::engine::record_each(self, entries, actor).await;
        }
        self.as_owner();
        let sql: Vec<String> = entries
            .iter()
            .filter_map(|(change, event)| match change {
                HistoryChange::Upsert(row) => Some(self.history.record_sql(row, event, actor)),
                _ => None,
            })
            .collect();
        Ok(self
            .guarded("writing the history", async |s| {
                let (sql, conn) = s.carrying(&sql.join("; "));
                History::record(conn, sql).await
            })
            .await?)
    }

    async fn begin(&mut self) -> Result<(), EngineError> {
        self.guarded("starting a transaction", async |s| s.conn().await.map(drop))
            .await?;
        self.deferred.push(Deferred::Control(BEGIN));
        self.tx = true;
        Ok(())
    }

    async fn commit(&mut self) -> Result<(), EngineError> {
        let doing = if self.holds_record() {
            "writing the history and committing the migration"
        } else {
            "committing the migration"
        };
        Ok(self
            .guarded(doing, async |s| s.end_tx("COMMIT", doing).await)
            .await?)
    }

    /// `SET LOCAL` travels with the deferred `BEGIN`: no round trip.
    fn commit_without_waiting(&mut self) {
        if self.tx && !self.dry_run && !self.flush_each_commit {
            self.deferred.push(Deferred::Control(NO_WAIT));
        }
    }

    async fn rollback(&mut self) -> Result<(), EngineError> {
        let doing = "rolling back the migration";
        Ok(self
            .guarded(doing, async |s| s.end_tx(ROLLBACK, doing).await)
            .await?)
    }

    async fn begin_check(&mut self) -> Result<(), EngineError> {
        let (scope, sql) = if self.tx {
            (CheckScope::Savepoint, SAVEPOINT)
        } else {
            (CheckScope::ReadOnly, BEGIN_READ_ONLY)
        };
        self.deferred.push(Deferred::Control(sql));
        self.check = Some(scope);
        Ok(())
    }

    async fn end_check(&mut self) -> Result<(), EngineError> {
        match self.check.take() {
            Some(CheckScope::Savepoint) => self.end_scope(SAVEPOINT, DISCARD_SAVEPOINT),
            Some(CheckScope::ReadOnly) => self.end_scope(BEGIN_READ_ONLY, ROLLBACK),
            None => {}
        }
        Ok(())
    }

    /// Refuse a privileged role (unless allowed), then watch as asked.
    async fn watch(
        &mut self,
        declared: Option<&Capabilities>,
        how: Watch,
    ) -> Result<(), EngineError> {
        let facts = self.role_facts().await?;
        if !self.guard.allow_privileged
            && let Some(refused) = facts.refusal()
        {
            return Err(refused.into());
        }
        let watched = match how {
            Watch::Confined => None,
            // In `apply`, only a declaration can be broken.
            Watch::BeforeCommit if declared.is_none() => None,
            how => Some((
                how,
                Observer::new(
                    declared.cloned(),
                    self.history.table_names().to_vec(),
                    facts.role.clone(),
                ),
            )),
        };
        self.guard.watch = watched;
        if how == Watch::EachStatement {
            self.start_watch().await?;
        }
        Ok(())
    }

    /// What the migration's transaction touched, checked before its commit.
    async fn confirm(&mut self) -> Result<(), EngineError> {
        if !matches!(self.guard.watch, Some((Watch::BeforeCommit, _))) {
            return Ok(());
        }
        let observed = self.observe().await?;
        self.guard.watch = None;
        match observed.and_then(|o| o.violation) {
            Some(v) => Err(PgError::Outside(format!("the migration was rolled back: {v}")).into()),
            None => Ok(()),
        }
    }

    async fn phase(
        &mut self,
        run: &tidegate_core::phased::PhaseRun<'_>,
        control: &mut dyn tidegate_core::phased::PhaseControl,
    ) -> Result<tidegate_core::phased::PhaseOutcome, EngineError> {
        if self.stalled {
            return Err(PgError::Stalled {
                doing: format!("the {} of {}", run.phase, run.id),
                waited: self.bound,
            }
            .into());
        }
        let done = self.run_phase(run, control).await;
        self.as_owner();
        Ok(done?)
    }

    async fn backfills(
        &mut self,
        id: &str,
    ) -> Result<Vec<tidegate_core::phased::Backfill>, EngineError> {
        self.as_owner();
        Ok(self
            .guarded("reading the backfill progress", async |s| {
                s.backfill_progress(id).await
            })
            .await?)
    }

    /// The whole dry run is one transaction, rolled back at close.
    async fn dry_run(&mut self, _declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.guarded("starting the dry run", async |s| s.conn().await.map(drop))
            .await?;
        self.deferred.push(Deferred::Control(BEGIN));
        self.tx = true;
        self.dry_run = true;
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        self.as_owner();
        Ok(self
            .guarded("reading the catalog", async |s| {
                s.conn().await?;
                let tables = s.history.table_names();
                snapshot::snapshot(&mut s.conn, &tables).await
            })
            .await?)
    }

    async fn close(mut self: Box<Self>) {
        if self.stalled {
            // Nothing more goes to a connection that stopped answering.
            return;
        }
        if self.tx {
            let doing = "rolling back the dry run";
            if let Err(e) = self
                .guarded(doing, async |s| s.end_tx(ROLLBACK, doing).await)
                .await
            {
                tracing::warn!("{e}");
            }
        }
        let bound = self.bound;
        let _ = tokio::time::timeout(bound, self.conn.close()).await;
    }
}
