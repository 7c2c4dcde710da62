//! What the executor writes to every engine's history store: a row change
//! and an audit entry per event of a migration.

use tidegate_core::engine::Sessions;
use tidegate_core::history::{AuditEvent, Event, HistoryChange, NewRow, RowStatus};
use tidegate_core::report::{MigrationRun, StatusEntry};
use tidegate_runtime::project::Migration;

use crate::{ExecError, Executor};

/// What an event does to a migration's history row.
#[derive(Clone, Copy)]
pub(crate) enum RowChange {
    /// Leave it (an audit entry only).
    Keep,
    /// Write it with this status.
    Set(RowStatus),
    /// Remove it.
    Delete,
}

/// One history event of one migration.
pub(crate) struct Entry<'r> {
    event: AuditEvent,
    change: RowChange,
    run: Option<&'r MigrationRun>,
    detail: Option<&'r str>,
}

impl<'r> Entry<'r> {
    pub(crate) fn new(event: AuditEvent, change: RowChange) -> Self {
        Entry { event, change, run: None, detail: None }
    }

    /// The run it records: duration, and its error as the detail.
    pub(crate) fn of(self, run: &'r MigrationRun) -> Self {
        Entry { run: Some(run), detail: self.detail.or(run.error.as_deref()), ..self }
    }

    pub(crate) fn detail(self, detail: &'r str) -> Self {
        Entry { detail: Some(detail), ..self }
    }
}

fn duration_ms(entry: &Entry<'_>) -> Option<i64> {
    entry.run.map(|r| r.elapsed_ms.round() as i64)
}

impl Executor<'_> {
    /// Record an event of `m` on the history of every engine it declares:
    /// the row change and the audit entry, in the current transaction of
    /// each session when there is one.
    pub(crate) async fn record(&self, sessions: &mut Sessions, m: &Migration, entry: Entry<'_>) -> Result<(), ExecError> {
        self.record_all(sessions, &[(m, entry)]).await
    }

    /// Record events of migrations that declare the same engines, in order
    /// and as one write on each engine that can make one.
    pub(crate) async fn record_all(&self, sessions: &mut Sessions, entries: &[(&Migration, Entry<'_>)]) -> Result<(), ExecError> {
        let Some((first, _)) = entries.first() else { return Ok(()) };
        debug_assert!(entries.iter().all(|(m, _)| m.meta.engines == first.meta.engines), "one write spans the same engines");
        let rows: Vec<Option<NewRow>> = entries
            .iter()
            .map(|(m, entry)| match entry.change {
                RowChange::Set(status) => Some(NewRow {
                    id: &m.meta.id,
                    version: m.meta.version,
                    description: &m.meta.description,
                    status,
                    checksum: &m.locked.source,
                    component: &m.locked.component,
                    api_version: &m.locked.api,
                    transactional: m.meta.transactional,
                    duration_ms: duration_ms(entry),
                    error: entry.run.and_then(|r| r.error.as_deref()),
                }),
                RowChange::Keep | RowChange::Delete => None,
            })
            .collect();
        let events: Vec<Event> = entries
            .iter()
            .map(|(m, entry)| Event {
                event: entry.event,
                id: &m.meta.id,
                checksum: Some(&m.locked.source),
                component: Some(&m.locked.component),
                duration_ms: duration_ms(entry),
                detail: entry.detail,
            })
            .collect();
        let writes: Vec<(HistoryChange, &Event)> = entries
            .iter()
            .zip(&rows)
            .zip(&events)
            .map(|(((m, entry), row), event)| {
                let change = match (entry.change, row) {
                    (RowChange::Set(_), Some(row)) => HistoryChange::Upsert(row),
                    (RowChange::Delete, _) => HistoryChange::Delete(&m.meta.id),
                    _ => HistoryChange::Keep,
                };
                (change, event)
            })
            .collect();
        for kind in &first.meta.engines {
            if let Some(s) = sessions.of(*kind) {
                s.record_all(&writes, &self.actor).await?;
            }
        }
        Ok(())
    }

    /// Under the locks, a row still `running` belongs to a run that died
    /// (killed, crashed, lost its connection or its lock): record it
    /// failed, with an audit entry, so that status and the next run say
    /// what to do.
    pub(crate) async fn settle_dead_runs(&self, sessions: &mut Sessions) -> Result<Vec<StatusEntry>, ExecError> {
        let entries = self.entries(sessions).await?;
        let mut settled = false;
        for e in entries.iter().filter(|e| crate::state::running(e)) {
            let Some(m) = self.project.get(&e.id) else { continue };
            let why = "the run applying it stopped before finishing (killed, crashed, disconnected or lost its lock)";
            self.record(sessions, m, Entry::new(AuditEvent::Interrupted, RowChange::Set(RowStatus::Failed)).detail(why)).await?;
            settled = true;
        }
        if settled { self.entries(sessions).await } else { Ok(entries) }
    }

}
