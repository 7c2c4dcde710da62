//! The engines this build of tidegate runs. This list is the one place
//! that names them all: a new engine is a crate implementing
//! [`tidegate_runtime::Driver`] and the engine traits, and one line here.

use std::sync::Arc;

use tidegate_runtime::Driver;

/// Every engine, in engine order.
pub fn drivers() -> Vec<Arc<dyn Driver>> {
    vec![
        Arc::new(tidegate_engine_postgres::PgDriver),
        Arc::new(tidegate_engine_mongodb::MongoDriver),
        Arc::new(tidegate_engine_elasticsearch::EsDriver),
    ]
}

/// Their names, as in `[postgres]` and `--engine postgres`.
pub fn names() -> Vec<String> {
    drivers().iter().map(|d| d.kind().to_string()).collect()
}
