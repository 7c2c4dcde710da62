//! Elasticsearch/OpenSearch: change how `country` is indexed, which an
//! existing index refuses, by building `places_v2`, reindexing into it,
//! checking the document counts match, and swapping the `places` alias in
//! one atomic call. Readers never see a missing or half-built index; on
//! failure `places_v2` is deleted and the alias stays on `places_v1`.

use tidegate_guest::es::{self, IndexSpec};
use tidegate_guest::{Check, Engine, Metadata, Migration, Result, json};

struct ReindexPlaces;

fn places_v2() -> IndexSpec {
    IndexSpec::new()
        .shards(1)
        .analyzer("folded", json!({ "type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"] }))
        .multilingual("name", &[("en", "english"), ("fr", "french"), ("de", "german"), ("folded", "folded")])
        // Was a keyword; now searchable text with an exact sub-field.
        .field("country", json!({ "type": "text", "analyzer": "folded", "fields": { "code": { "type": "keyword" } } }))
        .geo_point("location")
        .geo_shape("area")
        .keyword("category")
}

impl Migration for ReindexPlaces {
    fn metadata() -> Metadata {
        Metadata::new(
            "0008_es_places_reindex",
            8,
            "reindex places into places_v2 and swap the alias atomically",
        )
        .engines([Engine::Elasticsearch])
        .transactional(false)
        .reversible(true)
    }

    fn up() -> Result<()> {
        es::reindex_with_alias_swap("places", "places_v2", &places_v2())?;
        Ok(())
    }

    fn down() -> Result<()> {
        if es::exists("places_v1")? {
            es::swap_alias("places", "places_v1")?;
        }
        es::delete_index("places_v2")
    }

    fn check() -> Result<Vec<Check>> {
        let targets = es::alias_targets("places")?;
        Ok(vec![Check::new(
            "alias places points at places_v2",
            targets == ["places_v2"],
            format!("points at [{}]", targets.join(", ")),
        )])
    }
}

tidegate_guest::export!(ReindexPlaces);
