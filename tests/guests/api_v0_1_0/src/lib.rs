//! A migration built against the frozen API 0.1.0 with wit-bindgen alone,
//! as a module compiled before 0.2.0 was. The host must still run it.
wit_bindgen::generate!({
    path: "../../../wit/migration@0.1.0",
    world: "tidegate:migration/migration-module@0.1.0",
    generate_all,
});

use exports::tidegate::migration::migration::{CheckResult, Guest, Metadata, MigrationError};
use tidegate::migration::postgres;
use tidegate::migration::types::Engine;

struct V010;

impl Guest for V010 {
    fn get_metadata() -> Metadata {
        Metadata {
            id: "9011_api_v0_1_0".into(),
            version: 9011,
            description: "built against tidegate:migration@0.1.0".into(),
            engines: vec![Engine::Postgres],
            reversible: true,
            transactional: true,
        }
    }

    fn up() -> Result<(), MigrationError> {
        postgres::batch_execute("CREATE TABLE v010 (id int)").map_err(MigrationError::Host)
    }

    fn down() -> Result<(), MigrationError> {
        postgres::batch_execute("DROP TABLE v010").map_err(MigrationError::Host)
    }

    fn check() -> Result<Vec<CheckResult>, MigrationError> {
        let rows = postgres::query("SELECT count(*)::int8 FROM v010", &[])
            .map_err(MigrationError::Host)?;
        Ok(vec![CheckResult {
            name: "v010 is queryable".into(),
            passed: rows.rows.len() == 1,
            detail: String::new(),
        }])
    }
}

export!(V010);
