//! Where each migration stands, from the project and the history rows of
//! every engine: pure functions, no engine involved.

use std::collections::HashMap;

use tidegate_core::history::{HistoryRow, RowStatus};
use tidegate_core::metadata::EngineKind;
use tidegate_core::report::{State, StatusEntry};
use tidegate_runtime::project::{Migration, Project};

use crate::ExecError;

/// Every migration of the project, and every migration the history holds
/// that the project does not, in version order.
pub fn classify(project: &Project, rows: &[(EngineKind, HistoryRow)]) -> Vec<StatusEntry> {
    // Rows by id: linear in the history, however long it grows.
    let mut by_id: HashMap<&str, Vec<&(EngineKind, HistoryRow)>> = HashMap::new();
    for row in rows {
        by_id.entry(row.1.id.as_str()).or_default().push(row);
    }
    let mut out = Vec::new();
    for m in &project.migrations {
        let mine: Vec<&HistoryRow> = by_id
            .get(m.meta.id.as_str())
            .into_iter()
            .flatten()
            .filter(|(e, _)| m.meta.engines.contains(e))
            .map(|(_, r)| r)
            .collect();
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
        } else if let Some(r) = mine.iter().find(|r| r.checksum != m.locked.source.hex())
            && r.status != RowStatus::RolledBack
        {
            (State::Modified, Some(*r))
        } else if let Some(r) = mine.iter().find(|r| r.status.in_flight()) {
            (State::InFlight, Some(*r))
        } else if mine.iter().all(|r| r.status == RowStatus::RolledBack) {
            (State::RolledBack, mine.first().copied())
        } else {
            (State::Applied, mine.first().copied())
        };
        out.push(StatusEntry {
            id: m.meta.id.clone(),
            version: m.meta.version,
            description: m.meta.description.clone(),
            state,
            history: row.cloned(),
            backfills: Vec::new(),
            access: Vec::new(),
        });
    }
    let mut missing = std::collections::HashSet::new();
    for (_, r) in rows {
        // A rolled-back migration taken out of the project is what its
        // rollback asks for.
        if project.get(&r.id).is_none()
            && r.status != RowStatus::RolledBack
            && missing.insert(r.id.as_str())
        {
            out.push(StatusEntry {
                id: r.id.clone(),
                version: r.version as u64,
                description: r.description.clone(),
                state: State::Missing,
                history: Some(r.clone()),
                backfills: Vec::new(),
                access: Vec::new(),
            });
        }
    }
    out.sort_by(|a, b| (a.version, &a.id).cmp(&(b.version, &b.id)));
    out
}

/// Whether a run recorded `e` as running (it is applying it, or died).
pub fn running(e: &StatusEntry) -> bool {
    e.history
        .as_ref()
        .is_some_and(|h| h.status == RowStatus::Running)
}

/// Refuse to go on over a failed, interrupted or modified migration.
pub fn guard(entries: &[StatusEntry]) -> Result<(), ExecError> {
    if let Some(e) = entries
        .iter()
        .find(|e| matches!(e.state, State::Failed | State::Interrupted))
    {
        let h = e.history.as_ref().expect("failed rows come from history");
        return Err(ExecError::Dirty {
            id: e.id.clone(),
            state: e.state.to_string(),
            since: h.applied_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            by: h.applied_by.clone(),
            error: h.error.clone(),
        });
    }
    let modified: Vec<String> = entries
        .iter()
        .filter(|e| e.state == State::Modified)
        .map(|e| e.id.clone())
        .collect();
    if !modified.is_empty() {
        return Err(ExecError::Modified(modified));
    }
    Ok(())
}

/// Pending migrations in order, up to and including `upto` when given.
pub fn pending<'p>(
    project: &'p Project,
    entries: &[StatusEntry],
    upto: Option<&str>,
) -> Result<Vec<&'p Migration>, ExecError> {
    let limit = match upto {
        Some(id) => {
            project
                .get(id)
                .ok_or_else(|| ExecError::UnknownMigration(id.into()))?
                .meta
                .version
        }
        None => u64::MAX,
    };
    Ok(entries
        .iter()
        .filter(|e| e.state == State::Pending && e.version <= limit)
        .filter_map(|e| project.get(&e.id))
        .collect())
}

/// What a report should warn about: the project's own warnings about the
/// migrations it runs (`about`), each message once with a count, history
/// rows without a migration, and migrations that will apply out of order.
pub fn warnings(project: &Project, entries: &[StatusEntry], about: &[&Migration]) -> Vec<String> {
    let ours: Vec<tidegate_core::report::Problem> = project
        .warnings
        .iter()
        .filter(|p| about.iter().any(|m| m.meta.id == p.migration))
        .cloned()
        .collect();
    let mut w = tidegate_core::report::Problem::summarize(&ours, false);
    let last_applied = entries
        .iter()
        .filter(|e| e.state == State::Applied)
        .map(|e| e.version)
        .max();
    for e in entries {
        if e.state == State::InFlight
            && let Some(h) = &e.history
        {
            w.push(format!(
                "{} is in flight since {} ({}): `tidegate complete {}` once every application runs the new version, or `tidegate rollback {}`",
                e.id,
                h.applied_at.format("%Y-%m-%d %H:%M:%S UTC"),
                h.status.as_str(),
                e.id,
                e.id
            ));
        }
        if e.state == State::RolledBack {
            w.push(format!(
                "{} was rolled back; it stays so: remove it from the project, or run `tidegate resolve {} --retry` to start it again on the next apply",
                e.id, e.id
            ));
        }
        if e.state == State::Missing {
            w.push(format!(
                "{} is applied in the database but not in tidegate.lock",
                e.id
            ));
        }
        if e.state == State::Pending && last_applied.is_some_and(|v| e.version < v) {
            w.push(format!("{} (version {}) is older than the newest applied migration; it will apply out of order", e.id, e.version));
        }
    }
    w
}

/// The phased migrations in flight, in version order.
pub fn in_flight(entries: &[StatusEntry]) -> impl Iterator<Item = &StatusEntry> {
    entries.iter().filter(|e| e.state == State::InFlight)
}

/// Refuse to run `m` while a migration in flight may touch what it
/// touches: the names both declare, or everything when either declares
/// nothing. `also`: migrations this run puts in flight before `m`.
pub fn overlap(
    project: &Project,
    entries: &[StatusEntry],
    also: &[&Migration],
    m: &Migration,
) -> Result<(), ExecError> {
    let flying = in_flight(entries)
        .filter_map(|e| project.get(&e.id))
        .chain(also.iter().copied())
        .filter(|f| f.meta.id != m.meta.id);
    for f in flying {
        let shared: Vec<EngineKind> = f
            .meta
            .engines
            .iter()
            .copied()
            .filter(|k| m.meta.engines.contains(k))
            .collect();
        if shared.is_empty() {
            continue;
        }
        let objects = match (f.capabilities(), m.capabilities()) {
            (Some(a), Some(b)) => a.overlap(b),
            _ => vec!["anything (one of them declares no capabilities)".to_string()],
        };
        if !objects.is_empty() {
            return Err(ExecError::InFlightOverlap {
                id: m.meta.id.clone(),
                in_flight: f.meta.id.clone(),
                objects: objects.join(", "),
            });
        }
    }
    Ok(())
}
