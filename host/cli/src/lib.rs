//! The `tidegate` command line's library side: the engines this build
//! runs ([`engines`]), `tidegate new` ([`scaffold`]), and the host's crates
//! under one roof for the tests and for embedding:
//!
//! - `tidegate-core` (model, traits, errors, configuration, reports),
//! - `tidegate-runtime` (the wasm sandbox, verification, build),
//! - `tidegate-executor` (plan, apply, down, status, health, test, bench),
//! - one crate per engine ([`engine`]), and `tidegate-github`.

pub mod baseline;
pub mod engines;
pub mod fill;
pub mod import;
pub mod scaffold;

pub use tidegate_core::{
    capabilities, config, diff, digest, error, faults, foreign, history, journal, lease, lint,
    lockfile, metadata, phased, redact, render, report, signing,
};
pub use tidegate_executor::{
    CheckError, ExecError, Executor, Progress, bench, executor, state, testing,
};
pub use tidegate_github as github;
pub use tidegate_runtime::{
    Driver, Kept, RunOutcome, Runtime, RuntimeError, Step, build, declarative, inspect, project,
};

/// The engine crates.
pub mod engine {
    pub use tidegate_core::engine::*;
    pub use tidegate_engine_elasticsearch as elasticsearch;
    pub use tidegate_engine_mongodb as mongodb;
    pub use tidegate_engine_postgres as postgres;
}

/// A wasm runtime with every engine of this build linked.
pub fn runtime(sandbox: config::SandboxConfig, cache: Option<std::path::PathBuf>) -> Runtime {
    Runtime::new(sandbox, cache, engines::drivers())
}
