//! Engine adapters: one module per database or search engine. Each turns the
//! guest's WIT calls into driver calls, and owns connection, history, lock
//! and schema snapshots for its engine.

pub mod elasticsearch;
pub mod lease;
pub mod mongodb;
pub mod postgres;

/// The connections one guest call may use, one per engine it declared.
#[derive(Default)]
pub struct Sessions {
    pub pg: Option<postgres::PgSession>,
    pub mongo: Option<mongodb::MongoSession>,
    pub es: Option<elasticsearch::EsSession>,
}
