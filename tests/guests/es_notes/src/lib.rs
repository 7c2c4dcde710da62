//! A third search migration after the examples' two: an index behind an
//! alias, so that engine tests run at least three migrations.
use tidegate_guest::es::{self, IndexSpec};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result};

struct Notes;

impl Migration for Notes {
    fn metadata() -> Metadata {
        Metadata::new("9020_es_notes", 9020, "notes index behind an alias")
            .engines([Engine::Elasticsearch])
            .transactional(false)
            .reversible(true)
    }

    fn up() -> Result<()> {
        es::create_index(
            "notes_v1",
            &IndexSpec::new().shards(1).keyword("author").alias("notes"),
        )
    }

    fn down() -> Result<()> {
        es::delete_index("notes_v1")
    }

    fn check() -> Result<Vec<Check>> {
        let targets = es::alias_targets("notes")?;
        Ok(vec![Check::new(
            "alias notes points at one index",
            targets.len() == 1,
            format!("points at [{}]", targets.join(", ")),
        )])
    }
}

tidegate_guest::export!(Notes);
