//! The search engine's unit of work for one run: the cluster, and in a dry
//! run the shadow prefix every name gets. The history store is always the
//! target's.

use async_trait::async_trait;
use tidegate_core::capabilities::{Capabilities, Kind, Scope};
use tidegate_core::diff::Snapshot;
use tidegate_core::engine::Session;
use tidegate_core::error::EngineError;
use tidegate_core::history::{Actor, Event, HistoryChange, HistoryRow};
use tidegate_core::metadata::EngineKind;

use crate::EsTarget;
use crate::history::EsHistory;
use crate::snapshot::{self, Shadow};

pub struct EsSession {
    pub(crate) target: EsTarget,
    /// In a dry run, the shadow prefix every name gets.
    pub(crate) prefix: Option<String>,
    /// In a dry run, how much the shadow raises index template priorities
    /// ([`Shadow`]).
    pub(crate) band: u64,
    /// Names the guest may not touch: the history, audit and lock indices.
    pub(crate) reserved: String,
    history: EsHistory,
    shadow: Option<Shadow>,
    /// What snapshots cover: everything, or a dry run's declared names.
    scope: Scope,
}

impl EsSession {
    pub(crate) fn new(target: EsTarget, history: EsHistory) -> Self {
        EsSession {
            target,
            prefix: None,
            band: 0,
            reserved: history.index.clone(),
            history,
            shadow: None,
            scope: Scope::All,
        }
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

    async fn record(
        &mut self,
        change: HistoryChange<'_>,
        event: &Event<'_>,
        actor: &Actor,
    ) -> Result<(), EngineError> {
        Ok(self
            .history
            .write(&self.target, &[(change, event)], actor)
            .await?)
    }

    async fn record_all(
        &mut self,
        entries: &[(HistoryChange<'_>, &Event<'_>)],
        actor: &Actor,
    ) -> Result<(), EngineError> {
        Ok(self.history.write(&self.target, entries, actor).await?)
    }

    async fn phase(
        &mut self,
        run: &tidegate_core::phased::PhaseRun<'_>,
        control: &mut dyn tidegate_core::phased::PhaseControl,
    ) -> Result<tidegate_core::phased::PhaseOutcome, EngineError> {
        Ok(self.run_phase(run, control).await?)
    }

    /// Guest requests go to shadow copies of the declared objects from now
    /// on. A migration that declares nothing widens the copy to every
    /// user index and template.
    async fn dry_run(&mut self, declared: &[Option<Capabilities>]) -> Result<(), EngineError> {
        self.scope = Scope::of(Kind::Index, declared);
        if self.scope.is_all() {
            tracing::warn!(
                "a search migration declares no `indices`: the dry run copies every index and template of {}; declare them to scope it",
                self.target
            );
        }
        let shadow = Shadow::create(&self.target, &self.history.index, &self.scope).await?;
        self.prefix = Some(shadow.prefix.clone());
        self.band = shadow.band;
        self.shadow = Some(shadow);
        Ok(())
    }

    async fn snapshot(&mut self) -> Result<Snapshot, EngineError> {
        Ok(snapshot::snapshot(
            &self.target,
            self.shadow.as_ref(),
            &self.history.index,
            &self.scope,
        )
        .await?)
    }

    async fn close(self: Box<Self>) {
        if let Some(shadow) = &self.shadow {
            shadow.drop(&self.target).await;
        }
    }
}
