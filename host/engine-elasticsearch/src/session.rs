//! The search engine's unit of work for one run: the cluster, and in a dry
//! run the shadow prefix every name gets. The history store is always the
//! target's.

use async_trait::async_trait;
use tidegate_core::capabilities::Capabilities;
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::Session;
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;

use crate::history::EsHistory;
use crate::snapshot::{self, Shadow};
use crate::EsTarget;

pub struct EsSession {
    pub(crate) target: EsTarget,
    /// In a dry run, the shadow prefix every name gets.
    pub(crate) prefix: Option<String>,
    /// Names the guest may not touch: the history, audit and lock indices.
    pub(crate) reserved: String,
    history: EsHistory,
    shadow: Option<Shadow>,
}

impl EsSession {
    pub(crate) fn new(target: EsTarget, history: EsHistory) -> Self {
        EsSession { target, prefix: None, reserved: history.index.clone(), history, shadow: None }
    }
}

#[async_trait]
impl Session for EsSession {
    fn kind(&self) -> EngineKind {
        EngineKind::Elasticsearch
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

    /// Guest requests go to shadow copies from now on.
    async fn dry_run(&mut self, _declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        let shadow = Shadow::create(&self.target, &self.history.index).await?;
        self.prefix = Some(shadow.prefix.clone());
        self.shadow = Some(shadow);
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(&self.target, self.prefix.as_deref(), &self.history.index).await?)
    }

    async fn close(self: Box<Self>) {
        if let Some(shadow) = &self.shadow {
            shadow.drop(&self.target).await;
        }
    }
}
