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
use tidegate_runtime::bindings::latest::types::HostError;

use crate::history::MongoHistory;
use crate::snapshot::{self, Shadow, ShadowMode};
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
    /// Where a dry run's copy goes.
    mode: ShadowMode,
    /// In a dry run with an in-database shadow, the prefix of every
    /// collection name on the server.
    pub(crate) prefix: Option<String>,
}

impl MongoSession {
    pub(crate) fn new(target: MongoTarget, history: MongoHistory, mode: ShadowMode) -> Self {
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
            mode,
            prefix: None,
        }
    }

    /// A collection's name on the server.
    pub(crate) fn real(&self, name: &str) -> String {
        match &self.prefix {
            Some(p) => format!("{p}{name}"),
            None => name.to_string(),
        }
    }

    /// Whether the guest sees a collection listed on the server: in an
    /// in-database shadow, only the shadow's.
    pub(crate) fn visible(&self, name: &str) -> bool {
        self.prefix.as_deref().is_none_or(|p| name.starts_with(p))
    }

    /// Text for the guest: names without the shadow prefix.
    pub(crate) fn unprefix(&self, text: String) -> String {
        match &self.prefix {
            Some(p) => text.replace(p.as_str(), ""),
            None => text,
        }
    }

    pub(crate) fn unprefix_error(&self, e: HostError) -> HostError {
        match (e, &self.prefix) {
            (HostError::Database(mut d), Some(_)) => {
                d.message = self.unprefix(d.message);
                HostError::Database(d)
            }
            (e, _) => e,
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
        Ok(self.history.write(&self.target, &[(change, event)], actor).await?)
    }

    async fn record_all(&mut self, entries: &[(HistoryChange<'_>, &Event<'_>)], actor: &Actor) -> Result<(), EngineError> {
        Ok(self.history.write(&self.target, entries, actor).await?)
    }

    /// Guest calls go to a shadow copy of the declared collections from now
    /// on (every collection when a migration declares none).
    async fn dry_run(&mut self, declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.scope = Scope::of(Kind::Collection, declared);
        let shadow = Shadow::create(&self.target, &self.history.collection, &self.scope, self.mode).await?;
        self.db = shadow.db.clone();
        self.prefix = (!shadow.prefix.is_empty()).then(|| shadow.prefix.clone());
        self.shadow = Some(shadow);
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(&self.db, &self.history.collection, &self.scope, self.prefix.as_deref().unwrap_or_default()).await?)
    }

    async fn close(self: Box<Self>) {
        if let Some(shadow) = self.shadow {
            shadow.drop().await;
        }
    }
}
