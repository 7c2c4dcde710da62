//! What the executor writes to every engine's history store: a row change
//! and an audit entry per event of a migration.

use tidegate_core::engine::Sessions;
use tidegate_core::faults;
use tidegate_core::history::{AuditEvent, Event, HistoryChange, NewRow, RowStatus};
use tidegate_core::report::{MigrationRun, StatusEntry};
use tidegate_runtime::project::Migration;

use crate::{ExecError, Executor};

/// Why a dead run's migration was recorded failed.
const INTERRUPTED: &str =
    "the run applying it stopped before finishing (killed, crashed, disconnected or lost its lock)";

/// What the row of a migration being reverted says while `down` runs
/// (non-transactional): a run that dies there leaves it, so the next run
/// tells an interrupted revert from an interrupted apply.
pub(crate) const REVERTING: &str = "a revert started and has not finished";

/// Why a dead run's revert was recorded failed, idempotent or not: the
/// next `apply` must not quietly apply what an operator was taking out.
const INTERRUPTED_REVERT: &str = "the run reverting it stopped before finishing (killed, crashed, disconnected or lost its lock), so `down` may have removed part of it; to finish the revert, mark it applied and run `tidegate down` again";

/// Why a dead run's phased migration starts again.
const RESUMED: &str = "resumed after interruption: the run starting it stopped before finishing (killed, crashed, disconnected or lost its lock); every step of a phased start converges, and its backfill keeps its place";

/// Why a dead run's idempotent migration runs again.
const RETRIED: &str = "retried after interruption: the run applying it stopped before finishing (killed, crashed, disconnected or lost its lock), and it declares itself idempotent";

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
    /// The row's `error` column when no run error fills it.
    note: Option<&'r str>,
}

impl<'r> Entry<'r> {
    pub(crate) fn new(event: AuditEvent, change: RowChange) -> Self {
        Entry {
            event,
            change,
            run: None,
            detail: None,
            note: None,
        }
    }

    /// The run it records: duration, and its error as the detail.
    pub(crate) fn of(self, run: &'r MigrationRun) -> Self {
        Entry {
            run: Some(run),
            detail: self.detail.or(run.error.as_deref()),
            ..self
        }
    }

    pub(crate) fn detail(self, detail: &'r str) -> Self {
        Entry {
            detail: Some(detail),
            ..self
        }
    }

    /// What the row says in its `error` column.
    pub(crate) fn note(self, note: &'r str) -> Self {
        Entry {
            note: Some(note),
            ..self
        }
    }
}

fn duration_ms(entry: &Entry<'_>) -> Option<i64> {
    entry.run.map(|r| r.elapsed_ms.round() as i64)
}

impl Executor<'_> {
    /// Record an event of `m` on the history of every engine it declares:
    /// the row change and the audit entry, in the current transaction of
    /// each session when there is one.
    pub(crate) async fn record(
        &self,
        sessions: &mut Sessions,
        m: &Migration,
        entry: Entry<'_>,
    ) -> Result<(), ExecError> {
        self.record_all(sessions, &[(m, entry)]).await
    }

    /// Record events of migrations that declare the same engines, in order
    /// and as one write on each engine that can make one.
    pub(crate) async fn record_all(
        &self,
        sessions: &mut Sessions,
        entries: &[(&Migration, Entry<'_>)],
    ) -> Result<(), ExecError> {
        let Some((first, _)) = entries.first() else {
            return Ok(());
        };
        debug_assert!(
            entries
                .iter()
                .all(|(m, _)| m.meta.engines == first.meta.engines),
            "one write spans the same engines"
        );
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
                    error: entry.run.and_then(|r| r.error.as_deref()).or(entry.note),
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
                faults::reached("history");
                s.record_all(&writes, &self.actor).await?;
                faults::reached("history-written");
            }
        }
        Ok(())
    }

    /// Under the locks, a row still `running` belongs to a run that died
    /// (killed, crashed, lost its connection or its lock). A migration
    /// that declares itself idempotent and died while being applied is
    /// applied again: its row goes, with a `retried` audit entry, and it
    /// is pending once more. Any other, and every interrupted revert, is
    /// recorded failed, with an audit entry, so that status and the next
    /// run say what to do.
    pub(crate) async fn settle_dead_runs(
        &self,
        sessions: &mut Sessions,
    ) -> Result<Vec<StatusEntry>, ExecError> {
        let entries = self.entries(sessions).await?;
        let mut settled = false;
        for e in entries.iter().filter(|e| crate::state::running(e)) {
            let Some(m) = self.project.get(&e.id) else {
                continue;
            };
            let reverting = e
                .history
                .as_ref()
                .is_some_and(|h| h.error.as_deref() == Some(REVERTING));
            let entry = if reverting {
                tracing::warn!(
                    "{}: the run reverting it stopped before finishing; it is recorded failed until you decide",
                    m.meta.id
                );
                Entry::new(AuditEvent::Interrupted, RowChange::Set(RowStatus::Failed))
                    .detail(INTERRUPTED_REVERT)
                    .note(INTERRUPTED_REVERT)
            } else if m.phased() {
                tracing::warn!(
                    "{}: the run starting it stopped before finishing; this run starts it again, from where it stopped",
                    m.meta.id
                );
                Entry::new(AuditEvent::Retried, RowChange::Delete).detail(RESUMED)
            } else if m.idempotent() {
                tracing::warn!(
                    "{}: the run applying it stopped before finishing; it declares itself idempotent, so this run applies it again",
                    m.meta.id
                );
                Entry::new(AuditEvent::Retried, RowChange::Delete).detail(RETRIED)
            } else {
                Entry::new(AuditEvent::Interrupted, RowChange::Set(RowStatus::Failed))
                    .detail(INTERRUPTED)
                    .note(INTERRUPTED)
            };
            self.record(sessions, m, entry).await?;
            settled = true;
        }
        if settled {
            self.entries(sessions).await
        } else {
            Ok(entries)
        }
    }
}
