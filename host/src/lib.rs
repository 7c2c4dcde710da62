//! Tidegate: database migrations as sandboxed, verified WebAssembly
//! components.
//!
//! - [`bench`] measures what the sandbox costs.
//! - [`build`] compiles module crates to components and writes the lock.
//! - [`project`] loads and verifies components against the lock.
//! - [`runtime`] runs them in the wasmtime sandbox.
//! - [`engine`] holds one adapter per database engine.
//! - [`planner`] drives status, plan (dry run), apply, down and resolve.
//! - [`lint`] checks the statements a plan executed.
//! - [`github`] posts the report as one sticky pull-request comment.
//! - [`report`] renders results as text, JSON or markdown.

pub mod bench;
pub mod build;
pub mod capabilities;
pub mod config;
pub mod diff;
pub mod digest;
pub mod engine;
pub mod github;
pub mod history;
pub mod lint;
pub mod lock;
pub mod metadata;
pub mod planner;
pub mod project;
pub mod redact;
pub mod report;
pub mod scaffold;
pub mod runtime;
pub mod signing;
pub mod sql;
pub mod testing;
