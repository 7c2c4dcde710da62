//! The engine-agnostic side of Tidegate: it runs a project's verified
//! migrations against every engine they declare, through the engine traits
//! of `tidegate-core`, and never asks which engine it has.
//!
//! - [`executor`]: status, plan (dry run), apply, down, resolve, health
//!   (with the history it records and the health it reports in modules of
//!   their own);
//! - [`state`]: where each migration stands, from the history rows;
//! - [`testing`]: `tidegate test` on scratch targets;
//! - [`bench`]: `tidegate bench`.

pub mod bench;
pub mod executor;
mod health;
mod phased;
mod record;
pub mod state;
pub mod testing;

use tidegate_core::capabilities::Capabilities;
use tidegate_core::error::{Classify, EngineError, ExitClass};
use tidegate_core::metadata::EngineKind;
use tidegate_runtime::project::{Migration, Project, ProjectError};

pub use crate::executor::{CheckError, Executor};
pub use crate::phased::Progress;

/// Errors of the executor. Each says what to do next.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// A component that is about to run did not verify.
    #[error(transparent)]
    Verify(#[from] ProjectError),
    #[error("migration {id} is {state} since {since} (by {by}){}.\nIt may be partly applied. Inspect the database, then either\n  tidegate resolve {id} --retry          # run it again on the next apply\n  tidegate resolve {id} --mark-applied   # its changes are complete", error.as_ref().map(|e| format!(": {e}")).unwrap_or_default())]
    Dirty {
        id: String,
        state: String,
        since: String,
        by: String,
        error: Option<String>,
    },
    #[error("applied migration(s) changed since they were applied: {}.\nRestore the original module sources from version control and put new changes in a new migration; if the change is cosmetic, accept it with `tidegate resolve ID --accept-checksum`", .0.join(", "))]
    Modified(Vec<String>),
    #[error(
        "migration {id} is applied in the database but missing from tidegate.lock; restore its module, or revert it with an older checkout"
    )]
    MissingApplied { id: String },
    #[error("no migration with id `{0}` in tidegate.lock; `tidegate status` lists them")]
    UnknownMigration(String),
    #[error("migration {0} is not applied, so there is nothing to revert to it")]
    NotApplied(String),
    #[error("migration {0} declares itself irreversible; write a new forward migration to undo it")]
    Irreversible(String),
    #[error("nothing to revert: no migration is applied")]
    NothingApplied,
    #[error(
        "migration {id} is {state}: there is nothing for `tidegate resolve {flag}` to settle; `tidegate status` shows what needs a decision"
    )]
    NothingToResolve {
        id: String,
        state: String,
        flag: &'static str,
    },
    #[error("migrations declare the {0} engine, which this build of tidegate does not run")]
    NoDriver(EngineKind),
    #[error(
        "none of the project's engines keeps {0}'s history table; {0} migrates PostgreSQL: configure postgres.url"
    )]
    NoForeignHistory(tidegate_core::foreign::Tool),
    #[error(
        "migration {id} is {state} in Tidegate's history, so it cannot be baselined; settle it first (`tidegate status` shows what to do)"
    )]
    BaselineConflict { id: String, state: String },
    #[error(
        "migration {id} touches what phased migration {in_flight} has in flight ({objects}); finish that one first: `tidegate complete {in_flight}` once every application runs the new version, or `tidegate rollback {in_flight}`"
    )]
    InFlightOverlap {
        id: String,
        in_flight: String,
        objects: String,
    },
    #[error("{0}")]
    NotInFlight(String),
    #[error("phased migration {id}: {problem}; fix phases.toml, then `tidegate build`")]
    BadPhases { id: String, problem: String },
}

impl Classify for ExecError {
    fn class(&self) -> ExitClass {
        match self {
            ExecError::Engine(e) => e.class(),
            ExecError::Verify(e) => e.class(),
            ExecError::Dirty { .. }
            | ExecError::Modified(_)
            | ExecError::MissingApplied { .. }
            | ExecError::BaselineConflict { .. }
            | ExecError::InFlightOverlap { .. } => ExitClass::Blocked,
            ExecError::UnknownMigration(_)
            | ExecError::NotApplied(_)
            | ExecError::NothingToResolve { .. }
            | ExecError::NoDriver(_)
            | ExecError::NoForeignHistory(_)
            | ExecError::NotInFlight(_)
            | ExecError::BadPhases { .. } => ExitClass::Usage,
            ExecError::Irreversible(_) | ExecError::NothingApplied => ExitClass::Failed,
        }
    }
}

/// What `migrations` declare they touch, for those of them that run on
/// `kind` (`None` for one that declares nothing).
pub fn declared<'a>(
    migrations: impl IntoIterator<Item = &'a Migration>,
    kind: EngineKind,
) -> Vec<Option<Capabilities>> {
    migrations
        .into_iter()
        .filter(|m| m.meta.engines.contains(&kind))
        .map(|m| m.capabilities().cloned())
        .collect()
}

/// The engines a project's migrations declare, in engine order.
pub fn declared_engines(project: &Project) -> Vec<EngineKind> {
    let mut kinds: Vec<EngineKind> = project
        .migrations
        .iter()
        .flat_map(|m| m.meta.engines.iter().copied())
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}
