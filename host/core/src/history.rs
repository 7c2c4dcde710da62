//! What every engine's history store records: one row per applied, running
//! or failed migration, an append-only audit trail, and who did it.
//!
//! PostgreSQL keeps these in tables, MongoDB in collections and
//! Elasticsearch in indices; the shapes are the same.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::digest::Digest;

/// State of a migration in the history table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowStatus {
    /// A non-transactional migration (or a phased migration's start)
    /// started and has not finished. Seen by a later run (which holds the
    /// lock), it means the earlier run died.
    Running,
    Applied,
    Failed,
    /// A phased migration's start finished: both application versions
    /// work until `tidegate complete` or `tidegate rollback`.
    InFlight,
    /// A phased migration's complete started and has not finished; seen
    /// by a later run, `tidegate complete` finishes it.
    Completing,
    /// A phased migration's rollback started and has not finished; seen by
    /// a later run, `tidegate rollback` finishes it.
    RollingBack,
    /// A phased migration was rolled back: the schema is as before its
    /// start, and it stays so until it is removed from the project or
    /// started again (`tidegate resolve ID --retry`).
    RolledBack,
}

impl RowStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Running => "running",
            RowStatus::Applied => "applied",
            RowStatus::Failed => "failed",
            RowStatus::InFlight => "in-flight",
            RowStatus::Completing => "completing",
            RowStatus::RollingBack => "rolling-back",
            RowStatus::RolledBack => "rolled-back",
        }
    }

    /// Every status, as stored.
    pub const ALL: [RowStatus; 7] = [
        RowStatus::Running,
        RowStatus::Applied,
        RowStatus::Failed,
        RowStatus::InFlight,
        RowStatus::Completing,
        RowStatus::RollingBack,
        RowStatus::RolledBack,
    ];

    pub fn parse(s: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .unwrap_or(RowStatus::Failed)
    }

    /// A phased migration's start ran and neither its complete nor its
    /// rollback has finished.
    pub fn in_flight(self) -> bool {
        matches!(
            self,
            RowStatus::InFlight | RowStatus::Completing | RowStatus::RollingBack
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryRow {
    pub id: String,
    pub version: i64,
    pub description: String,
    pub status: RowStatus,
    pub checksum: String,
    pub checksum_algorithm: String,
    pub component_digest: String,
    pub api_version: String,
    pub transactional: bool,
    pub applied_at: DateTime<Utc>,
    pub duration_ms: Option<i64>,
    pub applied_by: String,
    pub commit_sha: Option<String>,
    pub error: Option<String>,
}

/// Who and what is applying: recorded in every history and audit row.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub who: String,
    pub commit: Option<String>,
}

/// This machine's name (`/etc/hostname`), when it has one.
pub fn hostname() -> Option<String> {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
}

impl Actor {
    /// From `TIDEGATE_ACTOR` or `GITHUB_ACTOR` or `USER`, and
    /// `TIDEGATE_COMMIT` or `GITHUB_SHA` or `CI_COMMIT_SHA`.
    pub fn from_env() -> Self {
        let var = |names: &[&str]| {
            names
                .iter()
                .find_map(|n| std::env::var(n).ok().filter(|v| !v.is_empty()))
        };
        let who = var(&["TIDEGATE_ACTOR", "GITHUB_ACTOR", "USER", "USERNAME"])
            .unwrap_or_else(|| "unknown".into());
        let who = match (hostname(), std::env::var("GITHUB_RUN_ID").ok()) {
            (_, Some(run)) => format!("{who} (github run {run})"),
            (Some(h), None) => format!("{who}@{h}"),
            (None, None) => who,
        };
        Actor {
            who,
            commit: var(&["TIDEGATE_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA"]),
        }
    }
}

/// What gets written when a migration starts or finishes.
pub struct NewRow<'a> {
    pub id: &'a str,
    pub version: u64,
    pub description: &'a str,
    pub status: RowStatus,
    pub checksum: &'a Digest,
    pub component: &'a Digest,
    pub api_version: &'a str,
    pub transactional: bool,
    pub duration_ms: Option<i64>,
    pub error: Option<&'a str>,
}

/// What happened to a migration, as the audit trail records it. The
/// stored names (`started`, `applied`, ...) are part of the history format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditEvent {
    /// A non-transactional migration started.
    Started,
    Applied,
    Failed,
    /// A run found a `running` row left by a run that died.
    Interrupted,
    /// A run found a `running` row left by a run that died, of a migration
    /// that declares itself idempotent, and applies it again.
    Retried,
    /// A non-transactional migration's `down` started.
    RevertStarted,
    Reverted,
    RevertFailed,
    /// `tidegate resolve --retry`.
    ResolvedRetry,
    /// `tidegate resolve --mark-applied`.
    ResolvedApplied,
    /// `tidegate resolve --accept-checksum`.
    ResolvedChecksum,
    /// `tidegate baseline`: recorded as applied because another tool
    /// already applied it.
    Baseline,
    /// A phased migration's start finished: it is in flight.
    InFlight,
    /// `tidegate complete` started on a phased migration.
    CompleteStarted,
    /// `tidegate complete` finished: the migration is applied.
    Completed,
    /// `tidegate rollback` started on a phased migration.
    RollbackStarted,
    /// `tidegate rollback` finished: the schema is as before the start.
    RolledBack,
    /// A phase failed (the detail says which and why); it runs again
    /// from where it stopped.
    PhaseFailed,
}

impl AuditEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::Started => "started",
            AuditEvent::Applied => "applied",
            AuditEvent::Failed => "failed",
            AuditEvent::Interrupted => "interrupted",
            AuditEvent::Retried => "retried",
            AuditEvent::RevertStarted => "revert-started",
            AuditEvent::Reverted => "reverted",
            AuditEvent::RevertFailed => "revert-failed",
            AuditEvent::ResolvedRetry => "resolved-retry",
            AuditEvent::ResolvedApplied => "resolved-applied",
            AuditEvent::ResolvedChecksum => "resolved-checksum",
            AuditEvent::Baseline => "baseline",
            AuditEvent::InFlight => "in-flight",
            AuditEvent::CompleteStarted => "complete-started",
            AuditEvent::Completed => "completed",
            AuditEvent::RollbackStarted => "rollback-started",
            AuditEvent::RolledBack => "rolled-back",
            AuditEvent::PhaseFailed => "phase-failed",
        }
    }
}

impl std::fmt::Display for AuditEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One audit entry: an event of one migration.
pub struct Event<'a> {
    pub event: AuditEvent,
    pub id: &'a str,
    pub checksum: Option<&'a Digest>,
    pub component: Option<&'a Digest>,
    pub duration_ms: Option<i64>,
    pub detail: Option<&'a str>,
}

impl HistoryRow {
    /// The row stored for `row` by `actor` at `at`, for the engines whose
    /// history is a document store.
    pub fn from_new(row: &NewRow<'_>, actor: &Actor, at: DateTime<Utc>) -> HistoryRow {
        HistoryRow {
            id: row.id.to_string(),
            version: row.version as i64,
            description: row.description.to_string(),
            status: row.status,
            checksum: row.checksum.hex(),
            checksum_algorithm: crate::digest::ALGORITHM.to_string(),
            component_digest: row.component.to_string(),
            api_version: row.api_version.to_string(),
            transactional: row.transactional,
            applied_at: at,
            duration_ms: row.duration_ms,
            applied_by: actor.who.clone(),
            commit_sha: actor.commit.clone(),
            error: row.error.map(str::to_string),
        }
    }
}

/// What an event does to the history row.
#[derive(Clone, Copy)]
pub enum HistoryChange<'a> {
    /// Leave it: only an audit entry.
    Keep,
    Upsert(&'a NewRow<'a>),
    /// Remove the row of this migration id.
    Delete(&'a str),
}

/// One audit event as a document-store engine keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditRecord {
    pub at: DateTime<Utc>,
    pub event: String,
    pub id: String,
    pub checksum: Option<String>,
    pub component_digest: Option<String>,
    pub actor: String,
    pub commit_sha: Option<String>,
    pub duration_ms: Option<i64>,
    pub detail: Option<String>,
    pub tidegate_version: String,
}

impl AuditRecord {
    pub fn new(e: &Event<'_>, actor: &Actor) -> AuditRecord {
        AuditRecord {
            at: Utc::now(),
            event: e.event.as_str().to_string(),
            id: e.id.to_string(),
            checksum: e.checksum.map(Digest::hex),
            component_digest: e.component.map(Digest::to_string),
            actor: actor.who.clone(),
            commit_sha: actor.commit.clone(),
            duration_ms: e.duration_ms,
            detail: e.detail.map(str::to_string),
            tidegate_version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audit_event_names_are_the_stored_ones() {
        let all = [
            AuditEvent::Started,
            AuditEvent::Applied,
            AuditEvent::Failed,
            AuditEvent::Interrupted,
            AuditEvent::Reverted,
            AuditEvent::RevertFailed,
            AuditEvent::ResolvedRetry,
            AuditEvent::ResolvedApplied,
            AuditEvent::ResolvedChecksum,
        ];
        let names: Vec<&str> = all.iter().map(|e| e.as_str()).collect();
        assert_eq!(
            names,
            [
                "started",
                "applied",
                "failed",
                "interrupted",
                "reverted",
                "revert-failed",
                "resolved-retry",
                "resolved-applied",
                "resolved-checksum"
            ]
        );
        for e in all {
            assert_eq!(serde_json::to_value(e).unwrap(), e.as_str());
        }
    }

    #[test]
    fn row_statuses_round_trip_as_stored() {
        for s in RowStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
            assert_eq!(RowStatus::parse(s.as_str()), s);
        }
        assert_eq!(RowStatus::InFlight.as_str(), "in-flight");
        assert!(RowStatus::Completing.in_flight());
        assert!(!RowStatus::RolledBack.in_flight());
    }
}
