//! Tidegate's model, shared by every other crate of the host and free of
//! any engine driver and of the wasm runtime:
//!
//! - [`engine`]: the traits each engine implements once ([`engine::Engine`],
//!   [`engine::Session`], [`engine::Lock`], [`engine::Scratch`]);
//! - [`error`]: exit classes and the [`error::EngineError`] every engine
//!   returns, with the server's own code as data;
//! - [`config`], [`lockfile`] (`tidegate.lock`), [`digest`], [`signing`],
//!   [`capabilities`], [`metadata`];
//! - [`history`] rows and audit events, [`diff`] of catalog snapshots,
//!   [`journal`] of what guests did, [`lint`] findings, [`report`] models
//!   and their [`render`]ing as text, JSON, markdown and SARIF;
//! - [`phased`]: zero-downtime migrations in phases (start, complete,
//!   rollback), the model each engine implements;
//! - [`lease`] renewal and lock errors; [`redact`] for secrets; [`faults`]
//!   for the test suite's fault points; [`seal`], the machine's key that the
//!   files the host writes for itself are checked with.

pub mod capabilities;
pub mod config;
pub mod diff;
pub mod digest;
pub mod engine;
pub mod error;
pub mod faults;
pub mod foreign;
pub mod history;
pub mod journal;
pub mod lease;
pub mod lint;
pub mod lockfile;
pub mod metadata;
pub mod phased;
pub mod redact;
pub mod render;
pub mod report;
pub mod schema_view;
pub mod seal;
pub mod shadow;
pub mod signing;
pub mod source_index;
