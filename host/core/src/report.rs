//! What commands report: the status of every migration, the runs of plan,
//! apply and down, health, and verification. [`crate::render`] turns these
//! into text, JSON and markdown.

use std::time::Duration;

use serde::Serialize;

use crate::diff::Change;
use crate::digest::Digest;
use crate::history::HistoryRow;
use crate::journal::{CheckResult, LogLine, Statement};
use crate::lint::Finding;
use crate::metadata::{EngineKind, Engines};

/// Where a migration stands against the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Applied,
    Pending,
    /// Applied, but its sources changed since.
    Modified,
    /// A non-transactional migration that failed.
    Failed,
    /// A non-transactional migration whose run died.
    Interrupted,
    /// In the history, not in the lock.
    Missing,
    /// A phased migration whose start ran: both application versions work
    /// until `tidegate complete` or `tidegate rollback` (its history row
    /// says whether one of them is under way).
    #[serde(rename = "in-flight")]
    InFlight,
    /// A phased migration that was rolled back; it stays so until it is
    /// removed from the project or started again.
    #[serde(rename = "rolled-back")]
    RolledBack,
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = serde_json::to_value(self).expect("serializes");
        f.write_str(s.as_str().unwrap_or_default())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusEntry {
    pub id: String,
    pub version: u64,
    pub description: String,
    pub state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<HistoryRow>,
    /// In flight: how far each backfill got.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub backfills: Vec<crate::phased::Backfill>,
    /// In flight: how an application picks the new version, per engine
    /// (PostgreSQL: its `search_path`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub access: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub engines: Engines,
    pub target: String,
    pub migrations: Vec<StatusEntry>,
    /// The history tables of tools whose migrations were imported, while
    /// the project moves to Tidegate.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub foreign: Vec<crate::foreign::ForeignHistory>,
}

impl StatusReport {
    pub fn count(&self, state: State) -> usize {
        self.migrations.iter().filter(|m| m.state == state).count()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Ok,
    Failed,
    NotRun,
}

/// One migration step as it ran.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationRun {
    pub id: String,
    pub version: u64,
    pub description: String,
    /// The engines it declares.
    pub engines: Vec<EngineKind>,
    pub transactional: bool,
    pub reversible: bool,
    pub component: Digest,
    pub outcome: Outcome,
    pub statements: Vec<Statement>,
    /// What its `check` executed after `up` (rolled back); kept for
    /// `tidegate bench`'s replay, not reported.
    #[serde(skip)]
    pub check_statements: Vec<Statement>,
    #[serde(skip_serializing_if = "is_zero")]
    pub statements_dropped: usize,
    pub logs: Vec<LogLine>,
    pub checks: Vec<CheckResult>,
    pub elapsed_ms: f64,
    pub guest_ms: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// A phased migration's phases as they ran (plan: start, rollback and
    /// complete on the dry run; apply: start; complete; rollback).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<PhaseReport>,
}

/// One phase of a phased migration, on every engine it declares.
#[derive(Debug, Clone, Serialize)]
pub struct PhaseReport {
    pub phase: crate::phased::Phase,
    pub statements: Vec<Statement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub backfills: Vec<crate::phased::Backfill>,
    /// Plan: the catalog after the rollback equals the one before the
    /// start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restores_catalog: Option<bool>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Plan,
    Apply,
    Down,
    /// `tidegate complete`: the contract phase of phased migrations.
    Complete,
    /// `tidegate rollback`: undo a phased migration's start.
    Rollback,
}

/// What plan, apply or down did.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub action: Action,
    pub engines: Engines,
    pub target: String,
    pub already_applied: usize,
    pub migrations: Vec<MigrationRun>,
    /// Schema changes; present for plan (dry run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<Change>>,
    /// Lint findings on the executed statements; plan only.
    pub findings: Vec<Finding>,
    pub warnings: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The target's health (plan: the checks and every applied migration's
    /// invariants), so that one report holds everything a reviewer needs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health: Option<HealthReport>,
    pub elapsed_ms: f64,
}

impl RunReport {
    pub fn ok(&self) -> bool {
        self.error.is_none()
    }
}

/// The verdict of one health check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Health {
    Pass,
    Warn,
    Fail,
}

#[derive(Debug, Clone, Serialize)]
pub struct HealthCheck {
    pub name: String,
    pub status: Health,
    pub detail: String,
}

impl HealthCheck {
    pub fn new(name: impl Into<String>, status: Health, detail: impl Into<String>) -> Self {
        HealthCheck {
            name: name.into(),
            status,
            detail: detail.into(),
        }
    }
}

/// What `tidegate health` found.
#[derive(Debug, Clone, Serialize)]
pub struct HealthReport {
    pub engines: Engines,
    pub target: String,
    pub status: Health,
    pub checks: Vec<HealthCheck>,
    pub elapsed_ms: f64,
}

/// How far `tidegate down` goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownTo {
    /// Revert the last applied migration.
    Last,
    /// Revert every migration applied after this one; it stays applied.
    After(String),
    /// Revert every applied migration.
    All,
}

/// What `tidegate resolve` does with a failed or modified migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Forget the failed attempt; the next apply runs it again.
    Retry,
    /// Record it applied: its changes are complete.
    MarkApplied,
    /// Record the current sources' checksum for an applied migration.
    AcceptChecksum,
}

/// One thing wrong with one migration.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub migration: String,
    pub message: String,
}

impl Problem {
    /// One line per distinct message: a message shared by more than three
    /// migrations is said once, with a count and the first three ids
    /// (`verbose`: one line per migration).
    pub fn summarize(problems: &[Problem], verbose: bool) -> Vec<String> {
        let mut by_message: Vec<(&str, Vec<&str>)> = Vec::new();
        for w in problems {
            match by_message.iter_mut().find(|(m, _)| *m == w.message) {
                Some((_, ids)) => ids.push(&w.migration),
                None => by_message.push((&w.message, vec![&w.migration])),
            }
        }
        let mut out = Vec::new();
        for (message, ids) in by_message {
            if verbose || ids.len() <= 3 {
                out.extend(ids.iter().map(|id| format!("{id}: {message}")));
            } else {
                out.push(format!(
                    "{} migrations ({}, …; --verbose lists them all): {message}",
                    ids.len(),
                    ids[..3].join(", ")
                ));
            }
        }
        out
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.migration, self.message)
    }
}

/// Result of `tidegate verify`.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    pub ok: bool,
    pub migrations: Vec<VerifiedMigration>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerifiedMigration {
    pub id: String,
    pub version: u64,
    pub api: String,
    pub component: String,
    pub engines: Vec<String>,
    pub transactional: bool,
    pub reversible: bool,
    /// What it may touch, e.g. `table: users`; `None`: unscoped.
    pub capabilities: Option<String>,
    /// Public keys of valid signatures.
    pub signed_by: Vec<String>,
}

/// Milliseconds, rounded to microseconds, as reports show durations.
pub fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}
