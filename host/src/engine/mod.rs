//! Engine adapters: one module per database or search engine. Each turns the
//! guest's WIT calls into driver calls, and owns connection, history, lock
//! and schema snapshots for its engine.

pub mod postgres;
