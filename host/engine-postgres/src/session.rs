//! PostgreSQL's unit of work for one run: one connection, the history
//! store on it, and the transaction state. While a guest runs it sits in
//! the store, where the guest's statements use its connection.

use async_trait::async_trait;
use sqlx::{Connection, PgConnection};
use tidegate_core::capabilities::Capabilities;
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::Session;
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;

use crate::history::History;
use crate::{snapshot, PgError};

/// How a `check` is kept from writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CheckScope {
    /// Inside a transaction: a savepoint, rolled back.
    Savepoint,
    /// Outside one: a read-only transaction, rolled back.
    ReadOnly,
}

pub struct PgSession {
    pub(crate) conn: PgConnection,
    history: History,
    /// A transaction is open (a migration's, or the whole dry run's).
    tx: bool,
    /// In a dry run, `CONCURRENTLY` is dropped from index builds so that
    /// they can run inside the dry run's transaction.
    pub(crate) dry_run: bool,
    check: Option<CheckScope>,
}

impl PgSession {
    pub(crate) fn new(conn: PgConnection, history: History) -> Self {
        PgSession { conn, history, tx: false, dry_run: false, check: None }
    }

    async fn exec(&mut self, sql: &'static str, doing: &str) -> Result<(), PgError> {
        sqlx::raw_sql(sql).execute(&mut self.conn).await.map(drop).map_err(|e| PgError::query(doing, e))
    }
}

#[async_trait]
impl Session for PgSession {
    fn kind(&self) -> EngineKind {
        EngineKind::Postgres
    }

    async fn history(&mut self) -> Result<Vec<HistoryRow>, EngineError> {
        Ok(self.history.load(&mut self.conn, self.tx).await?)
    }

    async fn prepare_history(&mut self) -> Result<(), EngineError> {
        Ok(self.history.ensure(&mut self.conn).await?)
    }

    async fn record(&mut self, change: HistoryChange<'_>, event: &Event<'_>, actor: &Actor) -> Result<(), EngineError> {
        Ok(self.history.write(&mut self.conn, change, event, actor).await?)
    }

    async fn begin(&mut self) -> Result<(), EngineError> {
        self.exec("BEGIN", "starting the migration transaction").await?;
        self.tx = true;
        Ok(())
    }

    async fn commit(&mut self) -> Result<(), EngineError> {
        self.tx = false;
        Ok(self.exec("COMMIT", "committing the migration").await?)
    }

    async fn rollback(&mut self) -> Result<(), EngineError> {
        self.tx = false;
        Ok(self.exec("ROLLBACK", "rolling back the migration").await?)
    }

    async fn begin_check(&mut self) -> Result<(), EngineError> {
        let (scope, sql) = if self.tx { (CheckScope::Savepoint, "SAVEPOINT tidegate_check") } else { (CheckScope::ReadOnly, "BEGIN READ ONLY") };
        self.exec(sql, "starting the checks").await?;
        self.check = Some(scope);
        Ok(())
    }

    async fn end_check(&mut self) -> Result<(), EngineError> {
        let sql = match self.check.take() {
            Some(CheckScope::Savepoint) => "ROLLBACK TO SAVEPOINT tidegate_check; RELEASE SAVEPOINT tidegate_check",
            Some(CheckScope::ReadOnly) => "ROLLBACK",
            None => return Ok(()),
        };
        Ok(self.exec(sql, "discarding the checks' session state").await?)
    }

    /// The whole dry run is one transaction, rolled back at close.
    async fn dry_run(&mut self, _declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.exec("BEGIN", "starting the dry-run transaction").await?;
        self.tx = true;
        self.dry_run = true;
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(&mut self.conn, &self.history.table_names()).await?)
    }

    async fn close(mut self: Box<Self>) {
        if self.tx {
            if let Err(e) = self.exec("ROLLBACK", "rolling back the dry run").await {
                tracing::warn!("{e}");
            }
        }
        let _ = self.conn.close().await;
    }
}
