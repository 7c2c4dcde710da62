//! One change across all three engines: a data-residency `region` on
//! users (PostgreSQL), profiles (MongoDB) and places (Elasticsearch).
//!
//! It touches engines that cannot roll back, so it is non-transactional and
//! every step is idempotent. It is recorded in each engine's history.
//!
//! It is irreversible: Elasticsearch cannot drop a mapped field, so no
//! `down` could give back the catalog as it was (`tidegate test` checks
//! exactly that). Undo it with a new migration.

use tidegate_guest::mongo::{self, Index};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, es, json, pg};

struct RegionEverywhere;

impl Migration for RegionEverywhere {
    fn metadata() -> Metadata {
        Metadata::new(
            "0009_region_everywhere",
            9,
            "add region to users, profiles and places",
        )
        .engines([Engine::Postgres, Engine::Mongodb, Engine::Elasticsearch])
        .transactional(false)
        .reversible(false)
    }

    fn up() -> Result<()> {
        pg::batch_execute("ALTER TABLE users ADD COLUMN IF NOT EXISTS region text")?;
        mongo::create_index(
            "profiles",
            &Index::new("region_1", json!({ "region": 1 })).sparse(),
        )?;
        es::put_mapping("places", &json!({ "region": { "type": "keyword" } }))
    }

    fn check() -> Result<Vec<Check>> {
        let column: bool = pg::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'region')",
            &[],
        )?;
        let index = mongo::list_indexes("profiles")?
            .iter()
            .any(|i| i["name"] == "region_1");
        Ok(vec![
            Check::new(
                "users.region exists",
                column,
                "ALTER TABLE users ADD COLUMN region text",
            ),
            Check::new(
                "profiles.region_1 exists",
                index,
                "create the index region_1 on profiles",
            ),
        ])
    }
}

tidegate_guest::export!(RegionEverywhere);
