//! A reindex that fails: the new index's strict mapping refuses the old
//! documents' fields. The alias must stay on the old index and the new one
//! must be deleted.
use tidegate_guest::es::{self, IndexSpec};
use tidegate_guest::{Engine, Metadata, Migration, Result};

struct ReindexFails;

impl Migration for ReindexFails {
    fn metadata() -> Metadata {
        Metadata::new(
            "9010_es_reindex_fails",
            9010,
            "reindex into a strict mapping that refuses the documents",
        )
        .engines([Engine::Elasticsearch])
        .transactional(false)
    }

    fn up() -> Result<()> {
        es::reindex_with_alias_swap(
            "places",
            "places_strict",
            &IndexSpec::new().keyword("country").strict(),
        )?;
        Ok(())
    }
}

tidegate_guest::export!(ReindexFails);
