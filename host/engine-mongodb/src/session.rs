//! MongoDB's unit of work for one run: the client, the database guest
//! calls go to (the target's, or a shadow's in a dry run) and the history
//! store, which is always the target's.

use std::time::Duration;

use async_trait::async_trait;
use mongodb::{Client, Database};
use tidegate_core::capabilities::{Capabilities, Kind, Scope};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::Session;
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;

use crate::history::MongoHistory;
use crate::snapshot::{self, Shadow};
use crate::MongoTarget;

pub struct MongoSession {
    pub(crate) client: Client,
    /// Where guest calls go: the target database, or its shadow in a dry run.
    pub(crate) db: Database,
    /// The target's database name, which the guest may name in `$merge`
    /// and `$out`; in a dry run it is redirected to the shadow.
    pub(crate) target_db: String,
    /// Collections the guest may not touch: the history, audit and lock.
    pub(crate) reserved_prefix: String,
    pub(crate) timeout: Duration,
    target: MongoTarget,
    history: MongoHistory,
    shadow: Option<Shadow>,
    /// What snapshots cover: everything, or a dry run's declared names.
    scope: Scope,
}

impl MongoSession {
    pub(crate) fn new(target: MongoTarget, history: MongoHistory) -> Self {
        MongoSession {
            client: target.client().clone(),
            db: target.database(),
            target_db: target.database_name().to_string(),
            reserved_prefix: history.collection.clone(),
            timeout: target.timeout,
            target,
            history,
            shadow: None,
            scope: Scope::All,
        }
    }
}

#[async_trait]
impl Session for MongoSession {
    fn kind(&self) -> EngineKind {
        EngineKind::Mongodb
    }

    async fn history(&mut self) -> Result<Vec<HistoryRow>, EngineError> {
        Ok(self.history.load(&self.target).await?)
    }

    async fn prepare_history(&mut self) -> Result<(), EngineError> {
        Ok(self.history.ensure(&self.target).await?)
    }

    async fn record(&mut self, change: HistoryChange<'_>, event: &Event<'_>, actor: &Actor) -> Result<(), EngineError> {
        Ok(self.history.write(&self.target, change, event, actor).await?)
    }

    /// Guest calls go to a shadow copy of the declared collections from now
    /// on (every collection when a migration declares none).
    async fn dry_run(&mut self, declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.scope = Scope::of(Kind::Collection, declared);
        let shadow = Shadow::create(&self.target, &self.history.collection, &self.scope).await?;
        self.db = shadow.db.clone();
        self.shadow = Some(shadow);
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(&self.db, &self.history.collection, &self.scope).await?)
    }

    async fn close(self: Box<Self>) {
        if let Some(shadow) = self.shadow {
            shadow.drop().await;
        }
    }
}
